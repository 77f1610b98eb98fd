import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { formatUrl, LINK_PARAMS, type UrlState } from '../../src/state/url.ts';
import { parseUrl } from '../../src/state/urlParse.ts';
import { defaultFilters, FIRST_YEAR, LAST_YEAR, type Filters } from '../../src/state/filters.ts';
import { MAP_BOUNDS, MAX_ZOOM, MIN_ZOOM } from '../../src/state/camera.ts';
import { BASEMAP_BOUNDS } from '../../src/map/style/basemap.ts';
import {
  LANGS,
  MEETING_KINDS,
  SECTORS,
  STATUSES,
  SUBSECTORS,
  type Subsector,
} from '../../src/data/schema.ts';

const slug = fc.stringMatching(/^[a-z0-9]{1,12}(-[a-z0-9]{1,8}){0,3}$/);
const year = fc.integer({ min: FIRST_YEAR, max: LAST_YEAR });
const subset = <T>(all: readonly T[]) => fc.subarray([...all]);

const filters: fc.Arbitrary<Filters> = fc
  .record({
    sectors: subset(SECTORS),
    showCities: fc.boolean(),
    subsectors: subset(Object.values(SUBSECTORS).flat() as Subsector[]),
    statuses: subset(STATUSES),
    countries: subset(['KG', 'CN', 'UZ', 'KZ', 'TJ', 'RU']),
    financiers: subset(['export-import-bank-of-china', 'asian-development-bank']),
    builders: subset([
      'tbea-tebian-electric-apparatus-stock-co',
      'china-road-and-bridge-corporation-crbc',
    ]),
    operators: subset(['zijin-mining-group', 'altynken-llc']),
    meetingKinds: subset(MEETING_KINDS),
    a: year,
    b: year,
  })
  .map(({ a, b, ...f }) => ({ ...f, period: [Math.min(a, b), Math.max(a, b)] as const }));

const state: fc.Arbitrary<UrlState> = fc.record(
  {
    lang: fc.constantFrom(...LANGS),
    selection: fc.record({ kind: fc.constantFrom('place' as const, 'project' as const), id: slug }),
    camera: fc.record({
      lng: fc
        .double({ min: MAP_BOUNDS[0][0], max: MAP_BOUNDS[1][0], noNaN: true })
        .map((n) => Number(n.toFixed(4))),
      lat: fc
        .double({ min: MAP_BOUNDS[0][1], max: MAP_BOUNDS[1][1], noNaN: true })
        .map((n) => Number(n.toFixed(4))),
      zoom: fc
        .double({ min: MIN_ZOOM, max: MAX_ZOOM, noNaN: true })
        .map((n) => Number(n.toFixed(2))),
    }),
    point: fc.record({
      lng: fc
        .double({ min: MAP_BOUNDS[0][0], max: MAP_BOUNDS[1][0], noNaN: true })
        .map((n) => Number(n.toFixed(5)) || 0),
      lat: fc
        .double({ min: MAP_BOUNDS[0][1], max: MAP_BOUNDS[1][1], noNaN: true })
        .map((n) => Number(n.toFixed(5)) || 0),
    }),
    filters,
    table: fc.constantFrom('table' as const, 'meetings' as const),
  },
  { requiredKeys: ['filters'] },
);

describe('URL state', () => {
  it('round-trips every state it can write', () => {
    fc.assert(
      fc.property(state, (s) => {
        const back = parseUrl(`?${formatUrl(s)}`);
        expect(back.lang).toEqual(s.lang);
        expect(back.selection).toEqual(s.selection);
        expect(back.table).toEqual(s.table);
        expect(back.camera).toEqual(
          s.camera && {
            ...s.camera,
            lng: s.camera.lng || 0,
            lat: s.camera.lat || 0,
            zoom: s.camera.zoom || 0,
          },
        );
        expect(back.point).toEqual(s.point);
        expect(back.filters).toEqual({
          ...s.filters,
          sectors: SECTORS.filter((x) => s.filters.sectors.includes(x)),
        });
      }),
      { numRuns: 1000 },
    );
  });

  it('never throws on arbitrary input, and always yields valid, clamped filters', () => {
    const junk = fc.oneof(
      fc.string({ unit: 'binary', maxLength: 300 }),
      fc
        .dictionary(
          fc.constantFrom(...LINK_PARAMS, 'debug'),
          fc.oneof(
            fc.string({ maxLength: 40 }),
            fc.double().map(String),
            fc.constant('1e309'),
            fc.constant('place:../../x'),
          ),
        )
        .map((d) => new URLSearchParams(d).toString()),
    );
    fc.assert(
      fc.property(junk, (search) => {
        const s = parseUrl(search);
        const [from, to] = s.filters.period;
        expect(from).toBeGreaterThanOrEqual(FIRST_YEAR);
        expect(to).toBeLessThanOrEqual(LAST_YEAR);
        expect(from).toBeLessThanOrEqual(to);
        for (const x of s.filters.sectors) expect(SECTORS).toContain(x);
        for (const x of s.filters.statuses) expect(STATUSES).toContain(x);
        if (s.lang) expect(LANGS).toContain(s.lang);
        if (s.camera) {
          expect(s.camera.lng).toBeGreaterThanOrEqual(MAP_BOUNDS[0][0]);
          expect(s.camera.lng).toBeLessThanOrEqual(MAP_BOUNDS[1][0]);
          expect(s.camera.lat).toBeGreaterThanOrEqual(MAP_BOUNDS[0][1]);
          expect(s.camera.lat).toBeLessThanOrEqual(MAP_BOUNDS[1][1]);
          expect(s.camera.zoom).toBeGreaterThanOrEqual(MIN_ZOOM);
          expect(s.camera.zoom).toBeLessThanOrEqual(MAX_ZOOM);
        }
        if (s.point) {
          expect(s.point.lng).toBeGreaterThanOrEqual(MAP_BOUNDS[0][0]);
          expect(s.point.lng).toBeLessThanOrEqual(MAP_BOUNDS[1][0]);
          expect(s.point.lat).toBeGreaterThanOrEqual(MAP_BOUNDS[0][1]);
          expect(s.point.lat).toBeLessThanOrEqual(MAP_BOUNDS[1][1]);
          expect(Number(s.point.lng.toFixed(5))).toBe(s.point.lng);
        }
        if (s.selection) expect(s.selection.id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
        for (const k of [...s.filters.financiers, ...s.filters.builders, ...s.filters.operators])
          expect(k).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
        if (s.table) expect(['table', 'meetings']).toContain(s.table);
      }),
      { numRuns: 1000 },
    );
  }, 60_000); // a thousand runs, on a busy machine

  it('drops what is malformed and keeps the rest', () => {
    const s = parseUrl(
      '?lang=xx&sel=project:power-line-datka-kemin&from=1800&to=abc&status=operating,flying&map=74.6,42.9,999&debug',
    );
    expect(s.lang).toBeUndefined();
    expect(s.selection).toEqual({ kind: 'project', id: 'power-line-datka-kemin' });
    expect(s.filters.period).toEqual([FIRST_YEAR, LAST_YEAR]);
    expect(s.filters.statuses).toEqual(['operating']);
    expect(s.camera).toEqual({ lng: 74.6, lat: 42.9, zoom: MAX_ZOOM });
  });

  it('keeps a hostile camera inside the map’s own bounds and zoom range', () => {
    expect(MAP_BOUNDS).toEqual(BASEMAP_BOUNDS);
    expect(parseUrl('?map=1e308,1e308,1e308').camera).toEqual({
      lng: MAP_BOUNDS[1][0],
      lat: MAP_BOUNDS[1][1],
      zoom: MAX_ZOOM,
    });
    expect(parseUrl('?map=-1e308,-1e308,-1e308').camera).toEqual({
      lng: MAP_BOUNDS[0][0],
      lat: MAP_BOUNDS[0][1],
      zoom: MIN_ZOOM,
    });
    for (const bad of ['NaN,40,4', '75,Infinity,4', '75,40,', '1e309,40,4', '75,40'])
      expect(parseUrl(`?map=${bad}`).camera, bad).toBeUndefined();
  });

  it('keeps a hostile point inside the map’s bounds, at five decimals', () => {
    expect(parseUrl('?pt=74.6123456789,42.87654321').point).toEqual({
      lng: 74.61235,
      lat: 42.87654,
    });
    expect(parseUrl('?pt=1e308,-1e308').point).toEqual({
      lng: MAP_BOUNDS[1][0],
      lat: MAP_BOUNDS[0][1],
    });
    for (const bad of ['NaN,40', '75,Infinity', '75,', ',40', '75', '75,40,3', '1e309,40', 'x,y'])
      expect(parseUrl(`?pt=${bad}`).point, bad).toBeUndefined();
    expect(formatUrl({ filters: defaultFilters(), point: { lng: 74.123456, lat: -0 } })).toBe(
      'pt=74.12346,0',
    );
  });

  it('writes only what differs from the defaults, and keeps other parameters', () => {
    expect(formatUrl({ filters: defaultFilters() })).toBe('');
    expect(
      formatUrl(
        { lang: 'ky', filters: { ...defaultFilters(), period: [2016, 2016] } },
        new URLSearchParams('debug'),
      ),
    ).toBe('debug&lang=ky&from=2016&to=2016');
  });
});
