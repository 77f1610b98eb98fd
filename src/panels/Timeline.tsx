/**
 * The period: two year sliders, one-year steps, and playback that walks the end of the
 * period forward a year at a time. Projects exist as intervals (see state/filters.ts),
 * meetings as dated events; the map, counts and list follow.
 */
import { useEffect, useState } from 'react';
import { FIRST_YEAR, LAST_YEAR } from '../state/filters.ts';
import { useAtlas, useVisible } from '../state/index.ts';
import { useT } from './useT.ts';

/** How long each year is shown during playback. */
const STEP_MS = 900;

export function Timeline() {
  const [t] = useT();
  const [from, to] = useAtlas((s) => s.filters.period);
  const setPeriod = useAtlas((s) => s.setPeriod);
  const visible = useVisible();
  const [playing, setPlaying] = useState(false);

  useEffect(() => {
    if (!playing) return;
    const id = window.setInterval(() => {
      const [a, b] = useAtlas.getState().filters.period;
      if (b >= LAST_YEAR) setPlaying(false);
      else useAtlas.getState().setPeriod(a, b + 1);
    }, STEP_MS);
    return () => window.clearInterval(id);
  }, [playing]);

  const play = () => {
    // Playing from the end starts again at the beginning of the period.
    if (to >= LAST_YEAR) setPeriod(from, from);
    setPlaying(true);
  };
  const step = (d: number) => {
    setPlaying(false);
    setPeriod(from, Math.max(from, to + d));
  };

  return (
    <section className="timeline-bar" aria-label={t('timeline.label')}>
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
      <div className="ranges">
        <input
          type="range"
          min={FIRST_YEAR}
          max={LAST_YEAR}
          value={from}
          aria-label={t('timeline.from')}
          onChange={(e) => setPeriod(Number(e.target.value), Math.max(Number(e.target.value), to))}
        />
        <input
          type="range"
          min={FIRST_YEAR}
          max={LAST_YEAR}
          value={to}
          aria-label={t('timeline.to')}
          onChange={(e) =>
            setPeriod(Math.min(from, Number(e.target.value)), Number(e.target.value))
          }
        />
      </div>
      <output className="period" aria-live="polite">
        {t('timeline.summary', {
          from,
          to,
          projects: Object.keys(visible.projects).length,
          meetings: visible.meetings.length,
        })}
      </output>
    </section>
  );
}
