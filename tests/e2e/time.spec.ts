/**
 * The legend's fold, the period range and the Point tool, on the real map (issue 13): the
 * legend remembers being folded across a reload; the range's handles take real drags and
 * keys, and a handle dragged to a year label lands on that year (the axis is aligned); after
 * pressing Point a left click places the point, the link keeps it, and a reload restores it.
 */
import { test, expect } from './fixtures.ts';
import { placeAt } from './geodata.ts';
import { FIRST_YEAR, LAST_YEAR } from '../../src/state/filters.ts';

test('the legend folds, says what the blue halo means, and stays folded after a reload', async ({
  atlas,
}) => {
  await atlas.open();
  const legend = atlas.page.locator('section.legend');
  const head = legend.getByRole('button', { name: /^Layers/ });
  await expect(head).toHaveAttribute('aria-expanded', 'true');
  await expect(legend.locator('[data-highlight="linked"]')).toHaveText(
    'Linked to the selection (a summit’s projects, a project’s summits)',
  );
  const open = (await legend.boundingBox())!;
  await head.click();
  await expect(head).toHaveAttribute('aria-expanded', 'false');
  const folded = (await legend.boundingBox())!;
  // Folded, it is a small head, not a card over the map.
  expect(folded.height).toBeLessThan(60);
  expect(folded.height * folded.width).toBeLessThan((open.height * open.width) / 5);
  await atlas.page.reload();
  await atlas.page.waitForFunction(() => performance.getEntriesByName('map:ready').length > 0);
  await expect(atlas.page.getByRole('button', { name: /^Layers/ })).toHaveAttribute(
    'aria-expanded',
    'false',
  );
});

test('the period range: a handle dragged to a year label lands on it; keys step and stop at the other handle', async ({
  atlas,
}) => {
  await atlas.open();
  const page = atlas.page;
  const from = page.getByRole('slider', { name: 'From' });
  const to = page.getByRole('slider', { name: 'To' });
  const box = (await to.boundingBox())!;
  // Native thumbs sit half a thumb in from each end (the CSS's --thumb).
  const thumb = await to.evaluate((el) =>
    parseFloat(getComputedStyle(el.closest('.period-range')!).getPropertyValue('--thumb')),
  );
  const xOf = (year: number) =>
    box.x + thumb / 2 + ((year - FIRST_YEAR) / (LAST_YEAR - FIRST_YEAR)) * (box.width - thumb);
  const label = page.locator('.period-axis .axis-year', { hasText: '2010' });
  const l = (await label.boundingBox())!;
  // The axis is aligned with the handles: the label's centre is where 2010's handle goes.
  expect(Math.abs(l.x + l.width / 2 - xOf(2010))).toBeLessThan(3);

  // Drag the end handle (it lies over the start one's input) to the 2010 label.
  const y = box.y + box.height / 2;
  await page.mouse.move(xOf(LAST_YEAR), y);
  await page.mouse.down();
  await page.mouse.move(l.x + l.width / 2, y, { steps: 8 });
  await page.mouse.up();
  await expect(to).toHaveValue('2010');
  await expect(page.getByRole('status').filter({ hasText: /^1992–2010/ })).toBeVisible();
  await expect(page).toHaveURL(/to=2010/);
  // The start handle is still draggable.
  await page.mouse.move(xOf(FIRST_YEAR), y);
  await page.mouse.down();
  await page.mouse.move(xOf(2001), y, { steps: 6 });
  await page.mouse.up();
  await expect(from).toHaveValue('2001');

  // Keys: End takes the start up to the end handle and no further; Home back to the first year.
  await from.focus();
  await page.keyboard.press('End');
  await expect(from).toHaveValue('2010');
  await page.keyboard.press('ArrowRight');
  await expect(from).toHaveValue('2010');
  await page.keyboard.press('Home');
  await expect(from).toHaveValue(String(FIRST_YEAR));
  await to.focus();
  await page.keyboard.press('ArrowRight');
  await expect(to).toHaveValue('2011');
  await expect(page).toHaveURL(/to=2011/);
});

test('after pressing Point, a left click places the point; the link keeps it through a reload', async ({
  atlas,
}) => {
  await atlas.open();
  const page = atlas.page;
  await page.getByRole('button', { name: 'Point', exact: true }).click();
  const panel = page.getByTestId('panel');
  await expect(panel.getByRole('heading', { level: 2, name: 'A point on the map' })).toBeVisible();
  // On Bishkek's circle: in point mode the click places the point, it does not select the city.
  const [lng, lat] = placeAt('bishkek');
  const { x, y } = await atlas.project([lng, lat]);
  await page.mouse.click(x, y);
  const decimal = panel.getByTestId('probe-decimal');
  await expect
    .poll(async () => (await decimal.innerText()).split(', ').map(Number))
    .toEqual([expect.closeTo(lat, 1), expect.closeTo(lng, 1)]);
  await expect(panel.getByRole('heading', { level: 2, name: 'A point on the map' })).toBeVisible();
  const shown = await decimal.innerText();
  const [pLat, pLng] = shown.split(', ');
  await expect(page).toHaveURL(new RegExp(`pt=${Number(pLng)},${Number(pLat)}(&|$)`));

  await page.reload();
  await page.waitForFunction(() => performance.getEntriesByName('map:ready').length > 0);
  await expect(page.getByTestId('panel').getByTestId('probe-decimal')).toHaveText(shown);
  // The point is drawn where it was.
  await atlas.idle();
  const drawn = await page.evaluate(
    () =>
      (window as unknown as { __map: import('maplibre-gl').Map }).__map.queryRenderedFeatures({
        layers: ['probe-point'],
      }).length,
  );
  expect(drawn).toBe(1);
  // Closing the tool drops the point from the link.
  await page.keyboard.press('Escape');
  await expect(page).not.toHaveURL(/pt=/);
});
