/** Coordinates as people write them: decimal degrees and degrees–minutes–seconds. Pure. */

export type Hemisphere = 'N' | 'S' | 'E' | 'W';

export interface Dms {
  deg: number;
  min: number;
  /** Seconds, rounded to `secondDecimals`. */
  sec: number;
  hemisphere: Hemisphere;
}

/**
 * Degrees, minutes and seconds of a latitude or longitude. Rounding carries over, so
 * 59.96″ never prints as 60″.
 */
export function toDms(value: number, axis: 'lat' | 'lng', secondDecimals = 1): Dms {
  const hemisphere: Hemisphere = axis === 'lat' ? (value < 0 ? 'S' : 'N') : value < 0 ? 'W' : 'E';
  const f = 10 ** secondDecimals;
  // Work in whole units of the last printed decimal of a second, so rounding carries.
  const units = Math.round(Math.abs(value) * 3600 * f);
  const deg = Math.floor(units / (3600 * f));
  const min = Math.floor((units - deg * 3600 * f) / (60 * f));
  const sec = (units - deg * 3600 * f - min * 60 * f) / f;
  return { deg, min, sec, hemisphere };
}

/** "42° 52′ 12.0″ N", with the hemisphere written as the caller's language writes it. */
export function formatDms(
  value: number,
  axis: 'lat' | 'lng',
  hemispheres: Record<Hemisphere, string> = { N: 'N', S: 'S', E: 'E', W: 'W' },
  secondDecimals = 1,
): string {
  const d = toDms(value, axis, secondDecimals);
  const sec = d.sec.toFixed(secondDecimals).padStart(secondDecimals ? 3 + secondDecimals : 2, '0');
  return `${d.deg}° ${String(d.min).padStart(2, '0')}′ ${sec}″ ${hemispheres[d.hemisphere]}`;
}

/** "42.87460, 74.59000": latitude first, as map search boxes expect; always a dot. */
export function formatDecimal(lng: number, lat: number, decimals = 5): string {
  return `${lat.toFixed(decimals)}, ${lng.toFixed(decimals)}`;
}

/**
 * A latitude or longitude typed in decimal degrees ("42.87", "-74,6", " +41 "), or null if
 * the text is empty, not a number or out of range. `Number('')` is 0: never used here.
 */
export function parseCoordinate(text: string, axis: 'lat' | 'lng'): number | null {
  const s = text.trim().replace(',', '.');
  if (!/^[+-]?(\d+(\.\d*)?|\.\d+)$/.test(s)) return null;
  const v = Number(s);
  return Math.abs(v) <= (axis === 'lat' ? 90 : 180) ? v : null;
}
