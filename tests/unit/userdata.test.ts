import { describe, expect, it } from 'vitest';
import { parseUserFile, formatOf } from '../../src/userdata/parse.ts';
import { detectDelimiter } from '../../src/userdata/csv.ts';
import { formatUserProblem } from '../../src/userdata/format.ts';
import { translator } from '../../src/i18n/index.ts';
import type { ParseResult } from '../../src/userdata/types.ts';

const en = translator('en');
const ru = translator('ru');
const messages = (r: ParseResult, t = en) =>
  [...r.problems, ...(r.layer?.skipped ?? [])].map((p) => formatUserProblem(p, t));

describe('the reader’s GeoJSON', () => {
  const good = JSON.stringify({
    type: 'FeatureCollection',
    features: [
      {
        type: 'Feature',
        geometry: { type: 'Point', coordinates: [74.6, 42.87] },
        properties: { name: 'Office', staff: 12, tags: ['a', 'b'] },
      },
      {
        type: 'Feature',
        geometry: {
          type: 'LineString',
          coordinates: [
            [74, 42],
            [75, 42.5, 900],
          ],
        },
        properties: null,
      },
      {
        type: 'Feature',
        geometry: {
          type: 'Polygon',
          coordinates: [
            [
              [74, 41],
              [75, 41],
              [75, 42],
              [74, 41],
            ],
          ],
        },
        properties: { title: 'Area' },
      },
    ],
  });

  it('reads a good file: every feature, flat properties, a label', () => {
    const r = parseUserFile('sites.geojson', good);
    expect(r.problems).toEqual([]);
    expect(r.layer?.format).toBe('geojson');
    expect(r.layer?.counts).toEqual({ points: 1, lines: 1, areas: 1 });
    expect(r.layer?.skipped).toEqual([]);
    const [a, b, c] = r.layer!.data.features;
    expect(a!.properties).toEqual({
      name: 'Office',
      staff: 12,
      tags: '["a","b"]',
      _label: 'Office',
    });
    expect(b!.properties).toEqual({ _label: '' });
    expect(c!.properties._label).toBe('Area');
  });

  it('reads a bare Feature and a bare geometry', () => {
    expect(
      parseUserFile(
        'f.json',
        '{"type":"Feature","geometry":{"type":"Point","coordinates":[1,2]},"properties":{}}',
      ).layer?.counts.points,
    ).toBe(1);
    expect(
      parseUserFile('g.json', '{"type":"Point","coordinates":[1,2]}').layer?.counts.points,
    ).toBe(1);
  });

  it('leaves out bad features, each with file › feature › field › problem', () => {
    const text = JSON.stringify({
      type: 'FeatureCollection',
      features: [
        {
          type: 'Feature',
          geometry: { type: 'Point', coordinates: [74.6, 42.87] },
          properties: {},
        },
        {
          type: 'Feature',
          geometry: { type: 'Point', coordinates: [42.87, 174.6] },
          properties: { name: 'Swapped' },
        },
        { type: 'Feature', geometry: { type: 'Point', coordinates: [190, 10] }, properties: {} },
        {
          type: 'Feature',
          geometry: { type: 'LineString', coordinates: [[1, 2]] },
          properties: {},
        },
        {
          type: 'Feature',
          geometry: { type: 'GeometryCollection', geometries: [] },
          properties: {},
        },
        { type: 'Feature', geometry: null, properties: {} },
        { type: 'Feature', geometry: { type: 'Point', coordinates: [1, 'x'] }, properties: {} },
        {
          type: 'Feature',
          geometry: {
            type: 'Polygon',
            coordinates: [
              [
                [0, 0],
                [1, 0],
                [1, 1],
                [0, 1],
              ],
            ],
          },
        },
        { type: 'Thing' },
      ],
    });
    const r = parseUserFile('mine.geojson', text);
    expect(r.layer?.counts.points).toBe(1);
    expect(messages(r)).toEqual([
      'mine.geojson › feature 2 (Swapped) › geometry.coordinates[1] › latitude 174.6 is outside −90…90 (are longitude and latitude swapped?)',
      'mine.geojson › feature 3 › geometry.coordinates[0] › longitude 190 is outside −180…180',
      'mine.geojson › feature 4 › geometry.coordinates › has too few positions for its geometry type',
      'mine.geojson › feature 5 › geometry.type › geometry type “GeometryCollection” is not supported (Point, LineString, Polygon and their Multi- forms are)',
      'mine.geojson › feature 6 › geometry › has no geometry, so it is not drawn',
      'mine.geojson › feature 7 › geometry.coordinates[1] › “x” is not a number',
      'mine.geojson › feature 8 › geometry.coordinates[0] › a polygon ring must end where it starts',
      'mine.geojson › feature 9 › type › is not a Feature',
    ]);
  });

  it('says why a whole file cannot be read, in the reader’s language', () => {
    expect(messages(parseUserFile('a.geojson', '{"type":'))[0]).toMatch(
      /^a\.geojson › not valid JSON: /,
    );
    expect(messages(parseUserFile('a.geojson', '{"type":"Topology"}'))).toEqual([
      'a.geojson › not GeoJSON: expected a FeatureCollection, a Feature or a geometry',
    ]);
    expect(
      messages(parseUserFile('a.geojson', '{"type":"FeatureCollection","features":[]}')),
    ).toEqual(['a.geojson › nothing in it can be drawn']);
    expect(messages(parseUserFile('a.geojson', '   '), ru)).toEqual(['a.geojson › файл пуст']);
    expect(messages(parseUserFile('notes.docx', '\u0000\u0001'))).toEqual([
      'notes.docx › not a GeoJSON or CSV file (name it .geojson, .json or .csv)',
    ]);
  });

  it('reports a file it cannot read as invalid instead of throwing (a deeply nested property)', () => {
    // 1.2 MB: one property nested 600,000 arrays deep. JSON.parse reads it; JSON.stringify
    // (which flattens nested properties) runs out of stack.
    const depth = 600_000;
    const text = `{"type":"Feature","geometry":{"type":"Point","coordinates":[74.6,42.87]},"properties":{"name":"Deep","deep":${'['.repeat(depth)}${']'.repeat(depth)}}}`;
    expect(text.length).toBeGreaterThan(1_200_000);
    let r: ParseResult | undefined;
    expect(() => (r = parseUserFile('deep.geojson', text))).not.toThrow();
    expect(r!.layer).toBeNull();
    expect(messages(r!)).toEqual([
      expect.stringMatching(/^deep\.geojson › the file could not be read: .+/),
    ]);
  });

  it('lists 50 problems and counts the rest', () => {
    const features = Array.from({ length: 60 }, () => ({
      type: 'Feature',
      geometry: null,
      properties: {},
    }));
    features.push({
      type: 'Feature',
      geometry: { type: 'Point', coordinates: [0, 0] } as never,
      properties: {},
    });
    const r = parseUserFile(
      'many.geojson',
      JSON.stringify({ type: 'FeatureCollection', features }),
    );
    expect(r.layer?.skipped).toHaveLength(50);
    expect(r.layer?.moreSkipped).toBe(10);
  });
});

describe('the reader’s CSV', () => {
  it('reads points from lon/lat columns, with quoted commas and line breaks in other cells', () => {
    const text =
      'name,lon,lat,note\r\nOffice,74.6,42.87,"Bishkek, centre"\r\n"Depot ""A""",72.8,40.5,"two\nlines"\r\n\r\n';
    const r = parseUserFile('sites.csv', text);
    expect(r.problems).toEqual([]);
    expect(r.layer?.counts).toEqual({ points: 2, lines: 0, areas: 0 });
    const [a, b] = r.layer!.data.features;
    expect(a!.geometry).toEqual({ type: 'Point', coordinates: [74.6, 42.87] });
    expect(a!.properties).toEqual({ name: 'Office', note: 'Bishkek, centre', _label: 'Office' });
    expect(b!.properties).toEqual({ name: 'Depot "A"', note: 'two\nlines', _label: 'Depot "A"' });
  });

  it('accepts Longitude/Latitude in any case, semicolons and decimal commas, and a BOM', () => {
    const r = parseUserFile('ru.csv', '\uFEFFНазвание;Latitude;LONGITUDE\nОш;40,5283;72,7985\n');
    expect(r.layer?.data.features[0]!.geometry.coordinates).toEqual([72.7985, 40.5283]);
    expect(detectDelimiter('a\tb\tc\n1\t2\t3')).toBe('\t');
    expect(detectDelimiter('a,b;c,d')).toBe(',');
  });

  it('leaves out bad rows, each with file › row › column › problem (the header is row 1)', () => {
    const text = [
      'name,lng,lat',
      'ok,74,42',
      'text,abc,42',
      'empty,74,',
      'far,74,95',
      'west,-200,1',
      'ok2,1e1,-5',
    ].join('\n');
    const r = parseUserFile('bad.csv', text);
    expect(r.layer?.data.features.map((f) => f.properties.name)).toEqual(['ok', 'ok2']);
    expect(messages(r)).toEqual([
      'bad.csv › row 3 › lng › “abc” is not a number',
      'bad.csv › row 4 › lat › is missing',
      'bad.csv › row 5 › lat › latitude 95 is outside −90…90 (are longitude and latitude swapped?)',
      'bad.csv › row 6 › lng › longitude -200 is outside −180…180',
    ]);
  });

  it('names the columns it found when there is no longitude or latitude', () => {
    expect(messages(parseUserFile('x.csv', 'name,east,north\na,1,2'))).toEqual([
      'x.csv › no longitude and latitude columns (found: name, east, north); name them lon and lat, longitude and latitude, or долгота and широта',
    ]);
    expect(messages(parseUserFile('x.csv', 'name,lon,lat\na,x,y'))).toEqual([
      'x.csv › row 2 › lon › “x” is not a number',
      'x.csv › nothing in it can be drawn',
    ]);
  });

  it('knows a file by its extension, else by its first character', () => {
    expect(formatOf('a.GeoJSON', '')).toBe('geojson');
    expect(formatOf('a.tsv', '')).toBe('csv');
    expect(formatOf('data', '  {"type":"Point"}')).toBe('geojson');
    expect(formatOf('data', 'name,lat,lon')).toBe('csv');
    expect(formatOf('data', '\u0000')).toBeNull();
  });
});
