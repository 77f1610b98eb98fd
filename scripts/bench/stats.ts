/**
 * The bench's arithmetic, kept pure so it can be tested: percentiles, medians, and how a
 * goal is judged and worded (met, or by how much it misses).
 */

const sorted = (xs: number[]) => [...xs].filter(Number.isFinite).sort((a, b) => a - b);

/** Nearest-rank percentile of the finite values; NaN if there are none. */
export function pct(xs: number[], p: number): number {
  const s = sorted(xs);
  if (!s.length) return NaN;
  return s[Math.min(s.length - 1, Math.max(0, Math.ceil((p / 100) * s.length) - 1))] ?? NaN;
}

/** Median of the finite values; NaN if there are none. */
export function median(xs: number[]): number {
  const s = sorted(xs);
  if (!s.length) return NaN;
  const m = s.length >> 1;
  return s.length % 2 ? (s[m] ?? NaN) : ((s[m - 1] ?? NaN) + (s[m] ?? NaN)) / 2;
}

export interface Goal {
  goal: string;
  value: string;
  met: boolean;
  miss: string;
}

/**
 * A goal `value ≤ limit` (or `≥` when `lower` is false): met, or by how much it misses, in
 * the value's own format and in per cent of the limit. A value that is not a finite number
 * was not measured, and says so.
 */
export function judge(
  name: string,
  value: number,
  limit: number,
  fmt: (x: number) => string,
  lower = true,
): Goal {
  if (!Number.isFinite(value)) return { goal: name, value: '—', met: false, miss: 'not measured' };
  const met = lower ? value <= limit : value >= limit;
  const off = Math.abs(value - limit);
  const miss = met ? 'met' : `misses by ${fmt(off)} (${((off / limit) * 100).toFixed(0)}%)`;
  return { goal: name, value: fmt(value), met, miss };
}
