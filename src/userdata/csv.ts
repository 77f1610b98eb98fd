/**
 * Reads a CSV file the reader brought: one point per row, from its longitude and latitude
 * columns, named in English, Russian or Kyrgyz, any case (lon/lng/long/longitude/x/долгота/
 * узундук and lat/latitude/y/широта/кеңдик). Comma, semicolon and tab separators are
 * recognised from the header line (or Excel's `sep=;` first line); a decimal comma ("42,87",
 * as Russian-locale spreadsheets write it) is read as a decimal point. Quoting follows
 * RFC 4180 (d3-dsv). A bad row is left out with its reason; the rest are drawn.
 */
import { dsvFormat } from 'd3-dsv';
import type { Feature, Point } from 'geojson';
import { fileProblem, labelOf, MAX_FEATURES, Problems, result } from './common.ts';
import type { ParseResult, UserProps } from './types.ts';

export const LNG_NAMES = ['lon', 'lng', 'long', 'longitude', 'x', 'долгота', 'узундук'];
export const LAT_NAMES = ['lat', 'latitude', 'y', 'широта', 'кеңдик'];

/** Rows between two progress reports. */
const PROGRESS_EVERY = 5_000;

/** The separator that splits the header line into the most columns. */
export function detectDelimiter(text: string): ',' | ';' | '\t' {
  const header = text.split(/\r?\n/, 1)[0] ?? '';
  const count = (c: string) => header.split(c).length - 1;
  const candidates = [',', ';', '\t'] as const;
  return candidates.reduce((best, c) => (count(c) > count(best) ? c : best), ',');
}

/** A header cell as compared with the names: trimmed, lower case, ё as е, no trailing dot or unit. */
const headerKey = (h: string) =>
  h
    .trim()
    .toLowerCase()
    .replace(/ё/g, 'е')
    .replace(/\s*(\(.*\)|,\s*°|°)$/, '')
    .replace(/\.$/, '');

const findColumn = (header: readonly string[], names: readonly string[]) => {
  const keys = header.map(headerKey);
  for (const want of names) {
    const i = keys.indexOf(want);
    if (i >= 0) return i;
  }
  return -1;
};

/** A coordinate as written in a cell, or why it is not one. */
function readNumber(raw: string): { ok: true; value: number } | { ok: false; missing: boolean } {
  let s = raw.trim().replace(/^\u2212/, '-');
  if (!s) return { ok: false, missing: true };
  // "42,87": in a comma-separated file such a cell was quoted, so it is one number too.
  if (/^[+-]?\d+,\d+$/.test(s)) s = s.replace(',', '.');
  if (!/^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/.test(s)) return { ok: false, missing: false };
  const value = Number(s);
  return Number.isFinite(value) ? { ok: true, value } : { ok: false, missing: false };
}

/** Excel's first line `sep=;` names the separator; it is not the header. */
function excelSeparator(body: string): { delimiter: string; rest: string } | null {
  const m = /^sep=(.)\r?\n/.exec(body);
  return m?.[1] ? { delimiter: m[1], rest: body.slice(m[0].length) } : null;
}

/**
 * Reads the text; `onRows` hears how many rows were read so far, every few thousand rows
 * (the worker reports it as progress).
 */
export function parseCsv(file: string, text: string, onRows?: (rows: number) => void): ParseResult {
  let body = text.replace(/^\uFEFF/, '');
  if (!body.trim()) return fileProblem(file, 'empty');
  const sep = excelSeparator(body);
  if (sep) body = sep.rest;
  const delimiter = sep?.delimiter ?? detectDelimiter(body);
  const rows = dsvFormat(delimiter).parseRows(body);
  const header = rows[0] ?? [];
  const lngAt = findColumn(header, LNG_NAMES);
  const latAt = findColumn(header, LAT_NAMES);
  if (lngAt < 0 || latAt < 0)
    return fileProblem(file, 'noLngLat', { columns: header.map((h) => h.trim()).join(', ') });
  if (rows.length - 1 > MAX_FEATURES) return fileProblem(file, 'tooMany', { max: MAX_FEATURES });

  const lngName = (header[lngAt] ?? '').trim();
  const latName = (header[latAt] ?? '').trim();
  const problems = new Problems(file);
  const features: Feature<Point, UserProps>[] = [];
  const offset = sep ? 3 : 2; // the header is row 1 (row 2 after a sep= line)
  rows.slice(1).forEach((cells, i) => {
    if (onRows && i % PROGRESS_EVERY === 0 && i > 0) onRows(i);
    if (cells.every((c) => !c.trim())) return; // blank lines are not rows
    const where = { kind: 'row' as const, row: i + offset };
    const lng = readNumber(cells[lngAt] ?? '');
    const lat = readNumber(cells[latAt] ?? '');
    for (const [field, v] of [
      [lngName, lng],
      [latName, lat],
    ] as const)
      if (!v.ok) {
        const value = (field === lngName ? cells[lngAt] : cells[latAt]) ?? '';
        problems.add({
          where,
          field,
          code: v.missing ? 'missing' : 'notNumber',
          params: { value: value.trim() },
        });
        return;
      }
    if (!lng.ok || !lat.ok) return;
    if (Math.abs(lng.value) > 180) {
      problems.add({ where, field: lngName, code: 'lngRange', params: { value: lng.value } });
      return;
    }
    if (Math.abs(lat.value) > 90) {
      problems.add({ where, field: latName, code: 'latRange', params: { value: lat.value } });
      return;
    }
    const props: Record<string, string> = {};
    header.forEach((h, j) => {
      const key = h.trim() || `column ${j + 1}`;
      if (j !== lngAt && j !== latAt && key !== '_label') props[key] = (cells[j] ?? '').trim();
    });
    features.push({
      type: 'Feature',
      geometry: { type: 'Point', coordinates: [lng.value, lat.value] },
      properties: { ...props, _label: labelOf(props) },
    });
  });
  return result(file, 'csv', features, problems);
}
