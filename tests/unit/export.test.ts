import { csvParseRows } from 'd3-dsv';
import { describe, expect, it } from 'vitest';
import { buildLookup } from '../../src/data/lookup.ts';
import type { Atlas } from '../../src/data/registry.ts';
import { emptyAtlas } from '../../src/data/validate.ts';
import { translator } from '../../src/i18n/index.ts';
import { defaultFilters, visibleSet } from '../../src/state/filters.ts';
import { buildCitation, describeView, exportFileName, isoDate } from '../../src/export/citation.ts';
import { CSV_COLUMNS, csvRows, safeCell, sourcesCell, toCsv } from '../../src/export/csv.ts';
import { geoJsonText, toGeoJson } from '../../src/export/geojson.ts';
import { exportRecords, sourceRefs } from '../../src/export/records.ts';
import { toWkt } from '../../src/export/wkt.ts';
import { dictionaryRows } from '../../src/export/dictionary.ts';
import { meeting, place, project, text } from './fixtures.ts';

const sources = [
  { id: 'article-bri', kind: 'article' as const, title: text('The BRI article') },
  {
    id: 'web-a',
    kind: 'web' as const,
    title: text('A "quoted", page'),
    url: 'https://example.org/a',
  },
  { id: 'bad-url', kind: 'web' as const, title: text('Bad'), url: 'javascript:alert(1)' },
];

function tinyAtlas(): Atlas {
  const line = project('line-a', 'energy');
  line.properties.timeline[0]!.citations = [{ source: 'article-bri', ref: '[4, 1-б.]' }];
  line.properties.length = [
    {
      value: 405,
      unit: 'km',
      citations: [{ source: 'web-a' }, { source: 'article-bri', ref: '[4, 1-б.]' }],
    },
  ];
  line.properties.summary[0]!.citations = [{ source: 'bad-url' }];
  const road = project('road-b', 'transport');
  const plan = project('plan-c', 'energy', 'proposed');
  plan.properties.timeline[0]!.date = '2024';
  return {
    ...emptyAtlas(),
    sources,
    places: [place('bishkek', [74.59, 42.87]), place('osh', [72.8, 40.53])],
    projects: [line, road, plan],
    meetings: [meeting('summit-2007', 'bishkek', '2007-08-16'), meeting('talks', null, '2015')],
  };
}

/** The filters leave energy only, up to 2020: line-a (not the 2024 plan), and the meetings. */
function tinyExport() {
  const atlas = tinyAtlas();
  const lookup = buildLookup(atlas);
  const filters = {
    ...defaultFilters(),
    sectors: ['energy' as const],
    period: [1992, 2020] as const,
  };
  const visible = visibleSet(atlas, lookup, filters);
  return { atlas, lookup, visible, records: exportRecords(atlas, lookup, visible, 'en') };
}

describe('export records', () => {
  it('holds exactly what the filters show, projects then cities then meetings', () => {
    const { records } = tinyExport();
    expect(records.map((r) => `${r.kind}:${r.id}`)).toEqual([
      'project:line-a',
      'city:bishkek',
      'meeting:summit-2007',
      'meeting:talks',
    ]);
  });

  it('gives each record its distinct sources, with http(s) links only', () => {
    const { records } = tinyExport();
    expect(records[0]!.sources).toEqual([
      { source: 'bad-url', title: 'Bad' },
      { source: 'article-bri', title: 'The BRI article', ref: '[4, 1-б.]' },
      { source: 'web-a', title: 'A "quoted", page', url: 'https://example.org/a' },
      { source: 'unverified', title: 'unverified' },
    ]);
  });

  it('names sources in the reader’s language', () => {
    const lookup = buildLookup(tinyAtlas());
    expect(sourceRefs([{ citations: [{ source: 'article-bri' }] }], lookup, 'ru')).toEqual([
      { source: 'article-bri', title: 'The BRI article (ru)' },
    ]);
  });
});

describe('GeoJSON export', () => {
  it('is a FeatureCollection of the filtered set, with names in three languages and sources', () => {
    const { records } = tinyExport();
    const fc = JSON.parse(
      geoJsonText(
        toGeoJson(records, 'ru', {
          title: 'Atlas',
          url: 'http://x/?from=1992',
          accessed: '2026-11-21',
        }),
      ),
    );
    expect(fc.type).toBe('FeatureCollection');
    expect(fc.atlas).toEqual({
      title: 'Atlas',
      url: 'http://x/?from=1992',
      accessed: '2026-11-21',
    });
    expect(fc.features).toHaveLength(4);
    const [line, city, summit, talks] = fc.features;
    expect(line).toEqual({
      type: 'Feature',
      id: 'project:line-a',
      geometry: {
        type: 'LineString',
        coordinates: [
          [72, 41],
          [75, 42.5],
        ],
      },
      properties: {
        kind: 'project',
        id: 'line-a',
        name: 'line-a (ru)',
        name_ky: 'line-a (ky)',
        name_ru: 'line-a (ru)',
        name_en: 'line-a',
        category: 'energy',
        subcategory: 'power-line',
        status: 'operating',
        precision: 'schematic',
        countries: ['KG'],
        sources: records[0]!.sources,
        passages: records[0]!.passages,
        project: records[0]!.project,
      },
    });
    // The structured fields, each value with its sources, the history with dates.
    expect(line.properties.project.length).toEqual([
      {
        value: 405,
        unit: 'km',
        sources: [
          { source: 'web-a', title: 'A "quoted", page', url: 'https://example.org/a' },
          { source: 'article-bri', title: 'The BRI article', ref: '[4, 1-б.]' },
        ],
      },
    ]);
    expect(line.properties.project.history[0]).toMatchObject({
      status: 'operating',
      sources: [{ source: 'article-bri', ref: '[4, 1-б.]' }],
    });
    expect(city.geometry).toEqual({ type: 'Point', coordinates: [74.59, 42.87] });
    expect(city.properties.meetings).toBe(1);
    expect(summit.properties).toMatchObject({
      kind: 'meeting',
      date: '2007-08-16',
      place: 'bishkek',
    });
    expect(summit.geometry).toEqual(city.geometry);
    // No source says where: listed, with no geometry (allowed by RFC 7946).
    expect(talks.geometry).toBeNull();
  });
});

describe('CSV export: the tracker fields', () => {
  function rich() {
    const atlas = tinyAtlas();
    const line = atlas.projects[0]!.properties;
    line.cost = [
      { value: 390e6, unit: 'USD', citations: [{ source: 'web-a' }] },
      {
        value: 342e6,
        unit: 'USD',
        printed: '342 млн',
        citations: [{ source: 'article-bri', ref: '[4, 1-б.]', passage: '342 млн доллар' }],
      },
    ];
    line.parties = [
      {
        role: 'financier',
        name: text('Export-Import Bank of China'),
        citations: [{ source: 'web-a' }],
      },
      {
        role: 'owner',
        name: text('Zijin Mining Group'),
        share: 60,
        citations: [{ source: 'web-a' }],
      },
    ];
    line.timeline = [
      { status: 'under-construction', date: '2012', citations: [{ source: 'web-a' }] },
      { status: 'operating', date: '2015-08-28', citations: [{ source: 'article-bri' }] },
    ];
    const lookup = buildLookup(atlas);
    const visible = visibleSet(atlas, lookup, { ...defaultFilters(), sectors: ['energy'] });
    const records = exportRecords(atlas, lookup, visible, 'en', new Map([['line-a', 300.04]]));
    const rows = csvRows(records, 'en');
    return Object.fromEntries(CSV_COLUMNS.map((c, j) => [c, rows[1]![j]]));
  }

  it('keeps competing values with their sources, parties, dates, history and quoted passages', () => {
    const row = rich();
    expect(row.cost).toBe('390000000 USD {web-a} | 342000000 USD {article-bri [4, 1-б.]}');
    expect(row.cost_usd).toBe('390000000');
    expect(row.financiers).toBe('Export-Import Bank of China {web-a}');
    expect(row.operators).toBe('Zijin Mining Group (owner) 60% {web-a}');
    expect(row.start).toBe('2012');
    expect(row.completion).toBe('2015-08-28');
    expect(row.status_history).toBe(
      '2012 under-construction {web-a} | 2015-08-28 operating {article-bri}',
    );
    expect(row.length_computed_km).toBe('300');
    expect(row.passages).toBe('article-bri [4, 1-б.] cost[1]: «342 млн доллар»');
  });

  it('writes semicolons and decimal commas for a Russian-locale spreadsheet, BOM first', () => {
    const csv = toCsv(
      [
        ['a', '1.5', 'x;y'],
        ['b', '-74.59', '2 km'],
      ],
      { semicolon: true },
    );
    expect(csv).toBe('\uFEFFa;1,5;"x;y"\r\nb;-74,59;2 km\r\n');
  });

  it('comes with a data dictionary naming every column', () => {
    const rows = dictionaryRows();
    expect(rows[0]).toEqual(['field', 'meaning', 'unit', 'sources']);
    expect(rows.slice(1).map((r) => r[0])).toEqual([...CSV_COLUMNS]);
    for (const r of rows.slice(1)) expect(r[1]!.length).toBeGreaterThan(5);
  });
});

describe('CSV export', () => {
  it('quotes commas, quotes and line breaks (RFC 4180) and ends rows with CRLF', () => {
    const csv = toCsv([
      ['a', 'b,c'],
      ['say "hi"', 'two\nlines'],
      ['plain', ''],
    ]);
    expect(csv).toBe('\uFEFFa,"b,c"\r\n"say ""hi""","two\nlines"\r\nplain,\r\n');
    expect(csvParseRows(csv.slice(1).replace(/\r\n/g, '\n'))).toEqual([
      ['a', 'b,c'],
      ['say "hi"', 'two\nlines'],
      ['plain', ''],
    ]);
  });

  it('writes one row per record with coordinates, WKT and sources', () => {
    const { records } = tinyExport();
    const rows = csvRows(records, 'en');
    expect(rows[0]).toEqual([...CSV_COLUMNS]);
    expect(rows).toHaveLength(5);
    const row = (i: number) => Object.fromEntries(CSV_COLUMNS.map((c, j) => [c, rows[i]![j]]));
    expect(row(1)).toMatchObject({
      kind: 'project',
      id: 'line-a',
      name: 'line-a',
      status: 'operating',
      lon: '',
      wkt: 'LINESTRING (72 41, 75 42.5)',
      sources: 'Bad; The BRI article [4, 1-б.]; A "quoted", page; unverified',
      source_urls: 'https://example.org/a',
    });
    expect(row(2)).toMatchObject({ kind: 'city', lon: '74.59', lat: '42.87', meetings: '1' });
    // The whole file reads back to the same cells.
    const back = csvParseRows(toCsv(rows).slice(1).replace(/\r\n/g, '\n').trimEnd());
    expect(back).toEqual(rows);
  });

  it('keeps spreadsheets from running a cell as a formula', () => {
    expect(safeCell('=HYPERLINK("x")')).toBe('\'=HYPERLINK("x")');
    expect(safeCell('@sum')).toBe("'@sum");
    expect(safeCell('-12.5')).toBe('-12.5');
    expect(safeCell('Bishkek')).toBe('Bishkek');
    // OWASP: a cell that starts with = + - @, tab or carriage return is escaped unless the
    // whole cell is a number. A leading digit after the sign is not enough.
    expect(safeCell("-2+3+cmd|' /C calc'!A0")).toBe("'-2+3+cmd|' /C calc'!A0");
    expect(safeCell('-1+HYPERLINK("http://evil.example","x")')).toBe(
      '\'-1+HYPERLINK("http://evil.example","x")',
    );
    expect(safeCell('+1+cmd|x')).toBe("'+1+cmd|x");
    expect(safeCell('\t=1')).toBe("'\t=1");
    expect(safeCell('\r=1')).toBe("'\r=1");
    expect(safeCell('-')).toBe("'-");
    for (const n of ['-12.5', '+1', '-0', '+3.5e2', '-.5', '74.59', '0'])
      expect(safeCell(n), n).toBe(n);
    expect(
      sourcesCell([
        { source: 's', title: 'T', ref: '[2]' },
        { source: 'u', title: 'U' },
      ]),
    ).toBe('T [2]; U');
  });
});

describe('WKT', () => {
  it('writes every geometry type', () => {
    expect(toWkt({ type: 'Point', coordinates: [74.59, 42.87] })).toBe('POINT (74.59 42.87)');
    expect(
      toWkt({
        type: 'MultiPoint',
        coordinates: [
          [1, 2],
          [3, 4],
        ],
      }),
    ).toBe('MULTIPOINT ((1 2), (3 4))');
    expect(
      toWkt({
        type: 'MultiLineString',
        coordinates: [
          [
            [1, 2],
            [3, 4],
          ],
          [
            [5, 6],
            [7, 8],
          ],
        ],
      }),
    ).toBe('MULTILINESTRING ((1 2, 3 4), (5 6, 7 8))');
    expect(
      toWkt({
        type: 'Polygon',
        coordinates: [
          [
            [0, 0],
            [1, 0],
            [1, 1],
            [0, 0],
          ],
        ],
      }),
    ).toBe('POLYGON ((0 0, 1 0, 1 1, 0 0))');
    expect(toWkt(null)).toBe('');
  });
});

describe('citation of the view', () => {
  const accessed = new Date(2026, 10, 21, 15, 30);
  it('is ready to paste, with the link and the date accessed', () => {
    const url = 'http://127.0.0.1:4173/?sel=project:line-a&to=2020';
    expect(isoDate(accessed)).toBe('2026-11-21');
    expect(exportFileName('csv', accessed)).toBe('silk-road-atlas-2026-11-21.csv');
    expect(
      buildCitation(
        translator('en'),
        { period: [1992, 2020], filtered: true, selection: 'Datka–Kemin' },
        url,
        accessed,
      ),
    ).toBe(
      'Silk Road Atlas: Kyrgyzstan, the SCO and the Belt and Road [interactive map]. Filtered view, Period 1992–2020, showing Datka–Kemin. http://127.0.0.1:4173/?sel=project:line-a&to=2020 (accessed 2026-11-21).',
    );
  });

  it('speaks the reader’s language', () => {
    const ru = buildCitation(
      translator('ru'),
      { period: [1992, 2026], filtered: false },
      'http://x/',
      accessed,
    );
    expect(ru).toContain('[интерактивная карта]');
    expect(ru).toContain('(дата обращения: 2026-11-21)');
    expect(describeView({ period: [2013, 2026], filtered: false }, translator('ky'))).toBe(
      'Бардык жазуулар, Мезгил 2013–2026',
    );
  });
});
