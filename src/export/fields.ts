/**
 * The structured fields of a project and a meeting that the table shows and the exports
 * carry, so that the two cannot disagree: dates of start and completion from the status
 * history, the parties by facet, each value with its sources. Pure.
 */
import type { Lookup } from '../data/lookup.ts';
import type { ProjectFeatureT } from '../data/registry.ts';
import type { Citation, Meeting, Party, Quantity, StatusStep } from '../data/schema.ts';
import { PARTY_FACETS, partyKey, type PartyFacet } from '../state/filters.ts';

/** A dated step of the history, as a table cell or an export field holds it. */
export interface Dated {
  date: string;
  planned: boolean;
}

const firstStep = (timeline: readonly StatusStep[], status: StatusStep['status']): Dated | null => {
  // What happened counts before what was planned.
  const done = timeline.find((s) => s.status === status && !s.planned);
  const step = done ?? timeline.find((s) => s.status === status);
  return step ? { date: step.date, planned: !!step.planned } : null;
};

/** When construction began (or, for what was never built, when it was first proposed). */
export const startOf = (p: ProjectFeatureT): Dated | null =>
  firstStep(p.properties.timeline, 'under-construction') ??
  (p.properties.timeline.some((s) => s.status === 'operating')
    ? null
    : firstStep(p.properties.timeline, 'proposed'));

/** When it first went into operation (done or planned). */
export const completionOf = (p: ProjectFeatureT): Dated | null =>
  firstStep(p.properties.timeline, 'operating');

/** The parties of one facet (financier, builder, operator with owners). */
export function partiesOf(p: ProjectFeatureT, facet: PartyFacet): Party[] {
  const roles: readonly string[] = PARTY_FACETS.find((x) => x.facet === facet)?.roles ?? [];
  const seen = new Set<string>();
  return p.properties.parties.filter((x) => {
    if (!roles.includes(x.role) || seen.has(partyKey(x))) return false;
    seen.add(partyKey(x));
    return true;
  });
}

/** A source as a short label: the article's bracket ("BRI [4, 1-б.]"), else publisher and year. */
export function shortSource(c: Citation, lookup: Lookup): string {
  const s = lookup.sources.get(c.source);
  if (!s) return c.source;
  if (s.kind === 'article')
    return `${s.id.replace(/^article-/, '').toUpperCase()}${c.ref ? ` ${c.ref}` : ''}`;
  const who = (s.publisher ?? s.title.en).split(/ \(|;/)[0] ?? s.id;
  return s.year ? `${who} ${s.year}` : who;
}

/** The first USD value, for sorting by cost (sources aside). */
export const usdOf = (items: readonly Quantity[]): number | null =>
  items.find((q) => q.unit === 'USD' && !q.sourceError)?.value ?? null;

/** The meeting's documents: what it adopted or signed. */
export const documentsOf = (m: Meeting) => m.outcomes;

/** Every quoted passage a record rests on: field, source, reference and the words. */
export interface PassageRef {
  field: string;
  source: string;
  ref?: string;
  passage: string;
}

export function passagesIn(value: unknown, path = ''): PassageRef[] {
  const out: PassageRef[] = [];
  const walk = (v: unknown, at: string) => {
    if (Array.isArray(v)) {
      v.forEach((x, i) => walk(x, `${at}[${i}]`));
      return;
    }
    if (!v || typeof v !== 'object') return;
    const o = v as { citations?: Citation[] };
    if (Array.isArray(o.citations))
      for (const c of o.citations)
        if (c.passage)
          out.push({
            field: at || '(record)',
            source: c.source,
            ...(c.ref ? { ref: c.ref } : {}),
            passage: c.passage,
          });
    for (const [k, child] of Object.entries(v))
      if (k !== 'citations') walk(child, at ? `${at}.${k}` : k);
  };
  walk(value, path);
  return out;
}

/** "article-bri [4, 1-б.] properties.cost[0]": a passage's id, as the exports name it. */
export const passageId = (p: PassageRef) => `${p.source}${p.ref ? ` ${p.ref}` : ''} ${p.field}`;
