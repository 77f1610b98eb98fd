/**
 * A synthetic projects file for the bench: the real projects plus generated ones, up to a
 * size of SIZES (1k: 1,000 points and 50 routes; 10k: 10,000 and 500; 100k: 100,000 and
 * 5,000), every record valid per src/data/schema.ts and the
 * whole atlas free of cross-file problems (checked here with the app's own validation).
 * Deterministic (seeded), so every run measures the same data.
 *
 * Usage: `npx tsx scripts/bench/synthetic.ts [outFile] [size]` (the bench runner calls
 * `writeSynthetic`).
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import {
  DATASET_KEYS,
  datasets,
  type DatasetKey,
  type ProjectFeatureT,
} from '../../src/data/registry.ts';
import {
  PRECISIONS,
  STATUSES,
  SUBSECTORS,
  SECTORS,
  type Sector,
  type Status,
} from '../../src/data/schema.ts';
import { buildAtlas } from '../../src/data/validate.ts';

const ROOT = join(import.meta.dirname, '..', '..');
const geodata = (file: string) => readFileSync(join(ROOT, 'geodata', file), 'utf8');

/** The synthetic sizes: points and routes (lines). */
export const SIZES = {
  '1k': { points: 1_000, routes: 50 },
  '10k': { points: 10_000, routes: 500 },
  '100k': { points: 100_000, routes: 5_000 },
} as const;
export type Size = keyof typeof SIZES;

/** mulberry32: a small, good-enough seeded PRNG. */
function prng(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const COUNTRIES = ['KG', 'KZ', 'UZ', 'TJ', 'CN', 'TM', 'AF'];
const round = (x: number) => Math.round(x * 1e4) / 1e4;

export function syntheticProjects(
  size: Size = '10k',
  seed = 6,
): {
  type: 'FeatureCollection';
  features: ProjectFeatureT[];
} {
  const rand = prng(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)] as T;
  const real = JSON.parse(geodata('projects.geojson')) as { features: ProjectFeatureT[] };
  const isLine = (f: ProjectFeatureT) => !!f.geometry?.type.includes('LineString');
  const realPoints = real.features.filter((f) => f.geometry && !isLine(f)).length;
  const realLines = real.features.filter(isLine).length;
  // Any source id the real data has: citations must resolve.
  const source = (JSON.parse(geodata('sources.json')) as { sources: { id: string }[] }).sources[0]
    ?.id;
  if (!source) throw new Error('synthetic: geodata/sources.json has no source to cite');
  const cite = [{ source }];
  // Mostly Central Asia, where the atlas opens; a few far away.
  const lngLat = (): [number, number] =>
    rand() < 0.9
      ? [round(66.5 + rand() * 16), round(36.8 + rand() * 7.8)]
      : [round(20 + rand() * 110), round(15 + rand() * 50)];

  const feature = (i: number, line: boolean): ProjectFeatureT => {
    const sector: Sector = pick(SECTORS);
    const start = 1995 + Math.floor(rand() * 28);
    const statuses: Status[] = [pick(STATUSES)];
    if (rand() < 0.5) statuses.unshift('proposed');
    const timeline = statuses.map((status, k) => ({
      status,
      date: String(start + 2 * k),
      citations: cite,
    }));
    let geometry: ProjectFeatureT['geometry'];
    if (line) {
      let [x, y] = lngLat();
      const coordinates: [number, number][] = [[x, y]];
      const n = 4 + Math.floor(rand() * 40);
      for (let k = 0; k < n; k++) {
        x = Math.min(180, Math.max(-180, round(x + (rand() - 0.5) * 0.8)));
        y = Math.min(85, Math.max(-85, round(y + (rand() - 0.5) * 0.6)));
        coordinates.push([x, y]);
      }
      geometry = { type: 'LineString', coordinates };
    } else geometry = { type: 'Point', coordinates: lngLat() };
    const id = `synthetic-${line ? 'route' : 'site'}-${i}`;
    const label = `${line ? 'Route' : 'Site'} ${i}`;
    return {
      type: 'Feature',
      geometry,
      properties: {
        id,
        name: { ky: `${label} (ky)`, ru: `${label} (ru)`, en: label },
        aliases: [],
        sector,
        subsector: pick(SUBSECTORS[sector]),
        countries: [pick(COUNTRIES)],
        timeline,
        cost:
          rand() < 0.5 ? [{ value: Math.round(rand() * 1e9), unit: 'USD', citations: cite }] : [],
        capacity: [],
        output: [],
        jobs: [],
        length: line ? [{ value: Math.round(rand() * 900), unit: 'km', citations: cite }] : [],
        parties: [],
        summary: [
          {
            text: {
              ky: `${label}: синтетикалык.`,
              ru: `${label}: синтетический.`,
              en: `${label}: synthetic.`,
            },
            citations: cite,
          },
        ],
        impacts: [],
        geo: {
          precision: pick(PRECISIONS),
          basis: { ky: 'Синтетикалык', ru: 'Синтетика', en: 'Synthetic' },
          citations: cite,
        },
      },
    };
  };

  const features = [...real.features];
  const { points, routes } = SIZES[size];
  for (let i = 0; i < points - realPoints; i++) features.push(feature(i, false));
  for (let i = 0; i < routes - realLines; i++) features.push(feature(i, true));
  return { type: 'FeatureCollection', features };
}

/** Writes the synthetic projects file after checking it with the app's own validation. */
export function writeSynthetic(
  outFile: string,
  size: Size = '10k',
): { bytes: number; features: number } {
  const collection = syntheticProjects(size);
  const text = JSON.stringify(collection);
  const texts = Object.fromEntries(
    DATASET_KEYS.map((k) => [k, k === 'projects' ? text : geodata(datasets[k].file)]),
  ) as Record<DatasetKey, string>;
  const { atlas, problems } = buildAtlas(texts);
  if (problems.length)
    throw new Error(
      `synthetic data is not valid: ${problems.length} problems, e.g. ${JSON.stringify(problems[0])}`,
    );
  if (atlas.projects.length !== collection.features.length)
    throw new Error('synthetic data: some records were left out');
  mkdirSync(dirname(outFile), { recursive: true });
  writeFileSync(outFile, text);
  return { bytes: text.length, features: collection.features.length };
}

if (process.argv[1] === import.meta.filename) {
  const out = process.argv[2] ?? join(ROOT, 'bench-results', 'synthetic', 'projects.geojson');
  const { bytes, features } = writeSynthetic(out, (process.argv[3] ?? '10k') as Size);
  console.log(`${out}: ${features} projects, ${(bytes / 1e6).toFixed(1)} MB`);
}
