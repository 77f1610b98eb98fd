/**
 * Builds the geometry of the atlas's linear projects from stored inputs, deterministically:
 *   geodata/raw/routes.json                     which points or trace each route follows
 *   geodata/raw/aiddata/<id>.side.geojson       AidData footprint extracts (see raw/README.md)
 *   geodata/raw/geonames/cities500-extract.json GeoNames positions (scripts/extract-geonames.ts)
 * and writes, in geodata/projects.geojson, only each route's `geometry` (a MultiLineString, one
 * line per segment) and the precision-related `geo.precision`, `geo.segments` and (for traces)
 * the AidData citation. Run with `npx tsx scripts/build-routes.ts`.
 *
 * Sites: a point project whose AidData record outlines its site (an OpenStreetMap way,
 * geodata/raw/aiddata/<id>.geojson, stored whole) is placed at the centroid of that outline (or,
 * where a concave outline leaves it outside, at a point on the outline's surface),
 * with `geo.precision` exact and the AidData citation in place of the town stand-in.
 *
 * Centreline of a footprint: AidData buffers each OpenStreetMap way by about 2 m and unions the
 * buffers into one polygon whose outer ring runs out along one side of the line and back along
 * the other. One side is therefore the way itself to within the buffer, far below the 4-decimal
 * (≈ 10 m) resolution kept: the extract holds that side, from end to end (raw/README.md). Here
 * it is thinned (Douglas–Peucker at TRACE_TOLERANCE_M, which keeps the length within 0.5 %).
 *
 * Named points: consecutive points form legs. A leg is `named-points` when the sources name
 * both ends on the route and they are at most NAMED_POINTS_MAX_LEG_KM apart; any other leg
 * (a stand-in point, a gap in the sources, a long straight jump) is `schematic`. Consecutive
 * legs of one class make one segment. A route's points may include traced stretches (a `trace`
 * stop, one feature of an extract): the points before and after it make their own legs.
 * A stop's `sources` (those of its note, or of a gap) are cited on the segment it falls in.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { booleanPointInPolygon, point, pointOnFeature, polygon } from '@turf/turf';
import { fileURLToPath } from 'node:url';
import {
  NAMED_POINTS_MAX_LEG_KM,
  type Citation,
  type Precision,
  type Segment,
  type SegmentClass,
  type Text,
} from '../src/data/schema.ts';

type Pos = [number, number];
const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const RAW = path.join(ROOT, 'geodata/raw');
const PROJECTS = path.join(ROOT, 'geodata/projects.geojson');
/** Thinning tolerance for traces, in metres. */
const TRACE_TOLERANCE_M = 15;

interface PointDef {
  geonameid?: number;
  at?: Pos;
  source?: string;
  name: Text;
}
interface TraceDef {
  aiddata: number;
  source: string;
  /** Only this feature of the extract (by index); all of them when absent. */
  feature?: number;
  passes: { point: string; withinKm: number }[];
  /** Said of the stretch after the places it passes (what part of a section it covers). */
  note?: Text;
  /** Draw a schematic leg from the last point before the trace to its first vertex. */
  joinStart?: boolean;
  /** Draw a schematic leg from the trace's last vertex to the first point after it. */
  joinEnd?: boolean;
}
interface Stop {
  point?: string;
  /** An end of a traced stretch (joinStart / joinEnd): never a named point. */
  end?: { at: Pos; name: Text; source: string };
  documented?: boolean;
  note?: Text;
  gap?: Text;
  /** Sources of the stop's note or gap (cited on the segment it belongs to). */
  sources?: string[];
  /** A traced stretch between the points before and after it. */
  trace?: TraceDef;
}
interface RouteDef {
  source?: string;
  points?: Stop[];
  trace?: TraceDef;
}
interface SiteDef {
  aiddata: number;
  source: string;
  /** Citations of the old stand-in position that no longer apply. */
  drop: string[];
}
interface RoutesFile {
  points: Record<string, PointDef>;
  routes: Record<string, RouteDef>;
  sites: Record<string, SiteDef>;
}
interface Gazetteer {
  records: { geonameid: number; lat: number; lon: number }[];
}

const readJson = <T>(file: string): T => JSON.parse(readFileSync(file, 'utf8')) as T;
const routes = readJson<RoutesFile>(path.join(RAW, 'routes.json'));
const gazetteer = new Map(
  readJson<Gazetteer>(path.join(RAW, 'geonames/cities500-extract.json')).records.map((r) => [
    r.geonameid,
    r,
  ]),
);

const round = (v: number, d = 4): number => Math.round(v * 10 ** d) / 10 ** d;

function positionOf(key: string): { at: Pos; citation: Citation; name: Text } {
  const p = routes.points[key];
  if (!p) throw new Error(`unknown point ${key}`);
  if (p.geonameid !== undefined) {
    const r = gazetteer.get(p.geonameid);
    if (!r) throw new Error(`geonameid ${p.geonameid} (${key}) is not in the extract`);
    return {
      at: [round(r.lon), round(r.lat)],
      name: p.name,
      citation: {
        source: 'geonames-cities500',
        note: {
          ky: `GeoNames ${p.geonameid}: ${p.name.ky}.`,
          ru: `GeoNames ${p.geonameid}: ${p.name.ru}.`,
          en: `GeoNames ${p.geonameid}: ${p.name.en}.`,
        },
      },
    };
  }
  if (!p.at || !p.source) throw new Error(`point ${key} needs a geonameid or at + source`);
  return { at: p.at, name: p.name, citation: { source: p.source } };
}

const R = 6371.0088;
function km(a: Pos, b: Pos): number {
  const r = Math.PI / 180;
  const dLat = (b[1] - a[1]) * r;
  const dLon = (b[0] - a[0]) * r;
  const h =
    Math.sin(dLat / 2) ** 2 + Math.cos(a[1] * r) * Math.cos(b[1] * r) * Math.sin(dLon / 2) ** 2;
  return 2 * R * Math.asin(Math.sqrt(h));
}

/** Douglas–Peucker on a local equirectangular projection (metres). */
function thin(line: Pos[], tolM: number): Pos[] {
  const lat0 = (line[0]?.[1] ?? 0) * (Math.PI / 180);
  const xy = line.map(([x, y]) => [
    x * (Math.PI / 180) * R * 1000 * Math.cos(lat0),
    y * (Math.PI / 180) * R * 1000,
  ]);
  const keep = new Uint8Array(line.length);
  keep[0] = keep[line.length - 1] = 1;
  const stack: [number, number][] = [[0, line.length - 1]];
  while (stack.length) {
    const [a, b] = stack.pop() as [number, number];
    const [ax, ay] = xy[a] as number[];
    const [bx, by] = xy[b] as number[];
    let max = 0;
    let at = -1;
    for (let i = a + 1; i < b; i++) {
      const [px, py] = xy[i] as number[];
      const dx = (bx as number) - (ax as number);
      const dy = (by as number) - (ay as number);
      const len2 = dx * dx + dy * dy;
      const t =
        len2 === 0
          ? 0
          : Math.max(
              0,
              Math.min(
                1,
                (((px as number) - (ax as number)) * dx + ((py as number) - (ay as number)) * dy) /
                  len2,
              ),
            );
      const d = Math.hypot(
        (px as number) - ((ax as number) + t * dx),
        (py as number) - ((ay as number) + t * dy),
      );
      if (d > max) {
        max = d;
        at = i;
      }
    }
    if (at > 0 && max > tolM) {
      keep[at] = 1;
      stack.push([a, at], [at, b]);
    }
  }
  return line.filter((_, i) => keep[i] === 1);
}

const join = (names: Text[], lang: keyof Text): string => names.map((n) => n[lang]).join(' – ');

function basisOf(cls: SegmentClass, names: Text[], notes: Text[]): Text {
  const extra = (lang: keyof Text) => notes.map((n) => ` ${n[lang]}`).join('');
  if (cls === 'named-points')
    return {
      ky: `Аталган пункттар боюнча: ${join(names, 'ky')}. Ар бир пунктту булактар бул багытта атайт; пункттардын ортосу түз сызык.${extra('ky')}`,
      ru: `По названным пунктам: ${join(names, 'ru')}. Каждый пункт назван источниками на этом маршруте; между пунктами — прямые.${extra('ru')}`,
      en: `Along named points: ${join(names, 'en')}. The sources name each point on this route; straight between the points.${extra('en')}`,
    };
  return {
    ky: `Схема: ${join(names, 'ky')} түз сызыгы; алардын ортосундагы трасса документтелген эмес.${extra('ky')}`,
    ru: `Схема: прямая ${join(names, 'ru')}; ход трассы между ними не задокументирован.${extra('ru')}`,
    en: `Schematic: a straight line ${join(names, 'en')}; the course between is not documented.${extra('en')}`,
  };
}

interface Built {
  lines: Pos[][];
  segments: Segment[];
}

/** Where a stop stands: a named point, or an end of a traced stretch. */
function stopAt(s: Stop): { at: Pos; citation: Citation; name: Text } {
  if (s.end) return { at: s.end.at, name: s.end.name, citation: { source: s.end.source } };
  return positionOf(s.point as string);
}

/** The first or last vertex of a traced stretch, as a stop for a schematic joining leg. */
function traceEnd(def: TraceDef, line: Pos[], which: 'start' | 'end'): Stop {
  const at = (which === 'start' ? line[0] : line[line.length - 1]) as Pos;
  const id = def.aiddata;
  const name: Text =
    which === 'start'
      ? {
          ky: `AidData ${id} изинин башы`,
          ru: `начало следа AidData ${id}`,
          en: `start of the AidData ${id} trace`,
        }
      : {
          ky: `AidData ${id} изинин аягы`,
          ru: `конец следа AidData ${id}`,
          en: `end of the AidData ${id} trace`,
        };
  return { end: { at, name, source: def.source } };
}

/**
 * Points, with traced stretches among them: each run of points between traces makes legs.
 * A trace with joinStart / joinEnd is tied to the points before / after it by schematic legs
 * to its own first / last vertex, so the route is drawn without a break.
 */
function buildPoints(def: RouteDef): Built {
  const out: Built = { lines: [], segments: [] };
  let run: Stop[] = [];
  const flush = () => {
    const b = buildLegs(def, run);
    out.lines.push(...b.lines);
    out.segments.push(...b.segments);
    run = [];
  };
  for (const s of def.points ?? []) {
    if (!s.trace) {
      run.push(s);
      continue;
    }
    const b = buildTrace(s.trace);
    const first = b.lines[0] as Pos[];
    const last = b.lines[b.lines.length - 1] as Pos[];
    if (s.trace.joinStart) run.push(traceEnd(s.trace, first, 'start'));
    flush();
    out.lines.push(...b.lines);
    out.segments.push(...b.segments);
    if (s.trace.joinEnd) run.push(traceEnd(s.trace, last, 'end'));
  }
  flush();
  return out;
}

function buildLegs(def: RouteDef, stops: Stop[]): Built {
  interface Leg {
    from: Stop;
    to: Stop;
    cls: SegmentClass;
    gap?: Text;
    gapSources?: string[];
  }
  const legs: Leg[] = [];
  let prev: Stop | undefined;
  let gap: Text | undefined;
  let gapSources: string[] | undefined;
  for (const s of stops) {
    if (s.gap) {
      gap = s.gap;
      gapSources = s.sources;
      continue;
    }
    if (prev) {
      const a = stopAt(prev).at;
      const b = stopAt(s).at;
      const named =
        !gap &&
        prev.documented === true &&
        s.documented === true &&
        km(a, b) <= NAMED_POINTS_MAX_LEG_KM;
      legs.push({
        from: prev,
        to: s,
        cls: named ? 'named-points' : 'schematic',
        ...(gap ? { gap } : {}),
        ...(gapSources ? { gapSources } : {}),
      });
    }
    prev = s;
    gap = undefined;
    gapSources = undefined;
  }
  const out: Built = { lines: [], segments: [] };
  let i = 0;
  while (i < legs.length) {
    const cls = (legs[i] as Leg).cls;
    let j = i;
    while (j + 1 < legs.length && (legs[j + 1] as Leg).cls === cls) j++;
    const run = legs.slice(i, j + 1);
    const stopsOf = [run[0]?.from as Stop, ...run.map((l) => l.to)];
    const pts = stopsOf.map(stopAt);
    const notes = [
      ...stopsOf.flatMap((s) => (s.note ? [s.note] : [])),
      ...run.flatMap((l) => (l.gap ? [l.gap] : [])),
    ];
    const citations: Citation[] = [];
    const seen = new Set<string>();
    const cite = (c: Citation) => {
      const key = JSON.stringify(c);
      if (!seen.has(key)) {
        seen.add(key);
        citations.push(c);
      }
    };
    if (def.source) cite({ source: def.source });
    pts.forEach((p) => cite(p.citation));
    [...stopsOf.flatMap((s) => s.sources ?? []), ...run.flatMap((l) => l.gapSources ?? [])].forEach(
      (source) => cite({ source }),
    );
    if (stopsOf.some((s) => s.documented === false))
      cite({
        source: 'unverified',
        note: {
          ky: 'Кээ бир пункттар бул багытта булакта аталган эмес (орун басар же божомол).',
          ru: 'Некоторые пункты не названы источником на этом маршруте (замена или допущение).',
          en: 'Some points are not named on this route by a source (a stand-in or an assumption).',
        },
      });
    out.lines.push(pts.map((p) => p.at));
    out.segments.push({
      class: cls,
      basis: basisOf(
        cls,
        pts.map((p) => p.name),
        notes,
      ),
      via: pts.map((p) => ({ name: p.name.en, at: p.at, withinKm: 0.5 })),
      citations,
    });
    i = j + 1;
  }
  return out;
}

interface TraceFile {
  features: {
    properties: { osm_links: string; osm_precision_list: string };
    geometry: { coordinates: Pos[] };
  }[];
}

function buildTrace(def: TraceDef): Built {
  const file = readJson<TraceFile>(path.join(RAW, `aiddata/${def.aiddata}.side.geojson`));
  const out: Built = { lines: [], segments: [] };
  const features = def.feature === undefined ? file.features : [file.features[def.feature]];
  for (const f of features) {
    if (!f) throw new Error(`${def.aiddata}: no feature ${def.feature}`);
    const links = f.properties.osm_links.split(',').map((u) => u.replace(/#.*$/, ''));
    // AidData builds a footprint either from OSM ways or from an OSM car route between two points.
    const osm = links.filter((u) => /\/way\/\d+$/.test(u));
    const routed = links.filter((u) => u.includes('/directions?'));
    if (osm.length + routed.length !== links.length) throw new Error(`${def.aiddata}: OSM links`);
    const precise = f.properties.osm_precision_list.split(',').every((p) => p === 'precise');
    const line = thin(f.geometry.coordinates, TRACE_TOLERANCE_M);
    const passes = def.passes.map((p) => ({ ...positionOf(p.point), withinKm: p.withinKm }));
    const names = passes.map((p) => p.name);
    const n = osm.length;
    const made: Text = routed.length
      ? {
          ky: `OpenStreetMap'тин унаа маршрутунан курулган`,
          ru: `построен по автомобильному маршруту OpenStreetMap`,
          en: `built from an OpenStreetMap car route`,
        }
      : n === 1
        ? {
            ky: `OpenStreetMap'тин бир сызыгынан курулган`,
            ru: `построен по одной линии OpenStreetMap`,
            en: `built from one OpenStreetMap way`,
          }
        : {
            ky: `OpenStreetMap'тин ${n} сызыгынан курулган`,
            ru: `построен из ${n} линий OpenStreetMap`,
            en: `built from ${n} OpenStreetMap ways`,
          };
    const flag = (lang: keyof Text) =>
      precise
        ? {
            ky: 'баары так деп белгиленген',
            ru: 'все отмечены как точные',
            en: 'all marked precise',
          }[lang]
        : '';
    const note = (lang: keyof Text) => (def.note ? ` ${def.note[lang]}` : '');
    out.lines.push(line);
    out.segments.push({
      class: 'traced',
      basis: {
        ky: `AidData ${def.aiddata} долбоорунун изи боюнча (${made.ky}, ${flag('ky')})${names.length ? `: ${join(names, 'ky')} жанынан өтөт` : ''}.${note('ky')}`,
        ru: `Прослежено по следу проекта AidData ${def.aiddata} (${made.ru}, ${flag('ru')})${names.length ? `: проходит у пунктов ${join(names, 'ru')}` : ''}.${note('ru')}`,
        en: `Traced from the footprint of AidData project ${def.aiddata} (${made.en}, ${flag('en')})${names.length ? `: passes ${join(names, 'en')}` : ''}.${note('en')}`,
      },
      via: passes.map((p) => ({ name: p.name.en, at: p.at, withinKm: p.withinKm })),
      ...(osm.length ? { osm } : {}),
      ...(routed.length ? { osmRoutes: routed } : {}),
      citations: [{ source: def.source }, ...passes.map((p) => p.citation)],
    });
  }
  return out;
}

interface ProjectsFile {
  features: {
    geometry: unknown;
    properties: {
      id: string;
      geo: { precision: Precision; basis: Text; citations: Citation[]; segments?: Segment[] };
    };
  }[];
}

interface SiteFile {
  features: {
    properties: { osm_links: string; osm_precision_list: string };
    geometry: { type: 'MultiPolygon'; coordinates: Pos[][][] };
  }[];
}

/** Area-weighted centroid of the outer ring of a one-polygon outline (planar lon/lat). */
function centroid(ring: Pos[]): Pos {
  let a = 0;
  let cx = 0;
  let cy = 0;
  for (let i = 0; i + 1 < ring.length; i++) {
    const [x0, y0] = ring[i] as Pos;
    const [x1, y1] = ring[i + 1] as Pos;
    const c = x0 * y1 - x1 * y0;
    a += c;
    cx += (x0 + x1) * c;
    cy += (y0 + y1) * c;
  }
  a /= 2;
  return [round(cx / (6 * a), 5), round(cy / (6 * a), 5)];
}

function buildSite(f: ProjectsFile['features'][number], def: SiteDef): Pos {
  const file = readJson<SiteFile>(path.join(RAW, `aiddata/${def.aiddata}.geojson`));
  const [feature] = file.features;
  if (!feature || file.features.length !== 1) throw new Error(`${def.aiddata}: one feature`);
  const polys = feature.geometry.coordinates;
  if (polys.length !== 1) throw new Error(`${def.aiddata}: one polygon expected`);
  // The centroid, or where a concave outline leaves it outside, a point on the outline's surface.
  const ring = (polys[0] as Pos[][])[0] as Pos[];
  const shape = polygon([ring]);
  const c = centroid(ring);
  const inside = booleanPointInPolygon(point(c), shape);
  const on = pointOnFeature(shape).geometry.coordinates;
  const at: Pos = inside ? c : [round(on[0] as number, 5), round(on[1] as number, 5)];
  const way = feature.properties.osm_links.replace(/#.*$/, '');
  const precise = feature.properties.osm_precision_list === 'precise';
  if (!precise) throw new Error(`${def.aiddata}: not marked precise`);
  f.geometry = { type: 'Point', coordinates: at };
  const geo = f.properties.geo;
  geo.precision = 'exact';
  geo.basis = {
    ky: `AidData ${def.aiddata} долбоорундагы объекттин контурунун ичиндеги чекит (OpenStreetMap ${way}, так деп белгиленген).`,
    ru: `Точка внутри контура объекта в проекте AidData ${def.aiddata} (OpenStreetMap ${way}, отмечен как точный).`,
    en: `A point inside the site's outline in AidData project ${def.aiddata} (OpenStreetMap ${way}, marked precise).`,
  };
  geo.citations = [
    { source: def.source },
    ...geo.citations.filter((c) => c.source !== def.source && !def.drop.includes(c.source)),
  ];
  return at;
}

function main(): void {
  const projects = readJson<ProjectsFile>(PROJECTS);
  for (const [id, def] of Object.entries(routes.sites)) {
    const f = projects.features.find((p) => p.properties.id === id);
    if (!f) throw new Error(`no project ${id}`);
    console.log(`${id.padEnd(40)} site ${buildSite(f, def).join(', ')}`);
  }
  for (const [id, def] of Object.entries(routes.routes)) {
    const f = projects.features.find((p) => p.properties.id === id);
    if (!f) throw new Error(`no project ${id}`);
    const built = def.trace ? buildTrace(def.trace) : buildPoints(def);
    f.geometry = { type: 'MultiLineString', coordinates: built.lines };
    const geo = f.properties.geo;
    geo.segments = built.segments;
    const classes = new Set(built.segments.map((s) => s.class));
    geo.precision =
      classes.size === 1 && classes.has('traced')
        ? 'exact'
        : classes.size === 1 && classes.has('schematic')
          ? 'schematic'
          : 'approximate';
    if (def.trace) {
      // A traced route is described by its trace: the earlier sketch's basis and its
      // unverified waypoint no longer apply; the sources that place its ends stay.
      const first = built.segments[0] as Segment;
      geo.basis = first.basis;
      geo.citations = [
        { source: def.trace.source },
        ...geo.citations.filter(
          (c) => !['unverified', 'geonames-cities500', def.trace?.source].includes(c.source),
        ),
        ...first.citations.filter((c) => c.source === 'geonames-cities500'),
      ];
    }
    const total = built.lines.reduce(
      (s, l) => s + l.slice(1).reduce((t, p, i) => t + km(l[i] as Pos, p), 0),
      0,
    );
    console.log(
      `${id.padEnd(40)} ${built.segments
        .map((s) => s.class)
        .join(', ')
        .padEnd(40)} ${total.toFixed(1)} km`,
    );
  }
  writeFileSync(PROJECTS, `${JSON.stringify(projects, null, 2)}\n`);
}

main();
