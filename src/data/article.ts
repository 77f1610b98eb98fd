/**
 * The two articles as the reader shows them: cleaned text in numbered blocks (written by
 * scripts/clean-articles.ts into geodata/articles/<name>.json) and the atlas's own
 * paragraph-aligned translations (<name>.ru.json, <name>.en.json). Each file is its own lazy
 * chunk, so the first map never pays for the text.
 */
import { z } from 'zod/mini';
import { LANGS } from './vocab.ts';

export const BLOCK_KINDS = ['abstract', 'keywords', 'heading', 'p', 'item'] as const;

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

export const ARTICLE_IDS = ['article-sco', 'article-bri'] as const;
export type ArticleId = (typeof ARTICLE_IDS)[number];
export const isArticleId = (id: string): id is ArticleId =>
  (ARTICLE_IDS as readonly string[]).includes(id);

/** The file name (without extension) of each article under geodata/articles/. */
export const ARTICLE_FILES: Record<ArticleId, string> = {
  'article-sco': 'sco-economic-cooperation',
  'article-bri': 'kyrgyz-chinese-belt-and-road',
};
