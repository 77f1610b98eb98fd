/**
 * What the panels say, in the browser: Bishkek's panel leads with its summary and summits,
 * a jump lands on the document, the period is named; MapLibre's own strings (scale bar,
 * attribution) follow the language; the Kyrgyz search placeholder fits its box; a chart's
 * long value ("2,5 миллиарда USD") is not cut off on a phone.
 */
import { test, expect } from './fixtures.ts';

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
