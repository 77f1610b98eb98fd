/**
 * The period as one two-handled range: two native range inputs laid over one track (so each
 * handle keeps the browser's keyboard steps — arrows, Page Up/Down, Home, End — and its own
 * label), over a density strip of what happened each year and above a labelled year axis
 * with a tick at every heads-of-state summit. Drawn with SVG and CSS from the counts of
 * state/years.ts; no markup from data.
 *
 * A drag moves the handles at once; the store (and with it the map, the list and the
 * counts) follows through useDeferredValue, so a fast drag does not queue a filter pass
 * per pixel.
 */
import { useDeferredValue, useEffect, useMemo, useRef, useState } from 'react';
import { FIRST_YEAR, LAST_YEAR } from '../state/filters.ts';
import { useAtlas } from '../state/index.ts';
import { summitYears, yearCounts, type Period } from '../state/years.ts';
import { useT } from './useT.ts';

const SPAN = LAST_YEAR - FIRST_YEAR;
/** A year's place along the track, in per cent (0 at the first year, 100 at the last). */
const at = (y: number) => `${((y - FIRST_YEAR) / SPAN) * 100}%`;
/** Years the axis labels: the first, every fifth, and the last. */
const AXIS_YEARS = [
  ...new Set([
    FIRST_YEAR,
    ...Array.from({ length: SPAN + 1 }, (_, i) => FIRST_YEAR + i).filter(
      (y) => y % 5 === 0 && y - FIRST_YEAR >= 4 && LAST_YEAR - y >= 3,
    ),
    LAST_YEAR,
  ]),
];
/** The strip's drawing height (SVG units): the busiest year fills it. */
const STRIP_H = 20;

export function PeriodRange() {
  const [t] = useT();
  const period = useAtlas((s) => s.filters.period);
  const setPeriod = useAtlas((s) => s.setPeriod);
  const atlas = useAtlas((s) => s.atlas);
  const counts = useMemo(() => yearCounts(atlas, FIRST_YEAR, LAST_YEAR), [atlas]);
  const summits = useMemo(() => summitYears(atlas), [atlas]);

  // What the handles show while the store catches up; dropped when the period changes
  // from elsewhere (playback, a step button, a link, Back).
  const [draft, setDraft] = useState<Period | null>(null);
  const pending = useDeferredValue(draft);
  const own = useRef(false);
  useEffect(() => {
    if (!pending) return;
    own.current = true;
    setPeriod(pending[0], pending[1]);
    own.current = false;
  }, [pending, setPeriod]);
  useEffect(
    () =>
      useAtlas.subscribe((s, prev) => {
        if (s.filters.period !== prev.filters.period && !own.current) setDraft(null);
      }),
    [],
  );
  const [from, to] = draft ?? period;

  const max = Math.max(1, ...counts.map((r) => r.projects + r.meetings));
  const h = (n: number) => (n / max) * STRIP_H;
  // Where the handles meet, the one that can still move lies on top.
  const fromOnTop = from >= FIRST_YEAR + SPAN / 2;

  return (
    <div className="period-range">
      <svg
        className="period-strip"
        viewBox={`0 0 ${SPAN} ${STRIP_H}`}
        preserveAspectRatio="none"
        role="img"
        aria-label={t('timeline.density', {
          summits: summits.join(', ') || '—',
        })}
      >
        {counts.map(({ year: y, projects, meetings }) => {
          const i = y - FIRST_YEAR;
          const p = h(projects);
          const m = h(meetings);
          const cls = y >= from && y <= to ? 'in' : 'out';
          return (
            <g key={y} className={cls}>
              {m > 0 && (
                <rect
                  className="bar-meetings"
                  x={i - 0.35}
                  width={0.7}
                  y={STRIP_H - m}
                  height={m}
                />
              )}
              {p > 0 && (
                <rect
                  className="bar-projects"
                  x={i - 0.35}
                  width={0.7}
                  y={STRIP_H - m - p}
                  height={p}
                />
              )}
            </g>
          );
        })}
      </svg>
      <div className="period-track">
        <div className="period-rail" aria-hidden="true">
          <div
            className="period-fill"
            style={{ left: at(from), right: `calc(100% - ${at(to)})` }}
          />
        </div>
        <input
          type="range"
          className={fromOnTop ? 'on-top' : undefined}
          min={FIRST_YEAR}
          max={LAST_YEAR}
          step={1}
          value={from}
          aria-label={t('timeline.from')}
          onChange={(e) => {
            const v = Number(e.target.value);
            setDraft([Math.min(v, to), to]);
          }}
        />
        <input
          type="range"
          className={fromOnTop ? undefined : 'on-top'}
          min={FIRST_YEAR}
          max={LAST_YEAR}
          step={1}
          value={to}
          aria-label={t('timeline.to')}
          onChange={(e) => {
            const v = Number(e.target.value);
            setDraft([from, Math.max(v, from)]);
          }}
        />
      </div>
      <div className="period-axis" aria-hidden="true">
        {summits.map((y) => (
          <span key={`s${y}`} className="summit-tick" style={{ left: at(y) }} />
        ))}
        {AXIS_YEARS.map((y) => (
          <span key={y} className="axis-year" style={{ left: at(y) }}>
            {y}
          </span>
        ))}
      </div>
    </div>
  );
}
