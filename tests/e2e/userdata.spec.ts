/**
 * The reader's own large file (issue 10) and its place with the atlas (issue 13), in the
 * real browser under the production CSP and Trusted Types: 100,000 points from a
 * Russian-locale CSV (semicolons, Широта/Долгота, decimal commas) load in a worker with
 * progress shown while the page keeps answering; the layer gets a legend entry, a colour,
 * an opacity and its place beneath the atlas; a click on one of its points shows that
 * point's properties as text.
 */
import { test, expect, type AtlasPage } from './fixtures.ts';

const ROWS = 100_000;
/** One point set apart from the cloud, where the atlas draws nothing: the one the test clicks. */
const SPECIAL: [number, number] = [70.5, 44.3];
const comma = (n: number) => n.toFixed(5).replace('.', ',');

/** A Russian-locale spreadsheet's CSV: the special point, then a grid over Kyrgyzstan. */
function bigCsv(rows: number): Buffer {
  const lines = ['Название;Широта;Долгота;Сайт;Ссылка;Заметка'];
  lines.push(
    `Особый пункт;${comma(SPECIAL[1])};${comma(SPECIAL[0])};https://example.org/special;javascript:alert(1);<img src=x onerror=alert(1)>`,
  );
  const cols = 400;
  for (let i = 1; i < rows; i++) {
    const lng = 73 + (i % cols) * (6 / cols);
    const lat = 40 + Math.floor(i / cols) * (2.8 / (rows / cols));
    lines.push(`Точка ${i};${comma(lat)};${comma(lng)};https://example.org/p/${i};;заметка ${i}`);
  }
  return Buffer.from(`\uFEFF${lines.join('\r\n')}\r\n`);
}

/** Records, in the page, the order in which the things the test waits for first appeared. */
const recordOrder = (atlas: AtlasPage) =>
  atlas.page.evaluate(() => {
    const seen: string[] = [];
    (window as unknown as { __seen: string[] }).__seen = seen;
    const marks: [string, () => boolean][] = [
      ['progress', () => !!document.querySelector('[data-testid="user-loading"] progress')],
      [
        'about',
        () =>
          !!document
            .querySelector('[data-testid="panel"] h2')
            ?.textContent?.includes('About this atlas'),
      ],
      ['legend', () => !!document.querySelector('[data-testid="user-legend"]')],
    ];
    const check = () => {
      for (const [name, test] of marks) if (!seen.includes(name) && test()) seen.push(name);
    };
    new MutationObserver(check).observe(document.body, {
      subtree: true,
      childList: true,
      characterData: true,
    });
  });
const order = (atlas: AtlasPage) =>
  atlas.page.evaluate(() => (window as unknown as { __seen: string[] }).__seen);

const userLayerIds = (atlas: AtlasPage) =>
  atlas.page.evaluate(() =>
    (window as unknown as { __map: import('maplibre-gl').Map }).__map
      .getLayersOrder()
      .filter((id) => id.startsWith('user-')),
  );

test('100,000 points from a Russian-locale CSV load in a worker while the page answers', async ({
  atlas,
}) => {
  // Software WebGL draws 100,000 circles per frame: generous on a slow, shared machine.
  test.setTimeout(900_000);
  await atlas.open();
  const page = atlas.page;
  await page.getByRole('button', { name: 'Add data' }).click();
  const panel = page.getByTestId('panel');
  await expect(panel.getByRole('heading', { level: 2, name: 'Your data' })).toBeVisible();
  await recordOrder(atlas);

  await panel.locator('input[type="file"]').setInputFiles(
    {
      name: 'точки.csv',
      mimeType: 'text/csv',
      buffer: bigCsv(ROWS),
    },
    { timeout: 180_000 },
  );
  // Progress shows while the worker reads; the page answers a click meanwhile: the about
  // page opens before the layer arrives.
  await expect.poll(() => order(atlas)).toContain('progress');
  await expect(panel.getByRole('status')).toContainText(/Reading точки\.csv…/);
  await page.getByRole('button', { name: 'About & sources' }).click();
  await expect(panel.getByRole('heading', { level: 2, name: 'About this atlas' })).toBeVisible();
  // Closing it shows the data tool beneath, then the layer arrives.
  await panel.getByRole('button', { name: 'Close' }).click();
  const legend = page.getByTestId('user-legend');
  await expect(legend).toBeVisible({ timeout: 180_000 });
  expect(await order(atlas)).toEqual(['progress', 'about', 'legend']);

  // The legend and the panel count every row; the layer lies beneath the atlas.
  await expect(legend.getByRole('listitem')).toContainText('точки.csv');
  await expect(legend.getByRole('listitem')).toContainText('100,000');
  const item = panel.getByTestId(/^user-layer-/);
  await expect(item).toContainText('points: 100,000, lines: 0, areas: 0');
  await expect(panel.getByTestId('user-loading')).toHaveCount(0);
  const ids = await userLayerIds(atlas);
  const point = ids.find((id) => id.endsWith('-point'))!;
  // MapLibre read the features from the worker's GeoJSON text, by URL: the page's thread did
  // not copy 100,000 features into it.
  expect(
    await page.evaluate((id) => {
      const m = (window as unknown as { __map: import('maplibre-gl').Map }).__map;
      const source = m.getLayer(id)?.source;
      const data = source ? (m.getSource(source)?.serialize() as { data?: unknown }).data : null;
      return typeof data === 'string' ? data.slice(0, 5) : typeof data;
    }, point),
  ).toBe('blob:');
  // No labels for so many points (placing them would slow every frame), and small dots.
  expect(ids.some((id) => id.endsWith('-label'))).toBe(false);
  // Small dots, picked through an undrawn layer of the usual radius (the click below).
  expect(ids).toContain(`${point}-hit`);
  const layerOrder = await page.evaluate(() =>
    (window as unknown as { __map: import('maplibre-gl').Map }).__map.getLayersOrder(),
  );
  expect(layerOrder.indexOf(point)).toBeLessThan(layerOrder.indexOf('projects-point'));

  // Moved above the atlas's symbols, recoloured and made fainter: paint and order only.
  await item.getByRole('checkbox', { name: 'Above the atlas’s symbols' }).check();
  await item.getByRole('radio', { name: 'colour 3' }).check();
  await item.getByRole('slider').fill('40');
  await expect
    .poll(() =>
      page.evaluate((id) => {
        const m = (window as unknown as { __map: import('maplibre-gl').Map }).__map;
        const order = m.getLayersOrder();
        return {
          above: order.indexOf(id) > order.indexOf('projects-point'),
          color: m.getPaintProperty(id, 'circle-color'),
          opacity: m.getPaintProperty(id, 'circle-opacity'),
        };
      }, point),
    )
    .toEqual({ above: true, color: '#d1242f', opacity: 0.4 });
  await expect(legend.locator('circle')).toHaveAttribute('fill', '#d1242f');

  // A click on the special point shows its properties, as text; links only if http(s).
  await atlas.idle();
  const at = await atlas.project(SPECIAL);
  await page.mouse.click(at.x, at.y);
  const feature = panel.getByTestId('user-feature');
  await expect(feature.getByRole('heading', { level: 2 })).toHaveText('Особый пункт');
  await expect(feature).toContainText('From your file точки.csv');
  await expect(feature.getByRole('link', { name: 'https://example.org/special' })).toHaveAttribute(
    'href',
    'https://example.org/special',
  );
  await expect(feature.getByRole('link')).toHaveCount(1);
  await expect(feature).toContainText('javascript:alert(1)');
  await expect(feature).toContainText('<img src=x onerror=alert(1)>');
  await expect(feature.locator('img')).toHaveCount(0);
  await expect(feature).toContainText('Latitude 44.3, longitude 70.5');

  // Hidden from the legend: the map draws none of it; removed: its panel closes.
  await legend.getByRole('checkbox').uncheck();
  await expect
    .poll(() =>
      page.evaluate(
        (id) =>
          (window as unknown as { __map: import('maplibre-gl').Map }).__map.getLayoutProperty(
            id,
            'visibility',
          ),
        point,
      ),
    )
    .toBe('none');
  await panel.getByRole('button', { name: 'Close' }).click();
  await panel.getByRole('button', { name: 'Remove точки.csv from the map' }).click();
  await expect.poll(() => userLayerIds(atlas)).toEqual([]);
  await expect(legend).toHaveCount(0);
});

test('a large file’s loading can be cancelled: nothing is added', async ({ atlas }) => {
  test.setTimeout(900_000);
  await atlas.open();
  const page = atlas.page;
  await page.getByRole('button', { name: 'Add data' }).click();
  const panel = page.getByTestId('panel');
  await panel.locator('input[type="file"]').setInputFiles(
    {
      name: 'big.csv',
      mimeType: 'text/csv',
      buffer: bigCsv(ROWS),
    },
    { timeout: 180_000 },
  );
  await panel.getByTestId('user-loading').getByRole('button', { name: 'Cancel' }).click();
  await expect(panel.getByTestId('user-loading')).toHaveCount(0);
  // A file read afterwards is the only one added: the cancelled one never arrives.
  await panel.locator('input[type="file"]').setInputFiles({
    name: 'small.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from('name;lat;lon\nA;42,1;74,2\n'),
  });
  await expect(page.getByTestId('user-legend').getByRole('listitem')).toHaveCount(1);
  await expect(page.getByTestId('user-legend')).toContainText('small.csv');
});
