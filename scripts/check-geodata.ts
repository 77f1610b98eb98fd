/**
 * `npm run check:geodata`: validates every file in geodata/ against its schema, the links
 * between files, and every quoted passage against the article it quotes. Prints one line
 * per problem (file › record › field › what is wrong) and exits non-zero if there is any.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { datasets, DATASET_KEYS, type DatasetKey } from '../src/data/registry.ts';
import { buildAtlas, formatProblem } from '../src/data/validate.ts';
import { checkPassages } from '../src/data/passages.ts';

const root = join(import.meta.dirname, '..', 'geodata');
const read = (file: string): string | Error => {
  try {
    return readFileSync(join(root, file), 'utf8');
  } catch (e) {
    return e as Error;
  }
};

const texts = Object.fromEntries(DATASET_KEYS.map((k) => [k, read(datasets[k].file)])) as Record<
  DatasetKey,
  string | Error
>;
const { atlas, problems } = buildAtlas(texts);

const articles = new Map<string, string>();
for (const s of atlas.sources) {
  if (!s.file) continue;
  const text = read(s.file);
  if (text instanceof Error)
    problems.push({
      file: 'sources.json',
      record: s.id,
      field: 'file',
      message: `cannot read ${s.file}`,
    });
  else articles.set(s.id, text);
}
const files = Object.fromEntries(DATASET_KEYS.map((k) => [k, datasets[k].file])) as Record<
  DatasetKey,
  string
>;
problems.push(...checkPassages(atlas, articles, files));

for (const p of problems) console.log(formatProblem(p));
const counts = DATASET_KEYS.map((k) => `${atlas[k].length} ${k}`).join(', ');
console.log(
  problems.length ? `\n${problems.length} problem(s); valid: ${counts}` : `geodata OK: ${counts}`,
);
process.exit(problems.length ? 1 : 0);
