/**
 * A city: a summary first (meetings by kind and year, the main documents), a jump list with
 * the heads-of-state summits first, then each meeting with its dates, decisions and sources;
 * the longer parts of each meeting folded under "more".
 */
import type { ReactNode } from 'react';
import type { Meeting, Outcome } from '../data/schema.ts';
import { MEETING_KINDS } from '../data/vocab.ts';
import { meetingStart } from '../data/lookup.ts';
import { FIRST_YEAR, LAST_YEAR } from '../state/filters.ts';
import { useAtlas, useVisible } from '../state/index.ts';
import { Cite } from './Cite.tsx';
import { Distances } from './Distances.tsx';
import { ProjectRow } from './ProjectRow.tsx';
import { useT } from './useT.ts';
import { SuggestCorrection } from './Correction.tsx';
import { cardId, MeetingCard, yearOf } from './MeetingCard.tsx';

/** Heads-of-state summits first, then the other kinds in their fixed order; by date within. */
export function byImportance(meetings: readonly Meeting[]): Meeting[] {
  const rank = (m: Meeting) => MEETING_KINDS.indexOf(m.kind);
  return [...meetings].sort(
    (a, b) => rank(a) - rank(b) || meetingStart(a).localeCompare(meetingStart(b)),
  );
}

/** Scrolls to a record further down the panel, opening any fold it sits in, and focuses it. */
function jumpTo(id: string) {
  const el = document.getElementById(id);
  if (!el) return;
  for (let d = el.closest('details'); d; d = d.parentElement?.closest('details') ?? null)
    d.open = true;
  el.scrollIntoView?.({ block: 'start' });
  el.focus({ preventScroll: true });
}

function Jump({ to, children }: { to: string; children: ReactNode }) {
  return (
    <a
      href={`#${to}`}
      onClick={(e) => {
        e.preventDefault();
        jumpTo(to);
      }}
    >
      {children}
    </a>
  );
}

/** How many meetings of each kind and in which years, and the documents they adopted. */
function PlaceSummary({ meetings }: { meetings: readonly Meeting[] }) {
  const [t, lang] = useT();
  const kinds = MEETING_KINDS.map(
    (kind) => [kind, meetings.filter((m) => m.kind === kind)] as const,
  ).filter(([, ms]) => ms.length);
  // The main documents: what the summits adopted, else what any meeting here did.
  const summits = meetings.filter((m) => m.kind === 'heads-of-state');
  const from = summits.some((m) => m.outcomes.length) ? summits : meetings;
  const documents: [Outcome, Meeting][] = from.flatMap((m) =>
    m.outcomes.map((o): [Outcome, Meeting] => [o, m]),
  );
  return (
    <section aria-labelledby="place-summary" className="place-summary">
      <h3 id="place-summary">{t('place.summary')}</h3>
      <ul className="summary-kinds">
        {kinds.map(([kind, ms]) => (
          <li key={kind}>
            {t('place.kindCount', { kind: t(`meeting.${kind}`), count: ms.length })}{' '}
            <span className="muted">({[...new Set(ms.map(yearOf))].join(', ')})</span>
          </li>
        ))}
      </ul>
      {documents.length ? (
        <>
          <h4>{t('place.documents')}</h4>
          <ul className="summary-documents">
            {documents.map(([o, m]) => (
              <li key={o.id}>
                <Jump to={`o-${o.id}`}>{o.title[lang]}</Jump>{' '}
                <span className="muted">({yearOf(m)})</span>
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </section>
  );
}

export function PlaceDetails({ id }: { id: string }) {
  const [t, lang] = useT();
  const place = useAtlas((s) => s.lookup.places.get(id));
  const all = useAtlas((s) => s.lookup.meetingsAt.get(id)) ?? [];
  const projects = useAtlas((s) => s.lookup.projectsAt.get(id)) ?? [];
  const period = useAtlas((s) => s.filters.period);
  const visible = useVisible().meetings;
  if (!place) return null;
  // Meetings in the chosen period (and kinds) first, summits leading; the others one click away.
  const meetings = byImportance(all.filter((m) => visible.includes(m)));
  const outside = byImportance(all.filter((m) => !visible.includes(m)));
  const periodOn = period[0] > FIRST_YEAR || period[1] < LAST_YEAR;
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
      {all.length ? <PlaceSummary meetings={all} /> : null}
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
      {all.length && periodOn ? (
        <p className="period-note" data-testid="period-note">
          {t('place.inPeriod', {
            count: meetings.length,
            total: all.length,
            from: period[0],
            to: period[1],
          })}
        </p>
      ) : meetings.length ? (
        <p>{t('panel.meetingsHere', { count: meetings.length })}</p>
      ) : all.length ? (
        <p>{t('panel.noMeetings')}</p>
      ) : projects.length ? null : (
        <p>{t('place.nothingHere')}</p>
      )}
      {meetings.length > 1 ? (
        <nav aria-label={t('place.jump')} className="jump-list">
          <ul>
            {meetings.map((m) => (
              <li key={m.id}>
                <Jump to={cardId(m)}>
                  {t(`meeting.${m.kind}`)}, {yearOf(m)}
                </Jump>
              </li>
            ))}
          </ul>
        </nav>
      ) : null}
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
        <div>
          {p.geo.basis[lang]} <Cite citations={p.geo.citations} />
        </div>
      </details>
    </section>
  );
}
