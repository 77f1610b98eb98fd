/**
 * The traced share of a route and how its computed length compares with the stated ones.
 * Pure: segment lengths in, numbers out (panels/Measurements.tsx words them).
 */
export interface TracedShare {
  /** Traced length over total length, 0..1 (0 for an empty line). */
  share: number;
  totalKm: number;
  /** The stated length nearest the computed total, or null when none is stated. */
  nearest: number | null;
  /** |computed − nearest| / nearest, or 0 when nothing is stated. */
  deviation: number;
}

export function tracedShare(km: number[], traced: boolean[], stated: number[]): TracedShare {
  const totalKm = km.reduce((s, v) => s + v, 0);
  const tracedKm = km.reduce((s, v, i) => s + (traced[i] ? v : 0), 0);
  let nearest: number | null = null;
  for (const v of stated)
    if (v > 0 && (nearest === null || Math.abs(v - totalKm) < Math.abs(nearest - totalKm)))
      nearest = v;
  return {
    share: totalKm > 0 ? tracedKm / totalKm : 0,
    totalKm,
    nearest,
    deviation: nearest ? Math.abs(totalKm - nearest) / nearest : 0,
  };
}
