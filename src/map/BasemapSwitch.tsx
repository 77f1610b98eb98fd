/**
 * Keeps the map's basemap the one the reader chose (a child of <Map>): swaps the basemap part
 * when the choice changes and again after any full style load (a restored WebGL context, a
 * rebuilt style), and reports an online basemap that cannot be loaded — the store then falls
 * back to the offline basemap and the picker says why.
 */
import { useEffect } from 'react';
import { useMap } from 'react-map-gl/maplibre';
import type { ErrorEvent as MapErrorEvent } from 'maplibre-gl';
import { useAtlas } from '../state/index.ts';
import { onlineBasemapOf } from './style/online.ts';
import { swapBasemap } from './swapBasemap.ts';

export function BasemapSwitch(): null {
  const { current } = useMap();
  const basemap = useAtlas((s) => s.basemap);
  const failBasemap = useAtlas((s) => s.failBasemap);

  useEffect(() => {
    const map = current?.getMap();
    if (!map) return;
    // A style with layers is a loaded one; before that, style.load comes.
    const apply = () => {
      if (map.getLayersOrder().length > 0) swapBasemap(map, basemap);
    };
    apply();
    map.on('style.load', apply);
    return () => {
      map.off('style.load', apply);
    };
  }, [current, basemap]);

  useEffect(() => {
    const map = current?.getMap();
    if (!map) return;
    const onError = (e: MapErrorEvent & { sourceId?: string }) => {
      const online = onlineBasemapOf(e.sourceId);
      if (online) failBasemap(online);
    };
    map.on('error', onError);
    return () => {
      map.off('error', onError);
    };
  }, [current, failBasemap]);

  return null;
}
