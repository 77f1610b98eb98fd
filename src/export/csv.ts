/**
 * The visible records as CSV: one row per record, RFC 4180 (d3-dsv quotes commas, quotes
 * and line breaks; rows end with CRLF), UTF-8 with a byte-order mark so that spreadsheet
 * programs read Cyrillic correctly. Points also get lon/lat columns; every geometry is in
 * the `wkt` column. Pure.
 */
import { csvFormatRow, dsvFormat } from 'd3-dsv';
import type { Lang } from '../data/schema.ts';
import type { ExportParty, ExportRecord, ExportValue, SourceRef } from './records.ts';
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
  'start',
  'start_planned',
  'completion',
  'completion_planned',
  'cost',
  'cost_usd',
  'capacity',
  'length_stated',
  'length_computed_km',
  'financiers',
  'builders',
  'operators',
  'status_history',
  'segments',
  'meeting_dates',
  'ordinal',
  'format',
  'documents',
  'passages',
  'lon',
  'lat',
  'wkt',
  'sources',
  'source_urls',
] as const;

/** "Title [4, 1-б.]; Other title" */
export const sourcesCell = (sources: readonly SourceRef[]) =>
  sources.map((s) => (s.ref ? `${s.title} ${s.ref}` : s.title)).join('; ');

/** "{article-bri [4, 1-б.]; web-a}": the sources of one value, by id (see the `sources` column). */
const ids = (sources: readonly SourceRef[]) =>
  `{${sources.map((s) => (s.ref ? `${s.source} ${s.ref}` : s.source)).join('; ')}}`;

/** "390000000 USD {src-a} | 342000000 USD (2014) {src-b}": every value, each with its sources. */
export const valuesCell = (items: readonly ExportValue[]) =>
  items
    .map(
      (v) =>
        `${v.label ? `${v.label}: ` : ''}${v.approx ? '~' : ''}${v.value} ${v.unit}${v.year !== undefined ? ` (${v.year})` : ''}${v.sourceError ? ' [error in the source]' : ''} ${ids(v.sources)}`,
    )
    .join(' | ');

const partiesCell = (items: readonly ExportParty[]) =>
  items
    .map(
      (p) =>
        `${p.name}${p.role === 'owner' ? ' (owner)' : ''}${p.share !== undefined ? ` ${p.share}%` : ''} ${ids(p.sources)}`,
    )
    .join(' | ');

/** The whole cell is one plain number: "-12.5", "+1", "3.5e2". */
const NUMBER = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;

/**
 * OWASP's rule against CSV injection: a cell that starts with =, +, -, @, a tab or a carriage
 * return gets a leading apostrophe, so that a spreadsheet shows it as text rather than run it
 * as a formula; a cell that is wholly a number is left alone.
 */
export const safeCell = (v: string) => (/^[=+\-@\t\r]/.test(v) && !NUMBER.test(v) ? `'${v}` : v);

/** Columns whose cells are plain numbers (or empty): a spreadsheet gets them as numbers. */
export const NUMBER_COLUMNS: ReadonlySet<(typeof CSV_COLUMNS)[number]> = new Set([
  'meetings',
  'cost_usd',
  'length_computed_km',
  'lon',
  'lat',
]);

/** The header and one row per record, every cell as the record holds it (not escaped). */
export function recordRows(records: readonly ExportRecord[], lang: Lang): string[][] {
  const rows: string[][] = [[...CSV_COLUMNS]];
  for (const r of records) {
    const point = r.geometry?.type === 'Point' ? r.geometry.coordinates : undefined;
    const urls = [...new Set(r.sources.flatMap((s) => (s.url ? [s.url] : [])))];
    const p = r.project;
    const m = r.meeting;
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
      start: p?.start?.date ?? '',
      start_planned: p?.start?.planned ? 'true' : '',
      completion: p?.completion?.date ?? '',
      completion_planned: p?.completion?.planned ? 'true' : '',
      cost: p ? valuesCell(p.cost) : '',
      cost_usd: String(p?.cost.find((v) => v.unit === 'USD' && !v.sourceError)?.value ?? ''),
      capacity: p ? valuesCell(p.capacity) : '',
      length_stated: p ? valuesCell(p.length) : '',
      length_computed_km: p?.lengthComputedKm === undefined ? '' : String(p.lengthComputedKm),
      financiers: p ? partiesCell(p.financiers) : '',
      builders: p ? partiesCell(p.builders) : '',
      operators: p ? partiesCell(p.operators) : '',
      status_history: p
        ? p.history
            .map((h) => `${h.date} ${h.status}${h.planned ? ' (planned)' : ''} ${ids(h.sources)}`)
            .join(' | ')
        : '',
      segments: p
        ? p.segments
            .map((g, i) => `${i + 1}: ${g.class} — ${g.basis} ${ids(g.sources)}`)
            .join(' | ')
        : '',
      meeting_dates: m
        ? m.dates
            .map(
              (d) =>
                `${d.start}${d.end ? `/${d.end}` : ''}${d.planned ? ' (planned)' : ''} ${ids(d.sources)}`,
            )
            .join(' | ')
        : '',
      ordinal: m ? valuesCell(m.ordinal) : '',
      format: m?.format ?? '',
      documents: m
        ? m.documents.map((d) => `${d.kind}: ${d.title} ${ids(d.sources)}`).join(' | ')
        : '',
      passages: r.passages.map((x) => `${x.id}: «${x.passage}»`).join(' | '),
      lon: point ? String(point[0]) : '',
      lat: point ? String(point[1]) : '',
      wkt: toWkt(r.geometry),
      sources: sourcesCell(r.sources),
      source_urls: urls.join(' '),
    };
    rows.push(CSV_COLUMNS.map((c) => cells[c]));
  }
  return rows;
}

/** The rows for a CSV file: as recordRows, every cell made safe from formula injection. */
export const csvRows = (records: readonly ExportRecord[], lang: Lang): string[][] =>
  recordRows(records, lang).map((row) => row.map(safeCell));

/**
 * RFC 4180 text: fields quoted where needed, CRLF after every row, a BOM first. `semicolon`:
 * the delimiter Russian-locale spreadsheets expect (where the comma is the decimal mark).
 */
export function toCsv(
  rows: readonly (readonly string[])[],
  { semicolon = false }: { semicolon?: boolean } = {},
): string {
  const format = semicolon
    ? (r: string[]) =>
        // …and whose decimal mark is the comma: plain decimals are written so.
        dsvFormat(';').formatRow(r.map((c) => (/^-?\d+\.\d+$/.test(c) ? c.replace('.', ',') : c)))
    : csvFormatRow;
  return `\uFEFF${rows.map((r) => `${format([...r])}\r\n`).join('')}`;
}
