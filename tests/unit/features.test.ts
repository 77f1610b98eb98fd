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
    expect(fc.features.map((f) => f.properties)).toEqual([
      {
        id: 'a',
        name_ky: 'a (ky)',
        name_ru: 'a (ru)',
        name_en: 'a',
        sector: 'energy',
        precision: 'schematic',
        segment: 'schematic',
      },
      {
        id: 'b',
        name_ky: 'b (ky)',
        name_ru: 'b (ru)',
        name_en: 'b',
        sector: 'transport',
        precision: 'schematic',
        segment: 'schematic',
      },
    ]);
  });
});
