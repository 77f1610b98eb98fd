/**
 * Kyrgyzstan's outline (Natural Earth 10m, geodata/basemap/kyrgyzstan.geojson), fetched the
 * first time a measurement needs it and kept. It is not drawn: the map has its own copy.
 */
import { z } from 'zod/mini';
import kyrgyzstanUrl from '../../geodata/basemap/kyrgyzstan.geojson?url';
import type { Area } from './measure.ts';

const Position = z.tuple([
  z.number().check(z.gte(-180), z.lte(180)),
  z.number().check(z.gte(-90), z.lte(90)),
]);
const Ring = z.array(Position).check(z.minLength(4));
const Outline = z.object({
  type: z.literal('FeatureCollection'),
  features: z
    .array(
      z.object({
        type: z.literal('Feature'),
        geometry: z.discriminatedUnion('type', [
          z.object({
            type: z.literal('Polygon'),
            coordinates: z.array(Ring).check(z.minLength(1)),
          }),
          z.object({
            type: z.literal('MultiPolygon'),
            coordinates: z.array(z.array(Ring).check(z.minLength(1))).check(z.minLength(1)),
          }),
        ]),
      }),
    )
    .check(z.length(1)),
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
