/**
 * The phone's bottom sheet and the map's tooltip, with real taps, drags, mouse moves and keys
 * on the real map: a selection is framed above the sheet, the sheet has a handle and two
 * heights and a real Close button; hovering or focusing a feature names it.
 */
import type { Locator } from '@playwright/test';
import { test, expect, type AtlasPage } from './fixtures.ts';
import { placeAt, pointOnLine } from './geodata.ts';

test.describe.configure({ timeout: 240_000 });

/** Resolves once the map has stopped moving (its next idle after any moveend). */
const settled = (atlas: AtlasPage) =>
  atlas.page.evaluate(
    () =>
      new Promise<void>((resolve) => {
        const m = (window as unknown as { __map: import('maplibre-gl').Map }).__map;
        const done = () =>
          m.isMoving() ? m.once('moveend', () => m.once('idle', () => resolve())) : resolve();
        if (m.isMoving()) done();
        else m.once('idle', () => done());
        m.triggerRepaint();
      }),
  );

/**
 * Resolves once the element's CSS transitions (the sheet's height) have run to their end; a
 * transition cancelled by another is waited past, to the one that replaced it.
 */
const still = (locator: Locator) =>
  locator.evaluate(async (el) => {
    for (let running = el.getAnimations(); running.length; running = el.getAnimations())
      await Promise.allSettled(running.map((a) => a.finished));
  });

const overlaps = (
  a: { x: number; y: number; width: number; height: number },
  b: { x: number; y: number; width: number; height: number },
) => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

test.describe('on a phone', () => {
  test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });

  for (const [what, name, lngLat] of [
    ['Bishkek', 'Bishkek', placeAt('bishkek')],
    [
      'the railway',
      'China–Kyrgyzstan–Uzbekistan railway',
      pointOnLine('railway-china-kyrgyzstan-uzbekistan'),
    ],
  ] as const) {
    test(`tapping ${what} low on the map frames it above the sheet`, async ({ atlas }) => {
      // A view with the feature in the lower part of the map, where the sheet will open.
      await atlas.open(`map=${lngLat[0]},${lngLat[1] + 0.85},6.5`);
      const region = (await atlas.page.locator('.map-region').boundingBox())!;
      const before = await atlas.project([lngLat[0], lngLat[1]]);
      // The sheet's peek height is 45% of the stage (styles.css, theme.sheet.peek).
      expect(before.y, 'starts where the sheet will cover it').toBeGreaterThan(
        region.y + region.height * 0.55,
      );
      await atlas.page.touchscreen.tap(before.x, before.y);
      const panel = atlas.page.getByTestId('panel');
      const heading = panel.getByRole('heading', { level: 2 });
      await expect(heading).toContainText(name);
      await expect(panel).toHaveAttribute('data-sheet', 'peek');
      await settled(atlas);
      await expect
        .poll(async () => {
          const sheet = (await panel.boundingBox())!;
          const p = await atlas.project([lngLat[0], lngLat[1]]);
          return p.y < sheet.y && p.y > region.y && p.x > 0 && p.x < 390;
        })
        .toBe(true);
      // A real Close button: a 44 px target beside the title, not over it.
      const close = atlas.page.getByRole('button', { name: 'Close' });
      const box = (await close.boundingBox())!;
      expect(box.width).toBeGreaterThanOrEqual(44);
      expect(box.height).toBeGreaterThanOrEqual(44);
      expect(overlaps(box, (await heading.boundingBox())!)).toBe(false);
      await close.tap();
      await expect(panel).toHaveAttribute('data-sheet', 'closed');
    });
  }

  test('the sheet’s handle drags it between its two heights; controls are 44 px high', async ({
    atlas,
  }) => {
    await atlas.open('sel=place:bishkek');
    const panel = atlas.page.getByTestId('panel');
    await expect(panel).toHaveAttribute('data-sheet', 'peek');
    await still(panel);
    const peek = (await panel.boundingBox())!;
    const handle = atlas.page.getByRole('button', { name: 'Show more of the panel' });
    const h = (await handle.boundingBox())!;
    expect(h.height).toBeGreaterThanOrEqual(44);
    // Drag the handle up: the sheet goes full height.
    const { page } = atlas;
    await page.mouse.move(h.x + h.width / 2, h.y + h.height / 2);
    await page.mouse.down();
    await page.mouse.move(h.x + h.width / 2, h.y - 200, { steps: 5 });
    await page.mouse.up();
    await expect(panel).toHaveAttribute('data-sheet', 'full');
    // The handle is taken where the sheet's height transition leaves it, not on its way up.
    await still(panel);
    expect((await panel.boundingBox())!.height).toBeGreaterThan(peek.height + 150);
    // Drag it down again: back to the peek height; a tap on the handle grows it again.
    const full = (await atlas.page
      .getByRole('button', { name: 'Show less of the panel' })
      .boundingBox())!;
    await page.mouse.move(full.x + full.width / 2, full.y + full.height / 2);
    await page.mouse.down();
    await page.mouse.move(full.x + full.width / 2, full.y + 250, { steps: 5 });
    await page.mouse.up();
    await expect(panel).toHaveAttribute('data-sheet', 'peek');
    await atlas.page.getByRole('button', { name: 'Show more of the panel' }).tap();
    await expect(panel).toHaveAttribute('data-sheet', 'full');
    // Every visible control is at least 44 px high (but for targets inline in a sentence,
    // the citation markers, which WCAG 2.5.8 exempts).
    const small = await page.evaluate(() =>
      [...document.querySelectorAll<HTMLElement>('button, select, input, summary')]
        .filter((el) => el.offsetParent !== null && el.getBoundingClientRect().height > 0)
        .filter((el) => getComputedStyle(el).display !== 'inline')
        .filter((el) => el.getBoundingClientRect().height < 43.5)
        .map((el) => `${el.tagName} ${el.getAttribute('aria-label') ?? el.textContent?.trim()}`),
    );
    expect(small).toEqual([]);
  });

  test('the credits start folded, one 44 px ⓘ tap away, and open in the interface language', async ({
    atlas,
  }) => {
    await atlas.open('lang=ru');
    const credits = atlas.page.locator('.maplibregl-ctrl-attrib');
    const inner = credits.locator('.maplibregl-ctrl-attrib-inner');
    const button = credits.locator('.maplibregl-ctrl-attrib-button');
    // Folded: the map's lower edge is free (MapLibre alone opens it over a narrow map).
    await expect(credits).toHaveClass(/maplibregl-compact/);
    await expect(inner).toBeHidden();
    const box = (await button.boundingBox())!;
    expect(box.width).toBeGreaterThanOrEqual(44);
    expect(box.height).toBeGreaterThanOrEqual(44);
    await button.tap();
    await expect(inner).toBeVisible();
    await expect(inner).toContainText('Положение городов: GeoNames');
    await expect(button).toHaveAttribute('aria-label', 'Показать или скрыть атрибуцию');
    await button.tap();
    await expect(inner).toBeHidden();
  });
});

test.describe('the tooltip', () => {
  test('names what the mouse is over: a city, a line, in the interface language', async ({
    atlas,
  }) => {
    await atlas.open();
    const tip = atlas.page.getByTestId('map-tooltip');
    await expect(tip).toHaveCount(0);
    const bishkek = await atlas.project(placeAt('bishkek'));
    await atlas.page.mouse.move(bishkek.x, bishkek.y);
    await expect(tip).toContainText('Bishkek');
    await expect(tip).toContainText('meetings held here');
    const rail = await atlas.project(pointOnLine('railway-china-kyrgyzstan-uzbekistan'));
    await atlas.page.mouse.move(rail.x, rail.y, { steps: 4 });
    await expect(tip).toContainText('China–Kyrgyzstan–Uzbekistan railway');
    await expect(tip).toContainText('Transport · Railway');
    // Off every feature, no tooltip.
    await atlas.page.mouse.move(bishkek.x, bishkek.y - 300, { steps: 4 });
    await expect(tip).toHaveCount(0);
  });

  test('names the feature the keyboard focuses on the map, and Enter opens it (ru)', async ({
    atlas,
  }) => {
    await atlas.open('lang=ru');
    const canvas = atlas.page.locator('canvas.maplibregl-canvas');
    await canvas.focus();
    // Bring Bishkek to the centre (as the arrow keys would, in more steps): it takes the focus.
    const centre = async () => {
      const box = (await canvas.boundingBox())!;
      const p = await atlas.project(placeAt('bishkek'));
      return { dx: p.x - (box.x + box.width / 2), dy: p.y - (box.y + box.height / 2) };
    };
    await atlas.page.evaluate(([lng, lat]) => {
      const m = (window as unknown as { __map: import('maplibre-gl').Map }).__map;
      m.jumpTo({ center: [lng, lat] });
    }, placeAt('bishkek'));
    const { dx, dy } = await centre();
    expect(Math.hypot(dx, dy)).toBeLessThan(5);
    const tip = atlas.page.getByTestId('map-tooltip');
    await expect(tip).toContainText('Бишкек');
    await expect(tip).toContainText('Город');
    await atlas.page.keyboard.press('Enter');
    await expect(
      atlas.page.getByTestId('panel').getByRole('heading', { level: 2, name: 'Бишкек' }),
    ).toBeVisible();
  });
});
