/**
 * Reads a CSV file the reader brought: one point per row, from its longitude and latitude
 * columns (lon/lng/long/longitude/x and lat/latitude/y, any case). Comma, semicolon and tab
 * separators are recognised from the header line; with a semicolon or tab, a decimal comma
 * ("42,87") is read as a decimal point. Quoting follows RFC 4180 (d3-dsv). A bad row is left
 * out with its reason; the rest are drawn.
 */
import { dsvFormat } from 'd3-dsv';
import type { Feature, Point } from 'geojson';
import { fileProblem, labelOf, MAX_FEATURES, Problems, result } from './common.ts';
import type { ParseResult, UserProps } from './types.ts';

const LNG_NAMES = ['lon', 'lng', 'long', 'longitude', 'x'];
const LAT_NAMES = ['lat', 'latitude', 'y'];

/** The separator that splits the header line into the most columns. */
export function detectDelimiter(text: string): ',' | ';' | '\t' {
  const header = text.split(/\r?\n/, 1)[0] ?? '';
  const count = (c: string) => header.split(c).length - 1;
  const candidates = [',', ';', '\t'] as const;
  return candidates.reduce((best, c) => (count(c) > count(best) ? c : best), ',');
}

const findColumn = (header: readonly string[], names: readonly string[]) => {
  for (const want of names) {
    const i = header.findIndex((h) => h.trim().toLowerCase() === want);
    if (i >= 0) return i;
  }
  return -1;
};

/** A coordinate as written in a cell, or why it is not one. */
function readNumber(
  raw: string,
  decimalComma: boolean,
): { ok: true; value: number } | { ok: false; missing: boolean } {
  let s = raw.trim();
  if (!s) return { ok: false, missing: true };
  if (decimalComma && /^[+-]?\d+,\d+$/.test(s)) s = s.replace(',', '.');
  if (!/^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/.test(s)) return { ok: false, missing: false };
  const value = Number(s);
  return Number.isFinite(value) ? { ok: true, value } : { ok: false, missing: false };
}

export function parseCsv(file: string, text: string): ParseResult {
  const body = text.replace(/^\uFEFF/, '');
  if (!body.trim()) return fileProblem(file, 'empty');
  const delimiter = detectDelimiter(body);
  const rows = dsvFormat(delimiter).parseRows(body);
  const header = rows[0] ?? [];
  const lngAt = findColumn(header, LNG_NAMES);
  const latAt = findColumn(header, LAT_NAMES);
  if (lngAt < 0 || latAt < 0)
    return fileProblem(file, 'noLngLat', { columns: header.map((h) => h.trim()).join(', ') });
  if (rows.length - 1 > MAX_FEATURES) return fileProblem(file, 'tooMany', { max: MAX_FEATURES });

  const decimalComma = delimiter !== ',';
  const lngName = (header[lngAt] ?? '').trim();
  const latName = (header[latAt] ?? '').trim();
  const problems = new Problems(file);
  const features: Feature<Point, UserProps>[] = [];
  rows.slice(1).forEach((cells, i) => {
    if (cells.every((c) => !c.trim())) return; // blank lines are not rows
    const where = { kind: 'row' as const, row: i + 2 };
    const lng = readNumber(cells[lngAt] ?? '', decimalComma);
    const lat = readNumber(cells[latAt] ?? '', decimalComma);
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
