/**
 * A spreadsheet (Office Open XML, .xlsx) of plain sheets: a bold, frozen header row with a
 * filter on it, strings written inline (never formulas, so no cell can run), numbers as
 * numbers. The package is zipped with fflate; this module is loaded only when an XLSX export
 * is asked for (Export.tsx imports it lazily). Pure: the workbook's bytes from its sheets.
 */
import { strToU8, zipSync, type Zippable } from 'fflate';
import type { Lang } from '../data/schema.ts';
import { CSV_COLUMNS, NUMBER_COLUMNS, recordRows } from './csv.ts';
import { dictionaryRows } from './dictionary.ts';
import type { ExportRecord } from './records.ts';

export type Cell = string | number;

export interface Sheet {
  /** At most 31 characters, none of []:*?/\ (Excel's rule; checked). */
  name: string;
  /** The first row is the header. */
  rows: readonly (readonly Cell[])[];
  /** Column widths in characters; the rest get a width from their header. */
  widths?: readonly number[];
}

/** Excel's limit on the characters of one cell. */
export const CELL_LIMIT = 32_767;
export const CUT_NOTE =
  ' … [cut at the spreadsheet cell limit: the CSV and GeoJSON exports hold it whole]';

const NS = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const PKG = 'http://schemas.openxmlformats.org/package/2006/relationships';
const TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml';
export const XLSX_MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** 0 → "A", 25 → "Z", 26 → "AA". */
export function columnName(index: number): string {
  let name = '';
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26))
    name = String.fromCharCode(65 + ((n - 1) % 26)) + name;
  return name;
}

/** Text as XML 1.0 allows it: markup escaped, characters it cannot hold dropped. */
export function xmlText(text: string): string {
  return text
    .replace(/[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;');
}

/** A string within the cell limit: a longer one is cut, and says so. */
export function fitCell(text: string): string {
  return text.length <= CELL_LIMIT ? text : text.slice(0, CELL_LIMIT - CUT_NOTE.length) + CUT_NOTE;
}

function cellXml(ref: string, value: Cell, header: boolean): string {
  const style = header ? ' s="1"' : '';
  if (typeof value === 'number')
    return Number.isFinite(value) ? `<c r="${ref}"${style}><v>${value}</v></c>` : '';
  if (value === '') return '';
  return `<c r="${ref}"${style} t="inlineStr"><is><t xml:space="preserve">${xmlText(fitCell(value))}</t></is></c>`;
}

function sheetXml(sheet: Sheet): string {
  const width = Math.max(1, ...sheet.rows.map((r) => r.length));
  const last = `${columnName(width - 1)}${Math.max(1, sheet.rows.length)}`;
  const cols = Array.from({ length: width }, (_, i) => {
    const w =
      sheet.widths?.[i] ?? Math.min(40, Math.max(10, String(sheet.rows[0]?.[i] ?? '').length + 2));
    return `<col min="${i + 1}" max="${i + 1}" width="${w}" customWidth="1"/>`;
  }).join('');
  const rows = sheet.rows
    .map(
      (row, r) =>
        `<row r="${r + 1}">${row.map((v, c) => cellXml(`${columnName(c)}${r + 1}`, v, r === 0)).join('')}</row>`,
    )
    .join('');
  return (
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="${NS}" xmlns:r="${REL}">` +
    `<dimension ref="A1:${last}"/>` +
    '<sheetViews><sheetView workbookViewId="0"><pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/></sheetView></sheetViews>' +
    `<sheetFormatPr defaultRowHeight="15"/><cols>${cols}</cols><sheetData>${rows}</sheetData>` +
    `<autoFilter ref="A1:${last}"/></worksheet>`
  );
}

const STYLES =
  `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<styleSheet xmlns="${NS}">` +
  '<fonts count="2"><font><sz val="11"/><name val="Calibri"/></font><font><b/><sz val="11"/><name val="Calibri"/></font></fonts>' +
  '<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>' +
  '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>' +
  '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
  '<cellXfs count="2"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/><xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1"/></cellXfs>' +
  '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles></styleSheet>';

/** The workbook's bytes: one worksheet per sheet, in order. */
export function workbook(sheets: readonly Sheet[]): Uint8Array {
  if (!sheets.length) throw new Error('a workbook needs a sheet');
  const names = new Set<string>();
  for (const { name } of sheets) {
    if (!name || name.length > 31 || /[[\]:*?/\\]/.test(name) || names.has(name.toLowerCase()))
      throw new Error(`not a usable sheet name: "${name}"`);
    names.add(name.toLowerCase());
  }
  const xml = (body: string) =>
    strToU8(`<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n${body}`);
  const n = sheets.length;
  const filters = sheets
    .map((s, i) => {
      const width = Math.max(1, ...s.rows.map((r) => r.length));
      const range = `$A$1:$${columnName(width - 1)}$${Math.max(1, s.rows.length)}`;
      return `<definedName name="_xlnm._FilterDatabase" localSheetId="${i}" hidden="1">'${xmlText(s.name)}'!${range}</definedName>`;
    })
    .join('');
  const files: Zippable = {
    '[Content_Types].xml': xml(
      '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
        '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
        '<Default Extension="xml" ContentType="application/xml"/>' +
        `<Override PartName="/xl/workbook.xml" ContentType="${TYPE}.sheet.main+xml"/>` +
        `<Override PartName="/xl/styles.xml" ContentType="${TYPE}.styles+xml"/>` +
        sheets
          .map(
            (_, i) =>
              `<Override PartName="/xl/worksheets/sheet${i + 1}.xml" ContentType="${TYPE}.worksheet+xml"/>`,
          )
          .join('') +
        '</Types>',
    ),
    '_rels/.rels': xml(
      `<Relationships xmlns="${PKG}"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
    ),
    'xl/workbook.xml': xml(
      `<workbook xmlns="${NS}" xmlns:r="${REL}"><sheets>` +
        sheets
          .map((s, i) => `<sheet name="${xmlText(s.name)}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`)
          .join('') +
        `</sheets><definedNames>${filters}</definedNames></workbook>`,
    ),
    'xl/_rels/workbook.xml.rels': xml(
      `<Relationships xmlns="${PKG}">` +
        sheets
          .map(
            (_, i) =>
              `<Relationship Id="rId${i + 1}" Type="${REL}/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`,
          )
          .join('') +
        `<Relationship Id="rId${n + 1}" Type="${REL}/styles" Target="styles.xml"/></Relationships>`,
    ),
    'xl/styles.xml': strToU8(STYLES),
  };
  sheets.forEach((s, i) => (files[`xl/worksheets/sheet${i + 1}.xml`] = strToU8(sheetXml(s))));
  return zipSync(files, { level: 6 });
}

/**
 * The export as a workbook: "records" (the CSV's columns, numbers as numbers), "dictionary"
 * (what each column means) and "about" (title, link, access date, credits), so the file
 * cites itself.
 */
export function recordSheets(
  records: readonly ExportRecord[],
  lang: Lang,
  about: readonly (readonly [string, string])[],
): Sheet[] {
  const [header = [], ...body] = recordRows(records, lang);
  const numeric = header.map((c) => NUMBER_COLUMNS.has(c as (typeof CSV_COLUMNS)[number]));
  const rows = [
    header,
    ...body.map((row) =>
      row.map((v, i) => (numeric[i] && v !== '' && Number.isFinite(Number(v)) ? Number(v) : v)),
    ),
  ];
  return [
    { name: 'records', rows },
    { name: 'dictionary', rows: dictionaryRows(), widths: [20, 80, 30, 30] },
    { name: 'about', rows: [['field', 'value'], ...about], widths: [16, 100] },
  ];
}
