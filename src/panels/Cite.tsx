/**
 * Where a fact comes from: one disclosure per citation. Closed, it names the source and its
 * bracketed reference; open, it shows the article's own words and their translation.
 */
import type { Citation } from '../data/schema.ts';
import { useAtlas } from '../state/index.ts';
import { useT } from './useT.ts';
import { isArticleId } from '../data/article.ts';

export function Cite({ citations }: { citations: readonly Citation[] }) {
  const [t, lang] = useT();
  const sources = useAtlas((s) => s.lookup.sources);
  const openReader = useAtlas((s) => s.openReader);
  return (
    <span className="cites">
      {citations.map((c, i) => {
        const source = sources.get(c.source);
        const article = isArticleId(c.source) ? c.source : null;
        const unverified = source?.kind === 'unverified';
        const label = unverified ? t('cite.unverified') : (source?.title[lang] ?? c.source);
        return (
          <details key={i} className={unverified ? 'cite cite-unverified' : 'cite'}>
            <summary title={source?.title[lang]}>
              <span className="cite-label">{label}</span>
              {c.ref ? <span className="cite-ref"> {c.ref}</span> : null}
            </summary>
            <div className="cite-body">
              {source ? (
                <p className="cite-source">
                  {t('cite.source')}: {source.title[lang]}
                  {source.publisher ? `, ${source.publisher}` : ''}
                  {source.year ? `, ${source.year}` : ''}
                  {c.ref ? ` ${c.ref}` : ''}
                  {source.url && /^https?:\/\//.test(source.url) ? (
                    <>
                      {' '}
                      <a href={source.url} target="_blank" rel="noopener noreferrer">
                        {source.url}
                      </a>
                    </>
                  ) : null}
                </p>
              ) : null}
              {c.passage ? (
                <blockquote lang="ky" aria-label={t('cite.passage')}>
                  {c.passage}
                </blockquote>
              ) : null}
              {c.translation && lang !== 'ky' ? (
                <p className="cite-translation" lang={lang}>
                  <span className="muted">{t('cite.translation')}: </span>
                  {c.translation[lang]}
                </p>
              ) : null}
              {c.note ? <p className="muted">{c.note[lang]}</p> : null}
              {c.passage && article ? (
                <button
                  type="button"
                  className="small-button"
                  onClick={() => openReader(article, null, c.passage)}
                >
                  {t('reader.inArticle')}
                </button>
              ) : null}
              {unverified && source?.note ? <p className="muted">{source.note[lang]}</p> : null}
            </div>
          </details>
        );
      })}
    </span>
  );
}
