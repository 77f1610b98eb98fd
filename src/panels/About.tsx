/** What the atlas is, its bibliography, and the attribution of map data and fonts. */
import { CONTEXT_SUBJECTS } from '../data/vocab.ts';
import { isArticleId } from '../data/article.ts';
import { isoDate } from '../export/citation.ts';
import { CopyButton } from './CopyButton.tsx';
import { useAtlas } from '../state/index.ts';
import { Statements } from './Values.tsx';
import { useT } from './useT.ts';

const CREDITS = [
  'about.credit.naturalEarth',
  'about.credit.geonames',
  'about.credit.regionNames',
  'about.credit.aiddata',
  'about.credit.font',
  'about.credit.maplibre',
] as const;

export function About() {
  const [t, lang] = useT();
  const sources = useAtlas((s) => s.atlas.sources);
  const context = useAtlas((s) => s.atlas.context);
  return (
    <section aria-labelledby="details-title">
      <h2 id="details-title" tabIndex={-1}>
        {t('about.title')}
      </h2>
      <p>{t('about.body')}</p>
      <CiteTheArticles />
      {context.length ? (
        <section aria-labelledby="about-context" className="context">
          <h3 id="about-context">{t('about.context')}</h3>
          {CONTEXT_SUBJECTS.map((subject) => {
            const notes = context.filter((c) => c.subject === subject);
            if (!notes.length) return null;
            return (
              <div key={subject}>
                <h4>{t(`about.context.${subject}`)}</h4>
                {notes.map((c) => (
                  <article key={c.id} id={`context-${c.id}`} aria-label={c.title[lang]}>
                    <h5>{c.title[lang]}</h5>
                    <Statements items={c.statements} />
                  </article>
                ))}
              </div>
            );
          })}
        </section>
      ) : null}
      <h3>{t('about.sources')}</h3>
      <ol className="bibliography">
        {sources.map((s) => (
          <li key={s.id} id={`source-${s.id}`}>
            <strong>{s.title[lang]}</strong>
            {s.title[lang] !== s.title.ky ? <span lang="ky"> · {s.title.ky}</span> : null}
            {s.publisher ? `. ${s.publisher}` : ''}
            {s.year ? `, ${s.year}` : ''}.{' '}
            {s.url && /^https?:\/\//.test(s.url) ? (
              <a href={s.url} target="_blank" rel="noopener noreferrer">
                {s.url}
              </a>
            ) : null}
            {s.note ? <p className="muted">{s.note[lang]}</p> : null}
          </li>
        ))}
      </ol>
      <h3>{t('about.attribution')}</h3>
      <ul>
        {CREDITS.map((k) => (
          <li key={k}>{t(k)}</li>
        ))}
      </ul>
      <p className="muted" data-testid="region-names-note">
        {t('about.regionNames')}
      </p>
    </section>
  );
}

/**
 * The two articles as works to cite. Their authors, journal and year are not known (a search
 * of public sources by their titles in three languages found nothing), so this says so and
 * gives ready-made citations through the atlas, with its link and today's date of access.
 */
function CiteTheArticles() {
  const [t, lang] = useT();
  const sources = useAtlas((s) => s.atlas.sources);
  const url = typeof location === 'undefined' ? '' : `${location.origin}${location.pathname}`;
  const date = isoDate(new Date());
  const atlas = t('about.cite.atlasText', { url, date });
  return (
    <section aria-labelledby="about-cite" className="about-cite">
      <h3 id="about-cite">{t('about.cite.title')}</h3>
      <p>{t('about.cite.unknown')}</p>
      <ul>
        {sources
          .filter((s) => isArticleId(s.id))
          .map((s) => {
            const title = lang === 'ky' ? s.title.ky : `${s.title.ky} [${s.title[lang]}]`;
            const text = t('about.cite.articleText', { title, url, date });
            return (
              <li key={s.id}>
                <p className="citation-text">{text}</p>
                <CopyButton text={text} label={t('about.cite.copy')} />
              </li>
            );
          })}
      </ul>
      <h4>{t('about.cite.atlas')}</h4>
      <p className="citation-text" data-testid="atlas-citation">
        {atlas}
      </p>
      <CopyButton text={atlas} label={t('about.cite.copy')} />
    </section>
  );
}
