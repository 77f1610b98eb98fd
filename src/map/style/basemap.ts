/**
 * The embedded, offline basemap: sources and layers for MapLibre, drawn from the GeoJSON extract
 * in geodata/basemap (built by scripts/build-basemap.ts, documented in its README).
 *
 * Three tiers of land, each shown where it is the best data available:
 *   basemap-world     Natural Earth 110m, outside the overview extent (a backdrop far out)
 *   basemap-overview  Natural Earth 50m, lon 12..142, lat 8..72 — every SCO summit city
 *   basemap-detail    Natural Earth 10m borders + admin-1, lon 58..92, lat 34..50, from zoom 5
 * plus basemap-water (50m lakes and rivers, 10m named rivers), basemap-relief (10m glaciers
 * around Kyrgyzstan) and basemap-labels (one point per label: countries, admin-1, water,
 * mountain ranges, peaks, towns).
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
import reliefUrl from '../../../geodata/basemap/relief.geojson?url';

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

/**
 * The basemap's credit: the name alone, the same in every language (Natural Earth is public
 * domain and asks for no wording; its suggested "Made with Natural Earth" is English, and the
 * map's other credits are in the reader's language, see i18n/mapLocale.ts).
 */
export const BASEMAP_ATTRIBUTION = 'Natural Earth';

/** The image the peak symbols use (drawn by map/icons.ts, no sprite sheet). */
export const PEAK_ICON = 'basemap-peak';

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
    'basemap-relief': { type: 'geojson', data: reliefUrl, maxzoom: 10 },
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

/** " m" after an elevation, in the label's language (Cyrillic "м" for ky and ru). */
function metres(lang?: Lang): string | ExpressionSpecification {
  if (lang !== undefined) return lang === 'en' ? ' m' : ' м';
  return ['match', ['global-state', 'lang'], 'en', ' m', ' м'];
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

    // ------------------------------------------------------------------ relief
    {
      id: 'basemap-glaciers',
      type: 'fill',
      source: 'basemap-relief',
      filter: kind('glacier'),
      minzoom: 5,
      paint: {
        'fill-color': c.glacier,
        'fill-outline-color': c.glacierEdge,
        'fill-opacity': zoomWidth([5, 0.6], [7, 1]),
      },
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
      // Natural Earth 10m outlines of the region's lakes, over the coarser 50m ones.
      id: 'basemap-lakes-detail',
      type: 'fill',
      source: 'basemap-relief',
      filter: kind('lake'),
      minzoom: BASEMAP_DETAIL_MINZOOM,
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
    {
      id: 'basemap-rivers-named',
      type: 'line',
      source: 'basemap-water',
      filter: kind('river-named'),
      minzoom: 4,
      layout: { 'line-join': 'round', 'line-cap': 'round' },
      paint: { 'line-color': c.river, 'line-width': zoomWidth([4, 0.7], [6, 1.2], [9, 2.2]) },
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
      // Ranges and valleys: spaced italics, under everything else that is written.
      id: 'basemap-labels-range',
      type: 'symbol',
      source: 'basemap-labels',
      filter: rankFilter('range', [6, 2]),
      minzoom: 4,
      layout: {
        'text-field': text,
        'text-font': [...FONT_ITALIC],
        'text-size': zoomWidth([4, 10.5], [6, 13], [9, 16]),
        'text-letter-spacing': 0.3,
        'text-transform': 'uppercase',
        'text-max-width': 12,
        'text-padding': 8,
        'symbol-sort-key': ['get', 'rank'],
      },
      paint: { 'text-color': c.rangeLabel, ...halo },
    },
    {
      id: 'basemap-labels-river',
      type: 'symbol',
      source: 'basemap-water',
      filter: kind('river-named'),
      minzoom: 6,
      layout: {
        'text-field': text,
        'text-font': [...FONT_ITALIC],
        'text-size': zoomWidth([6, 10.5], [9, 12.5]),
        'text-letter-spacing': 0.1,
        'symbol-placement': 'line',
        'symbol-spacing': 350,
      },
      paint: { 'text-color': c.waterLabel, ...halo },
    },
    {
      // Peaks: a small triangle, the name, and from zoom 8 the elevation in metres.
      id: 'basemap-peaks',
      type: 'symbol',
      source: 'basemap-labels',
      filter: rankFilter('peak', [8, 2]),
      minzoom: 6.5,
      layout: {
        'icon-image': PEAK_ICON,
        'icon-size': 1,
        'text-field': [
          'step',
          ['zoom'],
          text,
          8,
          [
            'case',
            ['==', ['get', 'rank'], 1],
            ['concat', text, '\n', ['to-string', ['get', 'elevation']], metres(lang)],
            text, // a spot height's label is its elevation already
          ],
        ],
        'text-font': [...FONT_ITALIC],
        'text-size': 10.5,
        'text-anchor': 'top',
        'text-offset': [0, 0.5],
        'text-optional': true,
        'text-max-width': 8,
      },
      paint: { 'text-color': c.peak, ...halo },
    },
    {
      id: 'basemap-towns',
      type: 'circle',
      source: 'basemap-labels',
      filter: rankFilter('town', [6.5, 2], [7.5, 3]),
      minzoom: 5.5,
      paint: {
        'circle-radius': ['match', ['get', 'rank'], 1, 2.6, 2.1],
        'circle-color': c.town,
        'circle-stroke-color': '#ffffff',
        'circle-stroke-width': 0.8,
      },
    },
    {
      id: 'basemap-labels-town-major',
      type: 'symbol',
      source: 'basemap-labels',
      filter: ['all', kind('town'), ['==', ['get', 'rank'], 1]],
      minzoom: 5.5,
      layout: {
        'text-field': text,
        'text-font': [...FONT_BOLD],
        'text-size': zoomWidth([5.5, 11], [9, 13]),
        'text-variable-anchor': ['right', 'left', 'top', 'bottom'],
        'text-radial-offset': 0.5,
        'text-justify': 'auto',
        'text-padding': 3,
      },
      paint: { 'text-color': c.townLabel, ...halo },
    },
    {
      id: 'basemap-labels-town',
      type: 'symbol',
      source: 'basemap-labels',
      filter: ['all', rankFilter('town', [6.5, 2], [7.5, 3]), ['>', ['get', 'rank'], 1]],
      minzoom: 6.5,
      layout: {
        'text-field': text,
        'text-font': [...FONT_REGULAR],
        'text-size': ['match', ['get', 'rank'], 2, 10.5, 10],
        'text-variable-anchor': ['right', 'left', 'top', 'bottom'],
        'text-radial-offset': 0.5,
        'text-justify': 'auto',
        'text-padding': 3,
        'symbol-sort-key': ['get', 'rank'],
      },
      paint: { 'text-color': c.townLabel, ...halo },
    },
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
        'text-size': zoomWidth([5, 9], [8, 10.5], [11, 12]),
        'text-transform': 'uppercase', // regions in spaced capitals, towns in lower case
        'text-letter-spacing': 0.12,
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
      // A neighbour whose main label lies outside the home view has a second one beside
      // Kyrgyzstan, each shown in its own zoom window (`from`, `until`: build-basemap.ts).
      filter: [
        'all',
        rankFilter('country', [3, 2], [5, 3], [6, 4]),
        ['>=', ['zoom'], ['get', 'from']],
        ['<', ['zoom'], ['get', 'until']],
      ],
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
