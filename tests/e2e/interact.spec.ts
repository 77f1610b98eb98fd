/**
 * Interactions whose cost does not grow with the data: a sector toggle, a filter change, a
 * timeline step and a selection reach the map without reloading an atlas source. Counted
 * through MapLibre's own events (`sourcedataloading`, and `sourcedata` for a tile that
 * loaded): a reload of the projects or cities source fires them, a feature-state change
 * does not. A count, not a time.
 */
import { test, expect, type AtlasPage, PROJECT_LAYERS } from './fixtures.ts';
import { idsOfSector, placeAt } from './geodata.ts';

type Counted = { __loads: string[]; __map: import('maplibre-gl').Map };

/** Starts counting loads of the atlas's sources (the basemap's are not counted). */
const countLoads = (atlas: AtlasPage) =>
  atlas.page.evaluate(() => {
    const w = window as unknown as Counted;
    w.__loads = [];
    const atlasSource = (id: unknown) => id === 'projects' || id === 'cities';
    w.__map.on('sourcedataloading', (e) => {
      if (atlasSource(e.sourceId)) w.__loads.push(`loading ${e.sourceId}`);
    });
    w.__map.on('sourcedata', (e) => {
      if (atlasSource(e.sourceId) && (e.tile || e.sourceDataType === 'content'))
        w.__loads.push(`data ${e.sourceId}`);
    });
  });
const loads = (atlas: AtlasPage) =>
  atlas.page.evaluate(() => (window as unknown as Counted).__loads);

test('a toggle, a filter, a timeline step and a selection reload no atlas source', async ({
  atlas,
}) => {
  await atlas.open();
  await atlas.idle();
  await countLoads(atlas);

  // A sector toggle: energy leaves the map (it is drawn with no opacity, not reloaded).
  const energy = idsOfSector('energy');
  expect(energy.length).toBeGreaterThan(0);
  await atlas.page
    .getByRole('checkbox', { name: /Energy/ })
    .first()
    .uncheck();
  await atlas.idle();
  const drawn = await atlas.renderedIds(PROJECT_LAYERS);
  expect(
    drawn.filter((id) => energy.includes(id)),
    'energy is hidden',
  ).toEqual([]);
  await atlas.page
    .getByRole('checkbox', { name: /Energy/ })
    .first()
    .check();
  await atlas.idle();
  await expect
    .poll(() => atlas.renderedIds(PROJECT_LAYERS))
    .toEqual(expect.arrayContaining(energy));

  // A filter change.
  const nav = atlas.page.getByRole('navigation');
  await nav.locator('details.filters > summary').click();
  await nav.getByRole('checkbox', { name: /Operating/ }).check();
  await atlas.idle();
  await nav.getByRole('checkbox', { name: /Operating/ }).uncheck();
  await atlas.idle();

  // A timeline step.
  const to = atlas.page.getByRole('slider', { name: 'To' });
  await to.focus();
  await atlas.page.keyboard.press('ArrowLeft');
  await atlas.idle();
  await atlas.page.keyboard.press('ArrowRight');
  await atlas.idle();

  // A selection on the map.
  const { x, y } = await atlas.project(placeAt('bishkek'));
  await atlas.page.mouse.click(x, y);
  await expect(
    atlas.page.getByTestId('panel').getByRole('heading', { level: 2, name: 'Bishkek' }),
  ).toBeVisible();
  await atlas.idle();

  expect(await loads(atlas), 'atlas source loads during the interactions').toEqual([]);

  // The counter counts: setting the data again (what a reload does) is seen.
  await atlas.page.evaluate(() => {
    const m = (window as unknown as Counted).__map;
    const source = m.getSource('projects') as import('maplibre-gl').GeoJSONSource;
    void source.getData().then((d) => source.setData(d));
  });
  await expect.poll(() => loads(atlas)).toContain('loading projects');
});
