/** A city: the meetings held there, each with its dates, decisions and sources. */
import type { Meeting } from '../data/schema.ts';
import { formatDateRange } from '../i18n/format.ts';
import { useAtlas, useVisible } from '../state/index.ts';
import { Cite } from './Cite.tsx';
import { Statements, Quantities } from './Values.tsx';
import { Related } from './Related.tsx';
import { Distances } from './Distances.tsx';
import { ProjectRow } from './ProjectRow.tsx';
import { useT } from './useT.ts';
import { SuggestCorrection } from './Correction.tsx';

export function MeetingCard({ meeting }: { meeting: Meeting }) {
  const [t, lang] = useT();
  const differ = new Set(meeting.dates.map((d) => `${d.start}/${d.end ?? ''}`)).size > 1;
  return (
    <article className="card" aria-labelledby={`m-${meeting.id}`}>
      <p className="eyebrow">{t(`meeting.${meeting.kind}`)}</p>
      <h3 id={`m-${meeting.id}`}>{meeting.title[lang]}</h3>
      <ul className="dates">
        {differ ? <span className="badge badge-warn">{t('panel.disagree')}</span> : null}
        {meeting.dates.map((d, i) => (
          <li key={i}>
            <time dateTime={d.start}>{formatDateRange(d.start, d.end, lang)}</time>
            {d.planned ? <span className="badge">{t('panel.planned')}</span> : null}{' '}
            <Cite citations={d.citations} />{' '}
            <SuggestCorrection
              field={`${meeting.title[lang]} · ${t('correction.date')}`}
              current={`${d.start}${d.end ? `/${d.end}` : ''}`}
              citations={d.citations}
            />
          </li>
        ))}
      </ul>
      <dl className="facts">
        {meeting.ordinal ? <Quantities label={t('panel.ordinal')} items={meeting.ordinal} /> : null}
        <dt className="sr-only">format</dt>
        <dd className="muted">
          {t(`format.${meeting.format}`)}
          {meeting.formatCitations ? (
            <>
              {meeting.formatCitations.some((c) => c.source === 'unverified') ? (
                <span className="badge">{t('panel.assumed')}</span>
              ) : null}{' '}
              <Cite citations={meeting.formatCitations} />
            </>
          ) : null}
        </dd>
      </dl>
      <Statements items={meeting.summary} label={meeting.title[lang]} />
      {meeting.outcomes.length ? (
        <>
          <h4>{t('panel.outcomes')}</h4>
          <ol className="outcomes">
            {meeting.outcomes.map((o) => (
              <li key={o.id} id={`o-${o.id}`}>
                <bdi>{o.title[lang]}</bdi> <Cite citations={o.citations} />{' '}
                <SuggestCorrection
                  field={`${meeting.title[lang]} · ${t('panel.outcomes')}`}
                  current={o.title[lang]}
                  citations={o.citations}
                />
                <Related id={o.id} />
              </li>
            ))}
          </ol>
        </>
      ) : null}
      <Related id={meeting.id} />
      <p className="record-sources">
        <Cite citations={meeting.citations} />
      </p>
    </article>
  );
}

export function PlaceDetails({ id }: { id: string }) {
  const [t, lang] = useT();
  const place = useAtlas((s) => s.lookup.places.get(id));
  const all = useAtlas((s) => s.lookup.meetingsAt.get(id)) ?? [];
  const projects = useAtlas((s) => s.lookup.projectsAt.get(id)) ?? [];
  const visible = useVisible().meetings;
  if (!place) return null;
  // Meetings in the chosen period (and kinds) first; the others one click away.
  const meetings = all.filter((m) => visible.includes(m));
  const outside = all.filter((m) => !visible.includes(m));
  const p = place.properties;
  const otherNames = [p.name.ky, p.name.ru, p.name.en, p.name.zh]
    .filter((n): n is string => !!n && n !== p.name[lang])
    .filter((n, i, all) => all.indexOf(n) === i);
  return (
    <section aria-labelledby="details-title">
      <h2 id="details-title" tabIndex={-1}>
        {p.name[lang]}
      </h2>
      <SuggestCorrection current={`${p.name[lang]} (${p.id})`} citations={[]} />
      <p className="muted">
        {t(`place.kind.${p.kind}`)}
        {otherNames.length ? ` · ${otherNames.join(' · ')}` : ''}
      </p>
      {projects.length ? (
        <section aria-labelledby="place-projects">
          <h3 id="place-projects">{t('place.projects', { count: projects.length })}</h3>
          <ul className="near-list">
            {projects.map(({ project, role }) => (
              <ProjectRow
                key={project.properties.id}
                project={project}
                aside={t(`place.role.${role}`)}
              />
            ))}
          </ul>
        </section>
      ) : null}
      {meetings.length ? (
        <p>{t('panel.meetingsHere', { count: meetings.length })}</p>
      ) : all.length ? (
        <p>{t('panel.noMeetings')}</p>
      ) : projects.length ? null : (
        <p>{t('place.nothingHere')}</p>
      )}
      {meetings.map((m) => (
        <MeetingCard key={m.id} meeting={m} />
      ))}
      {outside.length ? (
        <details className="outside">
          <summary>{t('panel.outsideFilters', { count: outside.length })}</summary>
          {outside.map((m) => (
            <MeetingCard key={m.id} meeting={m} />
          ))}
        </details>
      ) : null}
      {place.geometry ? (
        <Distances at={place.geometry.coordinates} />
      ) : (
        <p className="muted">{t('panel.notOnMap')}</p>
      )}
      <details className="geo-note">
        <summary>
          {t('panel.geometry')}: {t(`precision.${p.geo.precision}`)}
        </summary>
        <p>
          {p.geo.basis[lang]} <Cite citations={p.geo.citations} />
        </p>
      </details>
    </section>
  );
}
