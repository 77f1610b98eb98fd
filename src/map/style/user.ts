/**
 * The reader's own data as layers: points, lines and areas in one neutral grey (theme.user),
 * unlike any sector, with a white casing so they read on every background. One GeoJSON
 * source per file; all its layers share the source id as prefix.
 */
import type { ExpressionSpecification, LayerSpecification } from 'maplibre-gl';
import { theme } from '../../theme.ts';
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

export function userLayers(layerId: string): LayerSpecification[] {
  const source = userSourceId(layerId);
  const c = theme.user;
  return [
    {
      id: `${source}-fill`,
      type: 'fill',
      source,
      filter: areas,
      paint: { 'fill-color': c.fill, 'fill-opacity': 0.14 },
    },
    {
      id: `${source}-casing`,
      type: 'line',
      source,
      filter: lines,
      layout: { 'line-join': 'round', 'line-cap': 'round' },
      paint: { 'line-color': c.halo, 'line-width': 5, 'line-opacity': 0.9 },
    },
    {
      id: `${source}-line`,
      type: 'line',
      source,
      filter: lines,
      layout: { 'line-join': 'round', 'line-cap': 'round' },
      paint: { 'line-color': c.line, 'line-width': 2.5 },
    },
    {
      id: `${source}-point`,
      type: 'circle',
      source,
      filter: points,
      paint: {
        'circle-radius': ['interpolate', ['linear'], ['zoom'], 3, 4, 8, 6],
        'circle-color': c.fill,
        'circle-stroke-color': c.halo,
        'circle-stroke-width': 1.5,
      },
    },
    {
      id: `${source}-label`,
      type: 'symbol',
      source,
      minzoom: 5,
      filter: ['all', points, ['!=', ['get', '_label'], '']],
      layout: {
        'text-field': ['get', '_label'],
        'text-font': FONT_REGULAR,
        'text-size': 12,
        'text-anchor': 'top',
        'text-offset': [0, 0.7],
        'text-optional': true,
        'text-max-width': 10,
      },
      paint: {
        'text-color': c.line,
        'text-halo-color': theme.basemap.halo,
        'text-halo-width': 1.6,
      },
    },
  ];
}
