/** A project: what it is, its status over time, cost, who built and runs it, and sources. */
import { PARTY_ROLES } from '../data/vocab.ts';
import { formatDate } from '../i18n/format.ts';
import { LAST_YEAR, statusAt } from '../state/filters.ts';
import { useAtlas } from '../state/index.ts';
import { theme } from '../theme.ts';
import { Cite } from './Cite.tsx';
import { Related } from './Related.tsx';
import { Measurements } from './Measurements.tsx';
import { SectorSymbol } from './SectorSymbol.tsx';
import { Quantities, Statements } from './Values.tsx';
import { useT } from './useT.ts';
import { SuggestCorrection } from './Correction.tsx';

export function ProjectDetails({ id }: { id: string }) {
  const [t, lang] = useT();
  const project = useAtlas((s) => s.lookup.projects.get(id));
  const period = useAtlas((s) => s.filters.period);
  if (!project) return null;
  const p = project.properties;
  const current = p.timeline.filter((s) => !s.planned).at(-1) ?? p.timeline[0];
  const inPeriod = period[1] < LAST_YEAR ? statusAt(p.timeline, period[1]) : undefined;
  return (
    <section aria-labelledby="details-title">
      {/* The sector's colour on its symbol only: as text colour it fails contrast (axe). */}
      <p className="eyebrow">
        <span style={{ color: theme.sector[p.sector] }}>
          <SectorSymbol sector={p.sector} />
        </span>{' '}
        {t(`sector.${p.sector}`)} · {t(`subsector.${p.subsector}`)}
      </p>
      <h2 id="details-title" tabIndex={-1}>
        {p.name[lang]}
      </h2>
      <SuggestCorrection current={`${p.name[lang]} (${p.id})`} citations={[]} />
      {current ? (
        <p>
          <span className={`status status-${current.status}`}>{t(`status.${current.status}`)}</span>{' '}
          <span className="muted">{formatDate(current.date, lang)}</span>
        </p>
      ) : null}
      {inPeriod !== undefined ? (
        <p className="in-period">
          {t('panel.inPeriod', { year: period[1] })}:{' '}
          {inPeriod ? (
            <span className={`status status-${inPeriod}`}>{t(`status.${inPeriod}`)}</span>
          ) : (
            t('panel.notYet')
          )}
        </p>
      ) : null}
      <Statements items={p.summary} label={t('panel.summary')} />
      <dl className="facts">
        <dt>{t('panel.timeline')}</dt>
        <dd>
          <ol className="timeline">
            {p.timeline.map((s, i) => (
              <li key={i}>
                <time dateTime={s.date}>{formatDate(s.date, lang)}</time> —{' '}
                {t(`status.${s.status}`)}
                {s.planned ? <span className="badge">{t('panel.planned')}</span> : null}
                {s.note ? <bdi>: {s.note[lang]}</bdi> : null} <Cite citations={s.citations} />{' '}
                <SuggestCorrection
                  field={t('panel.timeline')}
                  current={`${s.date} ${s.status}`}
                  citations={s.citations}
                />
              </li>
            ))}
          </ol>
        </dd>
        <Quantities label={t('panel.cost')} items={p.cost} />
        <Quantities label={t('panel.capacity')} items={p.capacity} />
        <Quantities label={t('panel.output')} items={p.output} />
        <Quantities label={t('panel.length')} items={p.length} />
        <Quantities label={t('panel.jobs')} items={p.jobs} />
        {PARTY_ROLES.map((role) => {
          const parties = p.parties.filter((x) => x.role === role);
          if (!parties.length) return null;
          return (
            <div key={role} className="fact-row">
              <dt>{t(`panel.role.${role}`)}</dt>
              <dd>
                <ul className="values">
                  {parties.map((x, i) => (
                    <li key={i}>
                      {x.name[lang]}
                      {x.share !== undefined ? ` (${x.share} %)` : ''}{' '}
                      <Cite citations={x.citations} />
                    </li>
                  ))}
                </ul>
              </dd>
            </div>
          );
        })}
      </dl>
      {p.impacts.length ? (
        <>
          <h4>{t('panel.impacts')}</h4>
          <Statements items={p.impacts} label={t('panel.impacts')} />
        </>
      ) : null}
      <Related id={p.id} />
      <Measurements project={project} />
      <h4>{t('panel.geometry')}</h4>
      <div className="geo-basis">
        <span className={`badge precision-${p.geo.precision}`}>
          {t(`precision.${p.geo.precision}`)}
        </span>{' '}
        {project.geometry ? p.geo.basis[lang] : t('panel.notOnMap')}{' '}
        <Cite citations={p.geo.citations} />
      </div>
      {p.geo.segments ? (
        <>
          <h4>{t('panel.segments')}</h4>
          <ol className="segments" data-testid="segments">
            {p.geo.segments.map((s, i) => (
              <li key={i} data-segment={s.class}>
                <span className={`badge segment-${s.class}`}>{t(`segment.${s.class}`)}</span>{' '}
                {s.basis[lang]}{' '}
                {s.osm?.map((url) => (
                  <a key={url} href={url} target="_blank" rel="noreferrer" className="osm-link">
                    OSM {url.replace(/^.*\//, '')}
                  </a>
                ))}{' '}
                <Cite citations={s.citations} />
              </li>
            ))}
          </ol>
        </>
      ) : null}
      {p.aliases.length ? (
        <p className="muted">
          {t('panel.aliases')}: {p.aliases.join(' · ')}
        </p>
      ) : null}
    </section>
  );
}
