/**
 * The period: one two-handled range over the years (PeriodRange), one-year steps, and
 * playback. Playback starts at the first year with content, not at 1992 on an empty map,
 * and moves the end of the period on to the next year in which something happened (the
 * start stays, so earlier summits stay on the map while projects show their status at the
 * period's end). The steps are pure (state/years.ts); projects exist as intervals (see
 * state/filters.ts), meetings as dated events; the map, counts and list follow.
 */
import { useEffect, useMemo, useState } from 'react';
import { FIRST_YEAR, LAST_YEAR } from '../state/filters.ts';
import { useAtlas, useVisible } from '../state/index.ts';
import { playbackNext, playbackStart, yearCounts, yearsWithContent } from '../state/years.ts';
import { PeriodRange } from './PeriodRange.tsx';
import { useT } from './useT.ts';

/** How long each year is shown during playback. */
export const STEP_MS = 900;

export function Timeline() {
  const [t] = useT();
  const [from, to] = useAtlas((s) => s.filters.period);
  const setPeriod = useAtlas((s) => s.setPeriod);
  const atlas = useAtlas((s) => s.atlas);
  const content = useMemo(
    () => yearsWithContent(yearCounts(atlas, FIRST_YEAR, LAST_YEAR)),
    [atlas],
  );
  const visible = useVisible();
  const [playing, setPlaying] = useState(false);

  useEffect(() => {
    if (!playing) return;
    const id = window.setInterval(() => {
      const next = playbackNext(useAtlas.getState().filters.period, LAST_YEAR, content);
      if (next) useAtlas.getState().setPeriod(next[0], next[1]);
      if (!next || next[1] >= LAST_YEAR) setPlaying(false);
    }, STEP_MS);
    return () => window.clearInterval(id);
  }, [playing, content]);

  const play = () => {
    const [a, b] = playbackStart([from, to], LAST_YEAR, content);
    setPeriod(a, b);
    setPlaying(true);
  };
  const step = (d: number) => {
    setPlaying(false);
    setPeriod(from, Math.max(from, to + d));
  };

  return (
    <section className="timeline-bar" aria-label={t('timeline.label')}>
      <div className="timeline-buttons">
        <button
          type="button"
          className="play"
          onClick={() => (playing ? setPlaying(false) : play())}
          aria-label={playing ? t('timeline.pause') : t('timeline.play')}
          aria-pressed={playing}
        >
          {playing ? '❚❚' : '▶'}
        </button>
        <button
          type="button"
          onClick={() => step(-1)}
          aria-label={t('timeline.back')}
          disabled={to <= from}
        >
          ◀
        </button>
        <button
          type="button"
          onClick={() => step(1)}
          aria-label={t('timeline.forward')}
          disabled={to >= LAST_YEAR}
        >
          ▶▏
        </button>
      </div>
      <PeriodRange />
      <output className="period" aria-live="polite">
        {t('timeline.summary', {
          from,
          to,
          projects: t('timeline.projects', { count: Object.keys(visible.projects).length }),
          meetings: t('timeline.meetings', { count: visible.meetings.length }),
        })}
      </output>
      <p className="period-key" aria-hidden="true">
        <span className="key-meetings">{t('timeline.keyMeetings')}</span>
        <span className="key-projects">{t('timeline.keyProjects')}</span>
        <span className="key-summits">{t('timeline.keySummits')}</span>
      </p>
    </section>
  );
}
