/**
 * Screenshots of the built atlas in Debian's Chromium, for the README and for looking at
 * what we build. Usage: `npx tsx scripts/screenshot.ts [baseUrl] [outDir]` with
 * `npm run preview` running. Writes desktop and phone PNGs, with and without a selection.
 */
import { chromium, type Page } from 'playwright-core';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../playwright.config.ts';

const base = process.argv[2] ?? 'http://127.0.0.1:4173';
const out = process.argv[3] ?? 'docs';

async function ready(page: Page, query: string) {
  await page.goto(`${base}/?debug${query}`);
  await page.waitForFunction(() => performance.getEntriesByName('map:ready').length > 0, null, {
    timeout: 60_000,
  });
}

async function clickPlace(page: Page, lngLat: [number, number]) {
  const { x, y } = await page.evaluate(([lng, lat]) => {
    const m = (window as unknown as { __map: import('maplibre-gl').Map }).__map;
    const p = m.project([lng, lat]);
    const r = m.getCanvas().getBoundingClientRect();
    return { x: r.left + p.x, y: r.top + p.y };
  }, lngLat);
  await page.mouse.click(x, y);
  await page.evaluate(
    () =>
      new Promise<void>((resolve) => {
        const m = (window as unknown as { __map: import('maplibre-gl').Map }).__map;
        m.once('idle', () => resolve());
        m.triggerRepaint();
      }),
  );
}

const browser = await chromium.launch({
  executablePath: CHROMIUM_PATH,
  args: CHROMIUM_ARGS,
});
const shots: [string, { width: number; height: number }, string, string][] = [
  ['desktop', { width: 1280, height: 800 }, 'en-GB', ''],
  ['phone', { width: 390, height: 844 }, 'ky-KG', ''],
];
for (const [name, viewport, locale] of shots) {
  const page = await browser.newPage({ viewport, locale, deviceScaleFactor: 1 });
  await ready(page, '');
  await page.screenshot({ path: `${out}/screenshot-${name}-start.png` });
  await clickPlace(page, [74.5698, 42.87]); // Bishkek
  await page.screenshot({ path: `${out}/screenshot-${name}.png` });
  await page.close();
}
await browser.close();
console.log(`screenshots written to ${out}/`);
