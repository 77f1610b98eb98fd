/**
 * The XLSX writer, read back by SheetJS (a reader no one here wrote): the sheets, their cells
 * and types, escaping, the cell limit, and the export's three sheets.
 */
import { describe, expect, it } from 'vitest';
import { read, utils, type WorkBook } from 'xlsx';
import { unzipSync, strFromU8 } from 'fflate';
import { buildLookup } from '../../src/data/lookup.ts';
import { emptyAtlas } from '../../src/data/validate.ts';
import { defaultFilters, visibleSet } from '../../src/state/filters.ts';
import { CSV_COLUMNS, recordRows } from '../../src/export/csv.ts';
import { exportRecords } from '../../src/export/records.ts';
import { dictionaryRows } from '../../src/export/dictionary.ts';
import {
  CELL_LIMIT,
  CUT_NOTE,
  columnName,
  recordSheets,
  workbook,
  xmlText,
} from '../../src/export/xlsx.ts';
import { meeting, place, project } from './fixtures.ts';

const readBack = (bytes: Uint8Array): WorkBook => read(bytes, { type: 'array', cellFormula: true });
const cell = (wb: WorkBook, sheet: string, ref: string) => wb.Sheets[sheet]![ref];

describe('xlsx writer', () => {
  it('names columns as a spreadsheet does', () => {
    expect([0, 25, 26, 37, 701, 702].map(columnName)).toEqual(['A', 'Z', 'AA', 'AL', 'ZZ', 'AAA']);
  });

  it('escapes markup and drops what XML cannot hold, keeping every other character', () => {
    expect(xmlText('a<b>&"c"')).toBe('a&lt;b&gt;&amp;&quot;c&quot;');
    expect(xmlText('x\u0000\u0008\u000B\uD800y\uFFFE')).toBe('xy');
    expect(xmlText('Бишкек\t🙂\n')).toBe('Бишкек\t🙂\n');
  });

  it('writes strings as text (never a formula), numbers as numbers, and leaves empty cells out', () => {
    const wb = readBack(
      workbook([
        {
          name: 'records',
          rows: [
            ['name', 'cost', 'note'],
            ['Датка–Кемин <ЛЭП> & "подстанция"', 389_900_000, '=HYPERLINK("http://x","y")'],
            ['', -12.5, '+1'],
          ],
        },
        { name: 'about', rows: [['field', 'value']] },
      ]),
    );
    expect(wb.SheetNames).toEqual(['records', 'about']);
    expect(cell(wb, 'records', 'A1')).toMatchObject({ t: 's', v: 'name' });
    expect(cell(wb, 'records', 'A2')).toMatchObject({
      t: 's',
      v: 'Датка–Кемин <ЛЭП> & "подстанция"',
    });
    expect(cell(wb, 'records', 'B2')).toMatchObject({ t: 'n', v: 389_900_000 });
    const formula = cell(wb, 'records', 'C2');
    expect(formula).toMatchObject({ t: 's', v: '=HYPERLINK("http://x","y")' });
    expect(formula?.f).toBeUndefined();
    expect(cell(wb, 'records', 'A3')).toBeUndefined();
    expect(cell(wb, 'records', 'B3')).toMatchObject({ t: 'n', v: -12.5 });
    expect(cell(wb, 'records', 'C3')).toMatchObject({ t: 's', v: '+1' });
    expect(wb.Sheets.records!['!ref']).toBe('A1:C3');
  });

  it('freezes and filters the header row, and sets it bold', () => {
    const files = unzipSync(
      workbook([
        {
          name: 'records',
          rows: [
            ['a', 'b'],
            ['1', 2],
          ],
        },
      ]),
    );
    const sheet = strFromU8(files['xl/worksheets/sheet1.xml']!);
    expect(sheet).toContain('state="frozen"');
    expect(sheet).toContain('<autoFilter ref="A1:B2"/>');
    expect(sheet).toMatch(/<c r="A1" s="1" t="inlineStr">/);
    expect(strFromU8(files['xl/styles.xml']!)).toContain('<b/>');
    expect(strFromU8(files['xl/workbook.xml']!)).toContain(
      `<definedName name="_xlnm._FilterDatabase" localSheetId="0" hidden="1">'records'!$A$1:$B$2</definedName>`,
    );
  });

  it('cuts a cell beyond the spreadsheet limit, and says so in the cell', () => {
    const long = 'LINESTRING (' + '74.5 42.8, '.repeat(5000) + ')';
    const wb = readBack(workbook([{ name: 's', rows: [['wkt'], [long]] }]));
    const v = String(cell(wb, 's', 'A2')?.v);
    expect(v).toHaveLength(CELL_LIMIT);
    expect(v.endsWith(CUT_NOTE)).toBe(true);
    expect(long.startsWith(v.slice(0, CELL_LIMIT - CUT_NOTE.length))).toBe(true);
  });

  it('refuses sheet names a spreadsheet would refuse', () => {
    expect(() => workbook([])).toThrow(/needs a sheet/);
    for (const name of ['', 'a/b', 'x'.repeat(32), 'a[1]'])
      expect(() => workbook([{ name, rows: [] }])).toThrow(/sheet name/);
    expect(() =>
      workbook([
        { name: 'Data', rows: [] },
        { name: 'data', rows: [] },
      ]),
    ).toThrow(/sheet name/);
  });
});

describe('the XLSX export', () => {
  const line = project('line-a', 'energy');
  line.properties.cost = [{ value: 389_900_000, unit: 'USD', citations: [{ source: 'web-a' }] }];
  const atlas = {
    ...emptyAtlas(),
    sources: [
      {
        id: 'web-a',
        kind: 'web' as const,
        title: { ky: 'A', ru: 'A', en: 'A' },
        url: 'https://example.org/a',
      },
    ],
    places: [place('bishkek', [74.59, 42.87])],
    projects: [line, project('road-b', 'transport')],
    meetings: [meeting('summit-2007', 'bishkek', '2007-08-16')],
  };
  const lookup = buildLookup(atlas);
  const visible = visibleSet(atlas, lookup, defaultFilters());
  const records = exportRecords(atlas, lookup, visible, 'en', new Map([['line-a', 300.4]]));
  const about = [
    ['link', 'http://127.0.0.1/?sel=project:line-a'],
    ['accessed', '2026-12-02'],
  ] as const;
  const wb = readBack(workbook(recordSheets(records, 'en', about)));

  it('holds the records, the dictionary and the link, each on its own sheet', () => {
    expect(wb.SheetNames).toEqual(['records', 'dictionary', 'about']);
    expect(utils.sheet_to_json(wb.Sheets.dictionary!, { header: 1, defval: '' })).toEqual(
      dictionaryRows(),
    );
    expect(utils.sheet_to_json(wb.Sheets.about!, { header: 1 })).toEqual([
      ['field', 'value'],
      ...about,
    ]);
  });

  it('has every CSV column and record, each cell as the CSV holds it before escaping', () => {
    const rows = utils.sheet_to_json<(string | number)[]>(wb.Sheets.records!, {
      header: 1,
      defval: '',
    });
    const expected = recordRows(records, 'en');
    expect(rows[0]).toEqual([...CSV_COLUMNS]);
    expect(rows).toHaveLength(expected.length);
    rows.forEach((row, r) => expect(row.map(String)).toEqual(expected[r]));
    // Numbers are numbers: a spreadsheet can sum the costs and sort the lengths.
    const col = (c: (typeof CSV_COLUMNS)[number]) => CSV_COLUMNS.indexOf(c);
    const lineRow = rows.find((r) => r[col('id')] === 'line-a')!;
    expect(lineRow[col('cost_usd')]).toBe(389_900_000);
    expect(lineRow[col('length_computed_km')]).toBe(300.4);
    const city = rows.find((r) => r[col('kind')] === 'city')!;
    expect(city[col('lon')]).toBe(74.59);
  });
});
