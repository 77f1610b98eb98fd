/**
 * Keeps MapLibre's own strings (scale units, attribution and zoom buttons, the canvas label)
 * in the reader's language. The map takes its locale table only when it is built, so on a
 * change of language this patches the table; it renders before the controls, which are keyed
 * by language and so are rebuilt after it, reading the new strings.
 */
import { useEffect } from 'react';
import { useMap } from 'react-map-gl/maplibre';
import type { Lang } from '../data/schema.ts';
import { mapLocale } from '../i18n/mapLocale.ts';

export function MapLocale({ lang }: { lang: Lang }) {
  const { current } = useMap();
  useEffect(() => {
    const m = current?.getMap();
    if (!m) return;
    m._locale = { ...m._locale, ...mapLocale(lang) };
    m.getCanvas().setAttribute('aria-label', m._locale['Map.Title'] ?? '');
  }, [current, lang]);
  return null;
}
