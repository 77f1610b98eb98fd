/**
 * Screenshots of the built atlas in Debian's Chromium, for the README and for looking at
 * what we build. Usage: `npx tsx scripts/screenshot.ts [baseUrl] [outDir] [views]` with
 * `npm run preview` running. Writes desktop and phone PNGs, with and without a selection;
 * with `views`, the landscape instead: the home view, each route zoomed to fit, Issyk-Kul and
 * the Fergana valley at zoom 7 (views-<name>-<size>.png).
 */
import { readFileSync } from 'node:fs';
import { chromium, type Page } from 'playwright-core';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../playwright.config.ts';

const base = process.argv[2] ?? 'http://127.0.0.1:4173';
const out = process.argv[3] ?? 'docs';
const views = process.argv[4] === 'views';

type View =
  { center: [number, number]; zoom: number } | { bounds: [number, number, number, number] };

/** The routes' bounding boxes, from the data, and the two landscapes the issue asks for. */
function landscapeViews(): [string, View | null][] {
  const fc = JSON.parse(readFileSync('geodata/projects.geojson', 'utf8')) as {
    features: {
      geometry: { type: string; coordinates: number[][][] } | null;
      properties: { id: string };
    }[];
  };
  const routes = fc.features.filter((f) => f.geometry?.type === 'MultiLineString');
  return [
    ['home', null],
    ...routes.map((f): [string, View] => {
      const pts = (f.geometry?.coordinates ?? []).flat();
      const xs = pts.map((p) => p[0] ?? 0);
      const ys = pts.map((p) => p[1] ?? 0);
      return [
        f.properties.id,
        { bounds: [Math.min(...xs), Math.min(...ys), Math.max(...xs), Math.max(...ys)] },
      ];
    }),
    ['issyk-kul-z7', { center: [77.25, 42.4], zoom: 7 }],
    ['fergana-z7', { center: [71.9, 40.75], zoom: 7 }],
  ];
}

async function show(page: Page, view: View) {
  await page.evaluate(
    (v) =>
      new Promise<void>((resolve) => {
        const m = (window as unknown as { __map: import('maplibre-gl').Map }).__map;
        m.once('idle', () => resolve());
        if ('bounds' in v)
          m.fitBounds(
            [
              [v.bounds[0], v.bounds[1]],
              [v.bounds[2], v.bounds[3]],
            ],
            { padding: 40, animate: false },
          );
        else m.jumpTo({ center: v.center, zoom: v.zoom });
      }),
    view,
  );
}

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
if (views) {
  for (const [size, viewport] of [
    ['desktop', { width: 1280, height: 800 }],
    ['phone', { width: 390, height: 844 }],
  ] as const) {
    const page = await browser.newPage({ viewport, locale: 'en-GB', deviceScaleFactor: 1 });
    await ready(page, '');
    for (const [name, view] of landscapeViews()) {
      // A route zoomed to fit is shown with the legend folded, as a reader would fold it,
      // so that the legend covers none of it (the home view keeps the legend as it starts).
      const legend = page.getByRole('button', { name: /^Layers/ });
      if (view && (await legend.getAttribute('aria-expanded')) === 'true') await legend.click();
      if (view) await show(page, view);
      await page.screenshot({ path: `${out}/views-${name}-${size}.png` });
    }
    await page.close();
  }
  await browser.close();
  console.log(`views written to ${out}/`);
  process.exit(0);
}
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
