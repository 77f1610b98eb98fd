/**
 * Measurements computed from the atlas's geometry: lengths, lengths inside an area (a
 * country), distances and what lies near a point. Pure functions of GeoJSON geometries —
 * no React, no map.
 *
 * Lengths and distances are great-circle (haversine, turf's mean Earth radius). Where a line
 * crosses an area's boundary, the crossing is found in longitude/latitude as a straight-line
 * intersection: over the few hundred kilometres of a segment the difference from the
 * geodesic crossing is metres, far below what schematic or approximate geometry can claim.
 */
import { booleanPointInPolygon } from '@turf/boolean-point-in-polygon';
import { distance } from '@turf/distance';
import { lineString } from '@turf/helpers';
import { pointToLineDistance } from '@turf/point-to-line-distance';
import type {
  LineString,
  MultiLineString,
  MultiPoint,
  MultiPolygon,
  Point,
  Polygon,
  Position,
} from 'geojson';

export type LngLat = readonly [lng: number, lat: number];
export type Lines = LineString | MultiLineString;
export type Area = Polygon | MultiPolygon;
/** The geometries atlas records have. */
export type Placed = Point | MultiPoint | LineString | MultiLineString;

const KM = { units: 'kilometers' } as const;

export const isLinear = (g: { type: string } | null | undefined): g is Lines =>
  g?.type === 'LineString' || g?.type === 'MultiLineString';

const partsOf = (g: Lines): Position[][] =>
  g.type === 'LineString' ? [g.coordinates] : g.coordinates;

/** Great-circle length of a path, in km. */
export function pathKm(path: readonly Position[]): number {
  let km = 0;
  for (let i = 1; i < path.length; i++)
    km += distance(path[i - 1] as Position, path[i] as Position, KM);
  return km;
}

/** Great-circle length of a line (all its parts), in km. */
export function lengthKm(g: Lines): number {
  return partsOf(g).reduce((sum, part) => sum + pathKm(part), 0);
}

const ringsOf = (area: Area): Position[][] =>
  area.type === 'Polygon' ? area.coordinates : area.coordinates.flat();

/**
 * Where segment a→b crosses segment c→d, as the fraction t of the way from a to b; null if
 * they do not cross (parallel segments never do: a shared stretch of border adds no cut).
 */
function crossing(a: Position, b: Position, c: Position, d: Position): number | null {
  const rx = (b[0] as number) - (a[0] as number);
  const ry = (b[1] as number) - (a[1] as number);
  const sx = (d[0] as number) - (c[0] as number);
  const sy = (d[1] as number) - (c[1] as number);
  const denom = rx * sy - ry * sx;
  if (denom === 0) return null;
  const qx = (c[0] as number) - (a[0] as number);
  const qy = (c[1] as number) - (a[1] as number);
  const t = (qx * sy - qy * sx) / denom;
  const u = (qx * ry - qy * rx) / denom;
  return t > 0 && t < 1 && u >= 0 && u <= 1 ? t : null;
}

const lerp = (a: Position, b: Position, t: number): Position => [
  (a[0] as number) + ((b[0] as number) - (a[0] as number)) * t,
  (a[1] as number) + ((b[1] as number) - (a[1] as number)) * t,
];

/**
 * The parts of a line that lie inside an area: every segment is cut where it crosses the
 * area's boundary (holes included), and each piece is kept if its middle is inside.
 */
export function clipLines(g: Lines, area: Area): Position[][] {
  const rings = ringsOf(area);
  const out: Position[][] = [];
  for (const part of partsOf(g)) {
    let current: Position[] | null = null;
    for (let i = 1; i < part.length; i++) {
      const a = part[i - 1] as Position;
      const b = part[i] as Position;
      const cuts = [0, 1];
      for (const ring of rings)
        for (let j = 1; j < ring.length; j++) {
          const t = crossing(a, b, ring[j - 1] as Position, ring[j] as Position);
          if (t !== null) cuts.push(t);
        }
      cuts.sort((x, y) => x - y);
      for (let k = 1; k < cuts.length; k++) {
        const t0 = cuts[k - 1] as number;
        const t1 = cuts[k] as number;
        if (t1 - t0 < 1e-12) continue;
        const inside = booleanPointInPolygon(lerp(a, b, (t0 + t1) / 2), area);
        if (inside) {
          const start = lerp(a, b, t0);
          if (!current) current = [start];
          current.push(lerp(a, b, t1));
        } else if (current) {
          out.push(current);
          current = null;
        }
      }
    }
    if (current) out.push(current);
  }
  return out;
}

/** Length of the parts of a line inside an area (e.g. a country, clipped at its border), km. */
export function lengthWithinKm(g: Lines, area: Area): number {
  return clipLines(g, area).reduce((sum, path) => sum + pathKm(path), 0);
}

/**
 * Distance from a point to a geometry, in km: to the nearest point of a line, or to the
 * nearest of the points.
 */
export function distanceKm(from: LngLat, g: Placed): number {
  const p: Position = [from[0], from[1]];
  switch (g.type) {
    case 'Point':
      return distance(p, g.coordinates, KM);
    case 'MultiPoint':
      return Math.min(...g.coordinates.map((c) => distance(p, c, KM)));
    case 'LineString':
    case 'MultiLineString':
      return Math.min(...partsOf(g).map((part) => pointToLineDistance(p, lineString(part), KM)));
  }
}

export interface Near<T> {
  item: T;
  km: number;
}

/** Every item whose geometry lies within `radiusKm` of a point, nearest first. */
export function within<T>(
  from: LngLat,
  radiusKm: number,
  items: readonly T[],
  geometryOf: (item: T) => Placed | null,
): Near<T>[] {
  return byDistance(from, items, geometryOf).filter((n) => n.km <= radiusKm);
}

/** Every item that has a geometry, with its distance from a point, nearest first. */
export function byDistance<T>(
  from: LngLat,
  items: readonly T[],
  geometryOf: (item: T) => Placed | null,
): Near<T>[] {
  const out: Near<T>[] = [];
  for (const item of items) {
    const g = geometryOf(item);
    if (g) out.push({ item, km: distanceKm(from, g) });
  }
  return out.sort((a, b) => a.km - b.km);
}
