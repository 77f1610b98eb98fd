/**
 * Every geodata file against its schema and the others, and every quoted passage against
 * the article it quotes: the same checks as `npm run check:geodata`, as a test.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { datasets, DATASET_KEYS, type DatasetKey } from '../../src/data/registry.ts';
import { buildAtlas, formatProblem, validateFile } from '../../src/data/validate.ts';
import { checkPassages } from '../../src/data/passages.ts';
import { comparable } from '../../src/data/passages.ts';

const root = join(import.meta.dirname, '..', '..', 'geodata');
const read = (file: string) => readFileSync(join(root, file), 'utf8');
const texts = Object.fromEntries(DATASET_KEYS.map((k) => [k, read(datasets[k].file)])) as Record<
  DatasetKey,
  string
>;
const { atlas, problems } = buildAtlas(texts);
const files = Object.fromEntries(DATASET_KEYS.map((k) => [k, datasets[k].file])) as Record<
  DatasetKey,
  string
>;
const articles = new Map(atlas.sources.filter((s) => s.file).map((s) => [s.id, read(s.file!)]));

describe('geodata', () => {
  it.each(DATASET_KEYS)('%s passes its schema, record by record', (key) => {
    const result = validateFile(key, JSON.parse(texts[key]));
    expect(result.problems.map(formatProblem)).toEqual([]);
    expect(result.records.length).toBeGreaterThan(0);
  });

  it('has unique ids, known sources and places, and links that resolve', () => {
    expect(problems.map(formatProblem)).toEqual([]);
  });

  it('keeps both articles, and every quoted passage occurs verbatim in its article', () => {
    expect([...articles.keys()].sort()).toEqual(['article-bri', 'article-sco']);
    expect(checkPassages(atlas, articles, files).map(formatProblem)).toEqual([]);
  });

  it('quotes the articles often: every record that cites an article quotes it', () => {
    const quoted = JSON.stringify(atlas).match(/"passage":/g)?.length ?? 0;
    expect(quoted).toBeGreaterThan(30);
  });

  it('records the articles’ key figures exactly as printed', () => {
    const all = comparable(JSON.stringify(atlas));
    for (const printed of [
      '4,34',
      '2,5',
      '1,69',
      '150',
      '136',
      '97,8',
      '2,38',
      '60,7',
      '3,92',
      '50,9',
      '21,7',
      '17,5',
      '900',
      '58',
      '127',
      '133335',
      '775',
    ])
      expect(all, printed).toContain(comparable(printed));
  });

  it('has every record named in all three languages', () => {
    // Guaranteed by the schema (Text = ky + ru + en, each non-empty); spot-check that the
    // Kyrgyz is Kyrgyz and not a copy of the English.
    const same = atlas.projects.filter((p) => p.properties.name.ky === p.properties.name.en);
    expect(same.map((p) => p.properties.id)).toEqual([]);
  });
});
