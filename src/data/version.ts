/**
 * The data version a correction report names: a short hash of the content fingerprints
 * Vite gives each geodata file at build time (`projects-<hash>.geojson`), so it changes
 * exactly when the content does. In the dev server the files are not fingerprinted: "dev".
 */
import { datasetUrls } from './load.ts';

/** FNV-1a, 32 bits, as 8 hex digits. */
export function fnv1a(s: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h.toString(16).padStart(8, '0');
}

export function dataVersion(urls: Readonly<Record<string, string>> = datasetUrls): string {
  const names = Object.values(urls).map((u) => u.split('/').pop() ?? u);
  const fingerprinted = names.every((n) => /-[\w-]{6,}\.\w+$/.test(n));
  return fingerprinted ? fnv1a(names.sort().join('|')) : 'dev';
}
