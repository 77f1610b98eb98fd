/** Loads an article and its translations, each file its own chunk, when the reader opens it. */
import { ARTICLE_FILES, ArticleDoc, ArticleTranslation, type ArticleId } from './article.ts';

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
