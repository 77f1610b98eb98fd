import { describe, expect, it } from 'vitest';
import { createHoverPicker, pickFeature, type PickedFeature } from '../../src/map/pick.ts';
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

describe('createHoverPicker', () => {
  function setup() {
    const frames: (() => void)[] = [];
    let moving = false;
    const picked: (string | null)[] = [];
    const picks: string[] = [];
    const hover = createHoverPicker<string>({
      schedule: (run) => frames.push(run),
      cancel: (h) => {
        frames[h - 1] = () => {};
      },
      isMoving: () => moving,
      pick: (p) => {
        picks.push(p);
        return { kind: 'project', id: p, source: 'projects' };
      },
      onPick: (p) => picked.push(p?.id ?? null),
    });
    const frame = () => frames.splice(0).forEach((run) => run());
    return { hover, frame, picks, picked, setMoving: (m: boolean) => (moving = m) };
  }

  it('picks once per frame, where the pointer was last', () => {
    const { hover, frame, picks, picked } = setup();
    hover.move('a');
    hover.move('b');
    hover.move('c');
    expect(picks).toEqual([]);
    frame();
    expect(picks).toEqual(['c']);
    expect(picked).toEqual(['c']);
    hover.move('d');
    frame();
    frame();
    expect(picks).toEqual(['c', 'd']);
  });

  it('does not pick while the map moves, and picks once when it settles', () => {
    const { hover, frame, picks, setMoving } = setup();
    hover.move('a');
    setMoving(true);
    hover.cancel(); // movestart
    frame();
    hover.move('b');
    hover.move('c');
    frame();
    expect(picks).toEqual([]);
    setMoving(false);
    hover.settle(); // moveend
    frame();
    expect(picks).toEqual(['c']);
  });

  it('clears the hover when the pointer leaves, dropping a pending pick', () => {
    const { hover, frame, picks, picked } = setup();
    hover.move('a');
    hover.leave();
    frame();
    expect(picks).toEqual([]);
    expect(picked).toEqual([null]);
  });
});
