/**
 * Keeps the address bar and the store in step, both ways:
 *  - a link opens what it describes (filters, selection, camera, language);
 *  - a selection the reader makes is a new history entry, so Back and Forward step through
 *    selections — and the map follows the entry's camera, not only the panel;
 *  - every other change, and everything that loading does (the link's selection resolving,
 *    the language being written), replaces the current entry;
 *  - writes are coalesced and guarded (state/historyWriter.ts).
 */
import { useEffect } from 'react';
import { formatUrl, loadLinkParser, readLink, type UrlState } from './url.ts';
import { defaultFilters } from './filters.ts';
import { knownFilters } from './filters.ts';
import { createHistoryWriter, type HistoryLike } from './historyWriter.ts';
import type { AtlasState, AtlasStore } from './store.ts';

const toUrlState = (s: AtlasState): UrlState => ({
  lang: s.lang,
  selection: s.selection ? { kind: s.selection.kind, id: s.selection.id } : undefined,
  camera: s.camera ?? undefined,
  filters: s.filters,
  reading: s.reading ?? undefined,
  point: s.probe ?? undefined,
  table: s.table ?? undefined,
});

/** What useUrlSync needs of the window: the tests give it a fake. */
export interface UrlEnv {
  history: HistoryLike;
  location: Pick<Location, 'pathname' | 'search' | 'hash'>;
  addEventListener: (type: 'popstate', fn: () => void) => void;
  removeEventListener: (type: 'popstate', fn: () => void) => void;
}

/** Applies a link to the store. A selection and the data-bound filters wait for the content. */
function apply(store: AtlasStore, url: UrlState) {
  const s = store.getState();
  if (url.lang) s.setLang(url.lang);
  s.setFilters(s.status === 'ready' ? knownFilters(url.filters, s.atlas) : url.filters);
  // No camera in the link: the home view (the map follows the store's camera).
  s.setCamera(url.camera ?? null);
  s.setTable(url.table ?? null);
  if (url.reading) s.openReader(url.reading.id, url.reading.p);
  else s.closeReader();
  // A link that gives a camera keeps it; otherwise the map flies to the selection.
  if (url.selection) s.select(url.selection.kind, url.selection.id, url.camera ? 'map' : 'list');
  else s.clearSelection();
  // The point tool goes on top of the selection, as it opens.
  s.setProbe(url.point ?? null);
}

/** Starts syncing; returns the function that stops it. */
export function syncUrl(store: AtlasStore, env: UrlEnv): () => void {
  const { location } = env;
  const here = () => `${location.pathname}${location.search}${location.hash}`;
  const writer = createHistoryWriter({
    history: env.history,
    current: here,
    next: () => {
      const q = formatUrl(toUrlState(store.getState()), new URLSearchParams(location.search));
      return `${location.pathname}${q ? `?${q}` : ''}${location.hash}`;
    },
  });

  // While a link is being applied, changes are not the reader's: they replace the entry.
  let applying = false;
  const applying_ = (fn: () => void) => {
    applying = true;
    try {
      fn();
    } finally {
      applying = false;
    }
  };

  // main.tsx loads the parser first for a link with state; without it, the link's state
  // follows as soon as the parser has loaded (unless the reader has moved on by then).
  const initialSearch = location.search;
  const read = readLink(initialSearch);
  let initial: UrlState = read ?? { filters: defaultFilters() };
  applying_(() => apply(store, initial));
  if (!read)
    void loadLinkParser().then(() => {
      if (location.search !== initialSearch) return;
      initial = readLink(initialSearch) ?? initial;
      applying_(() => apply(store, initial));
    });

  const off = store.subscribe((s, prev) => {
    if (s.status !== 'ready') return;
    if (prev.status !== 'ready') {
      // The content has arrived: the link's selection resolves, its filters meet the data.
      applying_(() => {
        const now = store.getState();
        const known = knownFilters(now.filters, now.atlas);
        if (known !== now.filters) now.setFilters(known);
        if (initial.selection)
          now.select(initial.selection.kind, initial.selection.id, initial.camera ? 'map' : 'list');
        // The resolved selection went on top: the link's point tool goes back above it.
        if (initial.point) now.setProbe(initial.point);
      });
      writer.request('replace');
      return;
    }
    const selectionChanged =
      s.selection?.id !== prev.selection?.id || s.selection?.kind !== prev.selection?.kind;
    // The reader finding a cited passage's paragraph refines the entry it was opened with.
    const readingChanged =
      s.reading?.id !== prev.reading?.id || (s.reading?.p !== prev.reading?.p && !prev.readerFind);
    writer.request((selectionChanged || readingChanged) && !applying ? 'push' : 'replace');
  });

  const onPop = () => {
    writer.cancel();
    const popped = location.search;
    const url = readLink(popped);
    if (url) applying_(() => apply(store, url));
    else
      void loadLinkParser().then(() => {
        const later = location.search === popped ? readLink(popped) : undefined;
        if (later) applying_(() => apply(store, later));
      });
  };
  env.addEventListener('popstate', onPop);
  return () => {
    off();
    writer.cancel();
    env.removeEventListener('popstate', onPop);
  };
}

export function useUrlSync(store: AtlasStore) {
  useEffect(
    () =>
      syncUrl(store, {
        history,
        location,
        addEventListener: (type, fn) => window.addEventListener(type, fn),
        removeEventListener: (type, fn) => window.removeEventListener(type, fn),
      }),
    [store],
  );
}
