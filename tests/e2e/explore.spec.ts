/**
 * Exploring: the period, filters with counts, search in three scripts, one link for
 * everything, back and forward, and the list in step with the map.
 */
import { test, expect, type AtlasPage } from './fixtures.ts';
import { PROJECT_LAYERS, mapReady } from './fixtures.ts';
import { projects } from './geodata.ts';
import { LAST_YEAR } from '../../src/state/filters.ts';

/** The projects the list shows, read from its rows: name, and whether it says "not on the map". */
async function listedProjects(atlas: AtlasPage): Promise<{ name: string; onMap: boolean }[]> {
  return atlas.page
    .getByRole('navigation')
    .locator('ul.contents li button:has(.status)')
    .evaluateAll((buttons) =>
      buttons.map((b) => {
        const label = b.firstElementChild!;
        return {
          name: (label.firstChild?.textContent ?? '').trim(),
          onMap: !label.querySelector('.muted'),
        };
      }),
    );
}

/** Every project's geometry, in one box (from the data, not from the page). */
const ALL_PROJECTS = (() => {
  const coords: number[][] = [];
  const walk = (c: unknown): void => {
    if (Array.isArray(c) && typeof c[0] === 'number') coords.push(c as number[]);
    else if (Array.isArray(c)) c.forEach(walk);
  };
  for (const p of projects) if (p.geometry) walk(p.geometry.coordinates);
  const lngs = coords.map((c) => c[0]!);
  const lats = coords.map((c) => c[1]!);
  return [
    [Math.min(...lngs), Math.min(...lats)],
    [Math.max(...lngs), Math.max(...lats)],
  ] as [[number, number], [number, number]];
})();

/**
 * The names of the projects the map drew (English), with every project's place in view:
 * what MapLibre rendered, through its public query API.
 */
async function drawnProjects(atlas: AtlasPage): Promise<string[]> {
  await atlas.page.evaluate((bounds) => {
    const m = (window as unknown as { __map: import('maplibre-gl').Map }).__map;
    m.fitBounds(bounds, { padding: 40, animate: false });
  }, ALL_PROJECTS);
  await atlas.idle();
  return atlas.page.evaluate((layers) => {
    const m = (window as unknown as { __map: import('maplibre-gl').Map }).__map;
    const names = m
      .queryRenderedFeatures({ layers })
      .filter((f) => !f.state?.hidden) // drawn with no opacity: what the filters hide
      .map((f) => String(f.properties.name_en));
    return [...new Set(names)].sort();
  }, PROJECT_LAYERS);
}

/** The list and the map show the same projects: each listed one is drawn unless it has no geometry. */
async function expectListMatchesMap(atlas: AtlasPage) {
  const listed = await listedProjects(atlas);
  const drawn = await drawnProjects(atlas);
  expect(drawn, 'the map draws exactly the listed projects that have a place').toEqual(
    listed
      .filter((p) => p.onMap)
      .map((p) => p.name)
      .sort(),
  );
  return { listed, drawn };
}

async function setYear(atlas: AtlasPage, name: 'From' | 'To' | 'Баштап' | 'Чейин', year: number) {
  const slider = atlas.page.getByRole('slider', { name });
  await slider.focus();
  const current = Number(await slider.inputValue());
  const key = year > current ? 'ArrowRight' : 'ArrowLeft';
  for (let i = 0; i < Math.abs(year - current); i++) await atlas.page.keyboard.press(key);
  await expect(slider).toHaveValue(String(year));
}

test('what was being built in Kyrgyzstan in 2016, and which summits that year — in Kyrgyz, shared as a link', async ({
  atlas,
  browser,
}) => {
  await atlas.open();
  await atlas.page.getByRole('combobox', { name: 'Language' }).selectOption('ky');
  await setYear(atlas, 'Баштап', 2016);
  await setYear(atlas, 'Чейин', 2016);
  const list = atlas.page.getByRole('navigation');
  await list.locator('details.filters > summary').click();
  await list.getByRole('checkbox', { name: /Курулууда/ }).check();

  // Under construction in 2016: the North–South road, the Tokmok refinery, the Osh hospital.
  const building = list.locator('ul.contents button');
  await expect(building).toHaveCount(3 + 1); // three projects + Tashkent, the 2016 summit city
  await expect(list.getByRole('button', { name: /^Ташкент/ })).toBeVisible();
  await expect
    .poll(() => atlas.renderedIds(PROJECT_LAYERS))
    .toEqual(['hospital-osh', 'refinery-tokmok', 'road-north-south']);
  await list.getByRole('button', { name: /^Ташкент/ }).click();
  await expect(atlas.page.getByTestId('panel')).toContainText('2016');

  // The link reproduces the screen in a fresh browser.
  const url = atlas.page.url();
  expect(url).toMatch(/lang=ky/);
  expect(url).toMatch(/from=2016&to=2016/);
  expect(url).toMatch(/status=under-construction/);
  expect(url).toMatch(/sel=place:tashkent/);
  const other = await browser.newPage();
  await other.goto(url);
  await mapReady(other);
  await expect(other.getByRole('heading', { level: 1 })).toHaveText('Жибек жолу атласы');
  await expect(other.getByTestId('panel').getByRole('heading', { level: 2 })).toHaveText('Ташкент');
  await expect(other.getByRole('slider', { name: 'Баштап' })).toHaveValue('2016');
  await other.close();
});

test('filter counts tell what each option would leave; the list and the map agree; reset restores all', async ({
  atlas,
}) => {
  await atlas.open();
  const nav = atlas.page.getByRole('navigation');
  await nav.locator('details.filters > summary').click();
  const operating = nav.getByRole('checkbox', { name: /Operating/ });
  const count = Number(await operating.locator('xpath=..').locator('.count').innerText());
  await operating.check();
  await expect(nav.locator('ul.contents .status')).toHaveCount(count);
  await expect(nav.locator('ul.contents .status-operating')).toHaveCount(count);
  const { listed, drawn } = await expectListMatchesMap(atlas);
  expect(listed).toHaveLength(count);
  expect(drawn.length, 'operating projects drawn').toBeGreaterThan(0);
  await atlas.page.getByRole('button', { name: 'Reset all filters' }).click();
  await expect(operating).not.toBeChecked();
  await expect(nav.locator('ul.contents .status')).not.toHaveCount(count);
  const all = await expectListMatchesMap(atlas);
  expect(all.listed.length).toBeGreaterThan(count);
  expect(all.drawn.length).toBeGreaterThan(drawn.length);
});

test('search finds a place under any of its names and scripts, by keyboard', async ({ atlas }) => {
  await atlas.open();
  const box = atlas.page.getByRole('combobox', { name: /Search/ });
  for (const query of ['Bishkek', 'Бишкек', 'bishkek']) {
    await box.fill(query);
    await expect(atlas.page.getByRole('option').first()).toContainText('Bishkek');
  }
  await box.press('Enter');
  await expect(atlas.page.getByTestId('panel').getByRole('heading', { level: 2 })).toHaveText(
    'Bishkek',
  );

  await box.fill('Жунда'); // the Kara-Balta refinery under one of its other names
  await expect(atlas.page.getByRole('option').first()).toContainText('Kara-Balta');
  await box.press('ArrowDown');
  await box.press('ArrowUp');
  await box.press('Enter');
  await expect(atlas.page.getByTestId('panel').getByRole('heading', { level: 2 })).toContainText(
    'Kara-Balta',
  );
  await expect(atlas.page).toHaveURL(/sel=project:refinery-kara-balta/);
});

test('back and forward step through selections', async ({ atlas }) => {
  await atlas.open();
  const nav = atlas.page.getByRole('navigation');
  const heading = atlas.page.getByTestId('panel').getByRole('heading', { level: 2 });
  await nav.getByRole('button', { name: /^Bishkek \d/ }).click();
  await expect(heading).toHaveText('Bishkek');
  await atlas.page.getByRole('button', { name: 'Close' }).click();
  await nav.getByRole('button', { name: /Datka/ }).click();
  await expect(heading).toContainText('Datka');
  await atlas.page.goBack();
  await expect(heading).toHaveText('Places and projects'); // the closed state between them
  await atlas.page.goBack();
  await expect(heading).toHaveText('Bishkek');
  await atlas.page.goForward();
  await atlas.page.goForward();
  await expect(heading).toContainText('Datka');
});

test('a hostile or malformed link is ignored safely', async ({ atlas }) => {
  await atlas.open(
    'sel=project:%3Cscript%3Ealert(1)%3C/script%3E&from=-5&to=99999&map=NaN,1,2&lang=zz&status=%22%3E%3Cimg%20src=x%3E&sectors=energy,,evil',
  );
  await expect(atlas.page.getByRole('slider', { name: 'From' })).toHaveValue('1992');
  await expect(atlas.page.getByRole('slider', { name: 'To' })).toHaveValue(String(LAST_YEAR));
  await expect(atlas.page.getByRole('checkbox', { name: /Energy/ })).toBeChecked();
  await expect(atlas.page.getByRole('checkbox', { name: /Transport/ })).not.toBeChecked();
  await expect(atlas.page.locator('img[src="x"]')).toHaveCount(0);
  await expect(atlas.page.getByRole('navigation')).toContainText('Datka');
});

test('playback walks the years and can be paused and stepped', async ({ atlas }) => {
  await atlas.open();
  await setYear(atlas, 'To', 2000);
  const play = atlas.page.getByRole('button', { name: 'Play the years' });
  await play.click();
  const to = atlas.page.getByRole('slider', { name: 'To' });
  await expect(to).toHaveValue('2001');
  await expect(to).toHaveValue('2002');
  await atlas.page.getByRole('button', { name: 'Pause' }).click();
  const paused = Number(await to.inputValue());
  await atlas.page.getByRole('button', { name: 'One year on' }).click();
  await expect(to).toHaveValue(String(paused + 1));
  await atlas.page.getByRole('button', { name: 'One year back' }).click();
  await expect(to).toHaveValue(String(paused));
});
