import { describe, expect, it } from 'vitest';
import { judge, median, pct } from '../../scripts/bench/stats.ts';

describe('bench statistics', () => {
  it('takes nearest-rank percentiles of the finite values only', () => {
    const xs = [5, 1, 4, 2, 3, NaN, Infinity];
    expect(pct(xs, 50)).toBe(3);
    expect(pct(xs, 95)).toBe(5);
    expect(pct(xs, 0)).toBe(1);
    expect(pct([...Array(20).keys()], 95)).toBe(18);
    expect(pct([], 95)).toBeNaN();
  });

  it('takes the median of odd and even counts', () => {
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(median([NaN])).toBeNaN();
  });
});

describe('bench goals', () => {
  const ms = (x: number) => `${x.toFixed(0)} ms`;

  it('says a goal is met at its limit, from below or from above', () => {
    expect(judge('lag ≤ 100 ms', 100, 100, ms)).toEqual({
      goal: 'lag ≤ 100 ms',
      value: '100 ms',
      met: true,
      miss: 'met',
    });
    expect(judge('fps ≥ 0.8', 0.8, 0.8, String, false).met).toBe(true);
  });

  it('says by how much a goal misses, in its unit and in per cent of the limit', () => {
    expect(judge('lag ≤ 100 ms', 150, 100, ms)).toMatchObject({
      value: '150 ms',
      met: false,
      miss: 'misses by 50 ms (50%)',
    });
    expect(judge('fps ≥ 0.8', 0.6, 0.8, (x) => x.toFixed(2), false).miss).toBe(
      'misses by 0.20 (25%)',
    );
  });

  it('says "not measured" rather than printing NaN', () => {
    expect(judge('x ≤ 1', NaN, 1, String)).toEqual({
      goal: 'x ≤ 1',
      value: '—',
      met: false,
      miss: 'not measured',
    });
  });
});
