/**
 * Kyrgyzstan's outline (Natural Earth 10m, geodata/basemap/kyrgyzstan.geojson), fetched the
 * first time a measurement needs it and kept. It is not drawn: the map has its own copy.
 */
import { z } from 'zod';
import kyrgyzstanUrl from '../../geodata/basemap/kyrgyzstan.geojson?url';
import type { Area } from './measure.ts';

const Position = z.tuple([z.number().min(-180).max(180), z.number().min(-90).max(90)]);
const Ring = z.array(Position).min(4);
const Outline = z.object({
  type: z.literal('FeatureCollection'),
  features: z
    .array(
      z.object({
        type: z.literal('Feature'),
        geometry: z.discriminatedUnion('type', [
          z.object({ type: z.literal('Polygon'), coordinates: z.array(Ring).min(1) }),
          z.object({
            type: z.literal('MultiPolygon'),
            coordinates: z.array(z.array(Ring).min(1)).min(1),
          }),
        ]),
      }),
    )
    .length(1),
});

/** Reads the outline from the file's text; throws with the reason if it is not one. */
export function parseOutline(text: string): Area {
  const [feature] = Outline.parse(JSON.parse(text)).features;
  if (!feature) throw new Error('no outline');
  return feature.geometry as Area;
}

let pending: Promise<Area> | null = null;

/** Kyrgyzstan's outline; one request per page, a failed one is retried on the next call. */
export function loadKyrgyzstan(url: string = kyrgyzstanUrl): Promise<Area> {
  pending ??= fetch(url)
    .then((res) => {
      if (!res.ok) throw new Error(`HTTP ${res.status}`);
      return res.text();
    })
    .then(parseOutline)
    .catch((e: unknown) => {
      pending = null;
      throw e instanceof Error ? e : new Error(String(e));
    });
  return pending;
}
