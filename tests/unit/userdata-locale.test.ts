/**
 * Files from Russian- and Kyrgyz-locale spreadsheets: semicolons, Широта/Долгота and
 * кеңдик/узундук columns, decimal commas, a BOM, Excel's `sep=` line, Windows-1251 bytes.
 */
import { describe, expect, it } from 'vitest';
import { decodeBytes, detectEncoding } from '../../src/userdata/decode.ts';
import { readHere } from '../../src/userdata/load.ts';
import { parseUserFile } from '../../src/userdata/parse.ts';
import { formatUserProblem } from '../../src/userdata/format.ts';
import { translator } from '../../src/i18n/index.ts';

/** Text as Windows-1251 bytes (ASCII and the Russian alphabet: all these tests need). */
function cp1251(s: string): Uint8Array<ArrayBuffer> {
  return Uint8Array.from([...s], (ch) => {
    const c = ch.codePointAt(0) ?? 0;
    if (c < 0x80) return c;
    if (c >= 0x410 && c <= 0x44f) return 0xc0 + (c - 0x410);
    if (c === 0x401) return 0xa8;
    if (c === 0x451) return 0xb8;
    throw new Error(`not in this test's Windows-1251: ${ch}`);
  });
}

const coords = (text: string, file = 'ru.csv') =>
  parseUserFile(file, text).layer?.data.features.map((f) => f.geometry.coordinates);

describe('CSV from a Russian- or Kyrgyz-locale spreadsheet', () => {
  it('reads semicolons, Широта/Долгота columns, decimal commas and a BOM', () => {
    const text =
      '\uFEFFНазвание;Широта;Долгота;Население\r\nБишкек;42,8746;74,5698;1 074 075\r\nОш;40,5283;72,7985;322 164\r\n';
    const r = parseUserFile('города.csv', text);
    expect(r.problems).toEqual([]);
    expect(r.layer?.data.features.map((f) => f.geometry.coordinates)).toEqual([
      [74.5698, 42.8746],
      [72.7985, 40.5283],
    ]);
    expect(r.layer?.data.features[0]?.properties).toEqual({
      Название: 'Бишкек',
      Население: '1 074 075',
      _label: 'Бишкек',
    });
  });

  it('reads Kyrgyz кеңдик/узундук and quoted decimal commas in a comma-separated file', () => {
    expect(coords('аталышы,Кеңдик,Узундук\nНарын,"41,4287","75,9911"\n')).toEqual([
      [75.9911, 41.4287],
    ]);
  });

  it('reads headers with a unit or a trailing dot, ё for е, and X/Y', () => {
    expect(coords('Пункт;Широта, °;Долгота (°)\nА;42,1;74,2\n')).toEqual([[74.2, 42.1]]);
    expect(coords('Пункт;шир.;Y;X\nА;1;42,1;74,2\n')).toEqual([[74.2, 42.1]]);
    expect(coords('Name\tLatitude\tLongitude\nA\t42.1\t74.2\n')).toEqual([[74.2, 42.1]]);
  });

  it('takes the separator from Excel’s sep= line and counts rows after it', () => {
    const r = parseUserFile('ru.csv', 'sep=;\nname;lat;lon\nA;42,1;74,2\nB;abc;74\n');
    expect(r.layer?.data.features.map((f) => f.geometry.coordinates)).toEqual([[74.2, 42.1]]);
    expect(r.layer?.skipped.map((p) => formatUserProblem(p, translator('ru')))).toEqual([
      'ru.csv › строка 4 › lat › «abc» — не число',
    ]);
  });

  it('reads a minus sign written as U+2212', () => {
    expect(coords('name;lat;lon\nA;\u22124,5;\u221210\n')).toEqual([[-10, -4.5]]);
  });

  it('names Russian and Kyrgyz columns in the message when none is found', () => {
    const r = parseUserFile('x.csv', 'Название;Восток;Север\nА;1;2\n');
    expect(formatUserProblem(r.problems[0]!, translator('ru'))).toContain('Долгота и Широта');
  });
});

describe('the bytes of a file', () => {
  const russian = 'Название;Широта;Долгота\r\nЁлки;42,87;74,60\r\n';

  it('are UTF-8 when they decode as UTF-8, the BOM dropped', () => {
    const bytes = new TextEncoder().encode(`\uFEFF${russian}`);
    expect(detectEncoding(bytes)).toBe('utf-8');
    expect(decodeBytes(bytes).text).toBe(russian);
  });

  it('are Windows-1251 when they are not UTF-8 (Excel’s “CSV” in a Russian locale)', () => {
    const bytes = cp1251(russian);
    expect(detectEncoding(bytes)).toBe('windows-1251');
    expect(decodeBytes(bytes).text).toBe(russian);
  });

  it('are UTF-16 with its BOM', () => {
    const units = Uint16Array.from([0xfeff, ...[...'lat'].map((c) => c.charCodeAt(0))]);
    const bytes = new Uint8Array(units.buffer);
    expect(detectEncoding(bytes)).toBe('utf-16le');
    expect(decodeBytes(bytes).text).toBe('lat');
  });

  it('a Windows-1251 file is read whole: names in Cyrillic, points in place', async () => {
    const file = new File([cp1251(russian)], 'ёлки.csv', { type: 'text/csv' });
    const r = await readHere(file);
    expect(r.problems).toEqual([]);
    expect(r.layer?.data.features[0]?.properties.Название).toBe('Ёлки');
    expect(r.layer?.data.features[0]?.geometry.coordinates).toEqual([74.6, 42.87]);
  });
});
