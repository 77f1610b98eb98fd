/**
 * The content year by year, for the period control and its playback (pure):
 *  - how many projects changed status and how many meetings were held in each year (the
 *    density strip under the period's handles);
 *  - the years of the heads-of-state summits (the axis' ticks);
 *  - playback: from the first year with content, one year with content at a time.
 * Plans are not events: a step marked `planned` is not counted (as in state/filters.ts).
 */
import type { Atlas } from '../data/registry.ts';
import { meetingStart } from '../data/lookup.ts';

export type Period = readonly [number, number];

/** One year of the strip. */
export interface YearCount {
  year: number;
  /** Projects with at least one status change that year (each project once a year). */
  projects: number;
  /** Meetings that began that year. */
  meetings: number;
}

const yearOf = (date: string) => Number(date.slice(0, 4));

/** Per-year counts of projects and meetings, first to last; years outside are ignored. */
export function yearCounts(
  atlas: Pick<Atlas, 'meetings' | 'projects'>,
  first: number,
  last: number,
): YearCount[] {
  const rows = Array.from({ length: Math.max(0, last - first + 1) }, (_, i) => ({
    year: first + i,
    projects: 0,
    meetings: 0,
  }));
  const row = (y: number) => (Number.isInteger(y) ? rows[y - first] : undefined);
  for (const p of atlas.projects) {
    const seen = new Set<number>();
    for (const step of p.properties.timeline) if (!step.planned) seen.add(yearOf(step.date));
    for (const y of seen) {
      const r = row(y);
      if (r) r.projects++;
    }
  }
  for (const m of atlas.meetings) {
    const r = row(yearOf(meetingStart(m)));
    if (r) r.meetings++;
  }
  return rows;
}

/** The years in which something happened, oldest first. */
export const yearsWithContent = (rows: readonly YearCount[]): number[] =>
  rows.filter((r) => r.projects + r.meetings > 0).map((r) => r.year);

/** The distinct years of heads-of-state summits, oldest first. */
export function summitYears(atlas: Pick<Atlas, 'meetings'>): number[] {
  const years = new Set<number>();
  for (const m of atlas.meetings)
    if (m.kind === 'heads-of-state') {
      const y = yearOf(meetingStart(m));
      if (Number.isInteger(y)) years.add(y);
    }
  return [...years].sort((a, b) => a - b);
}

/**
 * Where playback begins. A period that ends before the last year resumes where it is; one
 * that ends at the last year starts again at the first year with content at or after its
 * start (not at 1992 on an empty map), as a one-year period.
 */
export function playbackStart(period: Period, last: number, content: readonly number[]): Period {
  const [from, to] = period;
  if (to < last) return period;
  const first = content.find((y) => y >= from) ?? from;
  return [first, first];
}

/**
 * Playback's next period: the end moves on to the next year with content (the start stays,
 * so what happened earlier stays on the map), and at last to the last year; null when the
 * period already ends there.
 */
export function playbackNext(
  period: Period,
  last: number,
  content: readonly number[],
): Period | null {
  const [from, to] = period;
  if (to >= last) return null;
  const next = content.find((y) => y > to && y <= last);
  return [from, next ?? last];
}
