/**
 * The basemap in the link: `basemap=street` or `basemap=satellite`; absent means offline.
 * It lives beside the rest of the link's state (state/url.ts keeps parameters it does not own,
 * as it keeps `debug`), so it needs no change there: read once at start and on Back/Forward,
 * written in place (a basemap is not a history step) whenever the choice changes.
 */
import { useEffect } from 'react';
import { isBasemap, type BasemapChoice } from '../basemaps.ts';
import type { AtlasStore } from './store.ts';

export const BASEMAP_PARAM = 'basemap';

/** The basemap a URL's search part asks for; anything unknown or malformed means offline. */
export function readBasemap(search: string): BasemapChoice {
  try {
    const v = new URLSearchParams(search.length > 8000 ? '' : search).get(BASEMAP_PARAM);
    return isBasemap(v) ? v : 'offline';
  } catch {
    return 'offline';
  }
}

/** A search part (without "?") with the basemap set, or removed for offline; the rest kept. */
export function writeBasemap(search: string, basemap: BasemapChoice): string {
  const q = new URLSearchParams(search);
  if (basemap === 'offline') q.delete(BASEMAP_PARAM);
  else q.set(BASEMAP_PARAM, basemap);
  // The same readable form as state/url.ts: bare commas and colons, bare flags.
  return q
    .toString()
    .replace(/%2C/g, ',')
    .replace(/%3A/g, ':')
    .replace(/=(?=&|$)/g, '');
}

export function useBasemapUrlSync(store: AtlasStore) {
  useEffect(() => {
    const fromUrl = () => store.getState().setBasemap(readBasemap(location.search));
    fromUrl();
    const off = store.subscribe((s, prev) => {
      if (s.basemap === prev.basemap || s.basemap === readBasemap(location.search)) return;
      const next = writeBasemap(location.search.replace(/^\?/, ''), s.basemap);
      history.replaceState(
        history.state,
        '',
        `${location.pathname}${next ? `?${next}` : ''}${location.hash}`,
      );
    });
    window.addEventListener('popstate', fromUrl);
    return () => {
      off();
      window.removeEventListener('popstate', fromUrl);
    };
  }, [store]);
}
