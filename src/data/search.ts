/**
 * Search across places, meetings, projects and organisations by any of their names, in any
 * script. Names and queries are folded to one form: lower case, no diacritics, Cyrillic
 * (Russian and Kyrgyz) written in Latin letters, and the usual spelling variants merged, so
 * "Bishkek", "Бишкек" and "bishkek" are the same word, and so are "Zhongda" and "Жунда".
 * Pure: the index is built once per content (memoised on the content's identity).
 */
import { collatorFor } from '../i18n/format.ts';
import type { Lookup } from './lookup.ts';
import type { Atlas } from './registry.ts';
import type { Lang, Name } from './schema.ts';

const CYRILLIC: Record<string, string> = {
  а: 'a',
  б: 'b',
  в: 'v',
  г: 'g',
  д: 'd',
  е: 'e',
  ё: 'e',
  ж: 'zh',
  з: 'z',
  и: 'i',
  й: 'y',
  к: 'k',
  л: 'l',
  м: 'm',
  н: 'n',
  ң: 'ng',
  о: 'o',
  ө: 'o',
  п: 'p',
  р: 'r',
  с: 's',
  т: 't',
  у: 'u',
  ү: 'u',
  ф: 'f',
  х: 'kh',
  ц: 'ts',
  ч: 'ch',
  ш: 'sh',
  щ: 'shch',
  ъ: '',
  ы: 'y',
  ь: '',
  э: 'e',
  ю: 'yu',
  я: 'ya',
  і: 'i',
  қ: 'k',
  ғ: 'g',
  ұ: 'u',
  ә: 'a',
  һ: 'h',
};

/** Spellings that transliteration systems write differently for the same sound. */
const VARIANTS: [RegExp, string][] = [
  [/dzh|zh|dj/g, 'j'],
  [/kh/g, 'h'],
  [/iy|yi|ii/g, 'i'],
  [/yu/g, 'u'],
  [/ya/g, 'a'],
  [/w/g, 'v'],
  [/(.)\1/g, '$1'], // doubled letters: Tokmok/Tokmak aside, "Kara-Balta"/"Karabalta"
];

export function fold(text: string): string {
  let s = text.toLowerCase().normalize('NFKD').replace(/\p{M}/gu, '');
  s = [...s].map((c) => CYRILLIC[c] ?? c).join('');
  s = s.replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
  for (const [re, to] of VARIANTS) s = s.replace(re, to);
  return s;
}

export type ResultKind = 'place' | 'project' | 'meeting' | 'party';

export interface SearchEntry {
  kind: ResultKind;
  /** What a result is called in each language. */
  label: Name;
  /** A year or a city, to tell similar results apart. */
  detail?: string;
  /** What choosing it opens. */
  target: { kind: 'place' | 'project'; id: string };
  /** Folded words of every name it is known by. */
  words: string[];
  /** Folded full names, for whole-name matches. */
  names: string[];
}

const namesOf = (n: Name, aliases: readonly string[] = []) =>
  [n.ky, n.ru, n.en, n.zh, ...aliases].filter((x): x is string => !!x);

function entry(
  kind: ResultKind,
  label: Name,
  target: SearchEntry['target'],
  all: string[],
  detail?: string,
): SearchEntry {
  const names = [...new Set(all.map(fold))];
  return {
    kind,
    label,
    target,
    detail,
    names,
    words: [...new Set(names.flatMap((n) => n.split(' ')))],
  };
}

const built = new WeakMap<Atlas, { lookup: Lookup; index: SearchEntry[] }>();

/** The index for this content: built on first use, the same array afterwards. */
export function buildSearchIndex(atlas: Atlas, lookup: Lookup): SearchEntry[] {
  const hit = built.get(atlas);
  if (hit?.lookup === lookup) return hit.index;
  const index = indexOf(atlas, lookup);
  built.set(atlas, { lookup, index });
  return index;
}

function indexOf(atlas: Atlas, lookup: Lookup): SearchEntry[] {
  const index: SearchEntry[] = [];
  // Every place: meeting cities and the towns, crossings, passes and sites projects name.
  for (const p of atlas.places) {
    const q = p.properties;
    index.push(entry('place', q.name, { kind: 'place', id: q.id }, namesOf(q.name, q.aliases)));
  }
  const parties = new Map<string, SearchEntry>();
  for (const p of atlas.projects) {
    const q = p.properties;
    index.push(entry('project', q.name, { kind: 'project', id: q.id }, namesOf(q.name, q.aliases)));
    for (const party of q.parties) {
      const key = fold(party.name.en);
      if (!parties.has(key))
        parties.set(
          key,
          entry('party', party.name, { kind: 'project', id: q.id }, namesOf(party.name), q.name.en),
        );
    }
  }
  index.push(...parties.values());
  for (const m of atlas.meetings) {
    if (!m.place) continue;
    const place = lookup.places.get(m.place);
    const year = m.dates[0]?.start.slice(0, 4) ?? '';
    index.push(
      entry(
        'meeting',
        m.title,
        { kind: 'place', id: m.place },
        [
          ...namesOf(m.title),
          ...(place ? namesOf(place.properties.name, place.properties.aliases) : []),
          year,
        ],
        year,
      ),
    );
  }
  return index;
}

/**
 * Entries whose words start with every word of the query, best first: whole-name matches,
 * then exact words, then places before projects before meetings.
 */
const rank: Record<ResultKind, number> = { place: 0, project: 1, party: 2, meeting: 3 };

export function search(
  index: readonly SearchEntry[],
  query: string,
  lang: Lang,
  limit = 8,
): SearchEntry[] {
  const terms = fold(query).split(' ').filter(Boolean);
  if (!terms.length) return [];
  const whole = terms.join(' ');
  const scored: [SearchEntry, number][] = [];
  for (const e of index) {
    if (!terms.every((t) => e.words.some((w) => w.startsWith(t)))) continue;
    let score = 0;
    if (e.names.includes(whole)) score += 10;
    else if (e.names.some((n) => n.startsWith(whole))) score += 5;
    score += terms.filter((t) => e.words.includes(t)).length;
    scored.push([e, score - rank[e.kind] * 0.5]);
  }
  const collator = collatorFor(lang);
  return scored
    .sort((a, b) => b[1] - a[1] || collator.compare(a[0].label[lang], b[0].label[lang]))
    .slice(0, limit)
    .map(([e]) => e);
}
