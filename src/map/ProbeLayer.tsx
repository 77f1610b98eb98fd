/**
 * The point the reader picked, drawn with the circle of "what lies within N km" around it
 * (a child of <Map>; the point panel lists what the circle holds). Always mounted, empty
 * without a point, so that its layers keep their place on top.
 */
import { useMemo } from 'react';
import { Layer, Source } from 'react-map-gl/maplibre';
import type { FeatureCollection } from 'geojson';
import { circle } from '@turf/circle';
import { useAtlas } from '../state/index.ts';
import { PROBE, probeLayers } from './style/probe.ts';

const LAYERS = probeLayers();

export function ProbeLayer() {
  const probe = useAtlas((s) => s.probe);
  const radius = useAtlas((s) => s.probeRadiusKm);
  const data = useMemo<FeatureCollection>(() => {
    if (!probe) return { type: 'FeatureCollection', features: [] };
    const center: [number, number] = [probe.lng, probe.lat];
    return {
      type: 'FeatureCollection',
      features: [
        ...(radius > 0
          ? [
              circle(center, radius, {
                steps: 96,
                units: 'kilometers',
                properties: { kind: 'radius' },
              }),
            ]
          : []),
        {
          type: 'Feature',
          properties: { kind: 'point' },
          geometry: { type: 'Point', coordinates: center },
        },
      ],
    };
  }, [probe, radius]);
  return (
    <Source id={PROBE} type="geojson" data={data}>
      {LAYERS.map((l) => (
        <Layer key={l.id} {...l} />
      ))}
    </Source>
  );
}
