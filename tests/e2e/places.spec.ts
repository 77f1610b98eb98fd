/**
 * The places the projects name are on the map: a reader clicks a waypoint or a border
 * crossing, as drawn, and its panel lists the projects that touch it.
 */
import { test, expect, type AtlasPage } from './fixtures.ts';
import { placeAt, places, projects } from './geodata.ts';

/** Centres the map on a place at a zoom where its dot and label are drawn, and clicks it. */
async function clickPlace(atlas: AtlasPage, id: string) {
  const at = placeAt(id);
  await atlas.page.evaluate(
    (center) =>
      void (window as unknown as { __map: import('maplibre-gl').Map }).__map.jumpTo({
        center,
        zoom: 7,
      }),
    at,
  );
  // The dot is drawn (a rendered feature of the place layer), so the click lands on it.
  await expect.poll(() => atlas.renderedIds(['places-dot'])).toContain(id);
  const { x, y } = await atlas.project(at);
  await atlas.page.mouse.click(x, y);
}

// Two page loads' worth of work on a shared, slow machine.
test.describe.configure({ timeout: 180_000 });

const projectsTouching = (id: string) =>
  projects.filter((p) => p.properties.places?.some((r) => r.id === id)).map((p) => p.properties);

test('clicking a waypoint (Kazarman) opens its panel with the road that passes it', async ({
  atlas,
}) => {
  await atlas.open();
  await clickPlace(atlas, 'kazarman');
  const panel = atlas.page.getByTestId('panel');
  await expect(panel.getByRole('heading', { level: 2, name: 'Kazarman' })).toBeVisible();
  const touching = projectsTouching('kazarman');
  expect(touching.map((p) => p.id)).toEqual(['road-north-south']);
  await expect(panel.getByRole('heading', { level: 3 })).toContainText('1 project');
  const link = panel.getByRole('button', { name: touching[0]!.name.en });
  await expect(link).toBeVisible();
  await expect(panel.getByText('on the route')).toBeVisible();
  await expect(atlas.page).toHaveURL(/sel=place:kazarman/);
  // The project is one click away.
  await link.click();
  await expect(panel.getByRole('heading', { level: 2 })).toContainText('North–South');
});

test('clicking a border crossing (Torugart) opens its panel with the railway, in Kyrgyz too', async ({
  atlas,
}) => {
  await atlas.open();
  await clickPlace(atlas, 'torugart');
  const panel = atlas.page.getByTestId('panel');
  await expect(panel.getByRole('heading', { level: 2, name: 'Torugart' })).toBeVisible();
  await expect(panel.getByText('Border crossing')).toBeVisible();
  const railway = projects.find(
    (p) => p.properties.id === 'railway-china-kyrgyzstan-uzbekistan',
  )!.properties;
  await expect(panel.getByRole('button', { name: railway.name.en })).toBeVisible();
  await expect(panel.getByText('crossed by the route')).toBeVisible();
  // The panel follows the interface language.
  await atlas.page.getByRole('combobox', { name: 'Language' }).selectOption('ky');
  const torugart = places.find((p) => p.properties.id === 'torugart')!.properties;
  await expect(panel.getByRole('heading', { level: 2, name: torugart.name.ky })).toBeVisible();
  await expect(panel.getByRole('button', { name: railway.name.ky })).toBeVisible();
});
