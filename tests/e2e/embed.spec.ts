/**
 * The atlas inside another site's page. A tiny host server on a second local port (another
 * origin) serves a page with an <iframe> of the embed page: the map gets ready there, a click
 * opens a panel, and "Open in the full atlas" carries the view. The same host page cannot frame
 * the full atlas: its `frame-ancestors 'none'` makes Chromium refuse it.
 */
import { createServer, type Server } from 'node:http';
import type { Frame, Page } from '@playwright/test';
import { test, expect } from './fixtures.ts';
import { placeAt } from './geodata.ts';

test.describe.configure({ timeout: 240_000 });

const HOST_PORT = Number(process.env.E2E_HOST_PORT ?? 4217);
const HOST = `127.0.0.1:${HOST_PORT}`;
test.use({ foreignHosts: [HOST] });

let server: Server;
/** The host page frames whatever `?src=` names (only URLs of the atlas under test). */
test.beforeAll(async () => {
  server = createServer((req, res) => {
    const src = new URL(req.url ?? '/', `http://${HOST}`).searchParams.get('src') ?? '';
    const safe = src.replace(/[&"<>]/g, (c) => `&#${c.charCodeAt(0)};`);
    res.setHeader('Content-Type', 'text/html; charset=utf-8');
    res.end(
      `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>A newsroom page</title></head>` +
        `<body><h1>Our story</h1><iframe id="atlas" src="${safe}" title="Silk Road Atlas" width="1000" height="640" style="border:0"></iframe></body></html>`,
    );
  });
  await new Promise<void>((resolve) => server.listen(HOST_PORT, '127.0.0.1', resolve));
});
test.afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

const hostPage = (src: string) => `http://${HOST}/?src=${encodeURIComponent(src)}`;

async function atlasFrame(page: Page, pattern: RegExp): Promise<Frame> {
  await expect.poll(() => page.frames().some((f) => pattern.test(f.url()))).toBe(true);
  return page.frames().find((f) => pattern.test(f.url()))!;
}

test('the embed page works inside another site, and the link out carries the view', async ({
  atlas,
  baseURL,
}) => {
  const page = atlas.page;
  const origin = new URL(baseURL!).origin;
  await page.goto(
    hostPage(`${origin}/embed.html?debug&lang=en&from=2010&to=2020&sectors=energy,transport`),
  );
  const frame = await atlasFrame(page, /\/embed\.html/);
  await frame.waitForFunction(() => performance.getEntriesByName('map:ready').length > 0, null, {
    timeout: 120_000,
  });

  // Map, legend and panel; none of the full atlas's header tools.
  const inside = page.frameLocator('#atlas');
  await expect(inside.locator('canvas.maplibregl-canvas')).toBeVisible();
  await expect(inside.locator('fieldset.basemap-picker')).toBeVisible();
  await expect(inside.getByTestId('panel')).toBeVisible();
  for (const name of ['Add data', 'Export', 'Charts', 'About & sources'])
    await expect(inside.getByRole('button', { name, exact: true })).toHaveCount(0);
  await expect(inside.getByRole('combobox')).toHaveCount(0); // no search, no language menu

  // A click on the map opens a panel.
  const box = (await page.locator('#atlas').boundingBox())!;
  const p = await frame.evaluate(([lng, lat]) => {
    const m = (window as unknown as { __map: import('maplibre-gl').Map }).__map;
    const q = m.project([lng, lat]);
    const r = m.getCanvas().getBoundingClientRect();
    return { x: r.left + q.x, y: r.top + q.y };
  }, placeAt('bishkek'));
  await page.mouse.click(box.x + p.x, box.y + p.y);
  await expect(inside.getByTestId('panel').getByRole('heading', { level: 2 })).toHaveText(
    'Bishkek',
  );

  // "Open in the full atlas": a new tab, without the embedder as opener, with the same view.
  const link = inside.getByRole('link', { name: /Open in the full atlas/ });
  await expect(link).toHaveAttribute('target', '_blank');
  await expect(link).toHaveAttribute('rel', /noopener/);
  await expect
    .poll(async () => new URL((await link.getAttribute('href'))!).searchParams.get('sel'))
    .toBe('place:bishkek');
  const href = new URL((await link.getAttribute('href'))!);
  expect(href.origin + href.pathname).toBe(`${origin}/`);
  expect(href.searchParams.get('lang')).toBe('en');
  expect(href.searchParams.get('from')).toBe('2010');
  expect(href.searchParams.get('to')).toBe('2020');
  // (the atlas writes sectors in its own order)
  expect(href.searchParams.get('sectors')?.split(',').sort()).toEqual(['energy', 'transport']);
  expect(href.searchParams.has('debug'), 'no session flag in a shared link').toBe(false);

  // Nothing but the atlas's origin and the host page were contacted.
  expect(new Set(atlas.outsideRequests.map((u) => new URL(u).host))).toEqual(new Set([HOST]));
});

test('the full atlas refuses to be framed; only the embed page may be', async ({
  atlas,
  baseURL,
}) => {
  const page = atlas.page;
  const origin = new URL(baseURL!).origin;
  const main = await page.request.get(`${origin}/`);
  const embed = await page.request.get(`${origin}/embed.html`);
  expect(main.headers()['content-security-policy']).toContain("frame-ancestors 'none'");
  expect(embed.headers()['content-security-policy']).toContain('frame-ancestors *');
  // Everything else in the two policies is the same.
  const strip = (p: string) => p.replace(/; frame-ancestors [^;]+/, '');
  expect(strip(embed.headers()['content-security-policy']!)).toBe(
    strip(main.headers()['content-security-policy']!),
  );

  const refused = page.waitForEvent('console', (m) => /frame-ancestors/.test(m.text()));
  await page.goto(hostPage(`${origin}/?debug&lang=en`));
  const message = (await refused).text();
  expect(message).toMatch(/Framing .* violates .*"frame-ancestors 'none'".*blocked/s);
  // The frame holds Chromium's error page, never the atlas.
  const frame = page.frames().find((f) => f !== page.mainFrame())!;
  await expect.poll(() => frame.url()).not.toMatch(new RegExp(`^${origin}`));
  expect(await frame.evaluate(() => document.getElementById('root'))).toBeNull();
  atlas.errors.splice(0, atlas.errors.length, ...atlas.errors.filter((e) => e !== message));
});
