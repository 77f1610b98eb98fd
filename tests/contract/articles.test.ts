/**
 * The reader's article files against the texts they come from and the atlas that quotes
 * them: the cleaning script's output is up to date, the cleaned text still holds every
 * quoted passage, and the atlas's translations are complete, keep every number, and carry
 * the passages' existing translations verbatim.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cleanAll, articlesDir } from '../../scripts/clean-articles.ts';
import { ARTICLE_FILES, ARTICLE_IDS } from '../../src/data/article.ts';
import { ArticleDoc, ArticleTranslation } from '../../src/data/articleLoad.ts';
import { buildLookup } from '../../src/data/lookup.ts';
import { indexBlocks, locate, quotesOf, type Span } from '../../src/data/quotes.ts';
import { datasets, DATASET_KEYS, type DatasetKey } from '../../src/data/registry.ts';
import { buildAtlas } from '../../src/data/validate.ts';

const geodata = join(import.meta.dirname, '..', '..', 'geodata');
const texts = Object.fromEntries(
  DATASET_KEYS.map((k) => [k, readFileSync(join(geodata, datasets[k].file), 'utf8')]),
) as Record<DatasetKey, string>;
const { atlas } = buildAtlas(texts);
const lookup = buildLookup(atlas);
const doc = (id: (typeof ARTICLE_IDS)[number]) =>
  ArticleDoc.parse(
    JSON.parse(readFileSync(join(articlesDir, `${ARTICLE_FILES[id]}.json`), 'utf8')),
  );
const digits = (s: string) => [...(s.match(/\d+/g) ?? [])].sort();
/** Small numbers a translation may spell out, as the passages' translations do ("Four"). */
const WORDS: Record<string, { en: string; ru: string }> = {
  '1': { en: 'one', ru: 'один' },
  '2': { en: 'two', ru: 'два' },
  '3': { en: 'three', ru: 'три' },
  '4': { en: 'four', ru: 'четыр' },
  '5': { en: 'five', ru: 'пят' },
};

describe('article files', () => {
  it('are what scripts/clean-articles.ts writes from the texts (rerun in memory)', () => {
    for (const { name, json } of cleanAll())
      expect(JSON.parse(readFileSync(join(articlesDir, name), 'utf8'))).toEqual(JSON.parse(json));
  }, 60_000);

  it.each(ARTICLE_IDS)('%s: numbered blocks, abstracts in three languages, no PDF debris', (id) => {
    const d = doc(id);
    expect(d.blocks.map((b) => b.n)).toEqual(d.blocks.map((_, i) => i + 1));
    for (const lang of ['ky', 'ru', 'en'] as const)
      expect(d.blocks.some((b) => b.kind === 'abstract' && b.lang === lang)).toBe(true);
    for (const b of d.blocks) {
      expect(b.text).not.toMatch(/\uf0b7|\s{2}|^\s|\s$/);
      // No word broken at a former line end ("Рес- публика"); "алкак- бир" is as printed.
      expect(b.text.replaceAll('алкак- бир', '')).not.toMatch(/\p{L}- \p{Ll}/u);
    }
  });

  it.each(ARTICLE_IDS)('%s: the cleaned text still contains every quoted passage', (id) => {
    const index = indexBlocks(doc(id).blocks);
    const quotes = quotesOf(atlas, lookup, id);
    expect(quotes.length).toBeGreaterThan(10);
    const missing = quotes.filter((q) => locate(index, q.passage).length === 0);
    expect(missing.map((q) => q.passage)).toEqual([]);
  });
});

const translations = ARTICLE_IDS.flatMap((id) =>
  (['en', 'ru'] as const).map((lang) => ({ id, lang })),
).filter(({ id, lang }) => existsSync(join(articlesDir, `${ARTICLE_FILES[id]}.${lang}.json`)));

describe('the atlas’s translations', () => {
  it('exist in English for both articles', () => {
    expect(translations.filter((t) => t.lang === 'en').map((t) => t.id)).toEqual([...ARTICLE_IDS]);
  });

  describe.each(translations)('$id in $lang', ({ id, lang }) => {
    const d = doc(id);
    const tr = ArticleTranslation.parse(
      JSON.parse(readFileSync(join(articlesDir, `${ARTICLE_FILES[id]}.${lang}.json`), 'utf8')),
    );
    const byN = new Map(tr.paragraphs.map((p) => [p.n, p.text]));

    it('translates every Kyrgyz block, aligned by number', () => {
      expect(tr.id).toBe(id);
      expect(tr.paragraphs.map((p) => p.n)).toEqual(
        d.blocks.filter((b) => b.lang === 'ky').map((b) => b.n),
      );
      for (const p of tr.paragraphs) expect(p.text.trim()).not.toBe('');
    });

    it('keeps every number of each paragraph', () => {
      for (const b of d.blocks.filter((x) => x.lang === 'ky')) {
        const text = byN.get(b.n) ?? '';
        const have = digits(text);
        for (const n of digits(b.text)) {
          const word = WORDS[n]?.[lang];
          if (word && text.toLowerCase().includes(word)) continue;
          expect(have, `paragraph ${b.n}: ${n}`).toContain(n);
        }
      }
    });

    it('carries each quoted passage’s existing translation verbatim where it stands', () => {
      const index = indexBlocks(d.blocks);
      const quotes = quotesOf(atlas, lookup, id).map((q) => ({ q, at: locate(index, q.passage) }));
      const norm = (s: string) => s.replace(/[.;:]\s*$/, '').replace(/\s+/g, ' ');
      const carried = (q: (typeof quotes)[number]['q'], at: Span[]) => {
        const text = at.map((s) => byN.get(s.n) ?? '').join(' ');
        return q.translations.some((t) => text.includes(norm(t[lang])));
      };
      // A passage inside a longer quoted passage lives in that one's translation.
      const within = (a: Span[], b: Span[]) =>
        a.every((x) => b.some((y) => y.n === x.n && y.start <= x.start && x.end <= y.end));
      const off = quotes.filter(
        ({ q, at }) =>
          !carried(q, at) &&
          !quotes.some(
            (o) =>
              o.q !== q &&
              o.q.passage.length > q.passage.length &&
              within(at, o.at) &&
              carried(o.q, o.at),
          ),
      );
      expect(off.map(({ q }) => q.passage)).toEqual([]);
    });
  });
});
