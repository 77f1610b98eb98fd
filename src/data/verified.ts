/**
 * Content the build has already validated. At build time (scripts/vite-geodata-verified.ts)
 * every geodata file is validated record by record and across files; if all of it passes,
 * the build records each file's text hash in `__GEODATA_VERIFIED__`. At run time a file whose
 * text has that hash is exactly what passed, so its records are taken as they are, with no
 * schema on the way to the first map. Any other text (an edited or broken file, another
 * server's copy, a test's fault) goes through the full validation (data/validate.ts).
 */
import type { Atlas, DatasetKey } from './registry.ts';

/** The datasets in loading order, and where each file keeps its records (as registry.ts). */
export const DATASET_FILES = {
  sources: { file: 'sources.json', key: 'sources' },
  places: { file: 'places.geojson', key: 'features' },
  meetings: { file: 'meetings.json', key: 'meetings' },
  projects: { file: 'projects.geojson', key: 'features' },
  indicators: { file: 'indicators.json', key: 'indicators' },
  links: { file: 'links.json', key: 'links' },
  context: { file: 'context.json', key: 'context' },
} as const satisfies Record<DatasetKey, { file: string; key: string }>;
export const LOAD_ORDER = Object.keys(DATASET_FILES) as DatasetKey[];

/** A 53-bit hash of a text (cyrb53), as hex: it tells one file's text from another. Pure. */
export function textHash(text: string): string {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 2654435761);
    h2 = Math.imul(h2 ^ c, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return (4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(16);
}

export type Verified = Partial<Record<DatasetKey, string>>;

/**
 * The atlas from texts that are all exactly what the build validated, or null when any is
 * not (then the caller validates). Pure.
 */
export function verifiedAtlas(
  texts: Partial<Record<DatasetKey, string | Error>>,
  verified: Verified,
): Atlas | null {
  const atlas: Partial<Record<DatasetKey, unknown[]>> = {};
  for (const k of LOAD_ORDER) {
    const text = texts[k];
    if (typeof text !== 'string' || !verified[k] || textHash(text) !== verified[k]) return null;
    const records = (JSON.parse(text) as Record<string, unknown>)[DATASET_FILES[k].key];
    if (!Array.isArray(records)) return null;
    atlas[k] = records;
  }
  return atlas as unknown as Atlas;
}
