import { describe, expect, it } from 'vitest';
import type { Feature, Geometry } from 'geojson';
import {
  cityFeatures,
  projectFeatures,
  symbolZooms,
  SYMBOLS_PER_TILE,
  type ProjectMapProps,
} from '../../src/map/features.ts';
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
        symbol_z: 0,
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
        symbol_z: 0,
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

  describe('symbol zooms: crowded tiles start as dots', () => {
    const at = (lng: number, lat: number, id: string): Feature<Geometry, ProjectMapProps> => ({
      type: 'Feature',
      geometry: { type: 'Point', coordinates: [lng, lat] },
      properties: {
        id,
        name_ky: id,
        name_ru: id,
        name_en: id,
        sector: 'energy',
        precision: 'exact',
        segment: 'traced',
        subsector: 'power-line',
        offset: 0,
        label: true,
        anchor: false,
        symbol_z: 0,
      },
    });
    const zoomsOf = (fs: Feature<Geometry, ProjectMapProps>[]) =>
      fs.map((f) => f.properties.symbol_z);

    it('leaves a dataset of up to SYMBOLS_PER_TILE points with symbols at every zoom', () => {
      const fs = Array.from({ length: SYMBOLS_PER_TILE }, (_, i) => at(74, 42, `p${i}`));
      symbolZooms(fs);
      expect(new Set(zoomsOf(fs))).toEqual(new Set([0]));
    });

    it('gives a crowded tile dots until the first zoom whose tile holds few enough', () => {
      // One more point than a tile may hold, all in Bishkek: one tile at every zoom below
      // the last, so dots up to there. Plus one point far away in Kashgar's own tile.
      const crowd = Array.from({ length: SYMBOLS_PER_TILE + 1 }, (_, i) =>
        at(74.6 + (i % 10) * 1e-4, 42.87, `b${i}`),
      );
      const lone = at(75.99, 39.47, 'kashgar');
      const fs = [...crowd, lone];
      symbolZooms(fs);
      expect(new Set(zoomsOf(crowd))).toEqual(new Set([10]));
      // Kashgar shares the crowd's tile at z0–z2 (tile y 1 of 4 at z2 for both) and parts
      // from it at z3 (tile y 2 for Bishkek, 3 for Kashgar), where its tile holds one point.
      expect(lone.properties.symbol_z).toBe(3);
    });

    it('splits a crowd at the zoom where its tiles part', () => {
      // Two crowds of SYMBOLS_PER_TILE either side of the prime meridian, the tile edge
      // from z1 on: one tile of twice the budget at z0, two tiles within it from z1.
      const west = Array.from({ length: SYMBOLS_PER_TILE }, (_, i) => at(-0.1, 40, `w${i}`));
      const east = Array.from({ length: SYMBOLS_PER_TILE }, (_, i) => at(0.1, 40, `e${i}`));
      const fs = [...west, ...east];
      symbolZooms(fs);
      expect(new Set(zoomsOf(fs))).toEqual(new Set([1]));
    });

    it('keeps every zoom between 0 and the zoom where all points get symbols', () => {
      const fs = Array.from({ length: SYMBOLS_PER_TILE * 3 }, (_, i) =>
        at(60 + (i % 300) * 0.1, 35 + Math.floor(i / 300) * 0.5, `g${i}`),
      );
      symbolZooms(fs);
      for (const f of fs) {
        expect(f.properties.symbol_z).toBeGreaterThanOrEqual(0);
        expect(f.properties.symbol_z).toBeLessThanOrEqual(10);
      }
      expect(Math.max(...zoomsOf(fs))).toBeGreaterThan(0);
    });
  });
});
