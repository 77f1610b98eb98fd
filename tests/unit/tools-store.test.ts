import { describe, expect, it } from 'vitest';
import { createAtlasStore } from '../../src/state/store.ts';
import { emptyAtlas } from '../../src/data/validate.ts';
import { place } from './fixtures.ts';
import type { ParsedLayer } from '../../src/userdata/types.ts';

const ready = () => {
  const store = createAtlasStore('en');
  store.getState().setContent({ ...emptyAtlas(), places: [place('bishkek'), place('osh')] }, []);
  return store;
};

const layer = (id: string): ParsedLayer & { id: string } => ({
  id,
  file: `${id}.csv`,
  format: 'csv',
  data: { type: 'FeatureCollection', features: [] },
  counts: { points: 0, lines: 0, areas: 0 },
  skipped: [],
  moreSkipped: 0,
});

describe('tools in the store', () => {
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

  it('gives a layer with GeoJSON text a URL for the map, and frees it when the layer goes', async () => {
    const store = ready();
    const text = '{"type":"FeatureCollection","features":[]}';
    const withText = (id: string) => ({ ...layer(id), mapData: new Blob([text]) });
    store.getState().addUserLayer(withText('u1'));
    store.getState().addUserLayer(layer('u2'));
    const [first, plain] = store.getState().userLayers;
    expect(first!.mapUrl).toMatch(/^blob:/);
    expect(await (await fetch(first!.mapUrl!)).text()).toBe(text);
    // Read on the page (no worker): no text, so the map takes the features themselves.
    expect(plain!.mapUrl).toBeUndefined();
    // Replaced: the old URL is freed and the new layer has its own.
    store.getState().addUserLayer(withText('u1'));
    const again = store.getState().userLayers.find((l) => l.id === 'u1')!;
    expect(again.mapUrl).toMatch(/^blob:/);
    expect(again.mapUrl).not.toBe(first!.mapUrl);
    await expect(fetch(first!.mapUrl!)).rejects.toThrow();
    // Removed: freed too.
    store.getState().removeUserLayer('u1');
    await expect(fetch(again.mapUrl!)).rejects.toThrow();
  });
});
