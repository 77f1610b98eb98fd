/**
 * Where a fact comes from: one disclosure per citation. Closed, it shows a short reference
 * (the article's short title and its bracket; publisher and year for a web page) and, on
 * hover or keyboard focus, the passage it rests on; open, the full source, the passage and
 * its translation. A web page whose words the atlas did not record says so.
 */
import { useId } from 'react';
import type { Citation, Lang, Source } from '../data/schema.ts';
import { useAtlas } from '../state/index.ts';
import { formatRef } from '../i18n/format.ts';
import type { T } from '../i18n/index.ts';
import { useT } from './useT.ts';
import { isArticleId } from '../data/article.ts';

/** "GeoNames; npm package …" → "GeoNames"; "China Daily (Xinhua)" → "China Daily". */
const shortPublisher = (p: string) => (p.split(/[;(]/)[0] ?? p).trim();

/** The chip's text: what tells this citation apart from its neighbours. */
export function shortReference(c: Citation, source: Source | undefined, t: T, lang: Lang): string {
  const ref = c.ref ? ` ${formatRef(c.ref, lang)}` : '';
  if (!source) return `${c.source}${ref}`;
  if (source.kind === 'unverified') return t('cite.unverified');
  if (isArticleId(source.id)) return `${t(`cite.short.${source.id}`)}${ref}`;
  const who = source.publisher ? shortPublisher(source.publisher) : source.title[lang];
  return `${who}, ${source.year ?? t('cite.noYear')}${ref}`;
}

export function Cite({ citations }: { citations: readonly Citation[] }) {
  const [t, lang] = useT();
  const sources = useAtlas((s) => s.lookup.sources);
  const openReader = useAtlas((s) => s.openReader);
  const base = useId();
  return (
    <span className="cites">
      {citations.map((c, i) => {
        const source = sources.get(c.source);
        const article = isArticleId(c.source) ? c.source : null;
        const unverified = source?.kind === 'unverified';
        const web = source?.kind === 'web' || source?.kind === 'publication';
        const peekId = `${base}-${i}`;
        return (
          <span key={i} className="cite-wrap">
            <details className={unverified ? 'cite cite-unverified' : 'cite'}>
              <summary aria-describedby={peekId}>
                <span className="cite-label">{shortReference(c, source, t, lang)}</span>
              </summary>
              <div className="cite-body">
                {source ? (
                  <p className="cite-source">
                    {t('cite.source')}: {source.title[lang]}
                    {source.publisher ? `, ${source.publisher}` : ''}
                    {source.year ? `, ${source.year}` : ''}
                    {c.ref ? ` ${formatRef(c.ref, lang)}` : ''}
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
                {web ? (
                  <p className="muted cite-web-date">
                    {source.year
                      ? t('cite.publishedYear', { year: source.year })
                      : t('cite.dateNotRecorded')}
                  </p>
                ) : null}
                {c.passage ? (
                  <blockquote lang={article ? 'ky' : undefined} aria-label={t('cite.passage')}>
                    {c.passage}
                  </blockquote>
                ) : web ? (
                  <p className="muted cite-no-passage">{t('cite.noPassage')}</p>
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
                {source?.note ? <p className="muted">{source.note[lang]}</p> : null}
              </div>
            </details>
            <Peek id={peekId} citation={c} source={source} web={web} t={t} lang={lang} />
          </span>
        );
      })}
    </span>
  );
}

/**
 * What the chip's hover and focus show, and its accessible description: the passage (with
 * its translation), or what is known of a source without one.
 */
function Peek({
  id,
  citation: c,
  source,
  web,
  t,
  lang,
}: {
  id: string;
  citation: Citation;
  source: Source | undefined;
  web: boolean;
  t: T;
  lang: Lang;
}) {
  return (
    <span id={id} role="tooltip" className="cite-peek">
      {source ? <span className="cite-peek-title">{source.title[lang]}</span> : null}
      {c.passage ? (
        <span className="cite-peek-passage" lang={isArticleId(c.source) ? 'ky' : undefined}>
          «{c.passage}»
        </span>
      ) : web ? (
        <span className="cite-peek-passage muted">{t('cite.noPassage')}</span>
      ) : null}
      {c.translation && lang !== 'ky' ? (
        <span className="cite-peek-passage" lang={lang}>
          {t('cite.translation')}: {c.translation[lang]}
        </span>
      ) : null}
    </span>
  );
}
