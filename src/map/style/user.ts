/**
 * The reader's own data as layers: points, lines and areas in the layer's colour (one of
 * userdata/palette.ts, unlike any sector) and opacity, with a white casing so they read on
 * every background. One GeoJSON source per file; all its layers share the source id as prefix.
 */
import type { ExpressionSpecification, LayerSpecification } from 'maplibre-gl';
import { theme } from '../../theme.ts';
import { DEFAULT_OPACITY, USER_PALETTE } from '../../userdata/palette.ts';
import type { UserLayerLook } from '../../userdata/types.ts';
import { FONT_REGULAR } from './fonts.ts';

/** Every layer and source of the reader's data starts with this. */
export const USER_PREFIX = 'user-';
export const userSourceId = (layerId: string) => `${USER_PREFIX}${layerId}`;

const type = (...types: string[]): ExpressionSpecification => [
  'in',
  ['geometry-type'],
  ['literal', types],
];
const areas = type('Polygon', 'MultiPolygon');
const lines = type('LineString', 'MultiLineString', 'Polygon', 'MultiPolygon');
const points = type('Point', 'MultiPoint');

/** The look of a layer before the reader changes it (the palette's first colour). */
export const DEFAULT_LOOK: UserLayerLook = {
  color: USER_PALETTE[0],
  opacity: DEFAULT_OPACITY,
  above: false,
  hidden: false,
};

/** A point's radius, and a dense layer's dot radius. */
const POINT_RADIUS: ExpressionSpecification = ['interpolate', ['linear'], ['zoom'], 3, 4, 8, 6];
const DOT_RADIUS: ExpressionSpecification = [
  'interpolate',
  ['linear'],
  ['zoom'],
  3,
  1.5,
  8,
  2.5,
  12,
  4,
];

/**
 * The layers of one file, in the reader's colour and opacity. Only paint and layout values
 * follow the look, so a change repaints without reloading the data.
 */
export function userLayers(
  layerId: string,
  look: UserLayerLook = DEFAULT_LOOK,
  { labels = true, dense = false }: { labels?: boolean; dense?: boolean } = {},
): LayerSpecification[] {
  const source = userSourceId(layerId);
  const { color, opacity } = look;
  const halo = theme.user.halo;
  const layout = { visibility: look.hidden ? ('none' as const) : ('visible' as const) };
  const layers: LayerSpecification[] = [
    {
      id: `${source}-fill`,
      type: 'fill',
      source,
      filter: areas,
      layout,
      paint: { 'fill-color': color, 'fill-opacity': 0.2 * opacity },
    },
    {
      id: `${source}-casing`,
      type: 'line',
      source,
      filter: lines,
      layout: { ...layout, 'line-join': 'round', 'line-cap': 'round' },
      paint: { 'line-color': halo, 'line-width': 5, 'line-opacity': 0.9 * opacity },
    },
    {
      id: `${source}-line`,
      type: 'line',
      source,
      filter: lines,
      layout: { ...layout, 'line-join': 'round', 'line-cap': 'round' },
      paint: { 'line-color': color, 'line-width': 2.5, 'line-opacity': opacity },
    },
    {
      id: `${source}-point`,
      type: 'circle',
      source,
      filter: points,
      layout,
      paint: {
        'circle-radius': dense ? DOT_RADIUS : POINT_RADIUS,
        'circle-color': color,
        'circle-opacity': opacity,
        'circle-stroke-color': halo,
        'circle-stroke-width': dense ? 0 : 1.5,
        'circle-stroke-opacity': opacity,
      },
    },
  ];
  if (dense)
    // Never drawn (MapLibre skips a circle layer whose opacity and stroke are the constant
    // 0), but queried: a click finds a dot as easily as a usual point.
    layers.push({
      id: `${source}-point-hit`,
      type: 'circle',
      source,
      filter: points,
      layout,
      paint: { 'circle-radius': POINT_RADIUS, 'circle-opacity': 0, 'circle-stroke-width': 0 },
    });
  if (labels && !dense)
    layers.push({
      id: `${source}-label`,
      type: 'symbol',
      source,
      minzoom: 5,
      filter: ['all', points, ['!=', ['get', '_label'], '']],
      layout: {
        ...layout,
        'text-field': ['get', '_label'],
        'text-font': FONT_REGULAR,
        'text-size': 12,
        'text-anchor': 'top',
        'text-offset': [0, 0.7],
        'text-optional': true,
        'text-max-width': 10,
      },
      paint: {
        'text-color': color,
        'text-opacity': opacity,
        'text-halo-color': theme.basemap.halo,
        'text-halo-width': 1.6,
      },
    });
  return layers;
}

/** The layers a click can pick a feature from (not the casing, not the labels). */
export const userPickLayers = (layerId: string): string[] => {
  const source = userSourceId(layerId);
  return [`${source}-point`, `${source}-point-hit`, `${source}-line`, `${source}-fill`];
};

/** Which feature a rendered one is: its layer (from the source id) and its index (the feature id). */
export function userFeatureRef(
  source: string,
  id: string | number | undefined,
): { layerId: string; index: number } | null {
  if (!source.startsWith(USER_PREFIX) || typeof id !== 'number' || !Number.isInteger(id) || id < 0)
    return null;
  return { layerId: source.slice(USER_PREFIX.length), index: id };
}
