/** The extent of a set of geometries, for framing them ("zoom to results"). Pure. */
import type { Geometry, Position } from 'geojson';

export type Bounds = [[number, number], [number, number]];

function* positions(g: Geometry): Generator<Position> {
  switch (g.type) {
    case 'Point':
      yield g.coordinates;
      return;
    case 'MultiPoint':
    case 'LineString':
      yield* g.coordinates;
      return;
    case 'MultiLineString':
    case 'Polygon':
      for (const part of g.coordinates) yield* part;
      return;
    case 'MultiPolygon':
      for (const poly of g.coordinates) for (const ring of poly) yield* ring;
      return;
    case 'GeometryCollection':
      for (const child of g.geometries) yield* positions(child);
  }
}

/** [[west, south], [east, north]] around every position, or null when there is none. */
export function boundsOf(geometries: Iterable<Geometry | null | undefined>): Bounds | null {
  let w = Infinity,
    s = Infinity,
    e = -Infinity,
    n = -Infinity;
  for (const g of geometries) {
    if (!g) continue;
    for (const [x, y] of positions(g)) {
      if (x === undefined || y === undefined) continue;
      w = Math.min(w, x);
      e = Math.max(e, x);
      s = Math.min(s, y);
      n = Math.max(n, y);
    }
  }
  return w <= e && s <= n
    ? [
        [w, s],
        [e, n],
      ]
    : null;
}
