/**
 * The embedded, offline basemap: sources and layers for MapLibre, drawn from the GeoJSON extract
 * in geodata/basemap (built by scripts/build-basemap.ts, documented in its README).
 *
 * Three tiers of land, each shown where it is the best data available:
 *   basemap-world     Natural Earth 110m, outside the overview extent (a backdrop far out)
 *   basemap-overview  Natural Earth 50m, lon 12..142, lat 8..72 — every SCO summit city
 *   basemap-detail    Natural Earth 10m borders + admin-1, lon 58..92, lat 34..50, from zoom 5
 * plus basemap-water (50m lakes and rivers) and basemap-labels (one point per label).
 *
 * Colours come from theme.basemap only. Thematic layers go above the basemap's fills and lines
 * and below its labels, the symbol layers (see splitBasemapLayers in online.ts).
 */
import type {
  DataDrivenPropertyValueSpecification,
  ExpressionSpecification,
  LayerSpecification,
  SourceSpecification,
} from 'maplibre-gl';
import type { Lang } from '../../data/schema.ts';
import { theme } from '../../theme.ts';
import { FONT_BOLD, FONT_ITALIC, FONT_REGULAR } from './fonts.ts';

import worldUrl from '../../../geodata/basemap/world.geojson?url';
import overviewUrl from '../../../geodata/basemap/overview.geojson?url';
import detailUrl from '../../../geodata/basemap/detail.geojson?url';
import waterUrl from '../../../geodata/basemap/water.geojson?url';
import labelsUrl from '../../../geodata/basemap/labels.geojson?url';

/** Zoom at which the 10m Central Asia tier replaces the 50m one inside its box. */
export const BASEMAP_DETAIL_MINZOOM = 5;

/** The overview extent, [[west, south], [east, north]]: a sensible `maxBounds` for the map. */
export const BASEMAP_BOUNDS: [[number, number], [number, number]] = [
  [12, 8],
  [142, 72],
];

/** The Central Asia box of the detail tier, [[west, south], [east, north]]. */
export const BASEMAP_DETAIL_BOUNDS: [[number, number], [number, number]] = [
  [58, 34],
  [92, 50],
];

export const BASEMAP_ATTRIBUTION = 'Made with Natural Earth';

export function basemapSources(): Record<string, SourceSpecification> {
  return {
    'basemap-world': { type: 'geojson', data: worldUrl, maxzoom: 6 },
    'basemap-overview': {
      type: 'geojson',
      data: overviewUrl,
      maxzoom: 10,
      attribution: BASEMAP_ATTRIBUTION,
    },
    'basemap-detail': { type: 'geojson', data: detailUrl, maxzoom: 12 },
    'basemap-water': { type: 'geojson', data: waterUrl, maxzoom: 10 },
    'basemap-labels': { type: 'geojson', data: labelsUrl, maxzoom: 10 },
  };
}

const kind = (value: string): ExpressionSpecification => ['==', ['get', 'kind'], value];

/** Labels of rank ≤ n, where n grows with zoom: `steps` are [zoom, rank] pairs after rank 1. */
function rankFilter(value: string, ...steps: [number, number][]): ExpressionSpecification {
  const maxRank: ExpressionSpecification = ['step', ['zoom'], 1, ...steps.flat()];
  return ['all', kind(value), ['<=', ['get', 'rank'], maxRank]];
}

function zoomWidth(...stops: [number, number][]): DataDrivenPropertyValueSpecification<number> {
  return ['interpolate', ['linear'], ['zoom'], ...stops.flat()];
}

/**
 * The label in one language, English where a name is missing. Without `lang`, the language is
 * read from the style's global state `lang` (so that a language switch is one
 * `setGlobalStateProperty('lang', …)` call and the layers never change).
 */
function labelText(lang?: Lang): ExpressionSpecification {
  const field: ExpressionSpecification =
    lang === undefined
      ? ['get', ['concat', 'name_', ['global-state', 'lang']]]
      : ['get', `name_${lang}`];
  return ['coalesce', field, ['get', 'name_en']];
}

export function basemapLayers(lang?: Lang): LayerSpecification[] {
  const c = theme.basemap;
  const text = labelText(lang);
  const halo = { 'text-halo-color': c.halo, 'text-halo-width': 1.4, 'text-halo-blur': 0.4 };
  const borderWidth = zoomWidth([2, 0.5], [5, 0.9], [8, 1.5], [11, 2]);
  return [
    { id: 'basemap-background', type: 'background', paint: { 'background-color': c.background } },

    // ------------------------------------------------------------------ land
    {
      id: 'basemap-world-land',
      type: 'fill',
      source: 'basemap-world',
      filter: kind('land'),
      paint: { 'fill-color': c.land },
    },
    {
      id: 'basemap-overview-land',
      type: 'fill',
      source: 'basemap-overview',
      filter: kind('land'),
      paint: { 'fill-color': c.land },
    },
    {
      id: 'basemap-overview-focus',
      type: 'fill',
      source: 'basemap-overview',
      filter: kind('focus'),
      maxzoom: BASEMAP_DETAIL_MINZOOM,
      paint: { 'fill-color': c.landFocus },
    },
    {
      id: 'basemap-detail-focus',
      type: 'fill',
      source: 'basemap-detail',
      filter: kind('focus'),
      minzoom: BASEMAP_DETAIL_MINZOOM,
      paint: { 'fill-color': c.landFocus },
    },

    // ------------------------------------------------------------------ water
    {
      id: 'basemap-lakes',
      type: 'fill',
      source: 'basemap-water',
      filter: kind('lake'),
      paint: { 'fill-color': c.water },
    },
    {
      id: 'basemap-rivers',
      type: 'line',
      source: 'basemap-water',
      filter: kind('river'),
      minzoom: 3,
      layout: { 'line-join': 'round', 'line-cap': 'round' },
      paint: { 'line-color': c.river, 'line-width': zoomWidth([3, 0.5], [6, 0.9], [9, 1.6]) },
    },

    // ------------------------------------------------------------------ boundaries
    {
      id: 'basemap-admin1',
      type: 'line',
      source: 'basemap-detail',
      filter: kind('admin1'),
      minzoom: BASEMAP_DETAIL_MINZOOM,
      layout: { 'line-join': 'round' },
      paint: {
        'line-color': c.admin1Border,
        'line-width': zoomWidth([5, 0.5], [8, 0.9], [11, 1.3]),
      },
    },
    {
      id: 'basemap-world-borders',
      type: 'line',
      source: 'basemap-world',
      filter: kind('border'),
      layout: { 'line-join': 'round' },
      paint: { 'line-color': c.countryBorder, 'line-width': borderWidth },
    },
    {
      id: 'basemap-overview-borders',
      type: 'line',
      source: 'basemap-overview',
      filter: kind('border'),
      layout: { 'line-join': 'round' },
      paint: { 'line-color': c.countryBorder, 'line-width': borderWidth },
    },
    {
      id: 'basemap-overview-borders-ca',
      type: 'line',
      source: 'basemap-overview',
      filter: kind('border-ca'),
      maxzoom: BASEMAP_DETAIL_MINZOOM,
      layout: { 'line-join': 'round' },
      paint: { 'line-color': c.countryBorder, 'line-width': borderWidth },
    },
    {
      id: 'basemap-detail-borders',
      type: 'line',
      source: 'basemap-detail',
      filter: kind('border'),
      minzoom: BASEMAP_DETAIL_MINZOOM,
      layout: { 'line-join': 'round' },
      paint: { 'line-color': c.countryBorder, 'line-width': borderWidth },
    },

    // ------------------------------------------------------------------ labels
    {
      id: 'basemap-labels-water',
      type: 'symbol',
      source: 'basemap-labels',
      filter: rankFilter('water', [3, 2], [7, 3]),
      layout: {
        'text-field': text,
        'text-font': [...FONT_ITALIC],
        'text-size': zoomWidth([2, 10], [6, 12], [9, 14]),
        'text-max-width': 7,
        'text-letter-spacing': 0.03,
      },
      paint: { 'text-color': c.waterLabel, ...halo },
    },
    {
      id: 'basemap-labels-admin1',
      type: 'symbol',
      source: 'basemap-labels',
      filter: rankFilter('admin1', [6, 2], [8, 3]),
      minzoom: BASEMAP_DETAIL_MINZOOM,
      layout: {
        'text-field': text,
        'text-font': [...FONT_REGULAR],
        'text-size': zoomWidth([5, 10], [8, 12.5], [11, 14]),
        'text-max-width': 8,
        'text-padding': 4,
        'symbol-sort-key': ['get', 'rank'],
      },
      paint: { 'text-color': c.admin1Label, ...halo },
    },
    {
      id: 'basemap-labels-country',
      type: 'symbol',
      source: 'basemap-labels',
      filter: rankFilter('country', [3, 2], [5, 3], [6, 4]),
      layout: {
        'text-field': text,
        'text-font': [...FONT_BOLD],
        'text-size': [
          'interpolate',
          ['linear'],
          ['zoom'],
          2,
          ['case', ['==', ['get', 'iso'], 'KGZ'], 11, ['match', ['get', 'rank'], 1, 10.5, 9.5]],
          6,
          ['case', ['==', ['get', 'iso'], 'KGZ'], 15, ['match', ['get', 'rank'], 1, 13, 12]],
          9,
          ['case', ['==', ['get', 'iso'], 'KGZ'], 18, 15],
        ],
        'text-transform': 'uppercase',
        'text-letter-spacing': 0.08,
        'text-max-width': 8,
        'text-padding': 6,
        'symbol-sort-key': ['get', 'rank'],
      },
      paint: { 'text-color': c.countryLabel, ...halo },
    },
  ];
}
