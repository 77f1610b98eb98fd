/** Reads the atlas's own content, so browser tests click where the data says things are. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { PlaceFeatureT, ProjectFeatureT } from '../../src/data/registry.ts';

const read = <T>(file: string): T =>
  JSON.parse(readFileSync(join(import.meta.dirname, '..', '..', 'geodata', file), 'utf8')) as T;

export const places = read<{ features: PlaceFeatureT[] }>('places.geojson').features;
export const projects = read<{ features: ProjectFeatureT[] }>('projects.geojson').features;

export function placeAt(id: string): [number, number] {
  const p = places.find((f) => f.properties.id === id);
  if (!p?.geometry) throw new Error(`no place ${id} with a position`);
  return p.geometry.coordinates;
}

type P = [number, number];
const segmentsOf = (g: ProjectFeatureT['geometry']): [P, P][] => {
  if (!g) return [];
  const lines: P[][] =
    g.type === 'LineString'
      ? [g.coordinates as P[]]
      : g.type === 'MultiLineString'
        ? (g.coordinates as P[][])
        : g.type === 'Point'
          ? [[g.coordinates as P, g.coordinates as P]]
          : (g.coordinates as P[]).map((c) => [c, c]);
  return lines.flatMap((l) => l.slice(1).map((b, i): [P, P] => [l[i]!, b]));
};
function distToSegment(p: P, [a, b]: [P, P]): number {
  const dx = b[0] - a[0];
  const dy = b[1] - a[1];
  const len2 = dx * dx + dy * dy;
  const t = len2 ? Math.max(0, Math.min(1, ((p[0] - a[0]) * dx + (p[1] - a[1]) * dy) / len2)) : 0;
  return Math.hypot(p[0] - (a[0] + t * dx), p[1] - (a[1] + t * dy));
}

/**
 * A safe place to click a line: the middle of one of its segments, the one farthest from every
 * other project and place (so that the click cannot land on something else).
 */
export function pointOnLine(id: string): [number, number] {
  const f = projects.find((p) => p.properties.id === id);
  const g = f?.geometry;
  if (!g || (g.type !== 'LineString' && g.type !== 'MultiLineString'))
    throw new Error(`${id} is not a line`);
  const others = [
    ...projects.filter((p) => p.properties.id !== id).flatMap((p) => segmentsOf(p.geometry)),
    ...places.flatMap((p): [P, P][] =>
      p.geometry ? [[p.geometry.coordinates as P, p.geometry.coordinates as P]] : [],
    ),
  ];
  let best: P | null = null;
  let bestClear = -1;
  for (const [a, b] of segmentsOf(g)) {
    const mid: P = [(a[0] + b[0]) / 2, (a[1] + b[1]) / 2];
    const clear = Math.min(...others.map((s) => distToSegment(mid, s)));
    if (clear > bestClear) [best, bestClear] = [mid, clear];
  }
  return best!;
}

export const idsOfSector = (sector: string) =>
  projects.filter((p) => p.properties.sector === sector && p.geometry).map((p) => p.properties.id);
