/**
 * Focus goes back to what opened the side panel when it closes (Escape or Close): the list
 * item, the search box, the tool button — or the map, when the record was picked on it.
 *
 * Each layer of the side panel (a record, the about page, a tool) remembers the element
 * that had focus when it opened; the store notifies synchronously, before React re-renders,
 * so that element is still there to be read. A list item is re-created when the contents
 * list comes back, so it is found again by its `data-opener` key.
 */
import { useEffect, useRef } from 'react';
import { useAtlas, type SidePanel } from '../state/index.ts';

interface Opener {
  el: HTMLElement | null;
  /** The opener's `data-opener`, to find it again once re-created. */
  key: string | null;
  /** The record was picked on the map. */
  fromMap: boolean;
}

/** The layers a side panel state holds, top first, by a key naming each. */
export function layerKeys(p: SidePanel): string[] {
  const tool = (name: string) => `tool:${name}`;
  switch (p.top) {
    case 'contents':
      return [];
    case 'record':
      return [`record:${p.record.kind}:${p.record.id}`, ...(p.under ? [tool(p.under.name)] : [])];
    case 'userFeature':
      return [
        `user:${p.feature.layerId}:${p.feature.index}`,
        ...(p.under ? [tool(p.under.name)] : []),
      ];
    case 'about':
      return ['about', ...(p.under ? [tool(p.under.name)] : [])];
    case 'tool':
      return [tool(p.tool.name), ...(p.under ? [`record:${p.under.kind}:${p.under.id}`] : [])];
  }
}

const panelBody = () => document.querySelector('[data-testid="panel"] .panel-body');

function focusOpener(o: Opener) {
  const byKey = o.key
    ? [...document.querySelectorAll<HTMLElement>('[data-opener]')].find(
        (e) => e.dataset.opener === o.key,
      )
    : undefined;
  const target =
    (o.el?.isConnected ? o.el : null) ??
    byKey ??
    (o.fromMap ? document.querySelector<HTMLElement>('.map-area canvas') : null);
  // Without scrolling: what the reader looks at stays put (Back to another paragraph of an
  // article scrolls the reader there itself, and must not be undone by the focus).
  target?.focus({ preventScroll: true });
}

export function useReturnFocus(top: SidePanel['top']) {
  const pending = useRef<Opener | null>(null);

  useEffect(() => {
    const openers = new Map<string, Opener>();
    return useAtlas.subscribe((s, prev) => {
      if (s.sidePanel === prev.sidePanel) return;
      const now = layerKeys(s.sidePanel);
      const before = layerKeys(prev.sidePanel);
      for (const key of now) {
        if (before.includes(key)) continue;
        const active = document.activeElement;
        const el = active instanceof HTMLElement && active !== document.body ? active : null;
        const inherited = before[0] ? openers.get(before[0]) : undefined;
        // Opened from inside the panel (a related record): it returns where the last one would.
        openers.set(
          key,
          el && inherited && panelBody()?.contains(el)
            ? inherited
            : {
                el,
                key: el?.closest<HTMLElement>('[data-opener]')?.dataset.opener ?? null,
                fromMap:
                  (s.selection?.origin === 'map' && key.startsWith('record:')) ||
                  key.startsWith('user:'),
              },
        );
      }
      if (s.sidePanel.top === 'contents' && before[0])
        pending.current = openers.get(before[0]) ?? null;
      for (const key of [...openers.keys()]) if (!now.includes(key)) openers.delete(key);
    });
  }, []);

  // Once the contents list is back, its items exist again.
  useEffect(() => {
    if (top !== 'contents' || !pending.current) return;
    const opener = pending.current;
    pending.current = null;
    focusOpener(opener);
  }, [top]);
}
