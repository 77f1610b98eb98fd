/**
 * The atlas end to end, driven as a reader would: real clicks on the real map, waiting on
 * map events. Every test also checks that nothing left localhost and nothing went wrong.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { test, expect, type AtlasPage } from './fixtures.ts';
import { PROJECT_LAYERS } from './fixtures.ts';
import { idsOfSector, placeAt, pointOnLine, projects } from './geodata.ts';

async function clickAt(atlas: AtlasPage, lngLat: [number, number]) {
  const { x, y } = await atlas.project(lngLat);
  await atlas.page.mouse.click(x, y);
}

/**
 * Every script the page asked for before its first drawn map (map:ready), or before the idle
 * recheck of the content started if that came first on a slow machine: the geodata is
 * build-verified, so only that recheck (state/loadContent.ts) loads the validator.
 */
const firstMapScripts = (page: Page) =>
  page.evaluate(() => {
    const at = (name: string) => performance.getEntriesByName(name)[0]?.startTime ?? Infinity;
    const cutoff = Math.min(at('map:ready'), at('content:recheck'));
    return performance
      .getEntriesByType('resource')
      .filter((e) => e.startTime < cutoff && e.name.endsWith('.js'))
      .map((e) => e.name);
  });

/** The source modules bundled into a built script, from its source map (none: MapLibre's). */
function sourcesOf(url: string): string[] {
  const file = join(import.meta.dirname, '..', '..', 'dist', `${new URL(url).pathname}.map`);
  if (!existsSync(file)) return [];
  const map = JSON.parse(readFileSync(file, 'utf8')) as { sources: string[] };
  return map.sources.map((s) => s.replace(/^(\.\.\/)+/, ''));
}

test('opens offline with the basemap and every atlas layer drawn', async ({ atlas }) => {
  await atlas.open();
  const cities = await atlas.renderedIds(['cities-circle']);
  expect(cities).toEqual(expect.arrayContaining(['bishkek', 'tashkent', 'almaty', 'dushanbe']));
  // Zoomed out, every project with a geometry is drawn.
  await atlas.page.evaluate(
    () =>
      void (window as unknown as { __map: import('maplibre-gl').Map }).__map.jumpTo({
        center: [75, 41.5],
        zoom: 4.5,
      }),
  );
  await atlas.idle();
  const drawn = await atlas.renderedIds(PROJECT_LAYERS);
  const placed = projects.filter((p) => p.geometry).map((p) => p.properties.id);
  expect(drawn).toEqual(expect.arrayContaining(placed));
  // Each line style and the point symbols draw what the data gives them.
  const expected: Record<string, string[]> = Object.fromEntries(PROJECT_LAYERS.map((l) => [l, []]));
  for (const p of projects.filter((f) => f.geometry)) {
    const isLine = p.geometry!.type.includes('LineString');
    const classes = isLine
      ? new Set((p.properties.geo.segments ?? []).map((s) => `projects-line-${s.class}`))
      : new Set(['projects-point']);
    for (const layer of classes) expected[layer]!.push(p.properties.id);
  }
  for (const layer of PROJECT_LAYERS)
    expect(await atlas.renderedIds([layer]), layer).toEqual(expected[layer]!.sort());
  const basemap = await atlas.page.evaluate(
    () =>
      (window as unknown as { __map: import('maplibre-gl').Map }).__map.queryRenderedFeatures({
        layers: ['basemap-labels-country'],
      }).length,
  );
  expect(basemap).toBeGreaterThan(0);
});

test('the first map loads no record schemas: they come with the validator, when asked for', async ({
  atlas,
}) => {
  await atlas.open();
  const scripts = await firstMapScripts(atlas.page);
  expect(scripts.length).toBeGreaterThan(0);
  for (const url of scripts) {
    const text = await (await atlas.page.request.get(url)).text();
    // A message only data/schema.ts writes.
    expect(text.includes('every fact needs at least one citation'), url).toBe(false);
  }
});

test('a plain visit loads no zod before its first map; a link with state loads the parser and opens what it says', async ({
  atlas,
}) => {
  await atlas.open();
  const modules = (await firstMapScripts(atlas.page)).flatMap(sourcesOf);
  expect(modules, "the source maps name the first map's modules").toContain('src/state/url.ts');
  expect(modules.filter((m) => /node_modules\/zod\//.test(m))).toEqual([]);
  expect(modules).not.toContain('src/state/urlParse.ts');

  await atlas.open('lang=ru&sel=place:bishkek');
  await expect(
    atlas.page.getByTestId('panel').getByRole('heading', { level: 2, name: 'Бишкек' }),
  ).toBeVisible();
  expect((await firstMapScripts(atlas.page)).flatMap(sourcesOf)).toContain('src/state/urlParse.ts');
});

test('clicking Bishkek opens its summits, the 2007 summit among them', async ({ atlas }) => {
  await atlas.open();
  await clickAt(atlas, placeAt('bishkek'));
  const panel = atlas.page.getByTestId('panel');
  await expect(panel.getByRole('heading', { level: 2, name: 'Bishkek' })).toBeVisible();
  await expect(panel.getByText('16 August 2007').first()).toBeVisible();
  await expect(
    panel.getByRole('heading', { level: 3 }).filter({ hasText: '2007' }).first(),
  ).toBeVisible();
  // Its sources open to the article's own words.
  const cite = panel.locator('details.cite').first();
  await cite.locator('summary').click();
  await expect(cite.locator('blockquote[lang="ky"]')).toBeVisible();
});

test('clicking the Datka–Kemin line opens its details', async ({ atlas }) => {
  await atlas.open();
  await clickAt(atlas, pointOnLine('power-line-datka-kemin'));
  const panel = atlas.page.getByTestId('panel');
  await expect(panel.getByRole('heading', { level: 2 })).toContainText('Datka');
  await expect(panel.getByText('Energy', { exact: false }).first()).toBeVisible();
  // Its route is traced: the panel says what each stretch rests on, and how long it is.
  const segments = panel.getByTestId('segments');
  await expect(segments.locator('li[data-segment="traced"]')).toHaveCount(1);
  await expect(segments).toContainText('AidData project 39619');
  await expect(segments.getByRole('link', { name: 'OSM 494074603' })).toHaveAttribute(
    'href',
    'https://www.openstreetmap.org/way/494074603',
  );
  await expect(panel.getByTestId('measure-traced')).toContainText('405');
});

test('credits every data licence in the map attribution', async ({ atlas }) => {
  await atlas.open();
  const credits = atlas.page.locator('.maplibregl-ctrl-attrib-inner');
  for (const text of ['AidData', '© OpenStreetMap contributors', 'Natural Earth', 'GeoNames'])
    await expect(credits).toContainText(text);
  // In Kyrgyz the credits are Kyrgyz, but for the names and OpenStreetMap's own notice.
  await atlas.open('lang=ky');
  await expect(credits).toContainText('Шаарлардын орду: GeoNames');
  await expect(credits).toContainText('Natural Earth');
  await expect(credits).not.toContainText('Made with');
});

test('switching the energy sector off removes it from the map, and on restores it', async ({
  atlas,
}) => {
  await atlas.open();
  await atlas.page.evaluate(
    () =>
      void (window as unknown as { __map: import('maplibre-gl').Map }).__map.jumpTo({
        center: [75, 41.5],
        zoom: 4.5,
      }),
  );
  await atlas.idle();
  const energy = idsOfSector('energy');
  expect(energy.length).toBeGreaterThan(0);
  expect(await atlas.renderedIds(PROJECT_LAYERS)).toEqual(expect.arrayContaining(energy));

  const toggle = atlas.page.getByRole('checkbox', { name: /Energy/ });
  const all = await atlas.renderedIds(PROJECT_LAYERS);
  const others = all.filter((id) => !energy.includes(id));
  expect(others.length).toBeGreaterThan(0);
  // The map re-filters in its worker: poll what it renders until it has caught up.
  await toggle.uncheck();
  await expect.poll(() => atlas.renderedIds(PROJECT_LAYERS)).toEqual(others);
  await toggle.check();
  await expect.poll(() => atlas.renderedIds(PROJECT_LAYERS)).toEqual(all);
});

test('hover highlights and shows a pointer; Escape, close and an empty click clear the selection', async ({
  atlas,
}) => {
  await atlas.open();
  const bishkek = await atlas.project(placeAt('bishkek'));
  await atlas.page.mouse.move(bishkek.x - 60, bishkek.y - 60);
  await atlas.page.mouse.move(bishkek.x, bishkek.y, { steps: 4 });
  await expect(atlas.page.locator('canvas.maplibregl-canvas')).toHaveCSS('cursor', 'pointer');
  const hover = await atlas.page.evaluate(() =>
    (window as unknown as { __map: import('maplibre-gl').Map }).__map.getFeatureState({
      source: 'cities',
      id: 'bishkek',
    }),
  );
  expect(hover.hover).toBe(true);

  const heading = atlas.page
    .getByTestId('panel')
    .getByRole('heading', { level: 2, name: 'Bishkek' });
  await atlas.page.mouse.click(bishkek.x, bishkek.y);
  await expect(heading).toBeVisible();
  await atlas.page.keyboard.press('Escape');
  await expect(heading).toBeHidden();
  // Picked on the map, so focus goes back to the map, not to the page body.
  await expect(atlas.page.locator('canvas.maplibregl-canvas')).toBeFocused();

  await atlas.page.mouse.click(bishkek.x, bishkek.y);
  await atlas.page.getByRole('button', { name: 'Close' }).click();
  await expect(heading).toBeHidden();

  await atlas.page.mouse.click(bishkek.x, bishkek.y);
  await expect(heading).toBeVisible();
  const empty = await atlas.project([79.5, 39.2]); // the Tarim basin: nothing of ours there
  await atlas.page.mouse.click(empty.x, empty.y);
  await expect(heading).toBeHidden();
});

test('works with the keyboard alone: the list opens a record, Escape returns', async ({
  atlas,
}) => {
  await atlas.open();
  const item = atlas.page.getByRole('navigation').getByRole('button', { name: /^Bishkek \d/ });
  await item.focus();
  await atlas.page.keyboard.press('Enter');
  const heading = atlas.page
    .getByTestId('panel')
    .getByRole('heading', { level: 2, name: 'Bishkek' });
  await expect(heading).toBeFocused();
  const selected = await atlas.page.evaluate(() =>
    (window as unknown as { __map: import('maplibre-gl').Map }).__map.getFeatureState({
      source: 'cities',
      id: 'bishkek',
    }),
  );
  expect(selected.selected).toBe(true);
  await atlas.page.keyboard.press('Escape');
  await expect(heading).toBeHidden();
  // Focus returns to the list item that opened the record (drawn afresh with the list).
  await expect(item).toBeFocused();
});

test('the focused map shows its focus ring inside its clipped container', async ({ atlas }) => {
  await atlas.open();
  const canvas = atlas.page.locator('canvas.maplibregl-canvas');
  await canvas.focus();
  const ring = await canvas.evaluate((el) => {
    const s = getComputedStyle(el);
    const clip = el.closest('.maplibregl-map')!.getBoundingClientRect();
    const box = el.getBoundingClientRect();
    const out = parseFloat(s.outlineOffset) + parseFloat(s.outlineWidth);
    return {
      style: s.outlineStyle,
      width: parseFloat(s.outlineWidth),
      inside:
        box.left - out >= clip.left &&
        box.top - out >= clip.top &&
        box.right + out <= clip.right &&
        box.bottom + out <= clip.bottom,
    };
  });
  expect(ring).toEqual({ style: 'solid', width: 3, inside: true });
});

test('the skip link moves focus to the list and leaves the link as it was', async ({ atlas }) => {
  await atlas.open();
  const before = atlas.page.url();
  await atlas.page.keyboard.press('Tab');
  const skip = atlas.page.getByRole('link', { name: 'Skip to the list of places and projects' });
  await expect(skip).toBeFocused();
  await atlas.page.keyboard.press('Enter');
  await expect(atlas.page.locator('#contents')).toBeFocused();
  expect(atlas.page.url()).toBe(before);
});

test('speaks Kyrgyz: interface, panel and map labels', async ({ atlas }) => {
  await atlas.open();
  await atlas.page.getByRole('combobox', { name: 'Language' }).selectOption('ky');
  await expect(atlas.page.getByRole('heading', { level: 1 })).toHaveText('Жибек жолу атласы');
  await atlas.idle();
  const label = await atlas.page.evaluate(() => {
    const m = (window as unknown as { __map: import('maplibre-gl').Map }).__map;
    return m.queryRenderedFeatures({ layers: ['cities-label'] }).map((f) => f.properties.name_ky);
  });
  expect(label).toContain('Бишкек');
  await clickAt(atlas, placeAt('bishkek'));
  await expect(
    atlas.page.getByTestId('panel').getByRole('heading', { level: 2, name: 'Бишкек' }),
  ).toBeVisible();
});

test.describe('on a phone', () => {
  test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });

  test('the map fills the screen and the panel is a sheet that opens on a tap', async ({
    atlas,
  }) => {
    await atlas.open();
    const canvas = await atlas.page.locator('canvas.maplibregl-canvas').boundingBox();
    expect(canvas?.width).toBe(390);
    await expect(atlas.page.getByRole('button', { name: 'Contents ▴' })).toBeVisible();
    const { x, y } = await atlas.project(placeAt('bishkek'));
    await atlas.page.touchscreen.tap(x, y);
    const heading = atlas.page
      .getByTestId('panel')
      .getByRole('heading', { level: 2, name: 'Bishkek' });
    await expect(heading).toBeInViewport();
    // The sheet leaves part of the map visible, and the map's controls are not covered.
    const sheet = await atlas.page.getByTestId('panel').boundingBox();
    expect(sheet!.y).toBeGreaterThan(300);
    await expect(atlas.page.getByRole('button', { name: 'Zoom in' })).toBeInViewport();
  });
});
