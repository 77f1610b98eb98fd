/**
 * The visible records as CSV: one row per record, RFC 4180 (d3-dsv quotes commas, quotes
 * and line breaks; rows end with CRLF), UTF-8 with a byte-order mark so that spreadsheet
 * programs read Cyrillic correctly. Points also get lon/lat columns; every geometry is in
 * the `wkt` column. Pure.
 */
import { csvFormatRow } from 'd3-dsv';
import type { Lang } from '../data/schema.ts';
import type { ExportRecord, SourceRef } from './records.ts';
import { toWkt } from './wkt.ts';

export const CSV_COLUMNS = [
  'kind',
  'id',
  'name',
  'name_ky',
  'name_ru',
  'name_en',
  'category',
  'subcategory',
  'status',
  'date',
  'place',
  'meetings',
  'precision',
  'countries',
  'lon',
  'lat',
  'wkt',
  'sources',
  'source_urls',
] as const;

/** "Title [4, 1-б.]; Other title" */
export const sourcesCell = (sources: readonly SourceRef[]) =>
  sources.map((s) => (s.ref ? `${s.title} ${s.ref}` : s.title)).join('; ');

/** The whole cell is one plain number: "-12.5", "+1", "3.5e2". */
const NUMBER = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;

/**
 * OWASP's rule against CSV injection: a cell that starts with =, +, -, @, a tab or a carriage
 * return gets a leading apostrophe, so that a spreadsheet shows it as text rather than run it
 * as a formula; a cell that is wholly a number is left alone.
 */
export const safeCell = (v: string) => (/^[=+\-@\t\r]/.test(v) && !NUMBER.test(v) ? `'${v}` : v);

export function csvRows(records: readonly ExportRecord[], lang: Lang): string[][] {
  const rows: string[][] = [[...CSV_COLUMNS]];
  for (const r of records) {
    const point = r.geometry?.type === 'Point' ? r.geometry.coordinates : undefined;
    const urls = [...new Set(r.sources.flatMap((s) => (s.url ? [s.url] : [])))];
    const cells: Record<(typeof CSV_COLUMNS)[number], string> = {
      kind: r.kind,
      id: r.id,
      name: r.name[lang],
      name_ky: r.name.ky,
      name_ru: r.name.ru,
      name_en: r.name.en,
      category: r.category,
      subcategory: r.subcategory ?? '',
      status: r.status ?? '',
      date: r.date ?? '',
      place: r.place ?? '',
      meetings: r.meetings === undefined ? '' : String(r.meetings),
      precision: r.precision ?? '',
      countries: r.countries?.join(' ') ?? '',
      lon: point ? String(point[0]) : '',
      lat: point ? String(point[1]) : '',
      wkt: toWkt(r.geometry),
      sources: sourcesCell(r.sources),
      source_urls: urls.join(' '),
    };
    rows.push(CSV_COLUMNS.map((c) => safeCell(cells[c])));
  }
  return rows;
}

/** RFC 4180 text: fields quoted where needed, CRLF after every row, a BOM first. */
export function toCsv(rows: readonly (readonly string[])[]): string {
  return `\uFEFF${rows.map((r) => `${csvFormatRow([...r])}\r\n`).join('')}`;
}
