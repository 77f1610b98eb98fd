/**
 * The exported picture's scale: the pixel ratio the GPU allows, and the scale bar (how long
 * a round distance is on the map at its centre). Pure, and small: the map's own chunk
 * imports it. (Web Mercator stretches with latitude, so the bar is true at the centre's
 * latitude only, like MapLibre's own scale control.)
 */

/** The Earth's equatorial circumference in metres (WGS 84), as Web Mercator uses it. */
const EARTH_CIRCUMFERENCE = 40_075_016.686;
/** MapLibre's tiles are 512 CSS px wide: at zoom z the world is 512·2^z px around. */
const TILE_SIZE = 512;

/** Metres on the ground per CSS pixel at this latitude and zoom. */
export function metresPerPixel(latitude: number, zoom: number): number {
  return (EARTH_CIRCUMFERENCE * Math.cos((latitude * Math.PI) / 180)) / (TILE_SIZE * 2 ** zoom);
}

export interface ScaleBar {
  /** The distance the bar stands for, a round 1, 2 or 5 × 10ⁿ metres. */
  metres: number;
  /** The bar's length in CSS pixels (at most `maxPx`). */
  px: number;
}

/** The longest round distance (1, 2 or 5 × 10ⁿ m) whose bar fits within `maxPx` CSS px. */
export function scaleBar(metresPerPx: number, maxPx = 100): ScaleBar | null {
  if (!(metresPerPx > 0) || !Number.isFinite(metresPerPx)) return null;
  const max = metresPerPx * maxPx;
  const pow = 10 ** Math.floor(Math.log10(max));
  const step = [5, 2, 1].find((f) => f * pow <= max) ?? 1;
  const metres = step * pow;
  return { metres, px: metres / metresPerPx };
}

/**
 * The highest pixel ratio up to `wanted` at which a `width`×`height` CSS-px map fits in
 * `maxSize` device pixels each way (the GPU's largest drawing buffer). Pure.
 */
export function clampPixelRatio(
  wanted: number,
  width: number,
  height: number,
  maxSize: number,
): number {
  const fit = maxSize / Math.max(width, height, 1);
  return Math.max(1, Math.min(wanted, Math.floor(fit * 100) / 100));
}
