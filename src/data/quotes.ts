/**
 * Where the atlas quotes the articles: every distinct passage with the records (and fields)
 * that rest on it, and where each passage stands in the cleaned article text. Pure.
 *
 * Passages are found the way data/passages.ts checks them: ignoring white space and hyphens
 * (comparable()), then mapped back to character ranges in the blocks.
 */
import type { ArticleBlock } from './article.ts';
import type { Lookup } from './lookup.ts';
import { comparable } from './passages.ts';
import type { Atlas } from './registry.ts';
import type { Citation, Text } from './schema.ts';

/** A record the map can show for a quote: the place of a meeting, a linked project, … */
export interface Target {
  kind: 'place' | 'project';
  id: string;
}

export interface QuoteUse {
  /** The record that cites the passage (a project, place, meeting, indicator or link). */
  record: string;
  name: Text | null;
  /** The field the citation belongs to, e.g. `properties.cost[0]`. */
  field: string;
  /** The number as printed, when the citation backs a quantity. */
  printed?: string;
  value?: number;
  unit?: string;
  /** What choosing this use selects on the map, if anything. */
  target: Target | null;
}

export interface Quote {
  passage: string;
  /** The translations the atlas already gives this passage (one per distinct wording). */
  translations: { ru: string; en: string }[];
  uses: QuoteUse[];
}

interface Found {
  citation: Citation;
  field: string;
  printed?: string;
  value?: number;
  unit?: string;
}

function* citationsIn(value: unknown, path: string): Generator<Found> {
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) yield* citationsIn(value[i], `${path}[${i}]`);
    return;
  }
  if (!value || typeof value !== 'object') return;
  const v = value as { citations?: Citation[]; printed?: string; value?: number; unit?: string };
  if (Array.isArray(v.citations))
    for (const citation of v.citations)
      yield {
        citation,
        field: path || '(record)',
        printed: v.printed,
        value: typeof v.value === 'number' ? v.value : undefined,
        unit: v.unit,
      };
  for (const [k, child] of Object.entries(value))
    if (k !== 'citations') yield* citationsIn(child, path ? `${path}.${k}` : k);
}

/** Every passage of one article the atlas quotes, with who quotes it. */
export function quotesOf(atlas: Atlas, lookup: Lookup, source: string): Quote[] {
  const byPassage = new Map<string, Quote>();
  const targetOf = (id: string): Target | null => {
    if (lookup.projects.has(id)) return { kind: 'project', id };
    if (lookup.places.has(id)) return { kind: 'place', id };
    const meeting = lookup.meetings.get(id) ?? lookup.outcomes.get(id)?.meeting;
    if (meeting?.place) return { kind: 'place', id: meeting.place };
    return null;
  };
  const add = (record: string, name: Text | null, target: Target | null, rec: unknown) => {
    for (const f of citationsIn(rec, '')) {
      const { citation } = f;
      if (citation.source !== source || !citation.passage) continue;
      let q = byPassage.get(citation.passage);
      if (!q)
        byPassage.set(
          citation.passage,
          (q = { passage: citation.passage, translations: [], uses: [] }),
        );
      const tr = citation.translation;
      if (tr && !q.translations.some((t) => t.en === tr.en && t.ru === tr.ru))
        q.translations.push(tr);
      q.uses.push({
        record,
        name,
        field: f.field,
        printed: f.printed,
        value: f.value,
        unit: f.unit,
        target,
      });
    }
  };
  for (const p of atlas.projects)
    add(p.properties.id, p.properties.name, targetOf(p.properties.id), p);
  for (const p of atlas.places)
    add(p.properties.id, p.properties.name, targetOf(p.properties.id), p);
  for (const m of atlas.meetings) add(m.id, m.title, targetOf(m.id), m);
  for (const i of atlas.indicators) add(i.id, i.title, null, i);
  for (const l of atlas.links)
    add(`${l.from}→${l.to}`, null, targetOf(l.from) ?? targetOf(l.to), l);
  return [...byPassage.values()];
}

/** A stretch of one block's text: [start, end) in characters. */
export interface Span {
  n: number;
  start: number;
  end: number;
}

/** Comparable text of all blocks, with the block and offset of each kept character. */
export function indexBlocks(blocks: readonly ArticleBlock[]) {
  let text = '';
  const at: { n: number; i: number }[] = [];
  for (const b of blocks) {
    const s = b.text.normalize('NFC');
    for (let i = 0; i < s.length; i++) {
      const c = s.charAt(i);
      if (comparable(c) === '') continue;
      text += c;
      at.push({ n: b.n, i });
    }
  }
  return { text, at };
}

/** Where a passage stands: one span per block it covers (none if it is not there). */
export function locate(index: ReturnType<typeof indexBlocks>, passage: string): Span[] {
  const needle = comparable(passage);
  const from = needle ? index.text.indexOf(needle) : -1;
  if (from < 0) return [];
  const spans: Span[] = [];
  for (let k = from; k < from + needle.length; k++) {
    const at = index.at[k];
    if (!at) break;
    const { n, i } = at;
    const last = spans.at(-1);
    if (last?.n === n) last.end = i + 1;
    else spans.push({ n, start: i, end: i + 1 });
  }
  return spans;
}

/** Numbers and dates in a text ("2001-жылдын 14-сентябрында", "4,34", "133 335"). */
export function numbersIn(text: string): { start: number; end: number; text: string }[] {
  const out: { start: number; end: number; text: string }[] = [];
  for (const m of text.matchAll(/\d+(?:[ ,.]\d+)*(?:-\d+)?(?:-жыл\p{L}*)?%?/gu))
    out.push({ start: m.index, end: m.index + m[0].length, text: m[0] });
  return out;
}
