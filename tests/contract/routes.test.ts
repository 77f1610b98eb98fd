/**
 * Routes against the ground: every vertex of a linear project lies in a country the project
 * lists (or within 5 km of its border, for crossings drawn on the line), every place a segment
 * claims to pass lies within its stated distance of that segment, every segment class is one
 * the legend and the style explain, a fully traced route measures within 5 % of a stated
 * length, every segment rests on cited sources (a trace on an AidData extract stored in
 * geodata/raw, kept as transcribed: 4-decimal vertices, no repeats, no jumps), and the map
 * credits every licence its data comes under.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  booleanPointInPolygon,
  distance,
  lineString,
  point,
  pointToLineDistance,
  polygonToLine,
} from '@turf/turf';
import type {
  Feature,
  FeatureCollection,
  LineString,
  MultiPolygon,
  Polygon,
  Position,
} from 'geojson';
import { describe, expect, it } from 'vitest';
import { datasets, DATASET_KEYS, type DatasetKey } from '../../src/data/registry.ts';
import { buildAtlas } from '../../src/data/validate.ts';
import { NAMED_POINTS_MAX_LEG_KM, SEGMENT_CLASSES } from '../../src/data/schema.ts';
import { DASHES } from '../../src/map/style/atlas.ts';
import { DASH_SVG } from '../../src/panels/Legend.tsx';
import { messages } from '../../src/i18n/index.ts';
import { mapCredits } from '../../src/i18n/mapLocale.ts';
import { atlasStyle } from '../../src/map/style/index.ts';
import { lengthKm } from '../../src/geo/measure.ts';
import { tracedShare } from '../../src/geo/share.ts';

const root = join(import.meta.dirname, '..', '..', 'geodata');
const read = (file: string) => readFileSync(join(root, file), 'utf8');
const texts = Object.fromEntries(DATASET_KEYS.map((k) => [k, read(datasets[k].file)])) as Record<
  DatasetKey,
  string
>;
const { atlas } = buildAtlas(texts);
const countries = JSON.parse(read('basemap/countries.geojson')) as FeatureCollection<
  Polygon | MultiPolygon,
  { iso: string }
>;
const byIso = new Map(countries.features.map((f) => [f.properties.iso, f]));
const routes = atlas.projects.filter((p) => p.geometry?.type === 'MultiLineString');

const BORDER_KM = 5;

function kmToBorder(at: Position, country: Feature<Polygon | MultiPolygon>): number {
  const boundary = polygonToLine(country);
  const lines = boundary.type === 'FeatureCollection' ? boundary.features : [boundary];
  let best = Infinity;
  for (const l of lines) {
    const g = l.geometry;
    const parts = g.type === 'LineString' ? [g.coordinates] : g.coordinates;
    for (const part of parts)
      best = Math.min(
        best,
        pointToLineDistance(point(at), lineString(part), { units: 'kilometers' }),
      );
  }
  return best;
}

describe('routes', () => {
  it('exist: every linear project is a MultiLineString with one segment per line', () => {
    expect(routes.map((p) => p.properties.id).sort()).toEqual([
      'gas-pipeline-line-d',
      'power-line-datka-kemin',
      'railway-china-kyrgyzstan-uzbekistan',
      'road-china-kyrgyzstan-uzbekistan',
      'road-north-south',
    ]);
    for (const p of routes) {
      const g = p.geometry as { coordinates: Position[][] };
      expect(p.properties.geo.segments?.length, p.properties.id).toBe(g.coordinates.length);
    }
  });

  it.each(routes.map((p) => [p.properties.id, p] as const))(
    '%s: every vertex lies in a listed country or within 5 km of its border',
    (_, p) => {
      const listed = p.properties.countries.map((c) => {
        const f = byIso.get(c);
        expect(f, `country ${c} is in basemap/countries.geojson`).toBeDefined();
        return f!;
      });
      const g = p.geometry as { coordinates: Position[][] };
      for (const line of g.coordinates)
        for (const v of line) {
          if (listed.some((c) => booleanPointInPolygon(point(v), c))) continue;
          const km = Math.min(...listed.map((c) => kmToBorder(v, c)));
          expect(
            km,
            `${v.join(',')} is ${km.toFixed(1)} km outside ${p.properties.countries}`,
          ).toBeLessThanOrEqual(BORDER_KM);
        }
    },
  );

  it('passes every place it claims to pass, within the stated distance', () => {
    let checked = 0;
    for (const p of routes) {
      const g = p.geometry as { coordinates: Position[][] };
      p.properties.geo.segments?.forEach((s, i) => {
        const line = lineString(g.coordinates[i]!) as Feature<LineString>;
        for (const v of s.via) {
          const km = pointToLineDistance(point(v.at), line, { units: 'kilometers' });
          expect(km, `${p.properties.id} segment ${i}: ${v.name}`).toBeLessThanOrEqual(v.withinKm);
          checked++;
        }
      });
    }
    expect(checked).toBeGreaterThan(10);
  });

  it('uses only segment classes that the style draws and the legend explains, in 3 languages', () => {
    for (const p of routes)
      for (const s of p.properties.geo.segments ?? []) {
        expect(SEGMENT_CLASSES).toContain(s.class);
        expect(Object.keys(DASHES)).toContain(s.class);
        expect(Object.keys(DASH_SVG)).toContain(s.class);
        for (const lang of ['ky', 'ru', 'en'] as const)
          expect(messages[lang][`segment.${s.class}`], `${lang} segment.${s.class}`).toBeTruthy();
      }
  });

  it('measures a fully traced route within 5 % of its nearest stated length', () => {
    const traced = routes.filter((p) =>
      p.properties.geo.segments?.every((s) => s.class === 'traced'),
    );
    expect(traced.map((p) => p.properties.id)).toContain('power-line-datka-kemin');
    for (const p of traced) {
      const g = p.geometry as { coordinates: Position[][] };
      const km = g.coordinates.map((c) => lengthKm({ type: 'LineString', coordinates: c }));
      const r = tracedShare(
        km,
        km.map(() => true),
        p.properties.length.map((q) => q.value),
      );
      expect(r.share).toBe(1);
      expect(
        r.deviation,
        `${p.properties.id}: ${r.totalKm} km vs ${r.nearest}`,
      ).toBeLessThanOrEqual(0.05);
    }
  });

  it('rests every segment on cited sources, each named in three languages', () => {
    const sourceIds = new Set(atlas.sources.map((s) => s.id));
    for (const p of routes)
      p.properties.geo.segments?.forEach((s, i) => {
        const at = `${p.properties.id} segment ${i} (${s.class})`;
        expect(s.citations.length, at).toBeGreaterThan(0);
        for (const c of s.citations) expect(sourceIds, `${at}: ${c.source}`).toContain(c.source);
        for (const lang of ['ky', 'ru', 'en'] as const)
          expect(s.basis[lang].trim(), `${at} basis.${lang}`).not.toBe('');
      });
  });

  it('draws a traced segment only from an AidData extract stored in geodata/raw, with its OSM ways or route', () => {
    let traced = 0;
    for (const p of routes)
      p.properties.geo.segments?.forEach((s, i) => {
        if (s.class !== 'traced') return;
        traced++;
        const at = `${p.properties.id} segment ${i}`;
        expect(
          (s.osm?.length ?? 0) + (s.osmRoutes?.length ?? 0),
          `${at}: OSM ways or route`,
        ).toBeGreaterThan(0);
        const ids = s.citations
          .map((c) => /^aiddata-(\d+)$/.exec(c.source)?.[1])
          .filter((id): id is string => id !== undefined);
        expect(ids.length, `${at} cites an AidData dataset`).toBeGreaterThan(0);
        for (const id of ids) {
          const src = atlas.sources.find((x) => x.id === `aiddata-${id}`);
          expect(src?.url, `aiddata-${id} names its file`).toContain(
            `latest/geojsons/${id}.geojson`,
          );
          expect(
            existsSync(join(root, 'raw', 'aiddata', `${id}.side.geojson`)),
            `raw extract ${id}`,
          ).toBe(true);
        }
      });
    expect(traced).toBeGreaterThan(0);
  });

  it('names every AidData id it cites: in the source address and in geodata/raw/README.md', () => {
    const readme = read('raw/README.md');
    const aiddata = atlas.sources.filter((s) => s.id.startsWith('aiddata-'));
    expect(aiddata.length).toBeGreaterThan(0);
    for (const s of aiddata) {
      const id = /^aiddata-(\d+)(?:-page)?$/.exec(s.id)?.[1];
      expect(id, `${s.id} is aiddata-<project id>`).toBeDefined();
      expect(s.url, s.id).toMatch(
        new RegExp(`(latest/geojsons/${id}\\.geojson|china\\.aiddata\\.org/projects/${id})$`),
      );
      expect(readme, `raw/README.md mentions ${id}`).toContain(id!);
    }
  });

  it('keeps named-points legs within the stated maximum, and precision follows the segments', () => {
    for (const p of routes) {
      const g = p.geometry as { coordinates: Position[][] };
      const segs = p.properties.geo.segments ?? [];
      segs.forEach((s, i) => {
        if (s.class !== 'named-points') return;
        const line = g.coordinates[i]!;
        expect(
          s.via.length,
          `${p.properties.id} segment ${i}: named points`,
        ).toBeGreaterThanOrEqual(2);
        for (let k = 1; k < line.length; k++) {
          const km = distance(point(line[k - 1]!), point(line[k]!), { units: 'kilometers' });
          expect(km, `${p.properties.id} segment ${i} leg ${k}`).toBeLessThanOrEqual(
            NAMED_POINTS_MAX_LEG_KM,
          );
        }
      });
      const classes = new Set(segs.map((s) => s.class));
      const expected =
        classes.size === 1 && classes.has('traced')
          ? 'exact'
          : classes.size === 1 && classes.has('schematic')
            ? 'schematic'
            : 'approximate';
      expect(p.properties.geo.precision, p.properties.id).toBe(expected);
    }
  });

  it('cites on its segment each source that a stop’s note or gap in raw/routes.json rests on', () => {
    const defs = JSON.parse(read('raw/routes.json')) as {
      routes: Record<string, { points?: { point?: string; gap?: unknown; sources?: string[] }[] }>;
    };
    let checked = 0;
    for (const [id, def] of Object.entries(defs.routes)) {
      const p = routes.find((r) => r.properties.id === id);
      expect(p, id).toBeDefined();
      const cited = new Set(
        (p!.properties.geo.segments ?? []).flatMap((s) => s.citations.map((c) => c.source)),
      );
      for (const stop of def.points ?? [])
        for (const source of stop.sources ?? []) {
          expect(cited, `${id}: ${stop.point ?? 'gap'} rests on ${source}`).toContain(source);
          checked++;
        }
    }
    expect(checked).toBeGreaterThan(0);
  });

  it('lists the places the sources name on the railway, line D and the North–South road, located or not', () => {
    const project = (id: string) => routes.find((r) => r.properties.id === id)!.properties;
    const listed = (id: string) => (project(id).places ?? []).map((r) => r.id);
    const place = (id: string) => atlas.places.find((q) => q.properties.id === id)!;
    // 24.kg (2025): Torugart – Arpa – Kosh-Döbö – Makmal – Jalal-Abad, 304.94 km.
    expect(listed('railway-china-kyrgyzstan-uzbekistan')).toEqual(
      expect.arrayContaining(['torugart', 'kosh-dobo', 'makmal', 'jalal-abad']),
    );
    expect(project('railway-china-kyrgyzstan-uzbekistan').length.map((q) => q.value)).toContain(
      304.94,
    );
    // 24.kg (2025): Aral village to the Kyzart Pass, through Kuyruchuk, Jumgal and Tügöl-Say.
    expect(listed('road-north-south')).toEqual(
      expect.arrayContaining([
        'aral-jumgal',
        'kyzart-pass',
        'kuyruchuk',
        'jumgal-village',
        'tugol-say',
      ]),
    );
    // Azernews (2019): Karamyk checkpoint to the Irkeshtam checkpoint near Nura.
    expect(listed('gas-pipeline-line-d')).toEqual(
      expect.arrayContaining(['karamyk', 'irkeshtam', 'nura']),
    );
    // No position was found for these: listed and searchable, not drawn, never invented.
    for (const id of [
      'kosh-dobo',
      'makmal',
      'kyzart-pass',
      'kuyruchuk',
      'jumgal-village',
      'tugol-say',
      'karamyk',
    ])
      expect([place(id).geometry, place(id).properties.geo.precision], id).toEqual([
        null,
        'unlocated',
      ]);
  });

  it('keeps every stated length with its source beside the computed one', () => {
    for (const p of routes) {
      expect(p.properties.length.length, p.properties.id).toBeGreaterThan(0);
      for (const q of p.properties.length) {
        expect(q.unit, p.properties.id).toBe('km');
        expect(q.citations.length, `${p.properties.id} ${q.value} km`).toBeGreaterThan(0);
      }
    }
  });

  it('places a site from its AidData outline inside that outline, stored in geodata/raw', () => {
    const sites = atlas.projects.filter(
      (p) =>
        p.geometry?.type === 'Point' &&
        p.properties.geo.citations[0]?.source.startsWith('aiddata-'),
    );
    expect(sites.map((p) => p.properties.id).sort()).toEqual([
      'cement-plant-kyzyl-kiya',
      'hospital-osh',
      'refinery-kara-balta',
    ]);
    for (const p of sites) {
      const id = p.properties.geo.citations[0]!.source.replace('aiddata-', '');
      const file = join(root, 'raw', 'aiddata', `${id}.geojson`);
      expect(existsSync(file), file).toBe(true);
      const outline = JSON.parse(readFileSync(file, 'utf8')) as FeatureCollection<MultiPolygon>;
      const at = (p.geometry as { coordinates: Position }).coordinates;
      expect(booleanPointInPolygon(point(at), outline.features[0]!), p.properties.id).toBe(true);
      expect(p.properties.geo.precision).toBe('exact');
    }
  });

  it('keeps each AidData extract as transcribed: 4-decimal vertices, no repeats, no jumps', () => {
    // A hand transcription (raw/README.md) truncates every vertex to 4 decimals and drops
    // repeats; a mistyped digit shows as a vertex with more decimals, a repeat or a long jump
    // (the longest true edge of the extracts is the 12.1 km one across the Alay valley).
    const dir = join(root, 'raw', 'aiddata');
    const files = readdirSync(dir).filter((f) => f.endsWith('.side.geojson'));
    expect(files.sort()).toEqual([
      '39619.side.geojson',
      '40359.side.geojson',
      '40491.side.geojson',
      '46350.side.geojson',
    ]);
    for (const file of files) {
      const fc = JSON.parse(readFileSync(join(dir, file), 'utf8')) as FeatureCollection<LineString>;
      fc.features.forEach((f, n) => {
        const line = f.geometry.coordinates;
        expect(line.length, `${file} feature ${n}`).toBeGreaterThan(100);
        line.forEach((v, k) => {
          const at = `${file} feature ${n} vertex ${k}`;
          for (const c of v) expect(Math.round(c * 1e4) / 1e4, at).toBe(c);
          if (k === 0) return;
          const prev = line[k - 1]!;
          expect(v[0] !== prev[0] || v[1] !== prev[1], `${at} repeats`).toBe(true);
          const km = distance(point(prev), point(v), { units: 'kilometers' });
          expect(km, `${at}: step`).toBeLessThan(15);
        });
      });
    }
  });

  it('road-north-south: traces Aral – Kazarman (AidData 46350) and Kazarman – Jalal-Abad (40491), joined without a break', () => {
    // The stretch of OSM way 714795598 that AidData gives for the Aral – Kazarman section, and
    // the straight legs that join each trace to the points before and after it.
    const p = routes.find((r) => r.properties.id === 'road-north-south')!;
    const segs = p.properties.geo.segments ?? [];
    const lines = (p.geometry as { coordinates: Position[][] }).coordinates;
    expect(segs.map((s) => s.class)).toEqual(['schematic', 'traced', 'schematic', 'traced']);
    expect(segs[1]!.citations.map((c) => c.source)).toContain('aiddata-46350');
    expect(segs[1]!.osm).toEqual(['https://www.openstreetmap.org/way/714795598']);
    expect(segs[3]!.citations.map((c) => c.source)).toContain('aiddata-40491');
    for (let i = 1; i < lines.length; i++)
      expect(lines[i]![0], `segment ${i} starts where ${i - 1} ends`).toEqual(lines[i - 1]!.at(-1));
    const km = (i: number) => lengthKm({ type: 'LineString', coordinates: lines[i]! });
    expect(km(1)).toBeGreaterThan(40);
    expect(km(1)).toBeLessThan(96); // part of the 96 km section, not all of it
    expect(p.properties.geo.citations.map((c) => c.source)).toEqual(
      expect.arrayContaining(['aiddata-40491', 'aiddata-46350', 'aiddata-53585']),
    );
  });

  it('cites the AidData ids found for the refinery, the Bishkek roads, the irrigation and the road, keeping the other sources’ figures beside theirs', () => {
    const project = (id: string) => atlas.projects.find((p) => p.properties.id === id)!.properties;
    const cites = (id: string) => JSON.stringify(project(id)).match(/"aiddata-\d+"/g) ?? [];
    const costs = (id: string) =>
      project(id).cost.map((q) => [q.value, q.unit, q.citations[0]!.source]);
    expect(new Set(cites('refinery-kara-balta'))).toEqual(new Set(['"aiddata-54405"']));
    expect(new Set(cites('roads-bishkek'))).toEqual(
      new Set(['"aiddata-52924"', '"aiddata-71678"', '"aiddata-54376"']),
    );
    expect(new Set(cites('irrigation-rehabilitation'))).toEqual(new Set(['"aiddata-54380"']));
    expect(cites('road-china-kyrgyzstan-uzbekistan')).toContain('"aiddata-46364"');
    // AidData's $300 million CDB loan stands beside StanRadar's $250 million, not instead of it.
    expect(costs('refinery-kara-balta')).toEqual(
      expect.arrayContaining([
        [250000000, 'USD', 'stanradar-kara-balta'],
        [300000000, 'USD', 'aiddata-54405'],
      ]),
    );
    expect(costs('irrigation-rehabilitation')).toEqual([
      [32000000, 'USD', 'trend-irrigation-2018'],
      [32000000, 'USD', 'aiddata-54380'],
    ]);
    expect(costs('roads-bishkek')).toEqual([
      [489500000, 'CNY', 'aiddata-52924'],
      [350000000, 'CNY', 'aiddata-71678'],
      [278730000, 'CNY', 'aiddata-54376'],
    ]);
    // The press's dates stay; AidData's are added as their own steps.
    expect(project('roads-bishkek').timeline.map((s) => s.date)).toEqual([
      '2017-12-12',
      '2018',
      '2019-11',
      '2019-11-04',
      '2020-10-05',
      '2021-10-19',
    ]);
  });

  it('credits every licence its data is under in the map attribution', () => {
    // The sources' own credits, and the control's custom lines (GeoNames, fonts) in each
    // interface language (src/i18n/mapLocale.ts, which MapView passes to the control).
    const credits = [
      ...Object.values(atlasStyle().sources).map((s) =>
        'attribution' in s ? String(s.attribution ?? '') : '',
      ),
      mapCredits('ky').join(' '),
    ].join(' | ');
    for (const lang of ['ky', 'ru', 'en'] as const)
      expect(mapCredits(lang).join(' ')).toContain('GeoNames');
    for (const needed of ['AidData', '© OpenStreetMap contributors', 'Natural Earth', 'GeoNames'])
      expect(credits).toContain(needed);
  });
});
