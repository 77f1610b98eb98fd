import { describe, expect, it } from 'vitest';
import { createAtlasStore } from '../../src/state/store.ts';
import { emptyAtlas } from '../../src/data/validate.ts';
import { place } from './fixtures.ts';
import type { UserLayer } from '../../src/userdata/types.ts';
import { toolShown } from '../../src/state/slices/panels.ts';

const ready = () => {
  const store = createAtlasStore('en');
  store.getState().setContent({ ...emptyAtlas(), places: [place('bishkek'), place('osh')] }, []);
  return store;
};

const layer = (id: string): UserLayer => ({
  id,
  file: `${id}.csv`,
  format: 'csv',
  data: { type: 'FeatureCollection', features: [] },
  counts: { points: 0, lines: 0, areas: 0 },
  skipped: [],
  moreSkipped: 0,
});

describe('tools in the store', () => {
  it('a tool opens on top of the selection, keeping it; a later selection goes on top', () => {
    const store = ready();
    store.getState().select('place', 'bishkek');
    store.getState().openPanel('export');
    expect(store.getState().selection?.id).toBe('bishkek');
    expect(toolShown(store.getState())).toBe(true);
    // Closing the selection beneath changes nothing on top; a new selection goes on top.
    store.getState().clearSelection();
    expect(toolShown(store.getState())).toBe(true);
    store.getState().select('place', 'osh');
    expect(toolShown(store.getState())).toBe(false);
    // Closing that selection shows the tool again; closing the tool shows the contents.
    store.getState().clearSelection();
    expect(toolShown(store.getState())).toBe(true);
    store.getState().closePanel();
    expect(store.getState().panel).toBeNull();
  });

  it('the about page goes on top of a tool, and a tool on top of the about page', () => {
    const store = ready();
    store.getState().openPanel('charts');
    store.getState().setShowAbout(true);
    expect(toolShown(store.getState())).toBe(false);
    store.getState().openPanel('charts');
    expect(store.getState().showAbout).toBe(false);
    expect(toolShown(store.getState())).toBe(true);
  });

  it('a picked point opens the point panel; closing forgets the point', () => {
    const store = ready();
    store.getState().openPanel('charts');
    store.getState().setProbe({ lng: 74.6, lat: 42.9 });
    expect(store.getState()).toMatchObject({ panel: 'point', probe: { lng: 74.6, lat: 42.9 } });
    store.getState().openPanel('data');
    expect(store.getState().probe).toBeNull();
    store.getState().setProbe({ lng: 74.6, lat: 42.9 });
    store.getState().closePanel();
    expect(store.getState()).toMatchObject({ panel: null, probe: null });
  });

  it('ignores impossible points and clamps the radius', () => {
    const store = ready();
    store.getState().setProbe({ lng: 200, lat: 0 });
    store.getState().setProbe({ lng: Number.NaN, lat: 0 });
    expect(store.getState().probe).toBeNull();
    expect(store.getState().probeRadiusKm).toBe(50);
    store.getState().setProbeRadius(-5);
    expect(store.getState().probeRadiusKm).toBe(0);
    store.getState().setProbeRadius(1e9);
    expect(store.getState().probeRadiusKm).toBe(5000);
  });

  it('adds, replaces and removes the reader’s layers', () => {
    const store = ready();
    store.getState().addUserLayer(layer('u1'));
    store.getState().addUserLayer(layer('u2'));
    store.getState().addUserLayer({ ...layer('u1'), file: 'again.csv' });
    expect(store.getState().userLayers.map((l) => `${l.id}:${l.file}`)).toEqual([
      'u2:u2.csv',
      'u1:again.csv',
    ]);
    let calls = 0;
    const off = store.subscribe(() => calls++);
    store.getState().removeUserLayer('nope');
    store.getState().removeUserLayer('u2');
    off();
    expect(calls).toBe(1);
    expect(store.getState().userLayers.map((l) => l.id)).toEqual(['u1']);
  });
});
