/**
 * The camera and the address bar: Back and Forward bring back the map as well as the panel,
 * loading adds no history entry, a hostile link cannot leave the reader on empty land, a
 * link's unknown filter values are dropped, and the home control always brings the map back.
 */
import { test, expect, type AtlasPage } from './fixtures.ts';
import { HOME_BOUNDS, MAP_BOUNDS, MAX_ZOOM, MIN_ZOOM } from '../../src/state/camera.ts';

// Several page loads and camera moves each, in software WebGL, sized for a slow machine.
test.describe.configure({ timeout: 180_000 });

type MapWindow = { __map: import('maplibre-gl').Map };
interface Cam {
  lng: number;
  lat: number;
  zoom: number;
}

/** The camera once the map has stopped moving and drawn (after `moveend` and `idle`). */
async function settledCamera(atlas: AtlasPage): Promise<Cam> {
  return atlas.page.evaluate(
    () =>
      new Promise<Cam>((resolve) => {
        const m = (window as unknown as MapWindow).__map;
        const read = () => {
          const c = m.getCenter();
          resolve({ lng: c.lng, lat: c.lat, zoom: m.getZoom() });
        };
        const whenIdle = () => {
          m.once('idle', read);
          m.triggerRepaint();
        };
        if (m.isMoving()) m.once('moveend', whenIdle);
        else whenIdle();
      }),
  );
}

const expectCameraNear = (actual: Cam, expected: Cam) => {
  expect(actual.lng).toBeCloseTo(expected.lng, 3);
  expect(actual.lat).toBeCloseTo(expected.lat, 3);
  expect(actual.zoom).toBeCloseTo(expected.zoom, 2);
};

test('Back and Forward bring back the map’s camera as well as the panel', async ({ atlas }) => {
  await atlas.open();
  const page = atlas.page;
  const heading = page.getByTestId('panel').getByRole('heading', { level: 2 });
  // The reader moves the map…
  await page.evaluate(
    () => void (window as unknown as MapWindow).__map.jumpTo({ center: [76.2, 41.9], zoom: 6.5 }),
  );
  const moved = await settledCamera(atlas);
  await expect(page).toHaveURL(/map=76\.2,41\.9,6\.5/);
  // …then picks a project from the list: the map frames it.
  await page.getByRole('navigation').getByRole('button', { name: /Datka/ }).click();
  await expect(heading).toContainText('Datka');
  await expect(page).toHaveURL(/sel=project:power-line-datka-kemin/);
  await expect.poll(async () => (await settledCamera(atlas)).zoom).not.toBeCloseTo(6.5, 2);
  const framed = await settledCamera(atlas);
  const inUrl = (n: number, digits: number) =>
    String(Number(n.toFixed(digits))).replace('.', '\\.');
  await expect(page).toHaveURL(
    new RegExp(`map=${inUrl(framed.lng, 4)},${inUrl(framed.lat, 4)},${inUrl(framed.zoom, 2)}`),
  );

  await test.step('Back: the moved camera, no panel', async () => {
    await page.goBack();
    await expect(heading).toHaveText('Places and projects');
    expectCameraNear(await settledCamera(atlas), moved);
  });
  await test.step('Forward: the framed project', async () => {
    await page.goForward();
    await expect(heading).toContainText('Datka');
    expectCameraNear(await settledCamera(atlas), framed);
  });
});

test('opening a link to a selection adds no history entry', async ({ atlas }) => {
  const page = atlas.page;
  await page.addInitScript(() => {
    (window as unknown as { __lengthAtStart: number }).__lengthAtStart = history.length;
  });
  await atlas.open('sel=place:bishkek');
  await expect(page.getByTestId('panel').getByRole('heading', { level: 2 })).toHaveText('Bishkek');
  // Loading wrote what it had to (the language, the camera it flew to)…
  await expect(page).toHaveURL(/lang=en/);
  await settledCamera(atlas);
  await expect(page).toHaveURL(/map=/);
  // …in place of the entry it was opened with.
  const lengths = await page.evaluate(() => ({
    start: (window as unknown as { __lengthAtStart: number }).__lengthAtStart,
    now: history.length,
  }));
  expect(lengths.now).toBe(lengths.start);
});

test('a hostile camera is kept inside the map, and the home control brings it back', async ({
  atlas,
}) => {
  const page = atlas.page;
  await atlas.open();
  const home = await settledCamera(atlas);

  await atlas.open('map=1e308,1e308,1e308');
  const hostile = await settledCamera(atlas);
  expect(hostile.zoom).toBeLessThanOrEqual(MAX_ZOOM);
  expect(hostile.zoom).toBeGreaterThanOrEqual(MIN_ZOOM);
  expect(hostile.lng).toBeGreaterThanOrEqual(MAP_BOUNDS[0][0]);
  expect(hostile.lng).toBeLessThanOrEqual(MAP_BOUNDS[1][0]);
  expect(hostile.lat).toBeGreaterThanOrEqual(MAP_BOUNDS[0][1]);
  expect(hostile.lat).toBeLessThanOrEqual(MAP_BOUNDS[1][1]);
  await expect(page).not.toHaveURL(/map=180,85,22/);

  // The home control, by keyboard: focus it and press Enter; the map moves home.
  const button = page.getByRole('button', { name: 'Home view: Kyrgyzstan and its neighbours' });
  await button.focus();
  const moved = page.evaluate(
    () =>
      new Promise<void>((resolve) =>
        (window as unknown as MapWindow).__map.once('moveend', () => resolve()),
      ),
  );
  await page.keyboard.press('Enter');
  await moved;
  const back = await settledCamera(atlas);
  test.info().annotations.push({
    type: 'home camera',
    description: JSON.stringify({ home, back }),
  });
  expect(back.zoom).toBeCloseTo(home.zoom, 1);
  expect(back.lng).toBeCloseTo(home.lng, 1);
  expect(back.lat).toBeCloseTo(home.lat, 1);
  const showsHome = await page.evaluate(([[w, s], [e, n]]) => {
    const b = (window as unknown as MapWindow).__map.getBounds();
    return b.contains([w, s]) && b.contains([e, n]);
  }, HOME_BOUNDS);
  expect(showsHome, 'the whole home view is in sight').toBe(true);
  expect(await atlas.renderedIds(['cities-circle'])).toContain('bishkek');
});

test('the home control speaks the interface language', async ({ atlas }) => {
  await atlas.open('lang=ky');
  await expect(
    atlas.page.getByRole('button', { name: 'Баштапкы көрүнүш: Кыргызстан жана кошуналары' }),
  ).toBeVisible();
  await atlas.page.locator('.lang select').selectOption('ru');
  await expect(
    atlas.page.getByRole('button', { name: 'Исходный вид: Кыргызстан и соседи' }),
  ).toBeVisible();
});

test('a link’s filter values that match no option are dropped, not kept as a filter', async ({
  atlas,
}) => {
  const page = atlas.page;
  await atlas.open('country=XX&sectors=energy&sub=road,power-line');
  await expect(page.getByRole('navigation')).toContainText('Datka');
  await expect(page.getByText('Nothing matches the filters.')).toHaveCount(0);
  await expect(page).not.toHaveURL(/country=/);
  await expect(page).toHaveURL(/sub=power-line(&|$)/);
  // What is left on is one ticked option each: sector and subsector.
  await expect(page.locator('.filters summary')).toContainText('2 filters on');
  await page.locator('.filters summary').click();
  await expect(page.getByRole('checkbox', { name: /Power line/ })).toBeChecked();
});
