import { describe, expect, it } from 'vitest';
import { cityFeatures, currentStatus, projectFeatures } from '../../src/map/features.ts';
import { buildLookup } from '../../src/data/lookup.ts';
import { emptyAtlas } from '../../src/data/validate.ts';
import { cite, meeting, place, project } from './fixtures.ts';

describe('map features', () => {
  it('draws only cities that hosted a meeting, sized by how many', () => {
    const atlas = emptyAtlas();
    atlas.places = [place('bishkek'), place('nowhere')];
    atlas.meetings = [
      meeting('a', 'bishkek', '2007'),
      meeting('b', 'bishkek', '2013'),
      meeting('c', null, '1992'),
    ];
    const fc = cityFeatures(atlas, buildLookup(atlas));
    expect(fc.features.map((f) => [f.properties.id, f.properties.meetings])).toEqual([
      ['bishkek', 2],
    ]);
    expect(fc.features[0]?.properties.name_ky).toBe('bishkek (ky)');
  });

  it('keeps only the fields the style reads, marks plans hollow, skips unplaced projects', () => {
    const atlas = emptyAtlas();
    const unplaced = project('c', 'social');
    unplaced.geometry = null;
    atlas.projects = [project('a', 'energy'), project('b', 'transport', 'proposed'), unplaced];
    const fc = projectFeatures(atlas);
    expect(fc.features.map((f) => f.properties)).toEqual([
      {
        id: 'a',
        name_ky: 'a (ky)',
        name_ru: 'a (ru)',
        name_en: 'a',
        sector: 'energy',
        status: 'operating',
        precision: 'schematic',
        hollow: false,
      },
      {
        id: 'b',
        name_ky: 'b (ky)',
        name_ru: 'b (ru)',
        name_en: 'b',
        sector: 'transport',
        status: 'proposed',
        precision: 'schematic',
        hollow: true,
      },
    ]);
  });

  it('takes the current status from the last step that is not a plan', () => {
    expect(
      currentStatus([
        { status: 'proposed' },
        { status: 'under-construction' },
        { status: 'operating', planned: true },
      ]),
    ).toBe('under-construction');
    void cite;
  });
});
