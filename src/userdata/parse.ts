/**
 * The reader's file, read in the browser and never sent anywhere: GeoJSON or CSV, chosen by
 * the file's extension, or by its first character when the extension says nothing.
 */
import { parseCsv } from './csv.ts';
import { fileProblem, MAX_FILE_BYTES } from './common.ts';
import { parseGeoJson } from './geojson.ts';
import type { ParseResult, UserFormat } from './types.ts';

export { MAX_FILE_BYTES } from './common.ts';

export function formatOf(file: string, text: string): UserFormat | null {
  const ext = /\.([a-z0-9]+)$/i.exec(file)?.[1]?.toLowerCase();
  if (ext === 'geojson' || ext === 'json') return 'geojson';
  if (ext === 'csv' || ext === 'tsv' || ext === 'txt') return 'csv';
  const first = text.replace(/^\uFEFF/, '').trimStart()[0];
  if (first === '{' || first === '[') return 'geojson';
  if (first !== undefined && /[\p{L}"]/u.test(first)) return 'csv';
  return null;
}

/**
 * Reads one file. Never throws: whatever a reader's file does to the parsers (a property
 * nested too deep to write back as JSON, say), the file is reported as unreadable.
 */
export function parseUserFile(
  file: string,
  text: string,
  onRows?: (rows: number) => void,
): ParseResult {
  if (text.length > MAX_FILE_BYTES)
    return fileProblem(file, 'tooLarge', { max: Math.round(MAX_FILE_BYTES / 1024 / 1024) });
  try {
    const format = formatOf(file, text);
    if (format === 'geojson') return parseGeoJson(file, text);
    if (format === 'csv') return parseCsv(file, text, onRows);
    return text.trim() ? fileProblem(file, 'unknownFormat') : fileProblem(file, 'empty');
  } catch (e) {
    return unreadable(file, e);
  }
}

/** The file as one problem: it could not be read, and why. */
export const unreadable = (file: string, e: unknown): ParseResult =>
  fileProblem(file, 'unreadable', { detail: e instanceof Error ? e.message : String(e) });
