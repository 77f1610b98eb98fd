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
});
