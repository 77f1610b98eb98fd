/**
 * Reads a GeoJSON file the reader brought: a FeatureCollection, a Feature or a bare geometry.
 * Each feature is checked on its own (zod); a bad one is left out with its reason, the rest
 * are drawn. Positions must be longitude, latitude in degrees (RFC 7946).
 */
import type { Feature } from 'geojson';
import { z } from 'zod/mini';
import { fileProblem, labelOf, MAX_FEATURES, Problems, result } from './common.ts';
import {
  PROBLEM_CODES,
  type ParseResult,
  type ProblemCode,
  type UserGeometry,
  type UserProps,
  type UserValue,
} from './types.ts';

const num = (range: ProblemCode, min: number, max: number) =>
  z
    .number({ error: (iss) => (iss.input === undefined ? 'missing' : 'notNumber') })
    .check(z.gte(min, { error: range }), z.lte(max, { error: range }));
/** [longitude, latitude], an optional altitude after them. */
const Position = z.tuple([num('lngRange', -180, 180), num('latRange', -90, 90)], z.number());
const atLeast = <T extends z.ZodMiniType>(item: T, min: number, code: ProblemCode) =>
  z.array(item).check(z.minLength(min, { error: code }));
const Positions = (min: number, code: ProblemCode) => atLeast(Position, min, code);
const Ring = Positions(4, 'ringTooShort').check(
  z.refine(
    (r) => {
      const a = r[0];
      const b = r[r.length - 1];
      return !!a && !!b && a[0] === b[0] && a[1] === b[1];
    },
    { error: 'ringNotClosed' },
  ),
);
const geometry = <T extends string, C extends z.ZodMiniType>(type: T, coordinates: C) =>
  z.object({ type: z.literal(type), coordinates });

const Geometry = z.discriminatedUnion(
  'type',
  [
    geometry('Point', Position),
    geometry('MultiPoint', Positions(1, 'tooFewPositions')),
    geometry('LineString', Positions(2, 'tooFewPositions')),
    geometry('MultiLineString', atLeast(Positions(2, 'tooFewPositions'), 1, 'tooFewPositions')),
    geometry('Polygon', atLeast(Ring, 1, 'tooFewPositions')),
    geometry('MultiPolygon', atLeast(atLeast(Ring, 1, 'tooFewPositions'), 1, 'tooFewPositions')),
  ],
  { error: 'unsupportedGeometry' },
);

const FeatureSchema = z.object({
  type: z.literal('Feature', { error: 'notFeature' }),
  geometry: z.nullable(Geometry),
  properties: z.optional(z.nullable(z.record(z.string(), z.unknown()))),
});

const isCode = (s: string): s is ProblemCode => (PROBLEM_CODES as readonly string[]).includes(s);

/** "geometry.coordinates[2][0]" from zod's path. */
const fieldOf = (path: readonly PropertyKey[]) =>
  path.reduce<string>(
    (s, k) => (typeof k === 'number' ? `${s}[${k}]` : s ? `${s}.${String(k)}` : String(k)),
    '',
  );

const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/** The value at a path inside what was read, as short text for a message. */
function valueAt(root: unknown, path: readonly PropertyKey[]): string {
  let v: unknown = root;
  for (const k of path)
    v = Array.isArray(v) && typeof k === 'number' ? v[k] : isRecord(v) ? v[String(k)] : undefined;
  const text = typeof v === 'string' ? v : (JSON.stringify(v) ?? String(v));
  return text.length > 40 ? `${text.slice(0, 39)}…` : text;
}

/** What a message quotes for each kind of problem. */
function paramsFor(
  code: ProblemCode,
  item: unknown,
  path: readonly PropertyKey[],
): Record<string, string> | undefined {
  if (code === 'unsupportedGeometry') {
    const type = isRecord(item) && isRecord(item.geometry) ? item.geometry.type : undefined;
    return { type: typeof type === 'string' ? type : valueAt(item, ['geometry']) };
  }
  if (code === 'notNumber' || code === 'lngRange' || code === 'latRange')
    return { value: valueAt(item, path) };
  return undefined;
}

/** Flat values stay; nested ones become JSON text, so the map and the panel can show them. */
function flatten(props: Record<string, unknown> | null | undefined): Record<string, UserValue> {
  const out: Record<string, UserValue> = {};
  for (const [k, v] of Object.entries(props ?? {})) {
    if (k === '_label') continue;
    out[k] =
      v === null || typeof v === 'string' || typeof v === 'boolean'
        ? v
        : typeof v === 'number'
          ? Number.isFinite(v)
            ? v
            : null
          : (JSON.stringify(v) ?? null);
  }
  return out;
}

/** The features of the file, however it packs them; null if it is not GeoJSON at all. */
function featuresOf(value: unknown): unknown[] | null {
  if (!isRecord(value)) return null;
  if (value.type === 'FeatureCollection')
    return Array.isArray(value.features) ? value.features : null;
  if (value.type === 'Feature') return [value];
  if (typeof value.type === 'string' && 'coordinates' in value)
    return [{ type: 'Feature', geometry: value, properties: {} }];
  return null;
}

export function parseGeoJson(file: string, text: string): ParseResult {
  if (!text.trim()) return fileProblem(file, 'empty');
  let value: unknown;
  try {
    value = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (e) {
    return fileProblem(file, 'notJson', { detail: e instanceof Error ? e.message : String(e) });
  }
  const raw = featuresOf(value);
  if (!raw) return fileProblem(file, 'notGeoJson');
  if (raw.length > MAX_FEATURES) return fileProblem(file, 'tooMany', { max: MAX_FEATURES });

  const problems = new Problems(file);
  const features: Feature<UserGeometry, UserProps>[] = [];
  raw.forEach((item, i) => {
    const label = isRecord(item) && isRecord(item.properties) ? labelOf(item.properties) : '';
    const where = { kind: 'feature' as const, index: i + 1, ...(label ? { label } : {}) };
    const parsed = FeatureSchema.safeParse(item);
    if (!parsed.success) {
      // One problem per feature is enough to find and fix it.
      const issue = parsed.error.issues[0];
      const code: ProblemCode = issue && isCode(issue.message) ? issue.message : 'invalid';
      const path = issue?.path ?? [];
      problems.add({ where, field: fieldOf(path), code, params: paramsFor(code, item, path) });
      return;
    }
    const f = parsed.data;
    if (!f.geometry) {
      problems.add({ where, field: 'geometry', code: 'noGeometry' });
      return;
    }
    const props = flatten(f.properties);
    features.push({
      type: 'Feature',
      geometry: f.geometry as UserGeometry,
      properties: { ...props, _label: labelOf(props) },
    });
  });
  return result(file, 'geojson', features, problems);
}
