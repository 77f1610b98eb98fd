/**
 * The article reader beside the map, and corrections from readers, in a real browser:
 * opened from the header and from a citation; a passage selects its record and moves the
 * map; a record selected elsewhere brings its passage into view, marked; `?read=…&p=…`
 * links with back, forward and reload; the three languages; a correction report downloaded
 * and read back.
 */
import { readFile } from 'node:fs/promises';
import { parseCorrection } from '../../src/export/correction.ts';
import { test, expect, mapReady, type AtlasPage } from './fixtures.ts';

// Each test loads the map and an article and walks several steps: room for a slow machine.
test.describe.configure({ timeout: 180_000 });

const center = (atlas: AtlasPage) =>
  atlas.page.evaluate(() => {
    const m = (window as unknown as { __map: import('maplibre-gl').Map }).__map;
    const c = m.getCenter();
    return [c.lng, c.lat, m.getZoom()] as const;
  });

const mapMovedFrom = (atlas: AtlasPage, from: readonly [number, number, number]) =>
  atlas.page.waitForFunction(
    ([lng, lat, zoom]) => {
      const m = (window as unknown as { __map: import('maplibre-gl').Map }).__map;
      const c = m.getCenter();
      const moved =
        Math.hypot(c.lng - lng, c.lat - lat) > 0.05 || Math.abs(m.getZoom() - zoom) > 0.1;
      return !m.isMoving() && moved;
    },
    from,
    { timeout: 90_000 },
  );

test('opened from the header; a passage selects its record and flies the map there', async ({
  atlas,
}) => {
  await atlas.open('lang=en');
  await atlas.page.getByRole('button', { name: 'Read the articles' }).click();
  const reader = atlas.page.getByTestId('reader');
  await expect(reader.getByRole('navigation', { name: 'Contents of the article' })).toBeVisible();
  await reader.getByRole('button', { name: 'BRI' }).click();
  await expect(reader.getByRole('note')).toContainText('Unofficial translation');
  await expect(atlas.page).toHaveURL(/read=article-bri/);

  const before = await center(atlas);
  // The number in the passage on the refineries leads to the capacity it became.
  const number = reader.getByRole('link', { name: /^800 миң: the value in .*Kara-Balta/ });
  await number.click();
  const heading = atlas.page.getByTestId('panel').getByRole('heading', { level: 2 });
  await expect(heading).toContainText('Kara-Balta');
  await expect(atlas.page).toHaveURL(/sel=project:refinery-kara-balta/);
  await expect(atlas.page).toHaveURL(/p=\d+/);
  await mapMovedFrom(atlas, before);
  await expect(
    reader.getByRole('region', { name: 'The atlas uses this passage for' }),
  ).toContainText('Capacity');
});

test('a record selected in the list scrolls the reader to its passage and marks it', async ({
  atlas,
}) => {
  await atlas.open('lang=en&read=article-sco');
  const reader = atlas.page.getByTestId('reader');
  await expect(reader.getByRole('navigation', { name: 'Contents of the article' })).toBeVisible();
  const marked = reader.locator('.passage.is-marked, .passage-number.is-marked').first();
  await expect(marked).toHaveCount(0);
  await atlas.page
    .getByRole('navigation', { name: /Places and projects/ })
    .getByRole('button', { name: /Kyzyl-Kiya cement/ })
    .click();
  await expect(marked).toBeInViewport();
  await expect(marked).toHaveAttribute('aria-label', /Kyzyl-Kiya/);
  await expect(reader.getByRole('status').first()).toContainText(/passages? about the selection/);
});

test('a link opens the reader at a paragraph; back, forward and reload keep it', async ({
  atlas,
}) => {
  await atlas.open('lang=en&read=article-bri&p=20');
  const reader = atlas.page.getByTestId('reader');
  await expect(reader.locator('#read-p-20')).toBeInViewport();
  await expect(reader.locator('#read-p-20')).toHaveClass(/is-current/);
  // Choosing a passage elsewhere is a new history entry.
  await reader.locator('#read-p-17').getByRole('link').first().click();
  await expect(atlas.page).toHaveURL(/p=17/);
  await atlas.page.goBack();
  await expect(atlas.page).toHaveURL(/p=20/);
  await expect(reader.locator('#read-p-20')).toBeInViewport();
  await atlas.page.goForward();
  await expect(atlas.page).toHaveURL(/p=17/);
  await atlas.page.reload();
  await mapReady(atlas.page);
  await expect(atlas.page.getByTestId('reader').locator('#read-p-17')).toBeInViewport();
  await atlas.page.getByRole('button', { name: 'Close the article' }).click();
  await expect(atlas.page.getByTestId('reader')).toHaveCount(0);
  await expect(atlas.page).not.toHaveURL(/read=/);
});

test('opened from a citation, at the quoted passage', async ({ atlas }) => {
  await atlas.open('lang=en&sel=project:refinery-kara-balta');
  const panel = atlas.page.getByTestId('panel');
  const cite = panel.locator('details.cite', { hasText: 'Belt' }).first();
  await cite.locator('summary').click();
  await cite.getByRole('button', { name: 'Read it in the article' }).click();
  const reader = atlas.page.getByTestId('reader');
  const active = reader.locator('.passage.is-active').first();
  await expect(active).toBeInViewport();
  await expect(atlas.page).toHaveURL(/read=article-bri&p=\d+/);
});

test('three languages: labels, and the choice of translation', async ({ atlas }) => {
  await atlas.open('lang=ky&read=article-bri');
  const reader = atlas.page.getByTestId('reader');
  await expect(reader.getByRole('navigation', { name: 'Макаланын мазмуну' })).toBeVisible();
  // Kyrgyz readers read the original: no translation offered.
  await expect(reader.getByRole('combobox')).toHaveCount(0);
  await expect(reader.locator('.reader-translation')).toHaveCount(0);

  await atlas.page.getByRole('combobox', { name: 'Тил' }).selectOption('ru');
  await expect(reader.getByRole('navigation', { name: 'Содержание статьи' })).toBeVisible();
  await expect(reader.getByRole('note')).toContainText(/перевод/);

  await atlas.page.getByRole('combobox', { name: 'Язык' }).selectOption('en');
  await expect(reader.getByRole('note')).toContainText('Unofficial translation');
  const p8 = reader.locator('#read-p-8');
  await expect(p8.locator('.reader-original')).toBeVisible();
  await expect(p8.locator('.reader-translation')).toContainText('China');
  await reader.getByRole('combobox', { name: 'Show' }).selectOption('translation');
  await expect(p8.locator('.reader-original')).toHaveCount(0);
  await expect(p8.locator('.reader-translation')).toContainText('China');
  await reader.getByRole('combobox', { name: 'Show' }).selectOption('original');
  await expect(p8.locator('.reader-translation')).toHaveCount(0);
});

test('a correction is composed, downloaded as JSON and reads back', async ({ atlas }) => {
  // The form needs the panel, not the map: wait for the record instead of map:ready.
  await atlas.page.goto('/?debug&lang=en&sel=project:refinery-kara-balta');
  const panel = atlas.page.getByTestId('panel');
  await expect(panel.getByRole('heading', { level: 2 })).toContainText('Kara-Balta', {
    timeout: 60_000,
  });
  await panel
    .getByRole('button', { name: /^Suggest a correction: .*Kara-Balta.* · Capacity/ })
    .first()
    .click();
  const form = panel.getByRole('form', { name: /Suggest a correction/ });
  await form.getByLabel('What is wrong').fill('The capacity is given per year');
  await form.getByLabel('What is right').fill('800 000 t per year');
  await form.getByLabel('Your source').fill('https://example.org/report');
  await expect(form).toContainText('no address for corrections');
  const [download] = await Promise.all([
    atlas.page.waitForEvent('download'),
    form.getByRole('button', { name: 'Download as JSON' }).click(),
  ]);
  const path = await download.path();
  const report = parseCorrection(await readFile(path, 'utf8'));
  expect(report?.record.id).toBe('refinery-kara-balta');
  expect(report?.field).toContain('Capacity');
  expect(report?.correction.right).toBe('800 000 t per year');
  expect(report?.lang).toBe('en');
  expect(report?.permalink).toContain('sel=project:refinery-kara-balta');
  expect(report?.dataVersion).toMatch(/^[0-9a-f]{8}$/);
  expect(report?.sources.length).toBeGreaterThan(0);
});
