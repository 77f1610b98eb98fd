/**
 * Street and satellite basemaps, only when the reader asks. The providers' hosts are routed to
 * local fixture tiles (tests/fixtures/tiles/), so nothing leaves the machine, and every request
 * the page makes to them is recorded (MapLibre's worker's included). These tests prove: no
 * request to any other host by default; after a choice, requests to that provider's host only;
 * none after switching back; no CSP violation either way; the choice is in the link and survives
 * a reload; the atlas's layers, the selection and the reader's own layers stay on top; without a
 * network, a message and the offline basemap back.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { BrowserContext, Page } from '@playwright/test';
import { test, expect, type AtlasPage } from './fixtures.ts';
import { placeAt } from './geodata.ts';

// WebGL in software on a shared machine: a basemap swap reloads sources; give it room.
test.describe.configure({ timeout: 240_000 });

const TILES = join(import.meta.dirname, '..', 'fixtures', 'tiles');
const STREET = 'tiles.openfreemap.org';
const SATELLITE = 'tiles.maps.eox.at';
const hostOf = (url: string) => new URL(url).host;

/** Serves the fixture tiles for both providers (or makes one of them unreachable). */
async function routeProviders(context: BrowserContext, unreachable: string[] = []) {
  const pbf = readFileSync(join(TILES, 'street.pbf'));
  const png = readFileSync(join(TILES, 'satellite.png'));
  await context.route(
    (url) => url.host === STREET || url.host === SATELLITE,
    (route) => {
      const url = new URL(route.request().url());
      if (unreachable.includes(url.host)) return route.abort('internetdisconnected');
      if (url.host === STREET && url.pathname === '/planet')
        return route.fulfill({
          contentType: 'application/json',
          headers: { 'Access-Control-Allow-Origin': '*' },
          body: JSON.stringify({
            tilejson: '3.0.0',
            tiles: [`https://${STREET}/planet/fixture/{z}/{x}/{y}.pbf`],
            minzoom: 0,
            maxzoom: 14,
          }),
        });
      if (url.host === STREET && /^\/planet\/fixture\/\d+\/\d+\/\d+\.pbf$/.test(url.pathname))
        return route.fulfill({
          contentType: 'application/x-protobuf',
          headers: { 'Access-Control-Allow-Origin': '*' },
          body: pbf,
        });
      if (
        url.host === SATELLITE &&
        /^\/wmts\/1\.0\.0\/s2cloudless_3857\/default\/g\/\d+\/\d+\/\d+\.jpg$/.test(url.pathname)
      )
        return route.fulfill({
          contentType: 'image/png',
          headers: { 'Access-Control-Allow-Origin': '*' },
          body: png,
        });
      return route.fulfill({ status: 404, body: '' });
    },
  );
}

async function recordViolations(page: Page) {
  await page.addInitScript(() => {
    const w = window as unknown as { __csp: string[] };
    w.__csp = [];
    document.addEventListener('securitypolicyviolation', (e) =>
      w.__csp.push(`${e.effectiveDirective} ${e.blockedURI}`),
    );
  });
}
const violations = (page: Page) =>
  page.evaluate(() => (window as unknown as { __csp: string[] }).__csp);

type MapWindow = { __map: import('maplibre-gl').Map };

/** The style's layer ids, bottom to top. */
const layerOrder = (page: Page) =>
  page.evaluate(() => (window as unknown as MapWindow).__map.getLayersOrder());

/** Rendered features in a layer (a vector layer drawn from tiles has some). */
const renderedIn = (page: Page, layer: string) =>
  page.evaluate(
    (l) =>
      (window as unknown as MapWindow).__map.getLayer(l)
        ? (window as unknown as MapWindow).__map.queryRenderedFeatures({ layers: [l] }).length
        : -1,
    layer,
  );

/**
 * The basemap's fills and lines lie under the atlas's layers; its labels (symbol layers) over
 * them. A reader's own layers lie between the basemap's fills and the atlas (their default
 * place, see map/UserLayers.tsx); the point tool's layers on top.
 */
async function basemapAroundAtlas(page: Page) {
  const layers = await page.evaluate(() =>
    (window as unknown as MapWindow).__map
      .getStyle()
      .layers.map((l: { id: string; type: string }) => ({ id: l.id, type: l.type })),
  );
  const isBase = (id: string) => id.startsWith('basemap-');
  const isAdded = (id: string) => id.startsWith('user-') || id.startsWith('probe-');
  const at = (pred: (l: { id: string; type: string }) => boolean) =>
    layers.flatMap((l, i) => (pred(l) ? [i] : []));
  const under = at((l) => isBase(l.id) && l.type !== 'symbol');
  const labels = at((l) => isBase(l.id) && l.type === 'symbol');
  const atlasLayers = at((l) => !isBase(l.id) && !isAdded(l.id));
  expect(under.length, 'basemap layers exist').toBeGreaterThan(0);
  expect(Math.max(...under), 'the atlas layers come after the basemap').toBeLessThan(
    Math.min(...atlasLayers),
  );
  if (labels.length)
    expect(Math.min(...labels), 'the basemap labels come after the atlas layers').toBeGreaterThan(
      Math.max(...atlasLayers),
    );
  // A reader's own layers lie beneath the atlas's by default (and over the basemap's fills);
  // the point tool's layers stay on top of everything.
  const mine = at((l) => l.id.startsWith('user-'));
  const point = at((l) => l.id.startsWith('probe-'));
  if (mine.length) {
    expect(Math.min(...mine), 'the reader’s layers lie over the basemap').toBeGreaterThan(
      Math.max(...under),
    );
    expect(Math.max(...mine), 'the reader’s layers lie beneath the atlas').toBeLessThan(
      Math.min(...atlasLayers),
    );
  }
  if (point.length)
    expect(Math.min(...point), 'the point stays on top').toBeGreaterThan(
      Math.max(...labels, ...atlasLayers, ...mine),
    );
}

const picker = (page: Page) => page.locator('fieldset.basemap-picker');

/** Opens the atlas like `atlas.open`, with room for a slow, shared machine. */
async function open(atlas: AtlasPage, query = '') {
  await atlas.page.goto(`/?debug${query ? `&${query}` : ''}`);
  await atlas.page.waitForFunction(
    () => performance.getEntriesByName('map:ready').length > 0,
    null,
    {
      timeout: 150_000,
    },
  );
}

async function choose(atlas: AtlasPage, name: RegExp) {
  await picker(atlas.page).getByRole('radio', { name }).click();
}

test('by default no other host is contacted, and the picker names each host and its terms first', async ({
  atlas,
}) => {
  const page = atlas.page;
  await routeProviders(page.context());
  await open(atlas);
  await atlas.idle();
  const names: Record<string, [RegExp, string, string, string]> = {
    en: [/Basemap/, 'Street map', 'Satellite (2016)', 'Terms of use'],
    ru: [/Основа карты/, 'Схема улиц', 'Спутник (2016)', 'Условия использования'],
    ky: [/Негизги карта/, 'Көчөлөр картасы', 'Спутник (2016)', 'Колдонуу шарттары'],
  };
  for (const lang of ['en', 'ru', 'ky'] as const) {
    await page.locator('label.lang select').selectOption(lang);
    const [title, street, satellite, terms] = names[lang]!;
    const box = picker(page);
    await expect(box.locator('legend')).toHaveText(title);
    await expect(box.getByRole('radio', { checked: true })).toHaveAttribute('value', 'offline');
    for (const [label, host] of [
      [street, STREET],
      [satellite, SATELLITE],
    ] as const) {
      const radio = page.getByRole('radio', { name: label, exact: true });
      const option = box.locator('.basemap-option').filter({ has: radio });
      await expect(option, `${lang}: ${label} names its host`).toContainText(host);
      const links = option.getByRole('link');
      await expect(links.first()).toHaveText(terms);
      for (const href of await links.evaluateAll((as) =>
        as.map((a) => (a as HTMLAnchorElement).href),
      ))
        expect(href).toMatch(/^https:\/\//);
    }
  }
  expect(atlas.outsideRequests, 'no request to any other host').toEqual([]);
  expect(new URL(page.url()).searchParams.has('basemap')).toBe(false);
});

test.describe('with the providers routed to fixture tiles', () => {
  test.use({ foreignHosts: [STREET, SATELLITE] });

  test('the street map asks only its host, keeps the atlas on top, survives a reload, and stops when left', async ({
    atlas,
  }) => {
    const page = atlas.page;
    await routeProviders(page.context());
    await recordViolations(page);
    await open(atlas);
    // A selection and a reader's own layer, to be kept over the new basemap.
    const bishkek = await atlas.project(placeAt('bishkek'));
    await page.mouse.click(bishkek.x, bishkek.y);
    await expect(page.getByTestId('panel').getByRole('heading', { level: 2 })).toHaveText(
      'Bishkek',
    );
    await page.getByRole('button', { name: 'Add data' }).click();
    await page
      .getByTestId('panel')
      .locator('input[type="file"]')
      .setInputFiles({
        name: 'mine.geojson',
        mimeType: 'application/geo+json',
        buffer: Buffer.from(
          JSON.stringify({
            type: 'Feature',
            properties: { name: 'Mine' },
            geometry: { type: 'Point', coordinates: [74.6, 42.87] },
          }),
        ),
      });
    await expect
      .poll(async () => (await layerOrder(page)).some((id) => id.startsWith('user-')))
      .toBe(true);
    await page.keyboard.press('Escape'); // close the tool: the selection is still there
    const before = (await layerOrder(page)).filter((id) => !id.startsWith('basemap-'));
    expect(atlas.outsideRequests).toEqual([]);

    await choose(atlas, /Street map/);
    await expect
      .poll(() => renderedIn(page, 'basemap-street-roads-major'), { timeout: 90_000 })
      .toBeGreaterThan(0);
    await atlas.idle();
    expect(atlas.outsideRequests.length).toBeGreaterThan(1); // the TileJSON and tiles
    expect(new Set(atlas.outsideRequests.map(hostOf))).toEqual(new Set([STREET]));
    expect(atlas.outsideRequests.some((u) => u.endsWith('/planet'))).toBe(true);
    // No style, sprite or glyphs from the provider: labels use the atlas's own fonts.
    expect(
      atlas.outsideRequests.filter((u) => !/\/planet(\/fixture\/\d+\/\d+\/\d+\.pbf)?$/.test(u)),
    ).toEqual([]);
    const order = await layerOrder(page);
    await basemapAroundAtlas(page);
    expect(
      order.filter((id) => !id.startsWith('basemap-')),
      'the same layers on top',
    ).toEqual(before);
    expect(order).not.toContain('basemap-overview-land');
    expect(
      await page.evaluate(
        () =>
          (window as unknown as MapWindow).__map.getFeatureState({
            source: 'cities',
            id: 'bishkek',
          }).selected,
      ),
      'the selection kept',
    ).toBe(true);
    expect(new URL(page.url()).searchParams.get('basemap')).toBe('street');
    expect(new URL(page.url()).searchParams.get('sel')).toBe('place:bishkek');

    // The link reopens it.
    const sent = atlas.outsideRequests.length;
    await page.reload();
    await page.waitForFunction(() => performance.getEntriesByName('map:ready').length > 0, null, {
      timeout: 150_000,
    });
    await expect(picker(page).getByRole('radio', { name: 'Street map' })).toBeChecked();
    await expect
      .poll(() => renderedIn(page, 'basemap-street-roads-major'), { timeout: 90_000 })
      .toBeGreaterThan(0);
    expect(atlas.outsideRequests.length).toBeGreaterThan(sent);
    expect(new Set(atlas.outsideRequests.map(hostOf))).toEqual(new Set([STREET]));

    // Back to offline: the online source goes, and moving the map asks nothing more of it.
    await choose(atlas, /Offline/);
    await expect
      .poll(() => renderedIn(page, 'basemap-overview-land'), { timeout: 90_000 })
      .toBeGreaterThan(0);
    expect(await renderedIn(page, 'basemap-street-roads-major')).toBe(-1);
    expect(
      await page.evaluate(
        () => !!(window as unknown as MapWindow).__map.getSource('basemap-street'),
      ),
    ).toBe(false);
    await atlas.idle();
    const after = atlas.outsideRequests.length;
    await page.evaluate(
      () => void (window as unknown as MapWindow).__map.jumpTo({ center: [80, 45], zoom: 6 }),
    );
    await atlas.idle();
    expect(atlas.outsideRequests.length, 'no request after switching back').toBe(after);
    expect(new URL(page.url()).searchParams.has('basemap')).toBe(false);
    await basemapAroundAtlas(page);
    expect(await violations(page), 'no CSP violation').toEqual([]);
  });

  test('satellite imagery asks only EOX, with its attribution, and no CSP violation', async ({
    atlas,
  }) => {
    const page = atlas.page;
    await routeProviders(page.context());
    await recordViolations(page);
    await open(atlas, 'basemap=satellite');
    await expect(picker(page).getByRole('radio', { name: 'Satellite (2016)' })).toBeChecked();
    await expect
      .poll(() =>
        page.evaluate(() =>
          (window as unknown as MapWindow).__map.isSourceLoaded('basemap-satellite'),
        ),
      )
      .toBe(true);
    await atlas.idle();
    const tiles = atlas.outsideRequests;
    expect(tiles.length).toBeGreaterThan(0);
    expect(new Set(tiles.map(hostOf))).toEqual(new Set([SATELLITE]));
    for (const u of tiles)
      expect(u).toMatch(/\/wmts\/1\.0\.0\/s2cloudless_3857\/default\/g\/\d+\/\d+\/\d+\.jpg$/);
    await basemapAroundAtlas(page);
    // The offline borders and labels stay over the imagery, read from this origin.
    expect(await layerOrder(page)).toContain('basemap-labels-country');
    await page.locator('.maplibregl-ctrl-attrib-button').click();
    await expect(page.locator('.maplibregl-ctrl-attrib-inner')).toContainText(
      'Sentinel-2 cloudless – https://s2maps.eu by EOX IT Services GmbH',
    );
    // Switching to the street map: from then on only OpenFreeMap's host.
    const sent = tiles.length;
    await choose(atlas, /Street map/);
    await expect
      .poll(() => renderedIn(page, 'basemap-street-roads-major'), { timeout: 90_000 })
      .toBeGreaterThan(0);
    expect(new Set(atlas.outsideRequests.slice(sent).map(hostOf))).toEqual(new Set([STREET]));
    expect(await violations(page)).toEqual([]);
  });

  test('without a network the choice fails gracefully: a message, and the offline basemap back', async ({
    atlas,
  }) => {
    const page = atlas.page;
    await routeProviders(page.context(), [STREET]);
    await open(atlas);
    await choose(atlas, /Street map/);
    const alert = picker(page).getByRole('alert');
    await expect(alert).toContainText('could not be loaded from tiles.openfreemap.org');
    await expect(alert).toContainText('The offline basemap is back');
    await expect(picker(page).getByRole('radio', { name: /Offline/ })).toBeChecked();
    await expect
      .poll(() => renderedIn(page, 'basemap-overview-land'), { timeout: 90_000 })
      .toBeGreaterThan(0);
    expect(
      await page.evaluate(
        () => !!(window as unknown as MapWindow).__map.getSource('basemap-street'),
      ),
    ).toBe(false);
    expect(new URL(page.url()).searchParams.has('basemap')).toBe(false);
    await expect(page.getByRole('alert'), 'no other problem reported').toHaveCount(1);
    expect(new Set(atlas.outsideRequests.map(hostOf))).toEqual(new Set([STREET]));
    // The browser logs the refused requests; nothing else went wrong.
    const expected = (e: string) => /Failed to load resource|ERR_INTERNET_DISCONNECTED/.test(e);
    const others = atlas.errors.filter((e) => !expected(e));
    atlas.errors.length = 0;
    expect(others).toEqual([]);
    // The message goes with the next choice.
    await choose(atlas, /Satellite/);
    await expect(alert).toHaveCount(0);
  });
});
