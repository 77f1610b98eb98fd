/**
 * The basemap part of the style, for each choice in src/basemaps.ts: pure functions of the
 * choice (the language reaches labels through global state, colours come from the theme).
 *
 *   offline    the embedded Natural Earth basemap (basemap.ts), no other host
 *   street     OpenFreeMap's vector tiles (OpenMapTiles schema) with a small set of our own
 *              layers — no style, sprite or glyphs from the provider: labels use the atlas's
 *              local fonts (fonts.ts), so the only requests are the TileJSON and the tiles
 *   satellite  EOX Sentinel-2 cloudless 2016 imagery, with the offline borders and labels on
 *              top for orientation
 *
 * Every source and layer of the basemap part has an id starting with `basemap-`; its labels
 * (symbol layers) sit above the atlas's layers, the rest below them (splitBasemapLayers): the
 * map swaps exactly those ids (map/BasemapSwitch.tsx).
 */
import type { ExpressionSpecification, LayerSpecification, SourceSpecification } from 'maplibre-gl';
import {
  PROVIDERS,
  SATELLITE_TILES,
  STREET_TILEJSON,
  type BasemapChoice,
  type OnlineBasemap,
} from '../../basemaps.ts';
import { theme } from '../../theme.ts';
import { basemapLayers, basemapSources } from './basemap.ts';
import { FONT_BOLD, FONT_REGULAR } from './fonts.ts';

/** Prefix shared by every source and layer id of the basemap part. */
export const BASEMAP_PREFIX = 'basemap-';
export const STREET_SOURCE = 'basemap-street';
export const SATELLITE_SOURCE = 'basemap-satellite';

/** The online basemap a source belongs to, if any (for telling its load errors apart). */
export function onlineBasemapOf(sourceId: string | undefined): OnlineBasemap | null {
  if (sourceId === STREET_SOURCE) return 'street';
  if (sourceId === SATELLITE_SOURCE) return 'satellite';
  return null;
}

export interface BasemapPart {
  sources: Record<string, SourceSpecification>;
  layers: LayerSpecification[];
}

const zoomed = (...stops: [number, number][]): ExpressionSpecification =>
  ['interpolate', ['linear'], ['zoom'], ...stops.flat()] as ExpressionSpecification;

/** OpenMapTiles names: the reader's language, then (for Kyrgyz) Russian, then English, then local. */
const omtName: ExpressionSpecification = [
  'coalesce',
  ['get', ['concat', 'name:', ['global-state', 'lang']]],
  ['get', ['match', ['global-state', 'lang'], 'ky', 'name:ru', 'name:en']],
  ['get', 'name:en'],
  ['get', 'name'],
];

const classIn = (...classes: string[]): ExpressionSpecification => [
  'match',
  ['get', 'class'],
  classes,
  true,
  false,
];

/** Road colours of the street basemap (its own small palette, quieter than the atlas's lines). */
const ROAD = { major: '#f2c98a', minor: '#ffffff', casing: '#d8cfc2', rail: '#b0a89e' };

function streetLayers(): LayerSpecification[] {
  const c = theme.basemap;
  const src = { source: STREET_SOURCE };
  const halo = { 'text-halo-color': c.halo, 'text-halo-width': 1.4, 'text-halo-blur': 0.4 };
  return [
    { id: 'basemap-street-background', type: 'background', paint: { 'background-color': c.land } },
    {
      id: 'basemap-street-ice',
      type: 'fill',
      ...src,
      'source-layer': 'landcover',
      filter: classIn('ice'),
      paint: { 'fill-color': '#ffffff', 'fill-opacity': 0.8 },
    },
    {
      id: 'basemap-street-green',
      type: 'fill',
      ...src,
      'source-layer': 'landcover',
      filter: classIn('wood', 'grass', 'farmland'),
      paint: { 'fill-color': '#dde8cf', 'fill-opacity': 0.6 },
    },
    {
      id: 'basemap-street-residential',
      type: 'fill',
      ...src,
      'source-layer': 'landuse',
      filter: classIn('residential', 'suburb', 'neighbourhood', 'industrial', 'commercial'),
      minzoom: 8,
      paint: { 'fill-color': '#e9e4dc' },
    },
    {
      id: 'basemap-street-water',
      type: 'fill',
      ...src,
      'source-layer': 'water',
      paint: { 'fill-color': c.water },
    },
    {
      id: 'basemap-street-waterway',
      type: 'line',
      ...src,
      'source-layer': 'waterway',
      minzoom: 6,
      paint: { 'line-color': c.river, 'line-width': zoomed([6, 0.6], [12, 2]) },
    },
    {
      id: 'basemap-street-rail',
      type: 'line',
      ...src,
      'source-layer': 'transportation',
      filter: classIn('rail'),
      minzoom: 7,
      paint: {
        'line-color': ROAD.rail,
        'line-width': zoomed([7, 0.6], [12, 1.4]),
        'line-dasharray': [3, 2],
      },
    },
    {
      id: 'basemap-street-roads-minor',
      type: 'line',
      ...src,
      'source-layer': 'transportation',
      filter: classIn('secondary', 'tertiary', 'minor'),
      minzoom: 8,
      layout: { 'line-join': 'round', 'line-cap': 'round' },
      paint: { 'line-color': ROAD.minor, 'line-width': zoomed([8, 0.5], [12, 2.5]) },
    },
    {
      id: 'basemap-street-roads-major',
      type: 'line',
      ...src,
      'source-layer': 'transportation',
      filter: classIn('motorway', 'trunk', 'primary'),
      minzoom: 4,
      layout: { 'line-join': 'round', 'line-cap': 'round' },
      paint: { 'line-color': ROAD.major, 'line-width': zoomed([4, 0.5], [8, 1.4], [12, 3.5]) },
    },
    {
      id: 'basemap-street-admin1',
      type: 'line',
      ...src,
      'source-layer': 'boundary',
      filter: ['all', ['==', ['get', 'admin_level'], 4], ['!=', ['get', 'maritime'], 1]],
      minzoom: 5,
      paint: { 'line-color': c.admin1Border, 'line-width': 0.8, 'line-dasharray': [3, 2] },
    },
    {
      id: 'basemap-street-borders',
      type: 'line',
      ...src,
      'source-layer': 'boundary',
      filter: ['all', ['==', ['get', 'admin_level'], 2], ['!=', ['get', 'maritime'], 1]],
      layout: { 'line-join': 'round' },
      paint: { 'line-color': c.countryBorder, 'line-width': zoomed([2, 0.6], [8, 1.6]) },
    },
    {
      id: 'basemap-street-places',
      type: 'symbol',
      ...src,
      'source-layer': 'place',
      filter: classIn('city', 'town', 'village'),
      minzoom: 5,
      layout: {
        'text-field': omtName,
        'text-font': [...FONT_REGULAR],
        'text-size': zoomed([5, 10], [10, 13]),
        'text-max-width': 8,
        'symbol-sort-key': ['coalesce', ['get', 'rank'], 99],
      },
      paint: { 'text-color': c.admin1Label, ...halo },
    },
    {
      id: 'basemap-street-countries',
      type: 'symbol',
      ...src,
      'source-layer': 'place',
      filter: classIn('country'),
      maxzoom: 8,
      layout: {
        'text-field': omtName,
        'text-font': [...FONT_BOLD],
        'text-size': zoomed([2, 10], [6, 14]),
        'text-transform': 'uppercase',
        'text-letter-spacing': 0.08,
        'text-max-width': 8,
      },
      paint: { 'text-color': c.countryLabel, ...halo },
    },
  ];
}

/** Offline layers kept over the imagery: borders and labels (read from local files). */
const OVER_IMAGERY = /^basemap-(.*-borders.*|admin1|labels-.*)$/;

function satelliteLayers(): LayerSpecification[] {
  return [
    {
      id: 'basemap-satellite-background',
      type: 'background',
      paint: { 'background-color': '#0b1a26' },
    },
    { id: 'basemap-satellite-imagery', type: 'raster', source: SATELLITE_SOURCE },
    ...basemapLayers().filter((l) => OVER_IMAGERY.test(l.id)),
  ];
}

/**
 * A basemap part's layers in two: what lies under the atlas's layers, and its labels (every
 * symbol layer), which go above them so place names stay readable.
 */
export function splitBasemapLayers(layers: LayerSpecification[]): {
  under: LayerSpecification[];
  labels: LayerSpecification[];
} {
  return {
    under: layers.filter((l) => l.type !== 'symbol'),
    labels: layers.filter((l) => l.type === 'symbol'),
  };
}

/** The basemap part of the style for a choice. */
export function basemapPart(choice: BasemapChoice): BasemapPart {
  switch (choice) {
    case 'offline':
      return { sources: basemapSources(), layers: basemapLayers() };
    case 'street':
      return {
        sources: {
          [STREET_SOURCE]: {
            type: 'vector',
            url: STREET_TILEJSON,
            attribution: PROVIDERS.street.attribution,
          },
        },
        layers: streetLayers(),
      };
    case 'satellite': {
      const layers = satelliteLayers();
      const used = new Set(layers.flatMap((l) => ('source' in l ? [l.source] : [])));
      const offline = Object.entries(basemapSources()).filter(([id]) => used.has(id));
      return {
        sources: {
          [SATELLITE_SOURCE]: {
            type: 'raster',
            tiles: [SATELLITE_TILES],
            tileSize: 256,
            maxzoom: 14,
            attribution: PROVIDERS.satellite.attribution,
          },
          ...Object.fromEntries(offline),
        },
        layers,
      };
    }
  }
}
