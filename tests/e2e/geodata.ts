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

/** A point in the middle of a line's longest segment: a safe place to click it. */
export function pointOnLine(id: string): [number, number] {
  const f = projects.find((p) => p.properties.id === id);
  const g = f?.geometry;
  if (!g || (g.type !== 'LineString' && g.type !== 'MultiLineString'))
    throw new Error(`${id} is not a line`);
  const lines = g.type === 'LineString' ? [g.coordinates] : g.coordinates;
  let best: [[number, number], [number, number]] | null = null;
  let bestLen = -1;
  for (const line of lines)
    for (let i = 1; i < line.length; i++) {
      const a = line[i - 1]!;
      const b = line[i]!;
      const len = Math.hypot(b[0] - a[0], b[1] - a[1]);
      if (len > bestLen) [best, bestLen] = [[a, b], len];
    }
  const [a, b] = best!;
  return [(a[0] + b[0]) / 2, (a[1] + b[1]) / 2];
}

export const idsOfSector = (sector: string) =>
  projects.filter((p) => p.properties.sector === sector && p.geometry).map((p) => p.properties.id);
