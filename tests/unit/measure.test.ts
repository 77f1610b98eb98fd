import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { LineString, Polygon } from 'geojson';
import { describe, expect, it } from 'vitest';
import {
  byDistance,
  clipLines,
  distanceKm,
  isLinear,
  lengthKm,
  lengthWithinKm,
  within,
} from '../../src/geo/measure.ts';
import { parseOutline } from '../../src/geo/kyrgyzstan.ts';
import { formatDecimal, formatDms, parseCoordinate, toDms } from '../../src/geo/coords.ts';
import type { ProjectFeatureT } from '../../src/data/registry.ts';

/** One degree of a great circle on turf's sphere (radius 6,371.0088 km), by hand: 2πR/360. */
const DEG_KM = (2 * Math.PI * 6371.0088) / 360; // 111.19508 km

const line = (...coordinates: [number, number][]): LineString => ({
  type: 'LineString',
  coordinates,
});
/** A square "country": lon 1..2, lat −1..1. */
const square: Polygon = {
  type: 'Polygon',
  coordinates: [
    [
      [1, -1],
      [2, -1],
      [2, 1],
      [1, 1],
      [1, -1],
    ],
  ],
};

describe('lengths', () => {
  it('measures a line of known length along the equator', () => {
    expect(DEG_KM).toBeCloseTo(111.195, 3);
    expect(lengthKm(line([0, 0], [1, 0], [3, 0]))).toBeCloseTo(3 * DEG_KM, 6);
    // Along a meridian too.
    expect(lengthKm(line([74, 40], [74, 42]))).toBeCloseTo(2 * DEG_KM, 6);
  });

  it('adds up the parts of a multi-line', () => {
    const g = {
      type: 'MultiLineString' as const,
      coordinates: [
        [
          [0, 0],
          [1, 0],
        ],
        [
          [5, 0],
          [7, 0],
        ],
      ],
    };
    expect(lengthKm(g)).toBeCloseTo(3 * DEG_KM, 6);
  });

  it('clips a line crossing a square border to the length inside', () => {
    const g = line([0, 0], [3, 0]);
    expect(clipLines(g, square)).toEqual([
      [
        [1, 0],
        [2, 0],
      ],
    ]);
    expect(lengthWithinKm(g, square)).toBeCloseTo(DEG_KM, 6);
  });

  it('keeps each stretch inside when a line goes in and out twice', () => {
    // In at lon 1, out at lon 2 heading north-east... then back in through the top.
    const g = line([0, 0], [1.5, 0], [1.5, 2], [1.5, 0.5]);
    const parts = clipLines(g, square);
    expect(parts).toHaveLength(2);
    // 0.5° along the equator + 1° north to the top; then 0.5° back in from the top.
    expect(lengthWithinKm(g, square)).toBeCloseTo(0.5 * DEG_KM + 1 * DEG_KM + 0.5 * DEG_KM, 6);
  });

  it('does not count a hole (an enclave) as inside', () => {
    const withHole: Polygon = {
      type: 'Polygon',
      coordinates: [
        square.coordinates[0]!,
        [
          [1.25, -0.5],
          [1.25, 0.5],
          [1.75, 0.5],
          [1.75, -0.5],
          [1.25, -0.5],
        ],
      ],
    };
    expect(lengthWithinKm(line([0, 0], [3, 0]), withHole)).toBeCloseTo(0.5 * DEG_KM, 6);
  });

  it('handles a vertex exactly on the border, and a line entirely outside', () => {
    expect(lengthWithinKm(line([0, 0], [1, 0], [1.5, 0]), square)).toBeCloseTo(0.5 * DEG_KM, 6);
    expect(lengthWithinKm(line([5, 5], [6, 6]), square)).toBe(0);
    expect(lengthWithinKm(line([1.2, 0], [1.8, 0]), square)).toBeCloseTo(0.6 * DEG_KM, 6);
  });

  it('tells lines from points', () => {
    expect(isLinear(line([0, 0], [1, 1]))).toBe(true);
    expect(isLinear({ type: 'Point' })).toBe(false);
    expect(isLinear(null)).toBe(false);
  });
});

describe('distances', () => {
  it('measures to the nearest point of a line, and to points', () => {
    expect(distanceKm([0, 1], line([-1, 0], [1, 0]))).toBeCloseTo(DEG_KM, 1);
    // Beyond the end of the line: to its end point.
    expect(distanceKm([3, 0], line([-1, 0], [1, 0]))).toBeCloseTo(2 * DEG_KM, 3);
    expect(distanceKm([0, 0], { type: 'Point', coordinates: [0, 2] })).toBeCloseTo(2 * DEG_KM, 6);
    expect(
      distanceKm([0, 0], {
        type: 'MultiPoint',
        coordinates: [
          [0, 3],
          [0, -1],
        ],
      }),
    ).toBeCloseTo(DEG_KM, 6);
  });

  it('lists what lies within a radius, nearest first', () => {
    const items = [
      { id: 'far', g: { type: 'Point' as const, coordinates: [0, 2] } },
      { id: 'none', g: null },
      { id: 'near', g: { type: 'Point' as const, coordinates: [0, 0.5] } },
    ];
    const near = within([0, 0], 150, items, (i) => i.g);
    expect(near.map((n) => n.item.id)).toEqual(['near']);
    expect(near[0]!.km).toBeCloseTo(0.5 * DEG_KM, 6);
    expect(byDistance([0, 0], items, (i) => i.g).map((n) => n.item.id)).toEqual(['near', 'far']);
  });
});

describe('Kyrgyzstan', () => {
  const root = join(import.meta.dirname, '..', '..', 'geodata');
  const kg = parseOutline(readFileSync(join(root, 'basemap', 'kyrgyzstan.geojson'), 'utf8'));
  const projects = (
    JSON.parse(readFileSync(join(root, 'projects.geojson'), 'utf8')) as {
      features: ProjectFeatureT[];
    }
  ).features;
  const geometry = (id: string) => {
    const g = projects.find((p) => p.properties.id === id)?.geometry;
    if (!isLinear(g)) throw new Error(`${id} is not a line`);
    return g;
  };

  it('is one outline around Bishkek, not around Tashkent', () => {
    expect(['Polygon', 'MultiPolygon']).toContain(kg.type);
    const inside = (p: [number, number]) => lengthWithinKm(line(p, [p[0] + 0.01, p[1]]), kg) > 0;
    expect(inside([74.59, 42.87])).toBe(true);
    expect(inside([69.2163, 41.2647])).toBe(false);
  });

  it('counts a line that lies wholly in Kyrgyzstan in full', () => {
    const g = geometry('power-line-datka-kemin');
    expect(lengthWithinKm(g, kg)).toBeCloseTo(lengthKm(g), 6);
  });

  it('clips the China–Kyrgyzstan–Uzbekistan railway at both borders', () => {
    const g = geometry('railway-china-kyrgyzstan-uzbekistan');
    const total = lengthKm(g);
    const kgKm = lengthWithinKm(g, kg);
    // Kashgar–Torugart (≈130 km) lies in China, the last stretch to Andijan in Uzbekistan.
    expect(kgKm).toBeGreaterThan(200);
    expect(kgKm).toBeLessThan(total - 100);
  });

  it('rejects a file that is not one outline', () => {
    expect(() => parseOutline('{"type":"FeatureCollection","features":[]}')).toThrow();
    expect(() => parseOutline('not json')).toThrow();
  });
});

describe('coordinates', () => {
  it('writes degrees, minutes and seconds', () => {
    expect(toDms(42.87, 'lat')).toEqual({ deg: 42, min: 52, sec: 12, hemisphere: 'N' });
    expect(formatDms(42.87, 'lat')).toBe('42° 52′ 12.0″ N');
    expect(formatDms(-74.5, 'lng')).toBe('74° 30′ 00.0″ W');
    expect(formatDms(-33.8568, 'lat', { N: 'с. ш.', S: 'ю. ш.', E: 'в. д.', W: 'з. д.' })).toBe(
      '33° 51′ 24.5″ ю. ш.',
    );
  });

  it('carries rounding up instead of printing 60″', () => {
    expect(formatDms(74.999999, 'lng')).toBe('75° 00′ 00.0″ E');
    expect(formatDms(0, 'lat')).toBe('0° 00′ 00.0″ N');
  });

  it('writes decimal degrees latitude first', () => {
    expect(formatDecimal(74.59, 42.87)).toBe('42.87000, 74.59000');
  });
});

describe('typed coordinates', () => {
  it('reads decimal degrees with a dot or a comma, signs and spaces', () => {
    expect(parseCoordinate(' 42.87 ', 'lat')).toBe(42.87);
    expect(parseCoordinate('-74,6', 'lng')).toBe(-74.6);
    expect(parseCoordinate('+41', 'lat')).toBe(41);
    expect(parseCoordinate('180', 'lng')).toBe(180);
  });

  it('an empty, non-numeric or out-of-range field is no coordinate, never 0 (defect 10)', () => {
    for (const text of ['', '   ', 'abc', '4 2', '1e3', '0x10', '-', '.', 'Infinity'])
      expect(parseCoordinate(text, 'lat'), JSON.stringify(text)).toBeNull();
    expect(parseCoordinate('90.01', 'lat')).toBeNull();
    expect(parseCoordinate('-180.5', 'lng')).toBeNull();
  });
});
