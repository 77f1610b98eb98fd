/**
 * Pure validation: raw JSON in, valid records and readable problems out.
 * Every problem names file › record › field › what is wrong.
 */
import type { z } from 'zod/mini';
import {
  datasets,
  DATASET_KEYS,
  type Atlas,
  type DatasetDef,
  type DatasetKey,
} from './registry.ts';
import type { Citation } from './schema.ts';
import { emptyAtlas, type Problem } from './problem.ts';

export { emptyAtlas, formatProblem, type Problem } from './problem.ts';

const formatPath = (path: readonly PropertyKey[]): string =>
  path
    .map((k, i) => (typeof k === 'number' ? `[${k}]` : i === 0 ? String(k) : `.${String(k)}`))
    .join('');

/** A record's id as well as can be read from data that may be broken. */
function rawId(raw: unknown, index: number): string {
  if (raw && typeof raw === 'object') {
    const r = raw as { id?: unknown; properties?: { id?: unknown } };
    const id = r.properties?.id ?? r.id;
    if (typeof id === 'string' && id) return id;
  }
  return `#${index + 1}`;
}

function recordsIn(def: DatasetDef<unknown>, json: unknown): unknown[] | string {
  if (!json || typeof json !== 'object') return 'is not a JSON object';
  const env = def.envelope;
  const list =
    env.kind === 'features'
      ? (json as { type?: unknown; features?: unknown }).type === 'FeatureCollection'
        ? (json as { features?: unknown }).features
        : undefined
      : (json as Record<string, unknown>)[env.key];
  if (!Array.isArray(list)) {
    return env.kind === 'features'
      ? 'is not a GeoJSON FeatureCollection with a "features" array'
      : `has no "${env.key}" array at the top level`;
  }
  return list;
}

export interface FileResult<T> {
  records: T[];
  problems: Problem[];
  /** The positions, in the file's list, of the records left out. */
  dropped: number[];
}

/** Validates one file's parsed JSON record by record. */
export function validateFile<K extends DatasetKey>(
  key: K,
  json: unknown,
): FileResult<Atlas[K][number]> {
  const def = datasets[key] as unknown as DatasetDef<Atlas[K][number]>;
  const list = recordsIn(def as DatasetDef<unknown>, json);
  if (typeof list === 'string') {
    return {
      records: [],
      problems: [{ file: def.file, record: '(file)', field: '', message: list }],
      dropped: [],
    };
  }
  const records: Atlas[K][number][] = [];
  const problems: Problem[] = [];
  const dropped: number[] = [];
  list.forEach((raw, i) => {
    const parsed = (def.record as z.ZodMiniType<Atlas[K][number]>).safeParse(raw);
    if (parsed.success) records.push(parsed.data);
    else dropped.push(i);
    if (!parsed.success)
      for (const issue of parsed.error.issues)
        problems.push({
          file: def.file,
          record: rawId(raw, i),
          field: formatPath(issue.path),
          message: issue.message,
        });
  });
  return { records, problems, dropped };
}

/** Parses a file's text; a syntax error becomes a problem rather than an exception. */
export function parseJson(file: string, text: string): { json: unknown } | { problem: Problem } {
  try {
    return { json: JSON.parse(text) as unknown };
  } catch (e) {
    return {
      problem: {
        file,
        record: '(file)',
        field: '',
        message: `is not valid JSON: ${(e as Error).message}`,
      },
    };
  }
}

function* citationsIn(value: unknown, path: string): Generator<[Citation, string]> {
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) yield* citationsIn(value[i], `${path}[${i}]`);
  } else if (value && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) {
      const p = path ? `${path}.${k}` : k;
      if (k === 'citations' && Array.isArray(v))
        for (let i = 0; i < v.length; i++) yield [v[i] as Citation, `${p}[${i}]`];
      else yield* citationsIn(v, p);
    }
  }
}

/** The checks that span files: unique ids, cited sources exist, references resolve. */
export function crossCheck(atlas: Atlas): Problem[] {
  const problems: Problem[] = [];
  const seen = new Map<string, string>();
  const claim = (id: string, file: string, field: string) => {
    const first = seen.get(id);
    if (first)
      problems.push({ file, record: id, field, message: `duplicate id (also in ${first})` });
    else seen.set(id, file);
  };
  const f = (k: DatasetKey) => datasets[k].file;
  atlas.sources.forEach((s) => claim(s.id, f('sources'), 'id'));
  atlas.places.forEach((p) => claim(p.properties.id, f('places'), 'properties.id'));
  atlas.projects.forEach((p) => claim(p.properties.id, f('projects'), 'properties.id'));
  atlas.indicators.forEach((r) => claim(r.id, f('indicators'), 'id'));
  atlas.context.forEach((r) => claim(r.id, f('context'), 'id'));
  atlas.meetings.forEach((m) => {
    claim(m.id, f('meetings'), 'id');
    m.outcomes.forEach((o, i) => claim(o.id, f('meetings'), `outcomes[${i}].id`));
  });

  const sourceIds = new Set(atlas.sources.map((s) => s.id));
  // With no bibliography at all, every citation would be "unknown": that file's own
  // problem says it all.
  const check = (file: string, record: string, value: unknown) => {
    if (sourceIds.size === 0) return;
    for (const [c, path] of citationsIn(value, ''))
      if (!sourceIds.has(c.source))
        problems.push({
          file,
          record,
          field: `${path}.source`,
          message: `cites unknown source "${c.source}"`,
        });
  };
  for (const k of DATASET_KEYS) {
    if (k === 'sources') continue;
    const def = datasets[k] as unknown as DatasetDef<unknown>;
    for (const r of atlas[k] as unknown[]) check(def.file, def.idOf(r), r);
  }

  const placeIds = new Set(atlas.places.map((p) => p.properties.id));
  for (const m of atlas.meetings)
    if (m.place !== null && !placeIds.has(m.place))
      problems.push({
        file: f('meetings'),
        record: m.id,
        field: 'place',
        message: `unknown place "${m.place}"`,
      });

  for (const p of atlas.projects)
    (p.properties.places ?? []).forEach((ref, i) => {
      if (!placeIds.has(ref.id))
        problems.push({
          file: f('projects'),
          record: p.properties.id,
          field: `properties.places[${i}].id`,
          message: `unknown place "${ref.id}"`,
        });
    });

  // A route's segments describe the lines of its MultiLineString, one for one.
  for (const p of atlas.projects) {
    const segments = p.properties.geo.segments;
    if (!segments) continue;
    const g = p.geometry;
    const lines = g?.type === 'MultiLineString' ? g.coordinates.length : -1;
    if (lines !== segments.length)
      problems.push({
        file: f('projects'),
        record: p.properties.id,
        field: 'properties.geo.segments',
        message:
          lines < 0
            ? 'segments need a MultiLineString geometry'
            : `has ${segments.length} segment(s) for ${lines} line(s)`,
      });
  }

  for (const l of atlas.links)
    for (const end of ['from', 'to'] as const)
      if (!seen.has(l[end]))
        problems.push({
          file: f('links'),
          record: `${l.from}→${l.to}`,
          field: end,
          message: `points at unknown record "${l[end]}"`,
        });
  return problems;
}

/**
 * What was left out, per dataset: the whole file, or the positions of the records in its list.
 * The schemas are strict and transform nothing, so a record kept is its JSON as it was.
 */
export type Dropped = Partial<Record<DatasetKey, 'file' | number[]>>;

/**
 * Validates every dataset from its text. `texts[key]` is the file's content, or an Error
 * when it could not be read. Whatever fails is reported and left out; the rest is kept.
 */
export function buildAtlas(texts: Partial<Record<DatasetKey, string | Error>>): {
  atlas: Atlas;
  problems: Problem[];
  dropped: Dropped;
} {
  const atlas = emptyAtlas();
  const problems: Problem[] = [];
  const dropped: Dropped = {};
  for (const key of DATASET_KEYS) {
    const file = datasets[key].file;
    const text = texts[key];
    if (text === undefined || text instanceof Error) {
      problems.push({
        file,
        record: '(file)',
        field: '',
        message: `could not be loaded${text ? `: ${text.message}` : ''}`,
      });
      dropped[key] = 'file';
      continue;
    }
    const parsed = parseJson(file, text);
    if ('problem' in parsed) {
      problems.push(parsed.problem);
      dropped[key] = 'file';
      continue;
    }
    const result = validateFile(key, parsed.json);
    (atlas[key] as unknown[]) = result.records;
    problems.push(...result.problems);
    if (result.problems.some((p) => p.record === '(file)')) dropped[key] = 'file';
    else if (result.dropped.length) dropped[key] = result.dropped;
  }
  problems.push(...crossCheck(atlas));
  return { atlas, problems, dropped };
}
