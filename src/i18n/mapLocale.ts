/**
 * MapLibre's own interface strings (the scale bar's units, the attribution button, the zoom
 * buttons) in the reader's language: a patch of its locale table (the map's `locale`
 * option; keys as in maplibre-gl's `defaultLocale`). Pure.
 */
import type { Lang } from '../data/schema.ts';
import { translator } from './index.ts';

export function mapLocale(lang: Lang): Record<string, string> {
  const t = translator(lang);
  return {
    'Map.Title': t('maplibre.map'),
    'NavigationControl.ZoomIn': t('maplibre.zoomIn'),
    'NavigationControl.ZoomOut': t('maplibre.zoomOut'),
    'NavigationControl.ResetBearing': t('maplibre.resetBearing'),
    'AttributionControl.ToggleAttribution': t('maplibre.toggleAttribution'),
    'AttributionControl.MapFeedback': t('maplibre.feedback'),
    'ScaleControl.Meters': t('maplibre.meters'),
    'ScaleControl.Kilometers': t('maplibre.kilometers'),
    'Popup.Close': t('maplibre.close'),
    'Marker.Title': t('maplibre.marker'),
  };
}

/** The attribution the atlas adds to its sources' own, in the reader's language. */
export const mapCredits = (lang: Lang): string[] => {
  const t = translator(lang);
  return [t('map.credit.geonames'), t('map.credit.font')];
};
