/** No blank page, ever: broken data is named, and a browser without WebGL gets the content. */
import { test, expect } from './fixtures.ts';

test('a broken projects file is named on screen while cities and the rest still work', async ({
  atlas,
}) => {
  await atlas.page.route(/\/assets\/projects-[^/]+\.geojson$/, (route) =>
    route.fulfill({
      status: 200,
      contentType: 'application/json',
      body: '{"type":"FeatureCollection","features":[{"type":"Feat',
    }),
  );
  await atlas.open();
  const banner = atlas.page.getByRole('alert');
  await expect(banner).toContainText('1 problem');
  await banner.locator('summary').click();
  await expect(banner).toContainText('projects.geojson › (file)');
  await expect(banner).toContainText('not valid JSON');
  expect(await atlas.renderedIds(['cities-circle'])).toContain('bishkek');
  atlas.errors.length = 0; // the page logged no error of its own; the banner is the report
});

test('an invalid record is named file › record › field, and only it is left out', async ({
  atlas,
}) => {
  await atlas.page.route(/\/assets\/projects-[^/]+\.geojson$/, async (route) => {
    const res = await route.fetch();
    const json = (await res.json()) as {
      features: { properties: { id: string; sector: string } }[];
    };
    const victim = json.features.find((f) => f.properties.id === 'power-line-datka-kemin')!;
    victim.properties.sector = 'teleportation';
    await route.fulfill({ response: res, json });
  });
  await atlas.open();
  const banner = atlas.page.getByRole('alert');
  await banner.locator('summary').click();
  await expect(banner).toContainText(
    'projects.geojson › power-line-datka-kemin › properties.sector ›',
  );
  await expect(
    atlas.page.getByRole('navigation').getByRole('button', { name: /Kara-Balta/ }),
  ).toBeVisible();
  // The records were checked in a worker (data/offThread.ts), not on the page's thread.
  const scripts = await atlas.page.evaluate(() =>
    performance.getEntriesByType('resource').map((e) => e.name),
  );
  expect(scripts.filter((u) => /\/assets\/validateWorker-[\w-]+\.js$/.test(u))).toHaveLength(1);
});

/** Console noise a failed request makes by itself; anything else is the page's own error. */
const notTheFailedLoad = (errors: string[]) =>
  errors.filter((e) => !/Failed to load resource: .* 404/.test(e));

test('a missing projects file (404) is named, and cities, list and panel still work', async ({
  atlas,
}) => {
  await atlas.page.route(/\/assets\/projects-[^/]+\.geojson$/, (route) =>
    route.fulfill({ status: 404, contentType: 'text/plain', body: 'Not Found' }),
  );
  await atlas.open();
  const banner = atlas.page.getByRole('alert');
  await expect(banner).toContainText('1 problem');
  await banner.locator('summary').click();
  await expect(banner).toContainText('projects.geojson › (file)');
  await expect(banner).toContainText('HTTP 404');
  expect(await atlas.renderedIds(['cities-circle'])).toContain('bishkek');
  await atlas.page
    .getByRole('navigation')
    .getByRole('button', { name: /^Bishkek \d/ })
    .click();
  await expect(
    atlas.page.getByTestId('panel').getByRole('heading', { level: 2, name: 'Bishkek' }),
  ).toBeVisible();
  expect(notTheFailedLoad(atlas.errors)).toEqual([]);
  atlas.errors.length = 0;
});

test('a missing basemap file (404) is named as that layer, and every atlas layer is drawn', async ({
  atlas,
}) => {
  // Fetched by MapLibre's worker; the route intercepts it there too.
  await atlas.page.route(/\/assets\/overview-[^/]+\.geojson$/, (route) =>
    route.fulfill({ status: 404, contentType: 'text/plain', body: 'Not Found' }),
  );
  await atlas.open();
  const banner = atlas.page.getByRole('alert');
  await banner.locator('summary').click();
  await expect(banner).toContainText('basemap-overview');
  await expect(banner).toContainText('404');
  expect(await atlas.renderedIds(['cities-circle'])).toContain('bishkek');
  const other = await atlas.page.evaluate(
    () =>
      (window as unknown as { __map: import('maplibre-gl').Map }).__map.queryRenderedFeatures({
        layers: ['basemap-labels-country'],
      }).length,
  );
  expect(other, 'the other basemap layers are drawn').toBeGreaterThan(0);
  expect(
    await atlas.renderedIds([
      'projects-line-traced',
      'projects-line-named-points',
      'projects-line-schematic',
      'projects-point',
    ]),
  ).not.toEqual([]);
  expect(notTheFailedLoad(atlas.errors)).toEqual([]);
  atlas.errors.length = 0;
});

test('a truncated basemap file is named with the reason, and the map works', async ({ atlas }) => {
  await atlas.page.route(/\/assets\/water-[^/]+\.geojson$/, (route) =>
    route.fulfill({
      status: 200,
      contentType: 'application/geo+json',
      body: '{"type":"FeatureCollection","feat',
    }),
  );
  await atlas.open();
  const banner = atlas.page.getByRole('alert');
  await banner.locator('summary').click();
  await expect(banner).toContainText('basemap-water');
  await expect(banner).toContainText(/JSON/);
  expect(await atlas.renderedIds(['cities-circle'])).toContain('bishkek');
  expect(atlas.errors).toEqual([]);
});
