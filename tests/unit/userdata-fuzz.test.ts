/**
 * The readers of the reader's own files, fuzzed: whatever the text, they never throw, and
 * every problem they report is named (file › where › field › a message in words, in every
 * language).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { LANGS } from '../../src/data/schema.ts';
import { messages, translator } from '../../src/i18n/index.ts';
import { formatUserProblem } from '../../src/userdata/format.ts';
import { parseUserFile } from '../../src/userdata/parse.ts';
import { PROBLEM_CODES } from '../../src/userdata/types.ts';

/** Reads the file and checks every problem it reports; returns nothing, throws on a defect. */
function check(file: string, text: string) {
  const r = parseUserFile(file, text);
  const problems = [...r.problems, ...(r.layer?.skipped ?? [])];
  if (!r.layer) expect(problems.length, 'a refused file says why').toBeGreaterThan(0);
  for (const p of problems) {
    expect(p.file).toBe(file);
    expect(PROBLEM_CODES).toContain(p.code);
    for (const lang of LANGS) {
      // Worded in every language, every placeholder given (values from the file may hold
      // anything, so the template is checked, not the words).
      const template = messages[lang][`userdata.problem.${p.code}`];
      expect(template, `${lang}: ${p.code}`).toBeTruthy();
      for (const [, name] of template!.matchAll(/\{\{(\w+)\}\}/g))
        expect(p.params, `${p.code} quotes ${name}`).toHaveProperty(name!);
      const words = formatUserProblem(p, translator(lang));
      expect(words.startsWith(`${file} › `), words).toBe(true);
    }
  }
}

const num = fc.oneof(
  fc.double(),
  fc.integer({ min: -200, max: 200 }),
  fc.constantFrom(74.6, 42.87, 181, -91),
);
const position = fc.oneof(
  fc.array(num, { minLength: 0, maxLength: 4 }),
  fc.jsonValue({ maxDepth: 2 }),
);
const positions = fc.oneof(fc.array(position, { maxLength: 6 }), fc.jsonValue({ maxDepth: 2 }));
const geometry = fc.oneof(
  fc.record({
    type: fc.constantFrom(
      'Point',
      'MultiPoint',
      'LineString',
      'MultiLineString',
      'Polygon',
      'MultiPolygon',
      'GeometryCollection',
      'Circle',
    ),
    coordinates: fc.oneof(position, positions, fc.array(positions, { maxLength: 3 })),
  }),
  fc.jsonValue({ maxDepth: 3 }),
);
/** Written into the text as a value nested that many arrays deep (see `text`). */
const deep = fc.constantFrom(10, 1_000, 200_000).map((d) => `@deep:${d}@`);
/** The value as file text; 200,000 arrays deep overflows JSON.stringify, not JSON.parse. */
const text = (v: unknown) =>
  JSON.stringify(v).replace(/"@deep:(\d+)@"/g, (_, d: string) => '['.repeat(+d) + ']'.repeat(+d));
const properties = fc.oneof(
  {
    weight: 8,
    arbitrary: fc.dictionary(fc.string(), fc.jsonValue({ maxDepth: 4 }), { maxKeys: 5 }),
  },
  { weight: 2, arbitrary: fc.jsonValue({ maxDepth: 2 }) },
  { weight: 1, arbitrary: deep.map((d) => ({ deep: d })) },
);
const feature = fc.oneof(
  fc.record({ type: fc.constant('Feature'), geometry, properties }, { requiredKeys: ['type'] }),
  fc.jsonValue({ maxDepth: 3 }),
);
const geojson = fc.oneof(
  fc.record({
    type: fc.constant('FeatureCollection'),
    features: fc.oneof(fc.array(feature, { maxLength: 8 }), fc.jsonValue({ maxDepth: 2 })),
  }),
  feature,
  geometry,
);

const cell = fc.oneof(
  fc.string({ maxLength: 12 }),
  num.map(String),
  fc.constantFrom('', '"', '""', ',', ';', '\t', '\n', '74,6', '-0', 'NaN', '1e400'),
);
const header = fc.oneof(
  fc.constant(['name', 'lon', 'lat']),
  fc.constant(['Longitude', 'Latitude']),
  fc.array(fc.oneof(fc.string({ maxLength: 8 }), fc.constantFrom('lon', 'lat', 'x', 'y')), {
    maxLength: 5,
  }),
);
const csvText = fc
  .tuple(
    header,
    fc.array(fc.array(cell, { maxLength: 5 }), { maxLength: 8 }),
    fc.constantFrom(',', ';', '\t'),
    fc.constantFrom('\n', '\r\n'),
  )
  .map(([h, rows, sep, eol]) => [h, ...rows].map((r) => r.join(sep)).join(eol));

describe('the reader’s files, fuzzed', () => {
  it('GeoJSON: never throws, every problem named (1,000 runs)', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          { weight: 4, arbitrary: geojson.map(text) },
          { weight: 1, arbitrary: fc.string() },
          { weight: 1, arbitrary: fc.jsonValue().map((v) => JSON.stringify(v)) },
        ),
        (text) => check('fuzz.geojson', text),
      ),
      { numRuns: 1000 },
    );
  });

  it('CSV: never throws, every problem named (1,000 runs)', () => {
    fc.assert(
      fc.property(
        fc.oneof({ weight: 4, arbitrary: csvText }, { weight: 1, arbitrary: fc.string() }),
        (text) => check('fuzz.csv', text),
      ),
      { numRuns: 1000 },
    );
  });
});
