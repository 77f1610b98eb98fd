/**
 * What the panels say, in the browser: Bishkek's panel leads with its summary and summits,
 * a jump lands on the document, the period is named; MapLibre's own strings (scale bar,
 * attribution) follow the language; the Kyrgyz search placeholder fits its box; a chart's
 * long value ("2,5 миллиарда USD") is not cut off on a phone. The record panels, the about
 * page and the correction form are not part of the first map: each loads when first opened.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures.ts';

/** Modules of the side panel the first map does not show (src/panels/SidePanel.tsx). */
const LAZY_PANELS = [
  'PlaceDetails',
  'ProjectDetails',
  'Distances',
  'Measurements',
  'About',
  'UserFeature',
  'CorrectionForm',
].map((name) => `src/panels/${name}.tsx`);

/**
 * The source modules in the scripts the page requests from now on, read from the build's
 * source maps (dist/assets/*.js.map): a module bundled into the first map's scripts counts,
 * whatever chunk it ends up in. Only MapLibre's own prebuilt files come without a map.
 */
function trackModules(page: Page): () => string[] {
  const scripts = new Set<string>();
  page.on('request', (r) => {
    const path = new URL(r.url()).pathname;
    if (/^\/assets\/[\w.-]+\.js$/.test(path)) scripts.add(path);
  });
  return () =>
    [...scripts].flatMap((path) => {
      const file = join(import.meta.dirname, '..', '..', 'dist', `${path}.map`);
      if (!existsSync(file)) {
        // MapLibre's prebuilt files, and Vite's own preload helper.
        expect(path, 'a script without a source map').toMatch(
          /^\/assets\/(maplibre-gl|preload-helper)/,
        );
        return [];
      }
      const map = JSON.parse(readFileSync(file, 'utf8')) as { sources: string[] };
      return map.sources.map((s) => s.replace(/^(\.\.\/)+/, ''));
    });
}

test('the record panels, the about page and the correction form load only when opened', async ({
  atlas,
}) => {
  const { page } = atlas;
  const firstMap = trackModules(page);
  await atlas.open();
  const first = firstMap();
  expect(first, "the source maps name the first map's modules").toContain(
    'src/panels/SidePanel.tsx',
  );
  expect(first.filter((m) => LAZY_PANELS.includes(m))).toEqual([]);

  // A city: its panel arrives, and its heading takes focus once it has.
  const panel = page.getByTestId('panel');
  const city = trackModules(page);
  await panel.getByRole('button', { name: /^Bishkek \d/ }).click();
  await expect(panel.getByRole('heading', { level: 2, name: 'Bishkek' })).toBeFocused();
  expect(city()).toEqual(
    expect.arrayContaining(['src/panels/PlaceDetails.tsx', 'src/panels/Distances.tsx']),
  );

  // A project, and the correction form behind its button.
  const project = trackModules(page);
  await atlas.open('sel=project:railway-china-kyrgyzstan-uzbekistan');
  await expect(panel.getByRole('heading', { level: 2 })).toContainText(
    'Kyrgyzstan–Uzbekistan railway',
  );
  expect(project()).toEqual(
    expect.arrayContaining(['src/panels/ProjectDetails.tsx', 'src/panels/Measurements.tsx']),
  );
  const form = trackModules(page);
  await panel
    .getByRole('button', { name: /^Suggest a correction: / })
    .first()
    .click();
  await expect(panel.getByRole('form', { name: /Suggest a correction/ })).toBeVisible();
  expect(form()).toContain('src/panels/CorrectionForm.tsx');

  // The about page.
  const about = trackModules(page);
  await page.getByRole('button', { name: 'About & sources' }).click();
  await expect(panel.getByRole('heading', { level: 2, name: 'About this atlas' })).toBeFocused();
  expect(about()).toContain('src/panels/About.tsx');
});

test("Bishkek's panel opens with its summary, summits first; a jump lands on the declaration", async ({
  atlas,
}) => {
  const { page } = atlas;
  await atlas.open();
  const panel = page.getByTestId('panel');
  await panel.getByRole('button', { name: /^Bishkek \d/ }).click();
  const summary = panel.getByRole('region', { name: 'At a glance' });
  await expect(summary).toContainText('SCO summit (heads of state): 3 (2007, 2013, 2019)');
  // The summary and the jump list come before the first meeting, in the first screen.
  const body = panel.locator('.panel-body');
  const top = async (sel: string) =>
    (await panel.locator(sel).first().boundingBox())!.y - (await body.boundingBox())!.y;
  expect(await top('#place-summary')).toBeLessThan(300);
  expect(await top('.jump-list')).toBeLessThan(await top('article.card'));
  await expect(panel.locator('.jump-list a').first()).toHaveText(
    'SCO summit (heads of state), 2007',
  );
  await summary.getByRole('link', { name: 'Bishkek Declaration', exact: true }).click();
  const target = panel.locator('li[id^="o-"]:focus');
  await expect(target).toContainText('Bishkek Declaration');
  await expect(target).toBeInViewport();
});

test('with a period on, the panel says how many of the meetings it leaves', async ({ atlas }) => {
  await atlas.open('from=2010&to=2015&sel=place:bishkek');
  await expect(atlas.page.getByTestId('period-note')).toHaveText(
    '1 of 6 meetings here in 2010–2015',
  );
});

test('the scale bar and the attribution speak the interface language', async ({ atlas }) => {
  const { page } = atlas;
  await atlas.open('lang=ru');
  await expect(page.locator('.maplibregl-ctrl-scale')).toHaveText(/^\d+\s?км$/);
  await expect(page.locator('.maplibregl-ctrl-attrib-inner')).toContainText(
    'Положение городов: GeoNames',
  );
  await expect(page.locator('.maplibregl-ctrl-attrib-button')).toHaveAttribute(
    'aria-label',
    'Показать или скрыть атрибуцию',
  );
  // On a wide map the credits are open, and the open legend covers neither them nor the scale.
  await expect(page.locator('.maplibregl-ctrl-attrib-inner')).toBeVisible();
  const legend = page.locator('section.legend');
  await expect(legend).toHaveClass(/is-open/);
  const box = (await legend.boundingBox())!;
  for (const control of ['.maplibregl-ctrl-scale', '.maplibregl-ctrl-attrib']) {
    const c = (await page.locator(control).boundingBox())!;
    expect(c.y, `${control} below the legend`).toBeGreaterThanOrEqual(box.y + box.height);
  }
  // Switching language afterwards redraws them.
  await page.getByRole('combobox', { name: 'Язык' }).selectOption('ky');
  await expect(page.locator('.maplibregl-ctrl-scale')).toHaveText(/^\d+\s?км$/);
  await expect(page.locator('.maplibregl-ctrl-attrib-inner')).toContainText(
    'Шаарлардын орду: GeoNames',
  );
  await page.getByRole('combobox', { name: 'Тил' }).selectOption('en');
  await expect(page.locator('.maplibregl-ctrl-scale')).toHaveText(/^\d+\s?km$/);
});

test('the Kyrgyz search placeholder fits its box', async ({ atlas }) => {
  await atlas.open('lang=ky');
  const room = await atlas.page.locator('.search input').evaluate((el: HTMLInputElement) => {
    const css = getComputedStyle(el);
    const ctx = document.createElement('canvas').getContext('2d')!;
    ctx.font = `${css.fontStyle} ${css.fontWeight} ${css.fontSize} ${css.fontFamily}`;
    const inner = el.clientWidth - parseFloat(css.paddingLeft) - parseFloat(css.paddingRight);
    return inner - ctx.measureText(el.placeholder).width;
  });
  expect(room).toBeGreaterThanOrEqual(0);
});

test.describe('on a phone', () => {
  test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });

  test('no chart text runs past its chart (ru: "2,5 миллиарда USD")', async ({ atlas }) => {
    const { page } = atlas;
    await atlas.open('lang=ru');
    await page.locator('details.tools-menu > summary').click();
    await page.locator('.tools-menu-list').getByRole('button', { name: 'Диаграммы' }).click();
    await expect(page.locator('svg.bars').first()).toBeVisible();
    const outside = await page.locator('.chart svg').evaluateAll((svgs) =>
      svgs.flatMap((svg) => {
        const box = (svg as SVGSVGElement).viewBox.baseVal;
        return [...svg.querySelectorAll('text')]
          .filter((t) => {
            const b = t.getBBox();
            return b.x < box.x - 0.5 || b.x + b.width > box.x + box.width + 0.5;
          })
          .map((t) => t.textContent);
      }),
    );
    expect(outside).toEqual([]);
  });
});
