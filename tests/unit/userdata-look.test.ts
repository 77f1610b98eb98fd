/**
 * A reader's layer in the store and the side panel: its look (colour, opacity, place, hidden),
 * reading files (here without a worker: Node has none, so load.ts reads on this thread), a
 * clicked feature as the side panel's `userFeature`, and the values it shows.
 */
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { UserSwatch } from '../../src/panels/UserLegend.tsx';
import { isDense, LABEL_LIMIT } from '../../src/userdata/palette.ts';
import { createAtlasStore } from '../../src/state/store.ts';
import { emptyAtlas } from '../../src/data/validate.ts';
import {
  clearRecord,
  closeTool,
  closeTop,
  CONTENTS,
  openAbout,
  openTool,
  selectionOf,
  selectRecord,
  showUserFeature,
  toolOf,
  type SidePanel,
} from '../../src/state/slices/sidePanel.ts';
import { cleanLook } from '../../src/state/slices/userData.ts';
import { paletteColor, USER_PALETTE } from '../../src/userdata/palette.ts';
import { httpUrl, shownProperties } from '../../src/userdata/values.ts';
import { userFeatureRef, userLayers, userPickLayers } from '../../src/map/style/user.ts';
import { theme } from '../../src/theme.ts';
import { place } from './fixtures.ts';

const ready = () => {
  const store = createAtlasStore('en');
  store.getState().setContent({ ...emptyAtlas(), places: [place('bishkek')] }, []);
  return store;
};
const csv = (name: string, text: string) => new File([text], name, { type: 'text/csv' });

const rgb = (hex: string) => [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16));
const distance = (a: string, b: string) =>
  Math.hypot(...rgb(a).map((v, i) => v - (rgb(b)[i] ?? 0)));

describe('the palette of the reader’s layers', () => {
  it('is far from every sector colour, the cities, the selection and the linked blue', () => {
    const atlas = [...Object.values(theme.sector), theme.city.fill, theme.selection, theme.linked];
    for (const c of USER_PALETTE)
      for (const a of atlas) expect(distance(c, a), `${c} vs ${a}`).toBeGreaterThan(60);
    // …and the map draws a layer in its colour, never in a sector's.
    const json = JSON.stringify(
      userLayers('u1', { color: USER_PALETTE[2], opacity: 0.5, above: false, hidden: false }),
    );
    expect(json).toContain(USER_PALETTE[2]);
    for (const c of Object.values(theme.sector)) expect(json).not.toContain(c);
  });

  it('gives each new layer the next colour, round the palette', () => {
    expect(USER_PALETTE.map((_, i) => paletteColor(i))).toEqual([...USER_PALETTE]);
    expect(paletteColor(USER_PALETTE.length)).toBe(USER_PALETTE[0]);
  });
});

describe('a layer’s look', () => {
  const base = { color: USER_PALETTE[0], opacity: 0.85, above: false, hidden: false };
  it('keeps only palette colours and clamps the opacity', () => {
    expect(cleanLook(base, { color: 'red' }).color).toBe(USER_PALETTE[0]);
    expect(cleanLook(base, { color: USER_PALETTE[1] }).color).toBe(USER_PALETTE[1]);
    expect(cleanLook(base, { opacity: 7 }).opacity).toBe(1);
    expect(cleanLook(base, { opacity: -1 }).opacity).toBe(0);
    expect(cleanLook(base, { opacity: Number.NaN }).opacity).toBe(0.85);
  });

  it('hidden and opacity reach the style as layout and paint values only', () => {
    const layers = userLayers('u1', { ...base, opacity: 0.4, hidden: true }, { labels: false });
    expect(layers.map((l) => l.id)).toEqual([
      'user-u1-fill',
      'user-u1-casing',
      'user-u1-line',
      'user-u1-point',
    ]);
    for (const l of layers) expect(l.layout?.visibility).toBe('none');
    const point = layers.find((l) => l.type === 'circle');
    expect(point?.paint).toMatchObject({ 'circle-opacity': 0.4, 'circle-color': base.color });
  });

  it('draws a dense layer as small dots without labels, and still picks within the usual radius', () => {
    const usual = userLayers('u1', base, { dense: false });
    const dense = userLayers('u1', { ...base, hidden: true }, { dense: true });
    const byId = (ls: typeof usual, id: string) =>
      ls.find((l) => l.id === id) as { paint: Record<string, unknown>; layout?: unknown };
    expect(usual.map((l) => l.id)).toContain('user-u1-label');
    expect(dense.map((l) => l.id)).not.toContain('user-u1-label');
    const dot = byId(dense, 'user-u1-point').paint;
    const point = byId(usual, 'user-u1-point').paint;
    expect(dot['circle-stroke-width']).toBe(0);
    // Smaller than a usual point at every stop of the zoom curve.
    const stops = (r: unknown) => (r as number[]).slice(3).filter((_, i) => i % 2 === 1);
    const at = (r: unknown, z: number) => {
      const c = (r as number[]).slice(3);
      for (let i = 0; i < c.length; i += 2) if (c[i] === z) return c[i + 1]!;
      return NaN;
    };
    expect(Math.max(...stops(dot['circle-radius']))).toBeLessThan(6);
    for (const z of [3, 8])
      expect(at(dot['circle-radius'], z)).toBeLessThan(at(point['circle-radius'], z));
    // The hit layer: the usual radius, never drawn (constant 0 opacity and stroke), hidden
    // with the layer, and picked.
    const hit = byId(dense, 'user-u1-point-hit');
    expect(hit.paint).toEqual({
      'circle-radius': point['circle-radius'],
      'circle-opacity': 0,
      'circle-stroke-width': 0,
    });
    expect(hit.layout).toEqual({ visibility: 'none' });
    expect(userPickLayers('u1')).toContain('user-u1-point-hit');
    expect(usual.map((l) => l.id)).not.toContain('user-u1-point-hit');
  });
});

describe('the reader’s files in the store', () => {
  it('reads files one after another; a bad one is named, a good one becomes a layer', async () => {
    const store = ready();
    await store
      .getState()
      .readUserFiles([
        csv('ru.csv', 'Название;Широта;Долгота\nБишкек;42,87;74,59\n'),
        csv('bad.csv', 'name,east,north\na,1,2\n'),
      ]);
    const s = store.getState();
    expect(s.userLoading).toBeNull();
    expect(s.userLayers.map((l) => [l.file, l.color, l.above, l.hidden])).toEqual([
      ['ru.csv', USER_PALETTE[0], false, false],
    ]);
    expect(s.userFailures.map((f) => f.file)).toEqual(['bad.csv']);
  });

  it('a cancelled read adds nothing', async () => {
    const store = ready();
    const reading = store.getState().readUserFiles([csv('a.csv', 'lat,lon\n1,2\n')]);
    expect(store.getState().userLoading?.file).toBe('a.csv');
    store.getState().cancelUserLoad();
    await reading;
    expect(store.getState().userLoading).toBeNull();
    expect(store.getState().userLayers).toEqual([]);
  });

  it('changes a layer’s look, and nothing when nothing changes', async () => {
    const store = ready();
    await store.getState().readUserFiles([csv('a.csv', 'lat,lon\n1,2\n')]);
    const id = store.getState().userLayers[0]!.id;
    store.getState().setUserLook(id, { color: USER_PALETTE[3], opacity: 0.3, above: true });
    expect(store.getState().userLayers[0]).toMatchObject({
      color: USER_PALETTE[3],
      opacity: 0.3,
      above: true,
    });
    let calls = 0;
    const off = store.subscribe(() => calls++);
    store.getState().setUserLook(id, { above: true });
    store.getState().setUserLook('nope', { hidden: true });
    off();
    expect(calls).toBe(0);
  });

  it('shows a feature that exists, and closes it when its layer is removed', async () => {
    const store = ready();
    await store.getState().readUserFiles([csv('a.csv', 'name,lat,lon\nA,1,2\nB,3,4\n')]);
    const id = store.getState().userLayers[0]!.id;
    store.getState().showUserFeature({ layerId: id, index: 5 });
    store.getState().showUserFeature({ layerId: 'nope', index: 0 });
    expect(store.getState().sidePanel).toEqual(CONTENTS);
    store.getState().openPanel('data');
    store.getState().showUserFeature({ layerId: id, index: 1 });
    expect(store.getState().sidePanel).toEqual({
      top: 'userFeature',
      feature: { layerId: id, index: 1 },
      under: { name: 'data' },
    });
    // Not a selection: the map's atlas layers and the link do not hear of it.
    expect(store.getState().selection).toBeNull();
    store.getState().removeUserLayer(id);
    expect(store.getState().sidePanel).toEqual({
      top: 'tool',
      tool: { name: 'data' },
      under: null,
    });
  });
});

describe('the side panel’s userFeature (pure)', () => {
  const f = { layerId: 'u1', index: 3 };
  const data = { name: 'data' as const };
  const bishkek = { kind: 'place' as const, id: 'bishkek', origin: 'map' as const };
  const shown = (under: typeof data | null = null): SidePanel => ({
    top: 'userFeature',
    feature: f,
    under,
  });

  it('goes on top of a tool, replaces a record, and the same feature changes nothing', () => {
    expect(showUserFeature(CONTENTS, f)).toEqual(shown());
    expect(showUserFeature(openTool(CONTENTS, data), f)).toEqual(shown(data));
    const onRecord = showUserFeature(selectRecord(CONTENTS, bishkek), f);
    expect(onRecord).toEqual(shown());
    expect(selectionOf(onRecord)).toBeNull();
    const p = shown(data);
    expect(showUserFeature(p, { ...f })).toBe(p);
  });

  it('closes to what lies beneath; a record, the about page or a tool goes on top of it', () => {
    expect(closeTop(shown(data))).toEqual({ top: 'tool', tool: data, under: null });
    expect(closeTop(shown())).toEqual(CONTENTS);
    expect(clearRecord(shown())).toEqual(CONTENTS);
    expect(closeTool(shown(data))).toEqual(shown());
    expect(toolOf(shown(data))).toBe(data);
    expect(selectRecord(shown(data), bishkek)).toEqual({
      top: 'record',
      record: bishkek,
      under: data,
    });
    expect(openAbout(shown(data))).toEqual({ top: 'about', under: data });
    expect(openTool(shown(), data)).toEqual({ top: 'tool', tool: data, under: null });
  });
});

describe('what a feature shows', () => {
  it('links only http(s) addresses', () => {
    expect(httpUrl('https://example.org/a?b=1')).toBe('https://example.org/a?b=1');
    expect(httpUrl(' http://example.org ')).toBe('http://example.org/');
    for (const v of [
      'javascript:alert(1)',
      'JAVASCRIPT:alert(1)',
      'data:text/html,x',
      '/local',
      'https://a b',
      'ftp://x',
      42,
      null,
      true,
    ])
      expect(httpUrl(v)).toBeNull();
  });

  it('lists the file’s properties without the atlas’s label', () => {
    expect(shownProperties({ name: 'A', n: 1, _label: 'A' })).toEqual([
      ['name', 'A'],
      ['n', 1],
    ]);
  });

  it('names a rendered feature by its source and id', () => {
    expect(userFeatureRef('user-u7', 12)).toEqual({ layerId: 'u7', index: 12 });
    expect(userFeatureRef('projects', 1)).toBeNull();
    expect(userFeatureRef('user-u7', 'x')).toBeNull();
    expect(userFeatureRef('user-u7', -1)).toBeNull();
    expect(userFeatureRef('user-u7', undefined)).toBeNull();
  });
});

describe("a reader's layer in the legend", () => {
  const swatch = (dense: boolean) =>
    renderToStaticMarkup(createElement(UserSwatch, { color: '#00b3a1', opacity: 0.85, dense }));

  it('draws its swatch as its points are drawn: a rim, and none for a dense layer', () => {
    expect(swatch(false)).toContain('stroke="#fff"');
    expect(swatch(false)).toContain('r="5"');
    expect(swatch(true)).not.toContain('stroke');
    expect(swatch(true)).toContain('r="3"');
    expect(swatch(true)).toContain('fill="#00b3a1"');
  });

  it('calls a layer dense past the label limit, as the map does', () => {
    expect(isDense(LABEL_LIMIT)).toBe(false);
    expect(isDense(LABEL_LIMIT + 1)).toBe(true);
  });
});
