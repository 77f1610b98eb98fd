import { useSyncExternalStore } from 'react';
import { i18n, type T } from '../i18n/index.ts';
import { useAtlas } from '../state/index.ts';
import type { Lang } from '../data/schema.ts';

/**
 * The translator for the current interface language. A language not loaded yet is asked
 * for, and until it arrives the language shown before stays (then this renders again).
 */
export function useT(): [T, Lang] {
  const lang = useAtlas((s) => s.lang);
  useSyncExternalStore(i18n.subscribe, i18n.version, i18n.version);
  const shown = i18n.shown(lang);
  return [i18n.translator(shown), shown];
}
