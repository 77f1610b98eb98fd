/** Geometry as Well-Known Text, for a CSV column that GIS software reads. Pure. */
import type { Geometry, Position } from 'geojson';

const pos = (p: Position) => `${p[0]} ${p[1]}`;
const path = (ps: readonly Position[]) => `(${ps.map(pos).join(', ')})`;

export function toWkt(g: Geometry | null): string {
  if (!g) return '';
  switch (g.type) {
    case 'Point':
      return `POINT (${pos(g.coordinates)})`;
    case 'MultiPoint':
      return `MULTIPOINT (${g.coordinates.map((p) => `(${pos(p)})`).join(', ')})`;
    case 'LineString':
      return `LINESTRING ${path(g.coordinates)}`;
    case 'MultiLineString':
      return `MULTILINESTRING (${g.coordinates.map(path).join(', ')})`;
    case 'Polygon':
      return `POLYGON (${g.coordinates.map(path).join(', ')})`;
    case 'MultiPolygon':
      return `MULTIPOLYGON (${g.coordinates.map((p) => `(${p.map(path).join(', ')})`).join(', ')})`;
    case 'GeometryCollection':
      return `GEOMETRYCOLLECTION (${g.geometries.map(toWkt).join(', ')})`;
  }
}
