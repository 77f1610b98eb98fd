/**
 * A picture of the map for the export, without `preserveDrawingBuffer` (which would slow
 * every frame): the canvas is copied inside a `render` event, while the frame just drawn is
 * still in the drawing buffer. For a sharper picture the map is drawn once at a higher pixel
 * ratio (tiles and labels placed, `idle`), copied, and always put back as it was. Panels
 * reach it through the store's `mapSnapshot` callback, which `SnapshotBridge` (a child of
 * <Map>) registers; they never see MapLibre.
 */
import { useEffect } from 'react';
import { useMap } from 'react-map-gl/maplibre';
import type { Map as MapLibreMap } from 'maplibre-gl';
import { clampPixelRatio, metresPerPixel } from '../export/scalebar.ts';
import { useAtlas } from '../state/index.ts';
import type { MapPicture, SnapshotOptions } from '../state/slices/panels.ts';

/** The GPU's largest renderbuffer side, or Infinity when the context cannot say. */
function maxRenderbuffer(canvas: HTMLCanvasElement): number {
  // getContext returns the context MapLibre already made (WebGL 2, or 1 as a fallback).
  const gl = canvas.getContext('webgl2') ?? canvas.getContext('webgl');
  const max: unknown = gl?.getParameter(gl.MAX_RENDERBUFFER_SIZE);
  return typeof max === 'number' && max > 0 ? max : Infinity;
}

/**
 * Resolves with `then()` run inside the map's next `event` (synchronously: inside `render`
 * the frame is still in the drawing buffer); rejects when `signal` aborts first.
 */
function next<T>(
  map: MapLibreMap,
  event: 'idle' | 'render',
  then: () => T,
  signal?: AbortSignal,
): Promise<T> {
  return new Promise((resolve, reject) => {
    const done = () => {
      signal?.removeEventListener('abort', abort);
      try {
        resolve(then());
      } catch (e) {
        reject(e instanceof Error ? e : new Error(String(e)));
      }
    };
    const abort = () => {
      map.off(event, done);
      reject(new Error('snapshot aborted'));
    };
    if (signal?.aborted) return abort();
    signal?.addEventListener('abort', abort, { once: true });
    map.once(event, done);
  });
}

/** Copies the map's canvas into a new 2D canvas of the same (device-pixel) size. */
function copyCanvas(source: HTMLCanvasElement): HTMLCanvasElement {
  const copy = document.createElement('canvas');
  copy.width = source.width;
  copy.height = source.height;
  const ctx = copy.getContext('2d');
  if (!ctx) throw new Error('no 2D canvas');
  ctx.drawImage(source, 0, 0);
  return copy;
}

/**
 * Draws the map at `pixelRatio` (clamped to what the GPU can hold), copies the frame, and
 * puts the map's own pixel ratio back, also when anything fails or the signal aborts.
 */
export async function captureMap(
  map: MapLibreMap,
  { pixelRatio, signal }: SnapshotOptions,
): Promise<MapPicture> {
  const source = map.getCanvas();
  const { clientWidth: width, clientHeight: height } = map.getContainer();
  // Within the GPU's limit and MapLibre's own maxCanvasSize (which would lower it silently).
  const limit = Math.min(maxRenderbuffer(source), ...map._maxCanvasSize);
  const ratio = clampPixelRatio(pixelRatio, width, height, limit);
  // The override as the map had it: null follows the screen's devicePixelRatio.
  const saved = map._overridePixelRatio ?? null;
  const change = Math.abs(ratio - map.getPixelRatio()) > 1e-6;
  try {
    if (change) {
      const idle = next(map, 'idle', () => undefined, signal);
      map.setPixelRatio(ratio);
      await idle;
    }
    const frame = next(map, 'render', () => copyCanvas(source), signal);
    map.triggerRepaint();
    const canvas = await frame;
    return {
      canvas,
      // MapLibre may itself draw at less than asked (its maxCanvasSize): report what it drew.
      pixelRatio: width ? canvas.width / width : ratio,
      metresPerPixel: metresPerPixel(map.getCenter().lat, map.getZoom()),
    };
  } finally {
    // setPixelRatio(null) is MapLibre's documented way back to devicePixelRatio.
    if (change) (map.setPixelRatio as (r: number | null) => void).call(map, saved);
  }
}

export function SnapshotBridge(): null {
  const { current } = useMap();
  const setMapSnapshot = useAtlas((s) => s.setMapSnapshot);
  useEffect(() => {
    const map = current?.getMap();
    if (!map) return;
    setMapSnapshot((options) => captureMap(map, options));
    return () => setMapSnapshot(null);
  }, [current, setMapSnapshot]);
  return null;
}
