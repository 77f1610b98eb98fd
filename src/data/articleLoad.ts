/** Loads an article and its translations, each file its own chunk, when the reader opens it. */
import { ARTICLE_FILES, BLOCK_KINDS, type ArticleId } from './article.ts';
import { z } from 'zod/mini';
import { LANGS } from './vocab.ts';

export const ArticleBlock = z.strictObject({
  /** Stable number: links (`?read=…&p=12`) and translations refer to it. */
  n: z.number(),
  kind: z.enum(BLOCK_KINDS),
  /** The language the block is printed in (the abstracts come in all three). */
  lang: z.enum(LANGS),
  text: z.string(),
});
export type ArticleBlock = z.infer<typeof ArticleBlock>;

export const ArticleDoc = z.strictObject({
  id: z.string(),
  /** The extracted text this was cleaned from, under geodata/. */
  file: z.string(),
  blocks: z.array(ArticleBlock),
});
export type ArticleDoc = z.infer<typeof ArticleDoc>;

export const ArticleTranslation = z.strictObject({
  id: z.string(),
  lang: z.enum(['ru', 'en']),
  /** One entry per Kyrgyz block, by its number. */
  paragraphs: z.array(z.strictObject({ n: z.number(), text: z.string() })),
});
export type ArticleTranslation = z.infer<typeof ArticleTranslation>;

// Each file is its own chunk, fetched when the reader first opens that article.
const docs = import.meta.glob<{ default: unknown }>('../../geodata/articles/*.json');

const loaded = new Map<string, Promise<unknown>>();
const loadJson = (name: string): Promise<unknown> => {
  const key = `../../geodata/articles/${name}.json`;
  let p = loaded.get(key);
  if (!p) {
    const load = docs[key];
    p = load ? load().then((m) => m.default) : Promise.resolve(null);
    loaded.set(key, p);
  }
  return p;
};

/** The cleaned article. Throws if the file is missing or malformed. */
export async function loadArticle(id: ArticleId): Promise<ArticleDoc> {
  return ArticleDoc.parse(await loadJson(ARTICLE_FILES[id]));
}

/** The atlas's translation of an article, or null where there is none (yet). */
export async function loadTranslation(
  id: ArticleId,
  lang: 'ru' | 'en',
): Promise<ArticleTranslation | null> {
  const json = await loadJson(`${ARTICLE_FILES[id]}.${lang}`);
  return json === null ? null : ArticleTranslation.parse(json);
}
