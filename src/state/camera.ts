/**
 * The camera's limits and the home view: the map's own extent (the basemap's overview box)
 * and zoom range. A link's camera is clamped to them when read, and the map is built with
 * them, so no link can leave the reader on empty land with no way back.
 */
import type { Camera } from './slices/view.ts';

/** [[west, south], [east, north]] of the basemap's overview tier (map/style/basemap.ts). */
export const MAP_BOUNDS: [[number, number], [number, number]] = [
  [12, 8],
  [142, 72],
];
export const MIN_ZOOM = 1.5;
export const MAX_ZOOM = 12;

/** The home view: Kyrgyzstan and its neighbours. */
export const HOME_BOUNDS: [[number, number], [number, number]] = [
  [66.5, 36.8],
  [82.5, 44.6],
];

const clamp = (lo: number, hi: number, n: number) => Math.min(hi, Math.max(lo, n));

/** The camera inside the map's bounds and zoom range; null for anything not finite. */
export function clampCamera(c: Camera): Camera | null {
  if (![c.lng, c.lat, c.zoom].every(Number.isFinite)) return null;
  const [[w, s], [e, n]] = MAP_BOUNDS;
  return {
    lng: clamp(w, e, c.lng),
    lat: clamp(s, n, c.lat),
    zoom: clamp(MIN_ZOOM, MAX_ZOOM, c.zoom),
  };
}
