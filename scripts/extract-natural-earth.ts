/**
 * Extracts the Natural Earth 10m physical features around Kyrgyzstan that the basemap draws
 * (glaciers, mountain ranges and valleys, peaks, named rivers and lakes) into
 * geodata/raw/naturalearth/, from the GeoJSON files of the public repository
 * martynafford/natural-earth-geojson (Natural Earth 4.1, public domain). Its large files are
 * 7-Zip archives: unpack them into one folder first (see geodata/raw/README.md), then run
 * `npx tsx scripts/extract-natural-earth.ts <folder>`. Deterministic; features are kept whole
 * when their bounding box meets REGION, with only the properties the basemap reads and
 * coordinates rounded to 4 decimals (≈ 10 m, below the 10m data's own accuracy).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Feature, FeatureCollection, Geometry, Position } from 'geojson';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const OUT = path.join(ROOT, 'geodata/raw/naturalearth');
/** Kyrgyzstan, the Fergana valley, the Pamir-Alay and the Chinese Tian Shan. */
export const REGION = [66, 36, 82, 46] as const;

const FILES: { input: string; output: string; keep: string[]; filter?: (p: Props) => boolean }[] = [
  { input: 'ne_10m_glaciated_areas.json', output: 'glaciated_areas.geojson', keep: ['scalerank'] },
  {
    input: 'ne_10m_geography_regions_polys.json',
    output: 'geography_regions_polys.geojson',
    keep: ['name', 'featurecla', 'scalerank'],
    filter: (p) =>
      ['Range/mtn', 'Valley', 'Basin', 'Desert', 'Plateau'].includes(String(p.featurecla)),
  },
  {
    input: 'geography_regions_elevation_points.json',
    output: 'geography_regions_elevation_points.geojson',
    keep: ['name', 'featurecla', 'elevation', 'scalerank'],
  },
  {
    input: 'ne_10m_rivers_lake_centerlines.json',
    output: 'rivers_lake_centerlines.geojson',
    keep: ['name', 'featurecla', 'scalerank'],
  },
  {
    input: 'ne_10m_lakes.json',
    output: 'lakes.geojson',
    keep: ['name', 'name_alt', 'featurecla', 'scalerank'],
    filter: (p) => p.name !== null,
  },
];

type Props = Record<string, unknown>;

function* positions(g: Geometry): Generator<Position> {
  if (g.type === 'Point') yield g.coordinates;
  else if (g.type === 'LineString' || g.type === 'MultiPoint') yield* g.coordinates;
  else if (g.type === 'Polygon' || g.type === 'MultiLineString')
    for (const r of g.coordinates) yield* r;
  else if (g.type === 'MultiPolygon') for (const p of g.coordinates) for (const r of p) yield* r;
}

function meets(g: Geometry): boolean {
  let [w, s, e, n] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const [x, y] of positions(g)) {
    w = Math.min(w, x as number);
    e = Math.max(e, x as number);
    s = Math.min(s, y as number);
    n = Math.max(n, y as number);
  }
  return w <= REGION[2] && e >= REGION[0] && s <= REGION[3] && n >= REGION[1];
}

const r4 = (v: number): number => Math.round(v * 1e4) / 1e4;
function roundDeep(c: unknown): unknown {
  return typeof c === 'number' ? r4(c) : (c as unknown[]).map(roundDeep);
}
function rounded(g: Geometry): Geometry {
  if (g.type === 'GeometryCollection') return g;
  return { ...g, coordinates: roundDeep(g.coordinates) } as Geometry;
}

function main(): void {
  const dir = process.argv[2];
  if (!dir)
    throw new Error('usage: npx tsx scripts/extract-natural-earth.ts <folder of NE 10m json>');
  for (const f of FILES) {
    const fc = JSON.parse(readFileSync(path.join(dir, f.input), 'utf8')) as FeatureCollection<
      Geometry | null,
      Props
    >;
    const features: Feature[] = [];
    for (const x of fc.features) {
      if (!x.geometry || !meets(x.geometry) || (f.filter && !f.filter(x.properties))) continue;
      const properties = Object.fromEntries(f.keep.map((k) => [k, x.properties[k] ?? null]));
      features.push({ type: 'Feature', properties, geometry: rounded(x.geometry) });
    }
    const text = `${JSON.stringify({ type: 'FeatureCollection', features })}\n`;
    writeFileSync(path.join(OUT, f.output), text);
    console.log(
      `${f.output.padEnd(46)} ${String(features.length).padStart(4)} features ${(text.length / 1024).toFixed(0)} kB`,
    );
  }
}

main();
