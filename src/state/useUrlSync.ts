/**
 * Keeps the address bar and the store in step: a link opens what it describes; a new
 * selection is a new history entry (so back and forward step through selections); other
 * changes replace the current entry.
 */
import { useEffect } from 'react';
import { formatUrl, parseUrl, type UrlState } from './url.ts';
import type { AtlasStore } from './store.ts';
import type { AtlasState } from './store.ts';

const toUrlState = (s: AtlasState): UrlState => ({
  lang: s.lang,
  selection: s.selection ? { kind: s.selection.kind, id: s.selection.id } : undefined,
  camera: s.camera ?? undefined,
  filters: s.filters,
  reading: s.reading ?? undefined,
});

/** Applies a link to the store; a selection waits until the content has loaded. */
function apply(store: AtlasStore, url: UrlState) {
  const s = store.getState();
  if (url.lang) s.setLang(url.lang);
  s.setFilters(url.filters);
  if (url.camera) s.setCamera(url.camera);
  if (url.reading) s.openReader(url.reading.id, url.reading.p);
  else s.closeReader();
  // A link that gives a camera keeps it; otherwise the map flies to the selection.
  if (url.selection) s.select(url.selection.kind, url.selection.id, url.camera ? 'map' : 'list');
  else s.clearSelection();
}

export function useUrlSync(store: AtlasStore) {
  useEffect(() => {
    const initial = parseUrl(location.search);
    apply(store, initial);
    // The selection can only resolve once the records exist.
    const offReady = store.subscribe((s, prev) => {
      if (s.status === 'ready' && prev.status !== 'ready' && initial.selection)
        s.select(initial.selection.kind, initial.selection.id, initial.camera ? 'map' : 'list');
    });

    let applying = false;
    const offWrite = store.subscribe((s, prev) => {
      if (applying || s.status !== 'ready') return;
      const next = formatUrl(toUrlState(s), new URLSearchParams(location.search));
      const current = location.search.replace(/^\?/, '');
      if (next === current) return;
      const url = `${location.pathname}${next ? `?${next}` : ''}${location.hash}`;
      const selectionChanged =
        s.selection?.id !== prev.selection?.id || s.selection?.kind !== prev.selection?.kind;
      // The reader finding a cited passage's paragraph refines the entry it was opened with.
      const readingChanged =
        s.reading?.id !== prev.reading?.id ||
        (s.reading?.p !== prev.reading?.p && !prev.readerFind);
      if (selectionChanged || readingChanged) history.pushState(null, '', url);
      else history.replaceState(null, '', url);
    });

    const onPop = () => {
      applying = true;
      apply(store, parseUrl(location.search));
      applying = false;
    };
    window.addEventListener('popstate', onPop);
    return () => {
      offReady();
      offWrite();
      window.removeEventListener('popstate', onPop);
    };
  }, [store]);
}
