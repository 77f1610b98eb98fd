/**
 * Checks that quoted passages and printed numbers really stand in the articles.
 *
 * The article texts come from PDF extraction: words are hyphenated across lines and line
 * breaks fall anywhere. A passage therefore counts as verbatim when it equals a stretch of
 * the article once both are compared without white space and without hyphens ("-", U+00AD,
 * U+2010). Every letter, digit, comma, quote and dash of another kind must match exactly.
 */
import type { Atlas } from './registry.ts';
import type { Citation } from './schema.ts';
import type { Problem } from './validate.ts';

export const comparable = (s: string): string =>
  s.normalize('NFC').replace(/[\s\u00ad\u2010-]+/g, '');

interface Quoted {
  file: string;
  record: string;
  field: string;
  citation: Citation;
  printed?: string;
}

function* walk(
  value: unknown,
  path: string,
  out: Omit<Quoted, 'field' | 'citation'>,
): Generator<Quoted> {
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) yield* walk(value[i], `${path}[${i}]`, out);
    return;
  }
  if (!value || typeof value !== 'object') return;
  const v = value as { citations?: Citation[]; printed?: string };
  if (Array.isArray(v.citations))
    for (const [i, citation] of v.citations.entries())
      yield { ...out, field: `${path}.citations[${i}]`, citation, printed: v.printed };
  for (const [k, child] of Object.entries(value))
    if (k !== 'citations') yield* walk(child, path ? `${path}.${k}` : k, out);
}

/**
 * `articles` maps a source id to its full text. Returns one problem per passage that is
 * not in its article, and per printed number that is not in its passage.
 */
export function checkPassages(
  atlas: Atlas,
  articles: ReadonlyMap<string, string>,
  files: Record<keyof Atlas, string>,
): Problem[] {
  const texts = new Map([...articles].map(([id, t]) => [id, comparable(t)]));
  const problems: Problem[] = [];
  for (const key of Object.keys(files) as (keyof Atlas)[]) {
    if (key === 'sources') continue;
    for (const rec of atlas[key] as unknown[]) {
      const r = rec as { id?: string; from?: string; to?: string; properties?: { id: string } };
      const record = r.properties?.id ?? r.id ?? `${r.from}→${r.to}`;
      for (const q of walk(rec, '', { file: files[key], record })) {
        const text = texts.get(q.citation.source);
        if (text === undefined) continue; // not an article: nothing to compare with
        const field = q.field.replace(/^\./, '');
        if (!q.citation.passage) {
          problems.push({
            file: q.file,
            record,
            field,
            message: 'cites an article without quoting its passage',
          });
          continue;
        }
        if (!text.includes(comparable(q.citation.passage)))
          problems.push({
            file: q.file,
            record,
            field: `${field}.passage`,
            message: `does not occur in the article "${q.citation.source}": «${q.citation.passage.slice(0, 60)}…»`,
          });
        else if (q.printed && !comparable(q.citation.passage).includes(comparable(q.printed)))
          problems.push({
            file: q.file,
            record,
            field: field.replace(/\.citations\[\d+\]$/, '.printed'),
            message: `the number "${q.printed}" does not occur in the quoted passage`,
          });
      }
    }
  }
  return problems;
}
