import { describe, expect, it } from 'vitest';
import { pickFeature, type PickedFeature } from '../../src/map/pick.ts';
import { LAYER } from '../../src/map/style/atlas.ts';

const f = (layer: string, source: string, id: unknown): PickedFeature => ({
  layer: { id: layer },
  source,
  properties: { id },
});

describe('pickFeature', () => {
  it('returns nothing for an empty click', () => {
    expect(pickFeature([])).toBeNull();
    expect(pickFeature(undefined)).toBeNull();
  });

  it('prefers a city over a project point over a line, whatever the order under the pointer', () => {
    const line = f(LAYER.linesHit, 'projects', 'line');
    const point = f(LAYER.points, 'projects', 'refinery');
    const city = f(LAYER.citiesCircle, 'cities', 'bishkek');
    expect(pickFeature([line, point, city])).toEqual({
      kind: 'place',
      id: 'bishkek',
      source: 'cities',
    });
    expect(pickFeature([line, point])).toEqual({
      kind: 'project',
      id: 'refinery',
      source: 'projects',
    });
    expect(pickFeature([line])).toEqual({ kind: 'project', id: 'line', source: 'projects' });
  });

  it('ignores features without a string id and layers that are not interactive', () => {
    expect(
      pickFeature([f(LAYER.citiesLabel, 'cities', 'x'), f(LAYER.points, 'projects', 7)]),
    ).toBeNull();
  });

  it('skips what the filters hide (drawn with no opacity, still under the pointer)', () => {
    const hiddenCity = { ...f(LAYER.citiesCircle, 'cities', 'osh'), state: { hidden: true } };
    const line = { ...f(LAYER.linesHit, 'projects', 'line'), state: { hidden: false } };
    expect(pickFeature([hiddenCity, line])).toEqual({
      kind: 'project',
      id: 'line',
      source: 'projects',
    });
    expect(pickFeature([hiddenCity])).toBeNull();
  });
});
