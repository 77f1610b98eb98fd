/**
 * The basemap choice: composing the style for each basemap, swapping it in a live style, and
 * the link parameter.
 */
import { describe, expect, it } from 'vitest';
import { validateStyleMin } from '@maplibre/maplibre-gl-style-spec';
import type { LayerSpecification, SourceSpecification } from 'maplibre-gl';
import { BASEMAPS, PROVIDERS, type BasemapChoice } from '../../src/basemaps.ts';
import { atlasStyle } from '../../src/map/style/index.ts';
import { atlasLayers } from '../../src/map/style/atlas.ts';
import { basemapPart, onlineBasemapOf, splitBasemapLayers } from '../../src/map/style/online.ts';
import { swapBasemap, type StyleEditor } from '../../src/map/swapBasemap.ts';
import { readBasemap, writeBasemap } from '../../src/state/basemapUrl.ts';
import { createAtlasStore } from '../../src/state/store.ts';

/** Every http(s) URL a style would fetch (credit lines, which only name sites, left out). */
const urls = (v: unknown): string[] =>
  JSON.stringify(v, (k, x: unknown) => (k === 'attribution' ? undefined : x)).match(
    /https?:\/\/[^"\\\s]+/g,
  ) ?? [];

describe('basemap styles', () => {
  it.each(BASEMAPS)('%s passes the style specification', (b) => {
    expect(validateStyleMin(atlasStyle(b) as never).map((e) => e.message)).toEqual([]);
  });

  it.each(BASEMAPS)('%s puts every atlas layer over the basemap, under its labels', (b) => {
    const ids = atlasStyle(b).layers.map((l) => l.id);
    const { under, labels } = splitBasemapLayers(basemapPart(b).layers);
    expect(ids).toEqual([...under, ...atlasLayers(), ...labels].map((l) => l.id));
  });

  it('contacts no other host offline, and only its own host online; never a glyph or sprite server', () => {
    expect(urls(basemapPart('offline'))).toEqual([]);
    for (const b of ['street', 'satellite'] as const) {
      const found = urls(basemapPart(b));
      expect(found.length).toBeGreaterThan(0);
      for (const u of found) expect(new URL(u).origin).toBe(PROVIDERS[b].origin);
    }
    for (const b of BASEMAPS) {
      expect(atlasStyle(b)).not.toHaveProperty('glyphs');
      expect(atlasStyle(b)).not.toHaveProperty('sprite');
    }
  });

  it('uses the CC BY 4.0 layer of Sentinel-2 cloudless (2016), credited as EOX asks', () => {
    const src = basemapPart('satellite').sources['basemap-satellite'] as {
      tiles: string[];
      attribution: string;
    };
    expect(src.tiles).toEqual([
      'https://tiles.maps.eox.at/wmts/1.0.0/s2cloudless_3857/default/g/{z}/{y}/{x}.jpg',
    ]);
    expect(src.attribution).toContain(
      'Sentinel-2 cloudless – https://s2maps.eu by EOX IT Services GmbH',
    );
    expect(onlineBasemapOf('basemap-satellite')).toBe('satellite');
    expect(onlineBasemapOf('basemap-overview')).toBeNull();
  });
});

/** A stand-in for the map: an ordered list of layers and a set of sources. */
function fakeMap(b: BasemapChoice, extra: string[]) {
  const style = atlasStyle(b);
  let layers = [...style.layers.map((l) => l.id), ...extra];
  const sources = new Map<string, SourceSpecification>(Object.entries(style.sources));
  const calls: string[] = [];
  const map: StyleEditor = {
    getLayersOrder: () => [...layers],
    getSource: (id) => sources.get(id),
    addSource: (id, s) => {
      calls.push(`+source ${id}`);
      sources.set(id, s);
    },
    removeSource: (id) => {
      calls.push(`-source ${id}`);
      if (
        layers.some((l) => style.layers.find((x) => x.id === l && 'source' in x && x.source === id))
      )
        throw new Error(`source ${id} still in use`);
      sources.delete(id);
    },
    addLayer: (l: LayerSpecification, before) => {
      const i = before ? layers.indexOf(before) : layers.length;
      layers.splice(i, 0, l.id);
    },
    removeLayer: (id) => {
      layers = layers.filter((l) => l !== id);
    },
  };
  return { map, layers: () => layers, sources, calls };
}

describe('swapping the basemap in a live style', () => {
  const above = ['user-1-point', 'probe-radius-fill', 'probe-point'];

  it.each([
    ['offline', 'street'],
    ['street', 'satellite'],
    ['satellite', 'offline'],
    ['offline', 'satellite'],
  ] as const)(
    '%s → %s changes only the basemap; labels over the atlas, under the rest',
    (from, to) => {
      const m = fakeMap(from, above);
      const { under, labels } = splitBasemapLayers(basemapPart(to).layers);
      const atlas = atlasLayers().map((l) => l.id);
      expect(swapBasemap(m.map, to)).toBe(true);
      expect(m.layers()).toEqual([
        ...under.map((l) => l.id),
        ...atlas,
        ...labels.map((l) => l.id),
        ...above,
      ]);
      expect([...m.sources.keys()].sort()).toEqual(Object.keys(atlasStyle(to).sources).sort());
      expect(swapBasemap(m.map, to), 'a second call changes nothing').toBe(false);
    },
  );

  it('keeps the offline sources the imagery shares (no reload of the borders)', () => {
    const m = fakeMap('offline', []);
    swapBasemap(m.map, 'satellite');
    expect(m.calls).not.toContain('-source basemap-overview');
    expect(m.calls).toContain('-source basemap-relief'); // glaciers: not drawn over imagery
    expect(m.calls).toContain('+source basemap-satellite');
  });
});

describe('the basemap in the link', () => {
  it('reads street and satellite; anything else is offline', () => {
    expect(readBasemap('?basemap=street')).toBe('street');
    expect(readBasemap('lang=en&basemap=satellite')).toBe('satellite');
    for (const s of [
      '',
      '?basemap=',
      '?basemap=google',
      '?basemap=offline',
      '?basemap=%E0%A4%A',
      `?x=${'a'.repeat(9000)}&basemap=street`,
    ])
      expect(readBasemap(s)).toBe('offline');
  });

  it('writes it beside the other parameters, and removes it for offline', () => {
    expect(writeBasemap('debug&lang=ky&sectors=energy,transport', 'street')).toBe(
      'debug&lang=ky&sectors=energy,transport&basemap=street',
    );
    expect(writeBasemap('lang=ky&basemap=street&sel=place:osh', 'offline')).toBe(
      'lang=ky&sel=place:osh',
    );
  });

  it('falls back to offline when the chosen basemap fails, and says which', () => {
    const store = createAtlasStore();
    store.getState().setBasemap('street');
    store.getState().failBasemap('satellite'); // not the current one: ignored
    expect(store.getState().basemap).toBe('street');
    store.getState().failBasemap('street');
    expect(store.getState()).toMatchObject({ basemap: 'offline', basemapFailed: 'street' });
    store.getState().setBasemap('satellite');
    expect(store.getState()).toMatchObject({ basemap: 'satellite', basemapFailed: null });
  });
});
