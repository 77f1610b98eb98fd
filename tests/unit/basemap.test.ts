import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { featureFilter, validateStyleMin } from '@maplibre/maplibre-gl-style-spec';
import type { LayerSpecification, StyleSpecification } from 'maplibre-gl';
import type { Feature, FeatureCollection, Geometry, Position } from 'geojson';
import { describe, expect, it } from 'vitest';
import { LANGS } from '../../src/data/schema.ts';
import {
  BASEMAP_BOUNDS,
  BASEMAP_DETAIL_BOUNDS,
  basemapLayers,
  basemapSources,
} from '../../src/map/style/basemap.ts';
import { FONT_BOLD, FONT_ITALIC, FONT_REGULAR, fontFaces } from '../../src/map/style/fonts.ts';

const DIR = fileURLToPath(new URL('../../geodata/basemap/', import.meta.url));
const BUDGET_GZIP = 300 * 1024;
const BUDGET_RAW = 1200 * 1024;

type Props = Record<string, unknown>;
const files = readdirSync(DIR)
  .filter((f) => f.endsWith('.geojson'))
  .sort();
const collections = new Map(
  files.map((f) => [
    f,
    JSON.parse(readFileSync(DIR + f, 'utf8')) as FeatureCollection<Geometry, Props>,
  ]),
);

function style(lang?: (typeof LANGS)[number]): StyleSpecification {
  return {
    version: 8,
    ...(lang === undefined ? { state: { lang: { default: 'en' } } } : {}),
    sources: basemapSources(),
    layers: basemapLayers(lang),
    'font-faces': fontFaces,
  };
}

/** The GeoJSON file behind a source: its `?url` import ends with the file name. */
function sourceFile(sourceId: string): string {
  const source = basemapSources()[sourceId];
  if (source?.type !== 'geojson' || typeof source.data !== 'string')
    throw new Error(`${sourceId}: no URL`);
  const name = source.data.split(/[/?#]/).find((part) => part.endsWith('.geojson'));
  if (!name) throw new Error(`${sourceId}: ${source.data} names no .geojson file`);
  return name;
}

/** Every property read with ["get", name] anywhere in a layer. */
function getProperties(value: unknown, out = new Set<string>()): Set<string> {
  if (Array.isArray(value)) {
    if (value[0] === 'get' && typeof value[1] === 'string' && value.length === 2) out.add(value[1]);
    for (const v of value) getProperties(v, out);
  } else if (value !== null && typeof value === 'object') {
    for (const v of Object.values(value)) getProperties(v, out);
  }
  return out;
}

function featuresOf(layer: LayerSpecification, zoom: number): Feature<Geometry, Props>[] {
  if (!('source' in layer) || typeof layer.source !== 'string') return [];
  const fc = collections.get(sourceFile(layer.source));
  if (!fc) throw new Error(`${layer.id}: no file for ${layer.source}`);
  const filter = featureFilter(layer.filter, 'filter');
  return fc.features.filter((f) => {
    const type = f.geometry.type === 'GeometryCollection' ? 'Unknown' : f.geometry.type;
    return filter.filter({ zoom }, { type, properties: f.properties });
  });
}

function positions(g: Geometry): Position[] {
  switch (g.type) {
    case 'Point':
      return [g.coordinates];
    case 'MultiPoint':
    case 'LineString':
      return g.coordinates;
    case 'MultiLineString':
    case 'Polygon':
      return g.coordinates.flat();
    case 'MultiPolygon':
      return g.coordinates.flat(2);
    case 'GeometryCollection':
      return g.geometries.flatMap(positions);
  }
}

function parseRange(range: string): [number, number] {
  const m = /^U\+([0-9A-F]+)(?:-([0-9A-F]+))?$/i.exec(range);
  if (!m?.[1]) throw new Error(`bad range ${range}`);
  const start = parseInt(m[1], 16);
  return [start, m[2] ? parseInt(m[2], 16) : start];
}

describe('basemap style', () => {
  it.each(LANGS)('is a valid MapLibre style (%s)', (lang) => {
    const errors = validateStyleMin(style(lang));
    expect(errors.map((e) => e.message)).toEqual([]);
  });

  it('is a valid MapLibre style with the language in global state', () => {
    const errors = validateStyleMin(style());
    expect(errors.map((e) => e.message)).toEqual([]);
    for (const l of basemapLayers())
      if (l.type === 'symbol')
        expect(JSON.stringify(l.layout?.['text-field'])).toContain('["global-state","lang"]');
  });

  it('has unique layer ids, all prefixed basemap-', () => {
    const ids = basemapLayers('en').map((l) => l.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^basemap-/);
  });

  it('uses one language per style, falling back to English', () => {
    for (const lang of LANGS) {
      const symbols = basemapLayers(lang).filter((l) => l.type === 'symbol');
      expect(symbols.length).toBeGreaterThan(0);
      for (const l of symbols) {
        const props = getProperties(l.layout?.['text-field']);
        // Peaks add their elevation (from zoom 8, for named peaks: rank 1).
        if (l.id === 'basemap-peaks') for (const p of ['elevation', 'rank']) props.delete(p);
        expect([...props].sort()).toEqual([...new Set([`name_${lang}`, 'name_en'])].sort());
      }
    }
  });

  it('only uses declared font stacks, and no glyphs URL', () => {
    const declared = Object.keys(fontFaces);
    expect(declared).toEqual([FONT_REGULAR[0], FONT_BOLD[0], FONT_ITALIC[0]]);
    expect(style('ky').glyphs).toBeUndefined();
    for (const l of basemapLayers('ky'))
      if (l.type === 'symbol')
        for (const f of l.layout?.['text-font'] as string[]) expect(declared).toContain(f);
  });
});

describe('basemap data', () => {
  it('has a file for every source and a source for every file', () => {
    const used = Object.keys(basemapSources()).map(sourceFile).sort();
    // kyrgyzstan.geojson is not drawn: measurements clip lines at it (src/geo/kyrgyzstan.ts);
    // nor is countries.geojson: the route contract tests check vertices against it.
    expect(used).toEqual(
      files.filter((f) => f !== 'kyrgyzstan.geojson' && f !== 'countries.geojson'),
    );
  });

  it('has Kyrgyzstan’s outline as one (Multi)Polygon, for measurements', () => {
    const kg = collections.get('kyrgyzstan.geojson')?.features ?? [];
    expect(kg).toHaveLength(1);
    expect(['Polygon', 'MultiPolygon']).toContain(kg[0]?.geometry.type);
    for (const [x, y] of positions(kg[0]!.geometry) as [number, number][])
      expect(x >= 69 && x <= 81 && y >= 39 && y <= 44, `${x},${y}`).toBe(true);
  });

  it.each(LANGS)('gives every layer features, with every property the layer reads (%s)', (lang) => {
    for (const layer of basemapLayers(lang)) {
      if (layer.type === 'background') continue;
      const features = featuresOf(layer, 12);
      expect(features.length, layer.id).toBeGreaterThan(0);
      const props = getProperties([layer.filter, layer.layout, layer.paint]);
      for (const f of features)
        for (const p of props) expect(f.properties[p], `${layer.id}: ${p}`).not.toBeUndefined();
    }
  });

  it('has labels in all three languages', () => {
    const labels = collections.get('labels.geojson')?.features ?? [];
    expect(labels.length).toBeGreaterThan(50);
    for (const f of labels) {
      expect(f.geometry.type).toBe('Point');
      expect(['country', 'admin1', 'water', 'range', 'peak', 'town']).toContain(f.properties.kind);
      expect(f.properties.rank).toBeTypeOf('number');
      for (const lang of LANGS) {
        const name = f.properties[`name_${lang}`];
        expect(name, JSON.stringify(f.properties)).toBeTypeOf('string');
        expect((name as string).trim()).not.toBe('');
        if (lang !== 'en') expect(name as string).not.toMatch(/[A-Za-z]/);
      }
    }
    const names = (kind: string, lang: string): unknown[] =>
      labels.filter((f) => f.properties.kind === kind).map((f) => f.properties[`name_${lang}`]);
    expect(names('country', 'ky')).toEqual(
      expect.arrayContaining(['Кыргызстан', 'Өзбекстан', 'Кытай', 'Орусия']),
    );
    expect(names('admin1', 'ky')).toEqual(
      expect.arrayContaining([
        'Чүй облусу',
        'Ысык-Көл облусу',
        'Жалал-Абад облусу',
        'Бишкек шаары',
      ]),
    );
    expect(names('water', 'ky')).toContain('Ысык-Көл');
  });

  it('labels the neighbours’ regions in Kyrgyz from the countries-gem extract, else in Russian', () => {
    const extract = JSON.parse(
      readFileSync(
        new URL('../../geodata/raw/countries-gem/admin1-ky.json', import.meta.url),
        'utf8',
      ),
    ) as {
      source: { repo: string; licence: string; commit: string; files: Record<string, unknown> };
      names: Record<string, { ky: string }>;
      rejected: Record<string, { gem_ky: string; reason: string }>;
      none: Record<string, unknown>;
    };
    expect(extract.source).toMatchObject({ repo: 'countries/countries', licence: 'MIT' });
    expect(extract.source.commit).toMatch(/^[0-9a-f]{40}$/);
    expect(Object.keys(extract.source.files).sort()).toEqual(['CN', 'KZ', 'TJ', 'TM', 'UZ']);
    const admin1 = (collections.get('labels.geojson')?.features ?? []).filter(
      (f) => f.properties.kind === 'admin1',
    );
    const abroad = admin1.filter((f) => !String(f.properties.iso).startsWith('KG-'));
    expect(abroad.length).toBe(29);
    let kyrgyz = 0;
    for (const f of abroad) {
      const { iso, name_ru: ru, name_ky: ky } = f.properties;
      const code = String(iso);
      const entry = extract.names[code];
      if (entry) {
        expect(entry.ky, code).toMatch(/^[\u0400-\u04ff]+(?:[ -][\u0400-\u04ff]+)*$/);
        expect(ky, code).toBe(entry.ky);
        expect(ky, code).not.toBe(ru);
        kyrgyz++;
      } else {
        // No Kyrgyz name in the gem, or one not used (with a reason): the Russian name stands.
        expect(code in extract.none || code in extract.rejected, code).toBe(true);
        expect(ky, code).toBe(ru);
      }
    }
    expect(kyrgyz).toBe(Object.keys(extract.names).length);
    for (const r of Object.values(extract.rejected)) expect(r.reason.trim()).not.toBe('');
  });

  it('labels no town the atlas draws as a place (one dot and one label per town)', () => {
    const places = JSON.parse(
      readFileSync(new URL('../../geodata/places.geojson', import.meta.url), 'utf8'),
    ) as FeatureCollection<Geometry, { geonameId?: number; name: { en: string } }>;
    const placeIds = new Set(places.features.map((f) => f.properties.geonameId).filter(Boolean));
    const placeNames = new Set(places.features.map((f) => f.properties.name.en));
    const towns = (collections.get('labels.geojson')?.features ?? []).filter(
      (f) => f.properties.kind === 'town',
    );
    expect(towns.length).toBeGreaterThan(10);
    for (const t of towns) {
      expect(placeIds.has(t.properties.geonameid as number), String(t.properties.name_en)).toBe(
        false,
      );
      expect(placeNames.has(t.properties.name_en as string), String(t.properties.name_en)).toBe(
        false,
      );
    }
  });

  it('declares a font face for every character of every label, upper case included', () => {
    const faces = Object.values(fontFaces);
    for (const stack of faces) {
      if (typeof stack === 'string') throw new Error('expected faces with ranges');
      const ranges = stack.flatMap((f) => (f['unicode-range'] ?? []).map(parseRange));
      const labels = collections.get('labels.geojson')?.features ?? [];
      const text = labels
        .flatMap((f) => LANGS.map((l) => String(f.properties[`name_${l}`])))
        .join('');
      for (const ch of new Set(text + text.toUpperCase())) {
        const cp = ch.codePointAt(0) as number;
        expect(
          ranges.some(([a, b]) => cp >= a && cp <= b),
          `U+${cp.toString(16)} ${ch}`,
        ).toBe(true);
      }
    }
    // Kyrgyz ң ө ү must be there, and come from cyrillic-ext.
    const all = JSON.stringify(collections.get('labels.geojson'));
    for (const ch of ['ң', 'ө', 'ү']) expect(all).toContain(ch);
  });

  it('stays inside its extents', () => {
    const inside = (file: string, [[w, s], [e, n]]: [[number, number], [number, number]]): void => {
      for (const f of collections.get(file)?.features ?? [])
        for (const [x, y] of positions(f.geometry) as [number, number][]) {
          expect(
            x >= w - 1e-9 && x <= e + 1e-9 && y >= s - 1e-9 && y <= n + 1e-9,
            `${file} ${x},${y}`,
          ).toBe(true);
        }
    };
    inside('overview.geojson', BASEMAP_BOUNDS);
    inside('water.geojson', BASEMAP_BOUNDS);
    inside('labels.geojson', BASEMAP_BOUNDS);
    inside('detail.geojson', BASEMAP_DETAIL_BOUNDS);
  });

  it('stays within the size budget for what the first map loads', () => {
    let raw = 0;
    let gzip = 0;
    // Every source's file loads with the style; kyrgyzstan.geojson and countries.geojson do not.
    for (const f of Object.keys(basemapSources()).map(sourceFile)) {
      const buf = readFileSync(DIR + f);
      raw += buf.length;
      gzip += gzipSync(buf, { level: 9 }).length;
    }
    expect(gzip).toBeLessThanOrEqual(BUDGET_GZIP);
    expect(raw).toBeLessThanOrEqual(BUDGET_RAW);
  });
});
