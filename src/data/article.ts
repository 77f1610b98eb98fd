/**
 * The two articles as the reader shows them: cleaned text in numbered blocks (written by
 * scripts/clean-articles.ts into geodata/articles/<name>.json) and the atlas's own
 * paragraph-aligned translations (<name>.ru.json, <name>.en.json). Each file is its own lazy
 * chunk, so the first map never pays for the text.
 */
import type { ArticleBlock, ArticleDoc, ArticleTranslation } from './articleLoad.ts';

export const BLOCK_KINDS = ['abstract', 'keywords', 'heading', 'p', 'item'] as const;
// The files' schemas live with their loader (data/articleLoad.ts), which only the reader
// loads: the ids below are all the first map needs.
export type { ArticleBlock, ArticleDoc, ArticleTranslation };

export const ARTICLE_IDS = ['article-sco', 'article-bri'] as const;
export type ArticleId = (typeof ARTICLE_IDS)[number];
export const isArticleId = (id: string): id is ArticleId =>
  (ARTICLE_IDS as readonly string[]).includes(id);

/** The file name (without extension) of each article under geodata/articles/. */
export const ARTICLE_FILES: Record<ArticleId, string> = {
  'article-sco': 'sco-economic-cooperation',
  'article-bri': 'kyrgyz-chinese-belt-and-road',
};
