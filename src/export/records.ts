/**
 * What an export holds: the records the current filters show (the same visible set as the
 * map and the list), each with its geometry and every source it rests on. Pure.
 */
import type { Geometry } from 'geojson';
import type { Lookup } from '../data/lookup.ts';
import { meetingStart } from '../data/lookup.ts';
import type { Atlas } from '../data/registry.ts';
import type { Citation, Lang, Meeting, Name, Text } from '../data/schema.ts';
import type { Visible } from '../state/filters.ts';

export interface SourceRef {
  source: string;
  title: string;
  ref?: string;
  url?: string;
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
    });
  }
  for (const m of visible.meetings) out.push(meetingRecord(m, lookup, lang));
  return out;
}
