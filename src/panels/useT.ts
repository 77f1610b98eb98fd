import { translator, type T } from '../i18n/index.ts';
import { useAtlas } from '../state/index.ts';
import type { Lang } from '../data/schema.ts';

/** The translator for the current interface language. */
export function useT(): [T, Lang] {
  const lang = useAtlas((s) => s.lang);
  return [translator(lang), lang];
}
