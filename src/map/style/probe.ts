/**
 * The point the reader picked (right-click or long press) and the circle of "what lies
 * within N km" around it. One GeoJSON source: the point, and the circle as a polygon.
 */
import type { ExpressionSpecification, LayerSpecification } from 'maplibre-gl';
import { theme } from '../../theme.ts';

export const PROBE = 'probe';
export const PROBE_LAYERS = {
  radiusFill: 'probe-radius-fill',
  radiusLine: 'probe-radius-line',
  point: 'probe-point',
} as const;

const kind = (k: 'point' | 'radius'): ExpressionSpecification => ['==', ['get', 'kind'], k];

export function probeLayers(): LayerSpecification[] {
  const c = theme.probe;
  return [
    {
      id: PROBE_LAYERS.radiusFill,
      type: 'fill',
      source: PROBE,
      filter: kind('radius'),
      paint: { 'fill-color': c.radius, 'fill-opacity': 0.06 },
    },
    {
      id: PROBE_LAYERS.radiusLine,
      type: 'line',
      source: PROBE,
      filter: kind('radius'),
      paint: { 'line-color': c.radius, 'line-width': 1.5, 'line-dasharray': [3, 2] },
    },
    {
      id: PROBE_LAYERS.point,
      type: 'circle',
      source: PROBE,
      filter: kind('point'),
      paint: {
        'circle-radius': 6,
        'circle-color': c.point,
        'circle-stroke-color': c.ring,
        'circle-stroke-width': 2.5,
      },
    },
  ];
}
