/**
 * A picture of the map for the export, without `preserveDrawingBuffer` (which would slow
 * every frame): the canvas is copied inside the next `render` event, while the frame just
 * drawn is still in the drawing buffer. Panels reach it through the store's `mapSnapshot`
 * callback, which `SnapshotBridge` (a child of <Map>) registers; they never see MapLibre.
 */
import { useEffect } from 'react';
import { useMap } from 'react-map-gl/maplibre';
import type { Map as MapLibreMap } from 'maplibre-gl';
import { useAtlas } from '../state/index.ts';

/** Copies the next frame of the map into a new 2D canvas of the same (device-pixel) size. */
export function captureMap(map: MapLibreMap): Promise<HTMLCanvasElement> {
  return new Promise((resolve, reject) => {
    map.once('render', () => {
      try {
        const source = map.getCanvas();
        const copy = document.createElement('canvas');
        copy.width = source.width;
        copy.height = source.height;
        const ctx = copy.getContext('2d');
        if (!ctx) throw new Error('no 2D canvas');
        ctx.drawImage(source, 0, 0);
        resolve(copy);
      } catch (e) {
        reject(e instanceof Error ? e : new Error(String(e)));
      }
    });
    map.triggerRepaint();
  });
}

export function SnapshotBridge(): null {
  const { current } = useMap();
  const setMapSnapshot = useAtlas((s) => s.setMapSnapshot);
  useEffect(() => {
    const map = current?.getMap();
    if (!map) return;
    setMapSnapshot(() => captureMap(map));
    return () => setMapSnapshot(null);
  }, [current, setMapSnapshot]);
  return null;
}
