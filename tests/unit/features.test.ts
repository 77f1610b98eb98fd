import { describe, expect, it } from 'vitest';
import { cityFeatures, projectFeatures } from '../../src/map/features.ts';
import { buildLookup } from '../../src/data/lookup.ts';
import { emptyAtlas } from '../../src/data/validate.ts';
import { meeting, place, project } from './fixtures.ts';

describe('map features', () => {
  it('draws every located place, marking the cities that hosted a meeting', () => {
    const atlas = emptyAtlas();
    const unlocated = place('makmal');
    unlocated.geometry = null;
    atlas.places = [place('bishkek'), place('kazarman'), unlocated];
    atlas.meetings = [
      meeting('a', 'bishkek', '2007'),
      meeting('b', 'bishkek', '2013'),
      meeting('c', null, '1992'),
    ];
    const fc = cityFeatures(atlas, buildLookup(atlas));
    expect(fc.features.map((f) => [f.properties.id, f.properties.host])).toEqual([
      ['bishkek', true],
      ['kazarman', false],
    ]);
    expect(fc.features[0]?.properties.name_ky).toBe('bishkek (ky)');
    expect(fc.features[1]?.properties.kind).toBe('city');
  });

  it('keeps only the fields the style reads and skips unplaced projects', () => {
    const atlas = emptyAtlas();
    const unplaced = project('c', 'social');
    unplaced.geometry = null;
    atlas.projects = [project('a', 'energy'), project('b', 'transport', 'proposed'), unplaced];
    const fc = projectFeatures(atlas);
    const drawn = fc.features.filter((f) => !f.properties.anchor);
    expect(drawn.map((f) => f.properties)).toEqual([
      {
        id: 'a',
        name_ky: 'a (ky)',
        name_ru: 'a (ru)',
        name_en: 'a',
        sector: 'energy',
        precision: 'schematic',
        segment: 'schematic',
        subsector: 'power-line',
        // a and b are drawn along the same edge: side by side, a to the left going east
        offset: -0.5,
        label: true,
        anchor: false,
      },
      {
        id: 'b',
        name_ky: 'b (ky)',
        name_ru: 'b (ru)',
        name_en: 'b',
        sector: 'transport',
        precision: 'schematic',
        segment: 'schematic',
        subsector: 'road',
        offset: 0.5,
        label: true,
        anchor: false,
      },
    ]);
    // and one label anchor per line project, halfway along it
    expect(
      fc.features.filter((f) => f.properties.anchor).map((f) => [f.properties.id, f.geometry]),
    ).toEqual([
      ['a', { type: 'Point', coordinates: [73.5, 41.75] }],
      ['b', { type: 'Point', coordinates: [73.5, 41.75] }],
    ]);
  });

  it('draws stretches two projects share side by side, and labels each off the overlap', () => {
    const atlas = emptyAtlas();
    // The road runs west along A–B–C in two stretches; the pipeline runs east along C–B only.
    const road = project('road', 'transport');
    road.geometry = {
      type: 'MultiLineString',
      coordinates: [
        [
          [76, 40],
          [74, 40],
        ],
        [
          [74, 40],
          [73, 39.7],
        ],
      ],
    };
    road.properties.geo.segments = [
      { class: 'named-points', via: [], citations: [] },
      { class: 'schematic', via: [], citations: [] },
    ] as never;
    const pipe = project('pipe', 'energy');
    pipe.geometry = {
      type: 'LineString',
      coordinates: [
        [73, 39.7],
        [74, 40],
      ],
    };
    atlas.projects = [road, pipe];
    const fc = projectFeatures(atlas);
    const got = fc.features
      .filter((f) => !f.properties.anchor)
      .map((f) => [f.properties.id, f.properties.segment, f.properties.offset, f.properties.label]);
    expect(got).toEqual([
      ['road', 'named-points', 0, true], // its longest stretch that shares nothing
      // westward, right-hand offset +: -0.5 puts it south; the eastward pipe's -0.5 is north
      ['road', 'schematic', -0.5, false],
      ['pipe', 'schematic', -0.5, true],
    ]);
    // The road's label anchor is halfway along its first stretch, off the shared one.
    const anchor = fc.features.find((f) => f.properties.anchor && f.properties.id === 'road');
    expect(anchor?.geometry).toEqual({ type: 'Point', coordinates: [75, 40] });
  });
});
