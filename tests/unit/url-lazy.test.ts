/**
 * The link parser (state/urlParse.ts, with zod) loads only for a link that carries state.
 * Its own file: the parser is loaded once per module instance, and here it starts unloaded.
 */
import { describe, expect, it } from 'vitest';
import { hasLinkState, LINK_PARAMS, loadLinkParser, readLink } from '../../src/state/url.ts';
import { syncUrl, type UrlEnv } from '../../src/state/useUrlSync.ts';
import { createAtlasStore } from '../../src/state/store.ts';
import { parseUrl } from '../../src/state/urlParse.ts';

const env = (search: string): UrlEnv => ({
  history: { pushState: () => {}, replaceState: () => {} },
  location: { pathname: '/', search, hash: '' },
  addEventListener: () => {},
  removeEventListener: () => {},
});

describe('the link parser, loaded when a link needs it', () => {
  it('tells a link with state from one without', () => {
    for (const plain of ['', '?', '?debug', '?debug&basemap=osm', '?x=1&y'])
      expect(hasLinkState(plain), plain).toBe(false);
    for (const key of LINK_PARAMS) expect(hasLinkState(`?debug&${key}=`), key).toBe(true);
  });

  // Before anything calls loadLinkParser in this file.
  it('reads a link without state as the defaults, the parser’s own reading, without loading it', async () => {
    for (const plain of ['', '?debug', '?debug&basemap=osm']) {
      expect(readLink(plain)).toEqual(parseUrl(plain));
    }
    expect(readLink('?lang=ru&sel=place:osh')).toBeUndefined();
    // A store opened on such a link gets its state once the parser is there.
    const store = createAtlasStore('en');
    const stop = syncUrl(store, env('?lang=ru&sectors=energy'));
    expect(store.getState().lang).toBe('en');
    await loadLinkParser();
    await Promise.resolve();
    expect(store.getState().lang).toBe('ru');
    expect(store.getState().filters.sectors).toEqual(['energy']);
    stop();
    expect(readLink('?lang=ru&sel=place:osh')).toEqual(parseUrl('?lang=ru&sel=place:osh'));
  });
});
