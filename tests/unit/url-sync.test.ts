/**
 * The address bar and the store, through a fake window: what loading writes, what the reader
 * pushes, what Back restores, and a history that throws or is written too often.
 */
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { createAtlasStore, type AtlasStore } from '../../src/state/store.ts';
import { syncUrl, type UrlEnv } from '../../src/state/useUrlSync.ts';
import { loadLinkParser } from '../../src/state/url.ts';
import { createHistoryWriter, WRITE_INTERVAL } from '../../src/state/historyWriter.ts';
import { emptyAtlas } from '../../src/data/validate.ts';
import type { Atlas } from '../../src/data/registry.ts';
import { place, project } from './fixtures.ts';

const content = (): Atlas => ({
  ...emptyAtlas(),
  places: [place('bishkek'), place('osh', [72.8, 40.5])],
  projects: [project('line-a', 'energy')],
});

/** A window with a history stack; `throwing` makes every write throw SecurityError. */
function fakeWindow(search = '') {
  const entries = [search];
  let at = 0;
  const listeners = new Set<() => void>();
  const location = { pathname: '/', search, hash: '' };
  const calls = { push: 0, replace: 0, thrown: 0 };
  let throwing = false;
  const go = (url: string | null | undefined) => {
    const q = new URL(url ?? '/', 'http://x').search;
    location.search = q;
    return q;
  };
  const history = {
    pushState: (_: unknown, __: string, url?: string | null) => {
      if (throwing) {
        calls.thrown++;
        throw new DOMException('Attempt to use history.pushState() too often', 'SecurityError');
      }
      calls.push++;
      entries.splice(at + 1, Infinity, go(url));
      at++;
    },
    replaceState: (_: unknown, __: string, url?: string | null) => {
      if (throwing) {
        calls.thrown++;
        throw new DOMException('Attempt to use history.replaceState() too often', 'SecurityError');
      }
      calls.replace++;
      entries[at] = go(url);
    },
  };
  const env: UrlEnv = {
    history,
    location,
    addEventListener: (_, fn) => listeners.add(fn),
    removeEventListener: (_, fn) => listeners.delete(fn),
  };
  return {
    env,
    calls,
    location,
    length: () => entries.length,
    setThrowing: (t: boolean) => (throwing = t),
    back: () => {
      at--;
      location.search = entries[at]!;
      listeners.forEach((fn) => fn());
    },
  };
}

let store: AtlasStore;
let stop: () => void;
// main.tsx loads the parser before the first render for a link with state; so do these tests
// (tests/unit/url-lazy.test.ts covers a link whose parser is still loading).
beforeAll(() => loadLinkParser());

beforeEach(() => {
  vi.useFakeTimers();
  store = createAtlasStore('en');
});
afterEach(() => {
  stop?.();
  vi.useRealTimers();
});
const settle = () => vi.advanceTimersByTime(10 * WRITE_INTERVAL);

describe('syncUrl', () => {
  it('opening a link with a selection replaces the entry, it does not push one', () => {
    const w = fakeWindow('?sel=place:bishkek');
    stop = syncUrl(store, w.env);
    store.getState().setContent(content(), []);
    settle();
    expect(store.getState().selection).toMatchObject({ kind: 'place', id: 'bishkek' });
    expect(w.calls.push).toBe(0);
    expect(w.length()).toBe(1);
    expect(w.location.search).toBe('?lang=en&sel=place:bishkek');
  });

  it('keeps the point in the link: a link with pt opens the point tool above its selection', () => {
    const w = fakeWindow('?sel=place:bishkek&pt=75.12345,41.5');
    stop = syncUrl(store, w.env);
    store.getState().setContent(content(), []);
    settle();
    expect(store.getState().sidePanel.top).toBe('tool');
    expect(store.getState().probe).toEqual({ lng: 75.12345, lat: 41.5 });
    expect(store.getState().selection).toMatchObject({ id: 'bishkek' });
    expect(w.location.search).toBe('?lang=en&sel=place:bishkek&pt=75.12345,41.5');
    store.getState().clickMap({ lng: 72.123456, lat: 40.5 }, null);
    settle();
    expect(w.location.search).toBe('?lang=en&sel=place:bishkek&pt=72.12346,40.5');
    store.getState().closeTop();
    settle();
    expect(w.location.search).toBe('?lang=en&sel=place:bishkek');
  });

  it('drops a link’s filter values that the data does not offer once it has loaded', () => {
    const w = fakeWindow('?country=XX,KG');
    stop = syncUrl(store, w.env);
    store.getState().setContent(content(), []);
    settle();
    expect(store.getState().filters.countries).toEqual(['KG']);
    expect(w.location.search).toBe('?lang=en&country=KG');
  });

  it('a selection the reader makes pushes; Back brings back the panel and the camera', () => {
    const w = fakeWindow('');
    stop = syncUrl(store, w.env);
    store.getState().setContent(content(), []);
    const s = store.getState();
    s.setCamera({ lng: 75, lat: 41, zoom: 5 });
    settle();
    store.getState().select('place', 'osh', 'map');
    settle();
    store.getState().setCamera({ lng: 72.8, lat: 40.5, zoom: 8 });
    settle();
    expect(w.calls.push).toBe(1);
    expect(w.location.search).toBe('?lang=en&sel=place:osh&map=72.8,40.5,8');

    w.back();
    expect(store.getState().selection).toBeNull();
    expect(store.getState().camera).toEqual({ lng: 75, lat: 41, zoom: 5 });
    settle();
    expect(w.calls.push).toBe(1);
    expect(w.location.search).toBe('?lang=en&map=75,41,5');
  });

  it('keeps each selection its own entry, however quickly they follow', () => {
    const w = fakeWindow('');
    stop = syncUrl(store, w.env);
    store.getState().setContent(content(), []);
    settle();
    store.getState().select('place', 'bishkek', 'map');
    store.getState().clearSelection();
    store.getState().select('place', 'osh', 'map');
    expect(w.calls.push).toBe(3);
    w.back();
    expect(store.getState().selection).toBeNull();
    w.back();
    expect(store.getState().selection).toMatchObject({ id: 'bishkek' });
  });

  it('coalesces a burst of changes into one write with the newest state', () => {
    const w = fakeWindow('');
    stop = syncUrl(store, w.env);
    store.getState().setContent(content(), []);
    settle();
    const before = w.calls.replace;
    for (let y = 1992; y <= 2020; y++) store.getState().setPeriod(1992, y);
    settle();
    expect(w.calls.replace - before).toBe(1);
    expect(w.location.search).toBe('?lang=en&to=2020');
  });

  it('writes at most 100 times in 30 s however often the state changes', () => {
    const w = fakeWindow('');
    stop = syncUrl(store, w.env);
    store.getState().setContent(content(), []);
    // A playback tick every 16 ms for 30 s.
    for (let t = 0; t < 30_000; t += 16) {
      store.getState().setCamera({ lng: 60 + (t % 1000) / 100, lat: 40, zoom: 4 });
      vi.advanceTimersByTime(16);
    }
    expect(w.calls.push + w.calls.replace).toBeLessThanOrEqual(100);
    expect(w.calls.replace).toBeGreaterThan(10);
  });

  it('survives a history that throws: no throw escapes, other listeners go on, the URL lands later', () => {
    const w = fakeWindow('');
    stop = syncUrl(store, w.env);
    const seen: number[] = [];
    store.subscribe((s) => seen.push(s.filters.period[1]));
    store.getState().setContent(content(), []);
    w.setThrowing(true);
    store.getState().setPeriod(1992, 2000);
    expect(() => settle()).not.toThrow();
    store.getState().setPeriod(1992, 2001);
    expect(() => settle()).not.toThrow();
    expect(w.calls.thrown).toBeGreaterThan(0);
    expect(seen).toContain(2001);
    w.setThrowing(false);
    store.getState().setPeriod(1992, 2002);
    settle();
    expect(w.location.search).toBe('?lang=en&to=2002');
  });
});

describe('createHistoryWriter', () => {
  it('retries a write that threw, with the newest URL, and gives up after a few tries', () => {
    let url = '/?a';
    let fails = 0;
    const writes: string[] = [];
    const writer = createHistoryWriter({
      history: {
        pushState: () => {
          throw new Error('never');
        },
        replaceState: (_d, _u, u) => {
          if (fails-- > 0) throw new DOMException('too often', 'SecurityError');
          writes.push(String(u));
        },
      },
      next: () => url,
      current: () => '/',
    });
    fails = 2;
    writer.request('replace');
    url = '/?b';
    vi.advanceTimersByTime(60_000);
    expect(writes).toEqual(['/?b']);

    writer.request('push');
    expect(() => vi.advanceTimersByTime(60_000)).not.toThrow();
  });
});
