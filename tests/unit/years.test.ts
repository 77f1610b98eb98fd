import { describe, expect, it } from 'vitest';
import {
  playbackNext,
  playbackStart,
  summitYears,
  yearCounts,
  yearsWithContent,
  type Period,
} from '../../src/state/years.ts';
import { meeting, project } from './fixtures.ts';
import type { ProjectFeatureT } from '../../src/data/registry.ts';

const withTimeline = (
  id: string,
  steps: { date: string; planned?: boolean }[],
): ProjectFeatureT => {
  const p = project(id, 'energy');
  const cite = p.properties.timeline[0]!.citations;
  return {
    ...p,
    properties: {
      ...p.properties,
      timeline: steps.map((s) => ({ status: 'operating' as const, citations: cite, ...s })),
    },
  };
};

const atlas = {
  projects: [
    // Two steps in 2012 count the project once that year; a planned step is no event.
    withTimeline('a', [{ date: '2012' }, { date: '2012-06' }, { date: '2015' }]),
    withTimeline('b', [{ date: '2013-01-05' }, { date: '2019', planned: true }]),
    withTimeline('c', [{ date: '1980' }]),
  ],
  meetings: [
    meeting('m1', 'bishkek', '1992-01-05'),
    { ...meeting('m2', 'osh', '2013-09-13'), kind: 'bilateral' as const },
    meeting('m3', null, '2013-09-14'),
    meeting('m4', 'bishkek', '2030-01-01'),
  ],
};

describe('year counts (the density strip)', () => {
  it('counts projects changing status and meetings held, year by year, inside the range', () => {
    const c = yearCounts(atlas, 2010, 2016);
    expect(c.map((r) => r.year)).toEqual([2010, 2011, 2012, 2013, 2014, 2015, 2016]);
    expect(c.map((r) => r.projects)).toEqual([0, 0, 1, 1, 0, 1, 0]);
    expect(c.map((r) => r.meetings)).toEqual([0, 0, 0, 2, 0, 0, 0]);
    expect(yearsWithContent(c)).toEqual([2012, 2013, 2015]);
  });

  it('gives an empty range for an inverted one, and nothing for empty content', () => {
    expect(yearCounts(atlas, 2016, 2010)).toEqual([]);
    expect(yearCounts({ projects: [], meetings: [] }, 1992, 1993)).toEqual([
      { year: 1992, projects: 0, meetings: 0 },
      { year: 1993, projects: 0, meetings: 0 },
    ]);
  });

  it('lists the heads-of-state summit years once each, oldest first', () => {
    expect(summitYears(atlas)).toEqual([1992, 2013, 2030]);
  });
});

describe('playback (pure steps)', () => {
  const content = [1992, 2001, 2002, 2005];
  const last = 2026;

  it('starts at the first year with content, not on an empty map', () => {
    expect(playbackStart([1992, last], last, [2001, 2002])).toEqual([2001, 2001]);
    // The chosen start counts: content before it is skipped.
    expect(playbackStart([2002, last], last, content)).toEqual([2002, 2002]);
    // Nothing after the start: it starts where it is.
    expect(playbackStart([2010, last], last, content)).toEqual([2010, 2010]);
  });

  it('resumes a period that does not reach the last year', () => {
    const p: Period = [1992, 2002];
    expect(playbackStart(p, last, content)).toBe(p);
  });

  it('moves the end on to the next year with content, then to the last year, then stops', () => {
    const seen: Period[] = [];
    let p: Period | null = playbackStart([1992, last], last, content);
    while (p) {
      seen.push(p);
      p = playbackNext(p, last, content);
    }
    expect(seen).toEqual([
      [1992, 1992],
      [1992, 2001],
      [1992, 2002],
      [1992, 2005],
      [1992, last],
    ]);
  });

  it('ignores content after the last year', () => {
    expect(playbackNext([2001, 2005], 2010, [2001, 2005, 2030])).toEqual([2001, 2010]);
    expect(playbackNext([2001, 2010], 2010, [2030])).toBeNull();
  });
});
