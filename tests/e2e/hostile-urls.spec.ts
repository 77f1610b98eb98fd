/**
 * Fifty hostile links, generated deterministically (fast-check, fixed seed): huge, negative
 * and non-numbers, unknown ids, repeated parameters, 10,000-character values and markup.
 * Each must load to a working atlas — map ready, inside its bounds, list and header there —
 * with no console error and no uncaught exception (the fixture fails the test on either).
 * One page navigates fifty times, to keep it fast.
 */
import fc from 'fast-check';
import { test, expect } from './fixtures.ts';
import { MAP_BOUNDS, MAX_ZOOM, MIN_ZOOM } from '../../src/state/camera.ts';
import { LINK_PARAMS } from '../../src/state/url.ts';

// Every parameter the link owns, one it passes through, and ones it does not know.
const KEYS = [...LINK_PARAMS, 'debug', 'basemap', 'zzz'];
const number = fc.oneof(
  fc.constantFrom('1e308', '-1e308', '1e309', 'NaN', 'Infinity', '-0', '', '0x10', '9'.repeat(40)),
  fc.double().map(String),
  fc.integer({ min: -1e9, max: 1e9 }).map(String),
);
const markup = fc.constantFrom(
  '<script>window.__pwned=1</script>',
  '"><img src=x onerror="window.__pwned=2">',
  '<svg onload="window.__pwned=3">',
  'javascript:window.__pwned=4',
  '\u202Eevil',
  '%00%ff',
);
const value = fc.oneof(
  number,
  markup,
  fc.tuple(number, number, number).map((t) => t.join(',')),
  fc.constantFrom('place:nowhere', 'project:no-such-thing', 'place:', ':', 'place:Bishkek'),
  // A real article under a hostile paragraph, and basemaps that do not exist (a real online
  // one would rightly contact its host).
  fc.constantFrom('article-bri', 'article-sco', 'article-', 'offline', 'google', 'Street'),
  fc.constantFrom('XX', 'KG,XX,ZZ', 'energy,,evil', 'road', 'ky', 'zz', '0', '1'),
  fc.string({ maxLength: 30 }),
);
const query = fc
  .record({
    entries: fc.array(fc.tuple(fc.constantFrom(...KEYS), value), { minLength: 1, maxLength: 8 }),
    repeated: fc.option(
      fc.tuple(fc.constantFrom(...KEYS), fc.array(value, { minLength: 2, maxLength: 4 })),
    ),
    // Characters a URL carries as they are: 10,000 of them stay within a request header.
    long: fc.option(fc.tuple(fc.constantFrom(...KEYS), fc.constantFrom('a', '9', '-', 'x.', '_'))),
  })
  .map(({ entries, repeated, long }) => {
    const q = new URLSearchParams();
    for (const [k, v] of entries) q.append(k, v);
    if (repeated) for (const v of repeated[1]) q.append(repeated[0], v);
    if (long) q.append(long[0], long[1].repeat(10_000).slice(0, 10_000));
    return q.toString();
  });

const QUERIES = fc.sample(query, { seed: 20261201, numRuns: 50 });

test('fifty hostile links each open a working atlas, with no error', async ({ atlas }) => {
  test.setTimeout(50 * 60_000); // fifty page loads with software WebGL, on a slow machine
  const page = atlas.page;
  expect(QUERIES).toHaveLength(50);
  expect(QUERIES.some((q) => q.length > 10_000)).toBe(true);
  for (const [i, q] of QUERIES.entries()) {
    await test.step(`link ${i + 1}: ${q.slice(0, 80)}`, async () => {
      // As atlas.open does, with room for a slow machine: each load builds a whole map.
      await page.goto(`/?debug&${q}`);
      await page.waitForFunction(() => performance.getEntriesByName('map:ready').length > 0, null, {
        timeout: 120_000,
      });
      await expect(page.getByRole('banner').getByRole('heading', { level: 1 })).toBeVisible();
      // The contents list (a link may also open the reader, whose contents is another nav).
      await expect(page.locator('nav#contents')).toBeVisible();
      const state = await page.evaluate(() => {
        const m = (window as unknown as { __map: import('maplibre-gl').Map }).__map;
        const c = m.getCenter();
        return {
          lng: c.lng,
          lat: c.lat,
          zoom: m.getZoom(),
          pwned: (window as unknown as { __pwned?: number }).__pwned ?? null,
          injected: document.querySelectorAll('img[src="x"], script:not([src]), svg[onload]')
            .length,
        };
      });
      expect(state.pwned).toBeNull();
      expect(state.injected).toBe(0);
      expect(state.zoom).toBeGreaterThanOrEqual(MIN_ZOOM);
      expect(state.zoom).toBeLessThanOrEqual(MAX_ZOOM);
      expect(state.lng).toBeGreaterThanOrEqual(MAP_BOUNDS[0][0]);
      expect(state.lng).toBeLessThanOrEqual(MAP_BOUNDS[1][0]);
      expect(state.lat).toBeGreaterThanOrEqual(MAP_BOUNDS[0][1]);
      expect(state.lat).toBeLessThanOrEqual(MAP_BOUNDS[1][1]);
      expect(atlas.errors, `console errors after link ${i + 1}`).toEqual([]);
    });
  }
});
