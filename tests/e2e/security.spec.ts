/**
 * Hard to break: a strict Content-Security-Policy that the page never violates, no request to
 * any other host, no HTML built from data (a lint rule, checked here), links from data only
 * http(s), and hostile data that renders as inert text.
 */
import { join } from 'node:path';
import { ESLint } from 'eslint';
import type { Page } from '@playwright/test';
import { test, expect, mapReady, type AtlasPage } from './fixtures.ts';
import { placeAt } from './geodata.ts';
import { Source } from '../../src/data/schema.ts';
import { ONLINE_BASEMAPS, PROVIDERS } from '../../src/basemaps.ts';
import {
  HOSTILE,
  HOSTILE_PLACE_NAME,
  HOSTILE_PROJECT_NAME,
  TARGETS,
  hostileGeodata,
} from '../fixtures/hostile.ts';

const ROOT = join(import.meta.dirname, '..', '..');

type Policy = Record<string, string[]>;
const parsePolicy = (p: string): Policy =>
  Object.fromEntries(
    p
      .split(';')
      .map((d) => d.trim().split(/\s+/))
      .filter((d) => d[0])
      .map(([k, ...v]) => [k!, v]),
  );

/** Records `securitypolicyviolation` events from the first script on. */
async function recordViolations(page: Page) {
  await page.addInitScript(() => {
    const w = window as unknown as { __csp: string[] };
    w.__csp = [];
    document.addEventListener('securitypolicyviolation', (e) =>
      w.__csp.push(
        `${e.effectiveDirective} ${e.blockedURI} ${e.sourceFile}:${e.lineNumber} ${e.sample}`,
      ),
    );
  });
}
const violations = (page: Page) =>
  page.evaluate(() => (window as unknown as { __csp: string[] }).__csp);

async function clickAt(atlas: AtlasPage, lngLat: [number, number]) {
  const { x, y } = await atlas.project(lngLat);
  await atlas.page.mouse.click(x, y);
}

test('the built page carries a strict CSP, as a meta and as the preview server header', async ({
  page,
}) => {
  const res = await page.goto('/');
  const meta = await page
    .locator('meta[http-equiv="Content-Security-Policy"]')
    .getAttribute('content');
  const header = res!.headers()['content-security-policy'];
  expect(meta, 'CSP <meta> in the built index.html').toBeTruthy();
  expect(header, 'CSP header from vite preview').toBeTruthy();
  for (const policy of [parsePolicy(meta!), parsePolicy(header!)]) {
    expect(policy['default-src']).toEqual(["'none'"]);
    expect(policy['script-src']).toEqual(["'self'"]);
    expect(policy['worker-src']).toEqual(["'self'"]);
    // This origin, and the one host of each online basemap (contacted only when chosen).
    const online = ONLINE_BASEMAPS.map((b) => PROVIDERS[b].origin);
    // blob: only for fetching: MapLibre's worker reads the reader's own file from a URL the
    // page made (src/map/UserLayers.tsx); scripts and workers never come from blob:.
    expect(policy['connect-src']).toEqual(["'self'", 'blob:', ...online]);
    expect(policy['style-src-elem']).toEqual(["'self'"]);
    expect(policy['base-uri']).toEqual(["'none'"]);
    // Trusted Types: every script sink needs a vetted value, and only the page's own
    // `default` policy may exist (src/trustedTypes.ts).
    expect(policy['require-trusted-types-for']).toEqual(["'script'"]);
    expect(policy['trusted-types']).toEqual(['default']);
    for (const [directive, values] of Object.entries(policy))
      if (!directive.includes('trusted-types'))
        for (const v of values)
          if (!(directive === 'connect-src' && [...online, 'blob:'].includes(v)))
            expect(v, `${directive} allows nothing unsafe, no blob:, no other host`).toMatch(
              /^('self'|'none'|data:)$/,
            );
    expect(policy['script-src']).not.toContain('data:');
  }
  expect(parsePolicy(header!)['frame-ancestors']).toEqual(["'none'"]);
  // The data the page fetches is served compressed.
  const script = (await page.evaluate(() =>
    performance
      .getEntriesByType('resource')
      .map((e) => e.name)
      .find((n) => /\/assets\/index-[\w-]+\.js$/.test(n)),
  ))!;
  const js = await page.request.get(script, { headers: { 'Accept-Encoding': 'br, gzip' } });
  expect(js.headers()['content-encoding']).toMatch(/^(br|gzip)$/);
});

test('a whole session violates the CSP nowhere and contacts no other host', async ({ atlas }) => {
  const page = atlas.page;
  const requests: string[] = [];
  page.on('request', (r) => requests.push(r.url()));
  await recordViolations(page);
  await atlas.open();

  // A city from the map, its sources opened; a sector off and on; a project from the list;
  // the language; the about page with its links; hover.
  await clickAt(atlas, placeAt('bishkek'));
  const panel = page.getByTestId('panel');
  await expect(panel.getByRole('heading', { level: 2, name: 'Bishkek' })).toBeVisible();
  await panel.locator('details.cite summary').first().click();
  await page.getByRole('checkbox', { name: /Energy/ }).uncheck();
  await page.getByRole('checkbox', { name: /Energy/ }).check();
  await page.keyboard.press('Escape');
  await page.getByRole('navigation').getByRole('button', { name: /Datka/ }).first().click();
  await expect(panel.getByRole('heading', { level: 2 })).toContainText('Datka');
  await page.getByRole('combobox', { name: 'Language' }).selectOption('ru');
  await page.getByRole('combobox', { name: 'Язык' }).selectOption('en');
  await page.getByRole('button', { name: 'About' }).click();
  const bishkek = await atlas.project(placeAt('bishkek'));
  await page.mouse.move(bishkek.x, bishkek.y, { steps: 3 });
  await atlas.idle();

  expect(await violations(page)).toEqual([]);
  expect(atlas.foreignRequests).toEqual([]);
  // The recorder sees the worker's requests too (the basemap is fetched by MapLibre's worker).
  expect(requests.some((u) => /\/assets\/overview-[\w-]+\.geojson$/.test(u))).toBe(true);
  await expect(page.getByRole('alert')).toHaveCount(0); // no load failed
  expect(atlas.errors).toEqual([]);
});

test('the policy is enforced: no eval, no inline script, no HTML string, no other worker', async ({
  atlas,
}) => {
  const page = atlas.page;
  await recordViolations(page);
  await atlas.open();
  // (Code evaluated by the test driver itself is exempt from CSP, so the page is made to try:
  // a string timer is compiled by the page, as eval would be.) Trusted Types refuse each
  // string at its sink, before CSP's script-src would.
  const tried = await page.evaluate(() => {
    const attempt = (f: () => void) => {
      try {
        f();
        return 'allowed';
      } catch (e) {
        return e instanceof Error ? e.name : String(e);
      }
    };
    return {
      eval: attempt(() => setTimeout('window.__evalRan = true')),
      inlineScript: attempt(() => {
        const s = document.createElement('script');
        s.textContent = 'window.__inlineRan = true';
        document.head.append(s);
      }),
      html: attempt(() => {
        // eslint-disable-next-line no-restricted-properties -- the browser must refuse it
        document.createElement('div').innerHTML = '<b>markup</b>';
      }),
      worker: attempt(() => new Worker('/not-a-built-file.js')),
    };
  });
  expect(tried).toEqual({
    eval: 'TypeError',
    inlineScript: 'TypeError',
    html: 'TypeError',
    worker: 'TypeError',
  });
  // Each refusal is reported, by the <meta> policy and by the header alike.
  await expect
    .poll(
      async () =>
        (await violations(page)).filter((v) => v.startsWith('require-trusted-types-for')).length,
    )
    .toBeGreaterThanOrEqual(4);
  const ran = await page.evaluate(() => {
    const w = window as unknown as { __evalRan?: boolean; __inlineRan?: boolean };
    return { evalRan: !!w.__evalRan, inlineRan: !!w.__inlineRan };
  });
  expect(ran).toEqual({ evalRan: false, inlineRan: false });
  atlas.errors.length = 0; // the refusals are logged as console errors, as they should be
});

test('under Trusted Types the atlas works: map ready, a click opens a panel, no violation', async ({
  atlas,
}) => {
  const page = atlas.page;
  await recordViolations(page);
  await atlas.open();
  // The one policy is the page's own, and MapLibre's worker came through it.
  expect(
    await page.evaluate(
      () =>
        (window as unknown as { trustedTypes?: { defaultPolicy?: { name: string } } }).trustedTypes
          ?.defaultPolicy?.name,
    ),
  ).toBe('default');
  expect(page.workers().length, 'MapLibre’s worker').toBeGreaterThan(0);
  expect(await atlas.renderedIds(['cities-circle'])).toContain('bishkek');
  await clickAt(atlas, placeAt('bishkek'));
  await expect(
    page.getByTestId('panel').getByRole('heading', { level: 2, name: 'Bishkek' }),
  ).toBeVisible();
  await atlas.idle();
  expect(await violations(page)).toEqual([]);
});

test('hostile data renders as inert text: no script, no element injected, layout intact', async ({
  atlas,
}) => {
  const page = atlas.page;
  // The layout to keep: the same page with the real data.
  const clean = await page.context().newPage();
  await clean.goto('/?debug');
  await mapReady(clean);
  const cleanPanel = (await clean.getByTestId('panel').boundingBox())!;
  const cleanCanvas = (await clean.locator('canvas.maplibregl-canvas').boundingBox())!;
  await clean.close();

  const { files, badSource, oddSource } = hostileGeodata();
  await page.route(/\/assets\/(places|meetings|projects|sources)-[\w-]+\.(geo)?json$/, (route) => {
    const name = /\/assets\/([a-z]+)-/.exec(new URL(route.request().url()).pathname)![1]!;
    const file = Object.keys(files).find((f) => f.startsWith(`${name}.`))!;
    return route.fulfill({ contentType: 'application/json', body: JSON.stringify(files[file]) });
  });
  const dialogs: string[] = [];
  page.on('dialog', (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });
  await recordViolations(page);
  await atlas.open();
  const panel = page.getByTestId('panel');

  const inert = async (step: string) => {
    expect(dialogs, `${step}: no dialog`).toEqual([]);
    const dom = await page.evaluate(() => ({
      pwned: (window as unknown as { __pwned?: number }).__pwned ?? null,
      injected: document.querySelectorAll(
        'img[src="x"], img[src^="x/"], svg[onload], script:not([src])',
      ).length,
      handlers: [...document.querySelectorAll('*')].flatMap((el) =>
        [...el.attributes].filter((a) => a.name.startsWith('on')).map((a) => a.name),
      ),
      links: [...document.querySelectorAll<HTMLAnchorElement>('a[href]')]
        .filter((a) => !a.getAttribute('href')!.startsWith('#'))
        .map((a) => a.protocol),
      overflow: document.documentElement.scrollWidth - window.innerWidth,
    }));
    expect(dom.pwned, `${step}: no script ran`).toBeNull();
    expect(dom.injected, `${step}: no element injected`).toBe(0);
    expect(dom.handlers, `${step}: no event-handler attribute`).toEqual([]);
    for (const p of dom.links) expect(p, `${step}: links are http(s)`).toMatch(/^https?:$/);
    expect(dom.overflow, `${step}: nothing wider than the window`).toBeLessThanOrEqual(0);
    expect((await panel.boundingBox())!.width, `${step}: panel width`).toBeCloseTo(
      cleanPanel.width,
      0,
    );
    expect(
      (await page.locator('canvas.maplibregl-canvas').boundingBox())!.width,
      `${step}: map width`,
    ).toBeCloseTo(cleanCanvas.width, 0);
    expect(await violations(page), `${step}: no CSP violation`).toEqual([]);
  };

  // The contents list: names as text, the right-to-left override kept inside its own name.
  const list = page.getByRole('navigation');
  await expect(list.getByRole('button', { name: HOSTILE_PLACE_NAME })).toBeVisible();
  await expect(list.getByText(HOSTILE.rlo)).toBeVisible();
  await inert('contents list');

  // The source with a javascript: url is left out and named; the rest of the page works.
  const banner = page.getByRole('alert');
  await banner.locator('summary').click();
  await expect(banner).toContainText(
    `sources.json › ${badSource} › url › must be an http(s) address`,
  );
  await banner.locator('summary').click();

  // The hostile city from the map: its name, a 6,000-character title, markup in a summary,
  // a javascript: outcome and the largest double as an ordinal, all as text.
  // Click only once the city is drawn (on a busy machine the first idle can come first).
  await expect.poll(() => atlas.renderedIds(['cities-circle'])).toContain(TARGETS.place);
  await clickAt(atlas, placeAt(TARGETS.place));
  await expect(panel.getByRole('heading', { level: 2 })).toHaveText(HOSTILE_PLACE_NAME);
  await expect(panel.getByText(HOSTILE.long).first()).toBeVisible();
  await expect(panel.getByText(HOSTILE.js).first()).toBeVisible();
  await expect(panel.getByText(HOSTILE.img).first()).toBeVisible();
  await panel
    .locator('details.cite')
    .evaluateAll((ds) => ds.forEach((d) => ((d as HTMLDetailsElement).open = true)));
  const odd = panel.locator(`a[href="${HOSTILE.url.replaceAll('"', '\\"')}"]`).first();
  await expect(odd, `the link of ${oddSource} keeps its whole url as one attribute`).toHaveText(
    HOSTILE.url,
  );
  await inert('hostile city');

  // The hostile project from the list: markup in its name, huge and negative numbers.
  await page.keyboard.press('Escape');
  await list.getByRole('button', { name: HOSTILE_PROJECT_NAME }).click();
  await expect(panel.getByRole('heading', { level: 2 })).toHaveText(HOSTILE_PROJECT_NAME);
  await expect(panel).toContainText('179,769,313');
  await inert('hostile project');

  atlas.errors.length = 0; // the page logged nothing of its own; checked above
});

test('no HTML from strings: the lint rule fires on every sink', async () => {
  const eslint = new ESLint({ cwd: ROOT });
  const prelude = 'declare const el: HTMLElement; declare const name: string;\n';
  const cases: [string, string][] = [
    ['el.innerHTML = name;', 'no-restricted-properties'],
    ['el.outerHTML = name;', 'no-restricted-properties'],
    ["el.insertAdjacentHTML('beforeend', name);", 'no-restricted-properties'],
    [
      'export const X = () => <div dangerouslySetInnerHTML={{ __html: name }} />;',
      'no-restricted-syntax',
    ],
  ];
  for (const [code, rule] of cases) {
    const [result] = await eslint.lintText(prelude + code, {
      filePath: join(ROOT, 'src', 'panels', 'LintProbe.tsx'),
    });
    expect(
      result!.messages.map((m) => m.ruleId),
      code,
    ).toContain(rule);
  }
});

test('links from data can only be http(s)', () => {
  const source = (url: string) =>
    Source.safeParse({ id: 'x', kind: 'web', title: { ky: 'x', ru: 'x', en: 'x' }, url }).success;
  for (const url of ['https://example.org/a?b=c#d', 'http://example.org'])
    expect(source(url), url).toBe(true);
  for (const url of [
    'javascript:alert(1)',
    'JAVASCRIPT:alert(1)',
    ' https://example.org',
    'data:text/html,<script>alert(1)</script>',
    'vbscript:x',
    '//example.org',
    'https://exa mple.org',
    'ftp://example.org',
  ])
    expect(source(url), url).toBe(false);
});
