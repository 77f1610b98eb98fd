/**
 * One meeting as a card: its kind, title, dates (a badge where the sources disagree), format,
 * first statement and outcomes, the rest folded under "more". The city's panel lists its
 * meetings this way, and the contents list its meetings without a place, so this module is
 * part of the first map; the city's panel itself (PlaceDetails.tsx) is a lazy chunk.
 */
import type { Meeting } from '../data/schema.ts';
import { meetingStart } from '../data/lookup.ts';
import { formatDateRange } from '../i18n/format.ts';
import { Cite } from './Cite.tsx';
import { Statements, Quantities } from './Values.tsx';
import { Related } from './Related.tsx';
import { useT } from './useT.ts';
import { SuggestCorrection } from './Correction.tsx';

export const yearOf = (m: Meeting) => meetingStart(m).slice(0, 4);
export const cardId = (m: Meeting) => `meeting-${m.id}`;

export function MeetingCard({ meeting }: { meeting: Meeting }) {
  const [t, lang] = useT();
  const differ = new Set(meeting.dates.map((d) => `${d.start}/${d.end ?? ''}`)).size > 1;
  const [first, ...rest] = meeting.summary;
  return (
    <article
      className="card"
      id={cardId(meeting)}
      tabIndex={-1}
      aria-labelledby={`m-${meeting.id}`}
    >
      <p className="eyebrow">{t(`meeting.${meeting.kind}`)}</p>
      <h3 id={`m-${meeting.id}`}>{meeting.title[lang]}</h3>
      {differ ? <span className="badge badge-warn">{t('panel.disagree')}</span> : null}
      <ul className="dates">
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
        <dt className="sr-only">{t('place.format')}</dt>
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
      {first ? <Statements items={[first]} label={meeting.title[lang]} /> : null}
      {meeting.outcomes.length ? (
        <>
          <h4>{t('panel.outcomes')}</h4>
          <ol className="outcomes">
            {meeting.outcomes.map((o) => (
              <li key={o.id} id={`o-${o.id}`} tabIndex={-1}>
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
      <details className="more">
        <summary>
          {rest.length ? t('place.more', { count: rest.length }) : t('place.moreSources')}
        </summary>
        {rest.length ? <Statements items={rest} label={meeting.title[lang]} /> : null}
        <Related id={meeting.id} />
        <div className="record-sources">
          <Cite citations={meeting.citations} />
        </div>
      </details>
    </article>
  );
}
