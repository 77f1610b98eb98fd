/**
 * The atlas page as a test fixture: it records every request that leaves localhost and
 * every console error (CSP violations included) and fails the test if there was any; it
 * offers helpers that talk to the real map through `?debug`.
 *
 * A test that means to contact another host declares it: `test.use({ foreignHosts: ['host'] })`
 * (default: none). Requests to declared hosts are listed in `outsideRequests` for the test to
 * check; any other host still fails the test.
 */
import { test as base, expect, type Page } from '@playwright/test';

export interface AtlasPage {
  page: Page;
  /** Requests to any host other than the preview server and the declared `foreignHosts`. */
  foreignRequests: string[];
  /** Every request that left the preview server, to declared hosts included. */
  outsideRequests: string[];
  /** console.error messages and uncaught exceptions. */
  errors: string[];
  /** Opens the atlas (with `?debug`) and waits for `map:ready`. */
  open: (query?: string) => Promise<void>;
  /** Screen position of a longitude/latitude on the current map. */
  project: (lngLat: [number, number]) => Promise<{ x: number; y: number }>;
  /** Ids of rendered features in the given layers (optionally within the viewport only). */
  renderedIds: (layers: string[]) => Promise<string[]>;
  /** Resolves on the next `idle` of the map. */
  idle: () => Promise<void>;
}

export const test = base.extend<{ atlas: AtlasPage; foreignHosts: string[] }>({
  foreignHosts: [[], { option: true }],
  atlas: async ({ page, baseURL, foreignHosts }, use) => {
    const origin = new URL(baseURL ?? 'http://127.0.0.1:4173').origin;
    const foreignRequests: string[] = [];
    const outsideRequests: string[] = [];
    const errors: string[] = [];
    page.on('request', (r) => {
      const url = r.url();
      if (!url.startsWith(origin) && !url.startsWith('data:') && !url.startsWith('blob:')) {
        outsideRequests.push(url);
        if (!foreignHosts.includes(new URL(url).host)) foreignRequests.push(url);
      }
    });
    page.on('console', (m) => {
      if (m.type() === 'error') errors.push(m.text());
    });
    page.on('pageerror', (e) => errors.push(String(e)));

    const atlas: AtlasPage = {
      page,
      foreignRequests,
      outsideRequests,
      errors,
      open: async (query = '') => {
        await page.goto(`/?debug${query ? `&${query}` : ''}`);
        await mapReady(page);
      },
      project: (lngLat) =>
        page.evaluate(([lng, lat]) => {
          const m = (window as unknown as { __map: import('maplibre-gl').Map }).__map;
          const p = m.project([lng, lat]);
          const r = m.getCanvas().getBoundingClientRect();
          return { x: r.left + p.x, y: r.top + p.y };
        }, lngLat),
      renderedIds: (layers) =>
        page.evaluate((ids) => {
          const m = (window as unknown as { __map: import('maplibre-gl').Map }).__map;
          // What the filters hide is drawn with no opacity (feature-state `hidden`): not drawn.
          const fs = m.queryRenderedFeatures({ layers: ids }).filter((f) => !f.state?.hidden);
          return [...new Set(fs.map((f) => String(f.properties.id)))].sort();
        }, layers),
      idle: () =>
        page.evaluate(
          () =>
            new Promise<void>((resolve) => {
              const m = (window as unknown as { __map: import('maplibre-gl').Map }).__map;
              m.once('idle', () => resolve());
              m.triggerRepaint();
            }),
        ),
    };
    await use(atlas);
    // Every test, whatever it does: nothing left localhost, nothing went wrong.
    expect(foreignRequests, 'requests to other hosts').toEqual([]);
    expect(errors, 'console errors').toEqual([]);
  },
});

/** The layers that draw projects, one per line style plus the point symbols. */
export const PROJECT_LAYERS = [
  'projects-line-traced',
  'projects-line-named-points',
  'projects-line-schematic',
  'projects-point',
  // Dots stand in for symbols only where a tile is crowded: never with the atlas's own data.
  'projects-point-dot',
];

export { expect };

/** Waits until the page (or frame) has marked map:ready `after + 1` times, with room for a slow, shared machine. */
export const mapReady = (page: Pick<Page, 'waitForFunction'>, after = 0) =>
  page.waitForFunction((n) => performance.getEntriesByName('map:ready').length > n, after, {
    timeout: 150_000,
  });
