/**
 * What an export holds: the records the current filters show (the same visible set as the
 * map and the list), each with its geometry and every source it rests on. Pure.
 */
import type { Geometry } from 'geojson';
import type { Lookup } from '../data/lookup.ts';
import { meetingStart } from '../data/lookup.ts';
import type { Atlas } from '../data/registry.ts';
import type { Citation, Lang, Meeting, Name, Quantity, Text } from '../data/schema.ts';
import type { Visible } from '../state/filters.ts';
import { completionOf, partiesOf, passageId, passagesIn, startOf, type Dated } from './fields.ts';

export interface SourceRef {
  source: string;
  title: string;
  ref?: string;
  url?: string;
}

/** A value with its sources: several for one field mean the sources disagree. */
export interface ExportValue {
  value: number;
  unit: string;
  printed?: string;
  approx?: boolean;
  year?: string | number;
  label?: string;
  /** Why the value is an error in its source, when it is. */
  sourceError?: string;
  sources: SourceRef[];
}

export interface ExportParty {
  role: string;
  name: string;
  share?: number;
  sources: SourceRef[];
}

export interface ExportStep {
  status: string;
  date: string;
  planned?: boolean;
  note?: string;
  sources: SourceRef[];
}

/** How a stretch of a route is drawn (geo.segments), in the order of the geometry's lines. */
export interface ExportSegment {
  class: string;
  basis: string;
  sources: SourceRef[];
}

export interface ExportPassage {
  /** "source [ref] field": which value rests on which words. */
  id: string;
  source: string;
  ref?: string;
  field: string;
  passage: string;
}

/** What a project adds to a record: every structured field the table shows. */
export interface ProjectFields {
  start?: Dated;
  completion?: Dated;
  cost: ExportValue[];
  capacity: ExportValue[];
  length: ExportValue[];
  /** Computed from the geometry, km (lines only). */
  lengthComputedKm?: number;
  financiers: ExportParty[];
  builders: ExportParty[];
  operators: ExportParty[];
  history: ExportStep[];
  segments: ExportSegment[];
}

export interface ExportRecord {
  kind: 'project' | 'city' | 'meeting';
  id: string;
  name: Name | Text;
  /** Sector of a project, country of a city, kind of a meeting. */
  category: string;
  subcategory?: string;
  /** A project's status in the chosen period. */
  status?: string;
  /** A meeting's first date (YYYY, YYYY-MM or YYYY-MM-DD). */
  date?: string;
  /** The meeting's place, or the number of meetings in a city in the period. */
  place?: string;
  meetings?: number;
  precision?: string;
  countries?: string[];
  geometry: Geometry | null;
  sources: SourceRef[];
  /** A project's structured fields. */
  project?: ProjectFields;
  /** A meeting's: all its dates, its ordinal, format and documents. */
  meeting?: {
    dates: { start: string; end?: string; planned?: boolean; sources: SourceRef[] }[];
    ordinal: ExportValue[];
    format: string;
    documents: { id: string; kind: string; title: string; sources: SourceRef[] }[];
  };
  /** Every quoted passage the record rests on. */
  passages: ExportPassage[];
}

interface Cited {
  citations: readonly Citation[];
}

/** Every distinct source and reference, in the order they first appear. */
export function sourceRefs(
  groups: readonly (readonly Cited[] | Cited | undefined)[],
  lookup: Lookup,
  lang: Lang,
): SourceRef[] {
  const seen = new Set<string>();
  const out: SourceRef[] = [];
  for (const group of groups) {
    if (!group) continue;
    for (const item of Array.isArray(group) ? group : [group as Cited])
      for (const c of (item as Cited).citations) {
        const key = `${c.source}|${c.ref ?? ''}`;
        if (seen.has(key)) continue;
        seen.add(key);
        const source = lookup.sources.get(c.source);
        const url = source?.url && /^https?:\/\//.test(source.url) ? source.url : undefined;
        out.push({
          source: c.source,
          title: source?.title[lang] ?? c.source,
          ...(c.ref ? { ref: c.ref } : {}),
          ...(url ? { url } : {}),
        });
      }
  }
  return out;
}

const refsOf = (c: readonly Citation[], lookup: Lookup, lang: Lang) =>
  sourceRefs([{ citations: c }], lookup, lang);

function values(items: readonly Quantity[], lookup: Lookup, lang: Lang): ExportValue[] {
  return items.map((q) => ({
    value: q.value,
    unit: q.unit,
    ...(q.printed ? { printed: q.printed } : {}),
    ...(q.approx ? { approx: true } : {}),
    ...(q.year !== undefined ? { year: q.year } : {}),
    ...(q.label ? { label: q.label[lang] } : {}),
    ...(q.sourceError ? { sourceError: q.sourceError.reason[lang] } : {}),
    sources: refsOf(q.citations, lookup, lang),
  }));
}

const passages = (value: unknown): ExportPassage[] =>
  passagesIn(value).map((p) => ({ id: passageId(p), ...p }));

function meetingRecord(m: Meeting, lookup: Lookup, lang: Lang): ExportRecord {
  const place = m.place ? lookup.places.get(m.place) : undefined;
  return {
    kind: 'meeting',
    id: m.id,
    name: m.title,
    category: m.kind,
    date: meetingStart(m),
    ...(m.place ? { place: m.place } : {}),
    geometry: place?.geometry ?? null,
    meeting: {
      dates: m.dates.map((d) => ({
        start: d.start,
        ...(d.end ? { end: d.end } : {}),
        ...(d.planned ? { planned: true } : {}),
        sources: refsOf(d.citations, lookup, lang),
      })),
      ordinal: values(m.ordinal ?? [], lookup, lang),
      format: m.format,
      documents: m.outcomes.map((o) => ({
        id: o.id,
        kind: o.kind,
        title: o.title[lang],
        sources: refsOf(o.citations, lookup, lang),
      })),
    },
    passages: passages(m),
    sources: sourceRefs(
      [
        m,
        m.dates,
        m.placeCitations ? { citations: m.placeCitations } : undefined,
        m.summary,
        m.outcomes,
        m.ordinal,
      ],
      lookup,
      lang,
    ),
  };
}

/** Projects, then cities, then meetings, each group in the atlas's own order. */
export function exportRecords(
  atlas: Atlas,
  lookup: Lookup,
  visible: Visible,
  lang: Lang,
  /** Each line's computed length, km (geo/measure.ts), where the caller measured it. */
  km: ReadonlyMap<string, number> = new Map(),
): ExportRecord[] {
  const out: ExportRecord[] = [];
  for (const f of atlas.projects) {
    const status = visible.projects[f.properties.id];
    if (!status) continue;
    const p = f.properties;
    out.push({
      kind: 'project',
      id: p.id,
      name: p.name,
      category: p.sector,
      subcategory: p.subsector,
      status,
      precision: p.geo.precision,
      countries: [...p.countries],
      geometry: f.geometry,
      project: projectFields(f, lookup, lang, km.get(p.id)),
      passages: passages(p),
      sources: sourceRefs(
        [
          p.summary,
          p.timeline,
          p.cost,
          p.capacity,
          p.output,
          p.jobs,
          p.length,
          p.parties,
          p.impacts,
          p.geo,
        ],
        lookup,
        lang,
      ),
    });
  }
  for (const f of atlas.places) {
    const count = visible.cities[f.properties.id];
    if (!count) continue;
    const p = f.properties;
    out.push({
      kind: 'city',
      id: p.id,
      name: p.name,
      category: p.country,
      meetings: count,
      precision: p.geo.precision,
      geometry: f.geometry,
      sources: sourceRefs([p.geo], lookup, lang),
      passages: passages(p.geo),
    });
  }
  for (const m of visible.meetings) out.push(meetingRecord(m, lookup, lang));
  return out;
}

function projectFields(
  f: Atlas['projects'][number],
  lookup: Lookup,
  lang: Lang,
  km: number | undefined,
): ProjectFields {
  const p = f.properties;
  const start = startOf(f);
  const completion = completionOf(f);
  const parties = (facet: 'financier' | 'builder' | 'operator') =>
    partiesOf(f, facet).map((x) => ({
      role: x.role,
      name: x.name[lang],
      ...(x.share !== undefined ? { share: x.share } : {}),
      sources: refsOf(x.citations, lookup, lang),
    }));
  return {
    ...(start ? { start } : {}),
    ...(completion ? { completion } : {}),
    cost: values(p.cost, lookup, lang),
    capacity: values(p.capacity, lookup, lang),
    length: values(p.length, lookup, lang),
    ...(km !== undefined ? { lengthComputedKm: Math.round(km * 10) / 10 } : {}),
    financiers: parties('financier'),
    builders: parties('builder'),
    operators: parties('operator'),
    history: p.timeline.map((s) => ({
      status: s.status,
      date: s.date,
      ...(s.planned ? { planned: true } : {}),
      ...(s.note ? { note: s.note[lang] } : {}),
      sources: refsOf(s.citations, lookup, lang),
    })),
    segments: (p.geo.segments ?? []).map((s) => ({
      class: s.class,
      basis: s.basis[lang],
      sources: refsOf(s.citations, lookup, lang),
    })),
  };
}
