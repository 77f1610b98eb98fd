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
import type { Quantity } from '../../src/data/schema.ts';
import { LAST_YEAR, latestYearIn, periodEnd } from '../../src/state/filters.ts';

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

  it('records the articles’ key figures on the records they belong to, exactly as printed', () => {
    // [record, field or indicator key, value, unit, as printed, the article it comes from]
    const figures: [string, string, number, string, string, string][] = [
      [
        'china-investment-contracts-since-2013',
        'total',
        4.34e9,
        'USD',
        '4,34 миллиард',
        'article-bri',
      ],
      [
        'china-investment-contracts-since-2013',
        'energy',
        2.5e9,
        'USD',
        '2,5 миллиарды',
        'article-bri',
      ],
      [
        'china-investment-contracts-since-2013',
        'transport',
        1.69e9,
        'USD',
        '1,69 миллиарды',
        'article-bri',
      ],
      [
        'china-investment-contracts-since-2013',
        'metallurgy',
        150e6,
        'USD',
        '150 миллиону',
        'article-bri',
      ],
      ['china-fdi-kyrgyzstan-2020', 'china-fdi', 136e6, 'USD', '136 миллион', 'article-bri'],
      [
        'china-fdi-kyrgyzstan-first-half-unstated-year',
        'growth-year-on-year',
        97.8,
        'percent',
        '97,8%',
        'article-bri',
      ],
      ['kyrgyzstan-trade-sco-2007', 'total', 2.38e9, 'USD', '2,38 млрд.', 'article-sco'],
      [
        'kyrgyzstan-trade-sco-2007',
        'share-of-all-trade',
        60.7,
        'percent',
        '60,7 пайызын',
        'article-sco',
      ],
      [
        'kyrgyzstan-trade-sco-2007',
        'all-foreign-trade',
        3.92e9,
        'USD',
        '3,92 млрд.',
        'article-sco',
      ],
      ['kyrgyzstan-trade-sco-2007', 'share-russia', 50.9, 'percent', '50,9 пайыз', 'article-sco'],
      [
        'kyrgyzstan-trade-sco-2007',
        'share-kazakhstan',
        21.7,
        'percent',
        '21,7 пайыз',
        'article-sco',
      ],
      ['kyrgyzstan-trade-sco-2007', 'share-china', 17.5, 'percent', '17,5 пайыз', 'article-sco'],
      ['china-preferential-credit-2004', 'credit', 900e6, 'USD', '900 млн.', 'article-sco'],
      ['sco-action-plan-projects', 'projects', 127, 'count', '127', 'article-sco'],
      ['cement-plant-kyzyl-kiya', 'cost', 58e6, 'USD', '58 млн.', 'article-sco'],
      ['gold-mine-taldybulak-levoberezhny', 'output', 133335, 'oz', '133 335', 'article-bri'],
      ['refinery-kara-balta', 'jobs', 775, 'people', '775ке жакын', 'article-bri'],
    ];
    const indicators = new Map(atlas.indicators.map((i) => [i.id, i]));
    const projects = new Map(atlas.projects.map((p) => [p.properties.id, p.properties]));
    for (const [id, field, value, unit, printed, article] of figures) {
      const what = `${id} › ${field}`;
      const quantities: Quantity[] = indicators.has(id)
        ? indicators.get(id)!.values.filter((v) => v.key === field)
        : (((projects.get(id) as Record<string, unknown> | undefined)?.[field] as
            Quantity[] | undefined) ?? []);
      const q = quantities.find((x) => x.printed === printed);
      expect(q, `${what}: a figure printed “${printed}”`).toBeDefined();
      expect(q!.value, what).toBe(value);
      expect(q!.unit, what).toBe(unit);
      // Cited to its article, with the figure inside the quoted passage (and the passage
      // inside the article: checked above).
      const cite = q!.citations.find((c) => c.source === article);
      expect(cite?.passage, `${what}: quoted from ${article}`).toBeDefined();
      expect(comparable(cite!.passage!), `${what}: the passage prints it`).toContain(
        comparable(printed),
      );
    }
  });

  it('has every record named in all three languages', () => {
    // Guaranteed by the schema (Text = ky + ru + en, each non-empty); spot-check that the
    // Kyrgyz is Kyrgyz and not a copy of the English.
    const same = atlas.projects.filter((p) => p.properties.name.ky === p.properties.name.en);
    expect(same.map((p) => p.properties.id)).toEqual([]);
  });

  it('ends the timeline no earlier than the latest year in the data', () => {
    // LAST_YEAR is fixed before the data is fetched; the data must not outrun it.
    expect(latestYearIn(atlas)).toBeLessThanOrEqual(LAST_YEAR);
    expect(periodEnd(new Date(), atlas)).toBe(LAST_YEAR);
  });
});
