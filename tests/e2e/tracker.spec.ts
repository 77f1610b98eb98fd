/**
 * The atlas as a tracker: the project table holds exactly what the map draws, a row selects
 * its project on the map, the party facets filter both, "zoom to results" frames what is
 * left, and the meetings table lists the meetings the filters leave.
 */
import { mkdirSync } from 'node:fs';
import { test, expect, PROJECT_LAYERS, type AtlasPage } from './fixtures.ts';
import { projects } from './geodata.ts';

/** The project ids of the table's rows (it renders every row of a dataset this small). */
const tableIds = (atlas: AtlasPage) =>
  atlas.page
    .getByTestId('table')
    .locator('tbody tr[data-key]')
    .evaluateAll((rows) =>
      rows.map((r) => (r.getAttribute('data-key') ?? '').replace(/^project:/, '')).sort(),
    );

const onMap = (ids: string[]) =>
  ids.filter((id) => projects.find((p) => p.properties.id === id)?.geometry).sort();

async function drawnWithTableClosed(atlas: AtlasPage) {
  await atlas.page.getByRole('button', { name: 'Close the table' }).click();
  await expect(atlas.page.getByTestId('table')).toHaveCount(0);
  await atlas.idle();
  return atlas.renderedIds(PROJECT_LAYERS);
}

test('the table lists what the map draws; filtering by a financier narrows both; the link keeps view=table', async ({
  atlas,
}) => {
  await atlas.open('lang=en&view=table');
  const table = atlas.page.getByTestId('table');
  await expect(table.getByRole('columnheader', { name: 'Financier' })).toBeVisible();
  const all = await tableIds(atlas);
  expect(all).toHaveLength(projects.length);
  expect(onMap(all)).toEqual(await drawnWithTableClosed(atlas));

  // The financier facet: the Export-Import Bank of China's projects only.
  await atlas.page.getByRole('button', { name: 'Table', exact: true }).click();
  const nav = atlas.page.getByRole('navigation');
  await nav.locator('details.filters > summary').click();
  await nav.getByRole('checkbox', { name: /^Export-Import Bank of China/ }).check();
  await expect(atlas.page).toHaveURL(/fin=export-import-bank-of-china/);
  await expect(atlas.page).toHaveURL(/view=table/);
  const eximbank = projects
    .filter((p) =>
      p.properties.parties.some(
        (x) => x.role === 'financier' && x.name.en === 'Export-Import Bank of China',
      ),
    )
    .map((p) => p.properties.id)
    .sort();
  expect(eximbank.length).toBeGreaterThan(0);
  await expect.poll(() => tableIds(atlas)).toEqual(eximbank);
  expect(await drawnWithTableClosed(atlas)).toEqual(onMap(eximbank));
});

test('choosing a row selects the project on the map and in the panel; sorting by cost puts the dearest first', async ({
  atlas,
}) => {
  await atlas.open('lang=en&view=table');
  const table = atlas.page.getByTestId('table');
  const cost = table.getByRole('columnheader', { name: 'Cost' });
  await cost.getByRole('button').click();
  await cost.getByRole('button').click();
  await expect(cost).toHaveAttribute('aria-sort', 'descending');
  const usd = (id: string) =>
    projects
      .find((p) => p.properties.id === id)
      ?.properties.cost.find((q) => q.unit === 'USD' && !q.sourceError)?.value ?? -1;
  const dearest = [...projects].sort((a, b) => usd(b.properties.id) - usd(a.properties.id))[0]!;
  const first = table.locator('tbody tr[data-key]').first();
  await expect(first).toHaveAttribute('data-key', `project:${dearest.properties.id}`);

  const target = projects.find((p) => p.properties.id === 'power-line-datka-kemin')!;
  await table.getByRole('button', { name: new RegExp(`^${target.properties.name.en}`) }).click();
  await expect(
    atlas.page
      .getByTestId('panel')
      .getByRole('heading', { level: 2, name: target.properties.name.en }),
  ).toBeVisible();
  await expect(atlas.page).toHaveURL(/sel=project:power-line-datka-kemin/);
  await expect(table.locator('tr[aria-current="true"]')).toHaveAttribute(
    'data-key',
    'project:power-line-datka-kemin',
  );
  await expect
    .poll(() =>
      atlas.page.evaluate(
        () =>
          (window as unknown as { __map: import('maplibre-gl').Map }).__map.getFeatureState({
            source: 'projects',
            id: 'power-line-datka-kemin',
          }).selected,
      ),
    )
    .toBe(true);
});

test('zoom to results frames what the filters leave; the meetings table lists the period’s meetings', async ({
  atlas,
}) => {
  await atlas.open('lang=en&view=meetings&from=2013&to=2013');
  const table = atlas.page.getByTestId('table');
  await expect(table.getByRole('columnheader', { name: 'City' })).toBeVisible();
  const rows = table.locator('tbody tr[data-key]');
  await expect(rows.first()).toBeVisible();
  const dates = await rows.evaluateAll((r) => r.map((x) => x.textContent ?? ''));
  for (const d of dates) expect(d).toContain('2013');
  await table
    .getByRole('button', { name: /Bishkek|13th/ })
    .first()
    .click();
  await expect(atlas.page).toHaveURL(/sel=place:bishkek/);

  // Zoom to results: TBEA built one line, Datka–Kemin; the map frames it.
  await atlas.page.getByTestId('panel').getByRole('button', { name: 'Close' }).click();
  const nav = atlas.page.getByRole('navigation');
  await nav.locator('details.filters > summary').click();
  await nav.getByRole('checkbox', { name: /^TBEA/ }).check();
  const moved = atlas.page.evaluate(
    () =>
      new Promise<number>((resolve) => {
        const m = (window as unknown as { __map: import('maplibre-gl').Map }).__map;
        m.once('moveend', () => resolve(m.getZoom()));
      }),
  );
  await nav.getByRole('button', { name: 'Zoom to results' }).click();
  const zoom = await moved;
  expect(zoom).toBeGreaterThan(5);
  const drawn = await atlas.renderedIds(PROJECT_LAYERS);
  expect(drawn).toEqual(['power-line-datka-kemin']);
});

test('screenshots of the table, desktop and phone', async ({ atlas }) => {
  mkdirSync('test-results/shots', { recursive: true });
  for (const [w, h] of [
    [1280, 800],
    [390, 844],
  ] as const) {
    await atlas.page.setViewportSize({ width: w, height: h });
    for (const lang of ['en', 'ru', 'ky']) {
      await atlas.open(`lang=${lang}&view=table`);
      await expect(
        atlas.page.getByTestId('table').locator('tbody tr[data-key]').first(),
      ).toBeVisible();
      await atlas.idle();
      await atlas.page.screenshot({ path: `test-results/shots/table-${lang}-${w}.png` });
    }
  }
});
