/**
 * `npm run bench`: the atlas against MapLibre alone, side by side, in headless Chromium.
 *
 * Builds the production atlas (into bench-results/atlas/, with the app's own config), a
 * bare MapLibre page with the same basemap (scripts/bench/bare → bench-results/bare/) and a
 * synthetic dataset of 10,000 projects and 500 routes (scripts/bench/synthetic.ts); serves
 * each on its own port with the preview server's headers and brotli/gzip files (the
 * synthetic file in place of geodata/projects.geojson); then, after one warm-up load of each,
 * loads bare, atlas and atlas-with-synthetic-data alternately, each in a fresh browser
 * context, `--runs` times, and on each page pans the map and times every interaction; then
 * loads the atlas `--runs` times in a browser without WebGL and times its content list. Prints medians, percentiles,
 * ratios and every goal (met, or by how much it misses), and writes the raw numbers to
 * bench-results/bench.json. It asserts nothing: numbers only.
 *
 * Options: --runs N (default 5), --samples N (per interaction per page, default 8),
 * --no-build (reuse bench-results/), --port N (first of three consecutive ports; default: any free ones).
 * Times are ratios on one machine; absolute values depend on it (software WebGL here).
 */
import { execSync } from 'node:child_process';
import { existsSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { chromium, type Browser, type Page } from 'playwright-core';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../../playwright.config.ts';
import { precompressDir } from '../vite-csp.ts';
import { installProbe, type BenchGlobals, type InteractionTiming } from './probe.ts';
import { serveStatic, type StaticServer } from './server.ts';
import { SYNTHETIC_POINTS, SYNTHETIC_ROUTES, writeSynthetic } from './synthetic.ts';

const ROOT = join(import.meta.dirname, '..', '..');
const OUT = join(ROOT, 'bench-results');
const { values: opts } = parseArgs({
  options: {
    runs: { type: 'string', default: '5' },
    samples: { type: 'string', default: '8' },
    'no-build': { type: 'boolean', default: false },
    port: { type: 'string' },
  },
});
const RUNS = Number(opts.runs);
const SAMPLES = Math.max(2, Number(opts.samples) & ~1); // even: every toggle is undone
const VIEWPORT = { width: 1280, height: 800 };
const PAN_MS = 2000;

// ------------------------------------------------------------------ statistics

const sorted = (xs: number[]) => [...xs].filter(Number.isFinite).sort((a, b) => a - b);
/** Nearest-rank percentile. */
function pct(xs: number[], p: number): number {
  const s = sorted(xs);
  if (!s.length) return NaN;
  return s[Math.min(s.length - 1, Math.max(0, Math.ceil((p / 100) * s.length) - 1))] ?? NaN;
}
const median = (xs: number[]) => {
  const s = sorted(xs);
  if (!s.length) return NaN;
  const m = s.length >> 1;
  return s.length % 2 ? (s[m] ?? NaN) : ((s[m - 1] ?? NaN) + (s[m] ?? NaN)) / 2;
};

// ------------------------------------------------------------------ pages

type PageKind = 'bare' | 'atlas' | 'synthetic';
const KINDS: PageKind[] = ['bare', 'atlas', 'synthetic'];

interface Resource {
  url: string;
  /** Bytes of the body as sent (compressed). */
  encoded: number;
  decoded: number;
  /** When it finished, in ms since the page's navigation start. */
  end: number;
}

interface LoadResult {
  ready: number;
  resources: Resource[];
}

/** Every resource the page and its workers fetched (Resource Timing, on one time base). */
async function resources(page: Page): Promise<Resource[]> {
  type Raw = {
    origin: number;
    list: { url: string; encoded: number; decoded: number; end: number }[];
  };
  const collect = () => ({
    origin: performance.timeOrigin,
    list: (performance.getEntriesByType('resource') as PerformanceResourceTiming[]).map((e) => ({
      url: e.name,
      encoded: e.encodedBodySize,
      decoded: e.decodedBodySize,
      end: e.responseEnd,
    })),
  });
  const main: Raw = await page.evaluate(collect);
  const workers: Raw[] = await Promise.all(page.workers().map((w) => w.evaluate(collect)));
  return [main, ...workers].flatMap((r) =>
    r.list.map((e) => ({ ...e, end: e.end + r.origin - main.origin })),
  );
}

async function open(browser: Browser, url: string): Promise<{ page: Page; load: LoadResult }> {
  const context = await browser.newContext({ viewport: VIEWPORT, locale: 'en-GB' });
  const page = await context.newPage();
  // tsx may wrap named functions in `__name(…)`: give the page a no-op one.
  await page.addInitScript({ content: `var __name = (f) => f;(${installProbe.toString()})();` });
  page.on('pageerror', (e) => console.warn(`  page error on ${url}: ${String(e)}`));
  await page.goto(url);
  await page.waitForFunction(() => performance.getEntriesByName('map:ready').length > 0, null, {
    timeout: 120_000,
  });
  const ready = await page.evaluate(
    () => performance.getEntriesByName('map:ready')[0]?.startTime ?? NaN,
  );
  return { page, load: { ready, resources: await resources(page) } };
}

const mapIdle = (page: Page) =>
  page.evaluate(
    () =>
      new Promise<void>((resolve) => {
        const m = (window as unknown as BenchGlobals).__map;
        m.once('idle', () => resolve());
        m.triggerRepaint();
      }),
  );

const screenAt = (page: Page, lngLat: [number, number]) =>
  page.evaluate(([lng, lat]) => {
    const m = (window as unknown as BenchGlobals).__map;
    const p = m.project([lng, lat]);
    const r = m.getCanvas().getBoundingClientRect();
    return { x: r.left + p.x, y: r.top + p.y };
  }, lngLat);

/** In the page: marks when the contents list first shows a city (ms since navigation start). */
function watchList() {
  const w = window as unknown as { __listShownAt?: number };
  new MutationObserver((_, observer) => {
    const buttons = document.querySelectorAll('nav button');
    if ([...buttons].some((b) => b.textContent?.startsWith('Bishkek'))) {
      w.__listShownAt = performance.now();
      observer.disconnect();
    }
  }).observe(document, { childList: true, subtree: true, characterData: true });
}

/**
 * Without WebGL (`--disable-3d-apis`): ms from navigation start until the contents list, the
 * page's whole content, shows. (A bench figure, not a test: tests assert behaviour.)
 */
async function contentWithoutWebgl(browser: Browser, url: string): Promise<number> {
  const context = await browser.newContext({ viewport: VIEWPORT, locale: 'en-GB' });
  const page = await context.newPage();
  await page.addInitScript({ content: `var __name = (f) => f;(${watchList.toString()})();` });
  await page.goto(url);
  await page.waitForFunction(
    () => (window as unknown as { __listShownAt?: number }).__listShownAt !== undefined,
    null,
    { timeout: 120_000 },
  );
  const at = await page.evaluate(
    () => (window as unknown as { __listShownAt?: number }).__listShownAt ?? NaN,
  );
  await context.close();
  return at;
}

// ------------------------------------------------------------------ interactions

/**
 * One kind of interaction. Adding one to the bench is one entry in INTERACTIONS.
 * `setup` prepares the page once (opens a section…) and says whether this UI exists;
 * `prepare` readies sample i (not timed); `act` is the input itself (timed from the first
 * event of `events` it causes); `teardown` restores what the next interaction expects.
 */
interface Interaction {
  name: string;
  events: string[];
  setup: (page: Page) => Promise<boolean>;
  prepare?: (page: Page, i: number) => Promise<void>;
  act: (page: Page, i: number) => Promise<void>;
  /** Leaves the page as the next interaction expects it. */
  teardown?: (page: Page) => Promise<void>;
}

const places = (
  JSON.parse(readFileSync(join(ROOT, 'geodata', 'places.geojson'), 'utf8')) as {
    features: { geometry: { coordinates: [number, number] }; properties: { id: string } }[];
  }
).features;
const placeAt = (id: string) => {
  const place = places.find((p) => p.properties.id === id);
  if (!place) throw new Error(`bench: no place ${id} in geodata/places.geojson`);
  return place.geometry.coordinates;
};

let cityTarget = { x: 0, y: 0 };

const INTERACTIONS: Interaction[] = [
  {
    name: 'sector toggle (legend checkbox)',
    events: ['click'],
    setup: async (page) => (await page.getByRole('checkbox', { name: /Energy/ }).count()) > 0,
    act: (page) =>
      page
        .getByRole('checkbox', { name: /Energy/ })
        .first()
        .click(),
  },
  {
    name: 'selection (click a city)',
    events: ['click'],
    setup: async () => true,
    prepare: async (page, i) => {
      cityTarget = await screenAt(page, placeAt(i % 2 ? 'tashkent' : 'bishkek'));
      await page.mouse.move(cityTarget.x, cityTarget.y);
      await mapIdle(page);
    },
    act: async (page) => {
      await page.mouse.down();
      await page.mouse.up();
    },
    teardown: async (page) => {
      await page.keyboard.press('Escape'); // back to the contents list (and its filters)
      await mapIdle(page);
    },
  },
  {
    name: 'filter change (filters checkbox)',
    events: ['click', 'change'],
    setup: async (page) => {
      const filters = page
        .locator('details.filters, section.filters, [aria-label*="ilter"]')
        .first();
      if (!(await filters.count())) return false;
      const summary = filters.locator('summary').first();
      if (
        (await summary.count()) &&
        !(await filters.evaluate((e) => (e as HTMLDetailsElement).open))
      )
        await summary.click();
      await mapIdle(page);
      return (await filters.locator('input[type=checkbox], select').count()) > 0;
    },
    act: async (page, i) => {
      const filters = page
        .locator('details.filters, section.filters, [aria-label*="ilter"]')
        .first();
      const control = filters.locator('input[type=checkbox], select').first();
      if ((await control.evaluate((e) => e.tagName)) === 'SELECT') {
        const values = await control.evaluate((e) =>
          [...(e as HTMLSelectElement).options].map((o) => o.value),
        );
        await control.selectOption(values[i % 2 ? 0 : Math.min(1, values.length - 1)] ?? '');
      } else await control.click();
    },
  },
  {
    name: 'timeline step (range input)',
    events: ['keydown'],
    setup: async (page) => (await page.locator('input[type=range]').count()) > 0,
    prepare: (page) => page.locator('input[type=range]').last().focus(),
    act: (page, i) => page.keyboard.press(i % 2 ? 'ArrowRight' : 'ArrowLeft'),
  },
];

interface Sample extends InteractionTiming {
  longtaskMax: number;
  longtasks: number;
}

async function measure(page: Page, ix: Interaction): Promise<Sample[] | null> {
  if (!(await ix.setup(page))) return null;
  const samples: Sample[] = [];
  for (let i = 0; i < SAMPLES; i++) {
    await ix.prepare?.(page, i);
    await mapIdle(page);
    await page.evaluate(
      (types) => (window as unknown as BenchGlobals).__bench.arm(types),
      ix.events,
    );
    await ix.act(page, i);
    await page.waitForFunction(
      () => (window as unknown as BenchGlobals).__bench.result?.done,
      null,
      {
        timeout: 60_000,
      },
    );
    const s = await page.evaluate(() => {
      const b = (window as unknown as BenchGlobals).__bench;
      const r = b.result as InteractionTiming;
      const tasks = b.longtasks.filter(
        (t) => t.start + t.duration >= r.start && t.start <= r.start + r.idle,
      );
      return {
        ...r,
        // "→ idle" is when everything has settled: the map may be idle before the page's frame.
        idle: Math.max(r.idle, r.frame),
        longtasks: tasks.length,
        longtaskMax: Math.max(0, ...tasks.map((t) => t.duration)),
      };
    });
    samples.push(s);
  }
  await ix.teardown?.(page);
  return samples;
}

/** Drags the map for PAN_MS; the frames it draws per second, and main-thread tasks over 50 ms. */
async function pan(page: Page): Promise<{ fps: number; longtasks: number }> {
  const home = await page.evaluate(() => {
    const m = (window as unknown as BenchGlobals).__map;
    return { center: m.getCenter().toArray() as [number, number], zoom: m.getZoom() };
  });
  const box = await page.locator('canvas.maplibregl-canvas').boundingBox();
  if (!box) throw new Error('bench: no map canvas');
  let x = box.x + box.width * 0.4;
  let y = box.y + box.height * 0.5;
  await page.mouse.move(x, y);
  await mapIdle(page);
  await page.mouse.down();
  const tasksBefore = await page.evaluate(() => {
    const b = (window as unknown as BenchGlobals).__bench;
    b.countRenders();
    return b.longtasks.length;
  });
  const t0 = Date.now();
  while (Date.now() - t0 < PAN_MS) {
    const dir = Date.now() - t0 < PAN_MS / 2 ? 1 : -1;
    x += 6 * dir;
    y += 2 * dir;
    await page.mouse.move(x, y);
  }
  const { frames, ms, tasks } = await page.evaluate(() => {
    const b = (window as unknown as BenchGlobals).__bench;
    return { ...b.stopRenders(), tasks: b.longtasks.length };
  });
  await page.mouse.up();
  await page.evaluate((h) => (window as unknown as BenchGlobals).__map.jumpTo(h), home);
  await mapIdle(page);
  return { fps: (frames / ms) * 1000, longtasks: tasks - tasksBefore };
}

// ------------------------------------------------------------------ sizes

const BASEMAP = /\/(world|overview|detail|water|labels)-[\w-]+\.geojson$/;
const isMapLibre = (url: string) => /\/maplibre-gl[\w-]*\.js$/.test(url);
const isJs = (url: string) => /\.m?js$/.test(new URL(url).pathname);

/** Size of the .gz twin on disk of a served file (what gzip would send). */
function gzipSize(dir: string, url: string): number {
  const file = join(dir, new URL(url).pathname);
  return existsSync(`${file}.gz`)
    ? statSync(`${file}.gz`).size
    : existsSync(file)
      ? statSync(file).size
      : 0;
}

interface Sizes {
  jsTransfer: number;
  jsGzip: number;
  jsBeyondMapLibreTransfer: number;
  jsBeyondMapLibreGzip: number;
  jsFiles: string[];
  basemapTransfer: number;
  basemapGzip: number;
  basemapRaw: number;
  fontsTransfer: number;
  contentTransfer: number;
  totalTransfer: number;
}

function sizes(load: LoadResult, dir: string): Sizes {
  // What the first map needed: everything that finished by map:ready. A cached repeat counts 0.
  const seen = new Set<string>();
  const first = load.resources.filter((r) => {
    if (r.end > load.ready || seen.has(r.url)) return false;
    seen.add(r.url);
    return true;
  });
  const sum = (rs: Resource[], f: (r: Resource) => number) => rs.reduce((a, r) => a + f(r), 0);
  const js = first.filter((r) => isJs(r.url));
  const beyond = js.filter((r) => !isMapLibre(r.url));
  const basemap = first.filter((r) => BASEMAP.test(r.url));
  const fonts = first.filter((r) => r.url.endsWith('.woff2'));
  const content = first.filter((r) => /\.(geo)?json$/.test(r.url) && !BASEMAP.test(r.url));
  return {
    jsTransfer: sum(js, (r) => r.encoded),
    jsGzip: sum(js, (r) => gzipSize(dir, r.url)),
    jsBeyondMapLibreTransfer: sum(beyond, (r) => r.encoded),
    jsBeyondMapLibreGzip: sum(beyond, (r) => gzipSize(dir, r.url)),
    jsFiles: js.map((r) => new URL(r.url).pathname),
    basemapTransfer: sum(basemap, (r) => r.encoded),
    basemapGzip: sum(basemap, (r) => gzipSize(dir, r.url)),
    basemapRaw: sum(basemap, (r) => r.decoded),
    fontsTransfer: sum(fonts, (r) => r.encoded),
    contentTransfer: sum(content, (r) => r.encoded),
    totalTransfer: sum(first, (r) => r.encoded),
  };
}

// ------------------------------------------------------------------ main

function build() {
  const run = (cmd: string) => execSync(cmd, { cwd: ROOT, stdio: ['ignore', 'ignore', 'inherit'] });
  console.log('building the atlas (bench-results/atlas/) and the bare page (bench-results/bare/)…');
  // Its own output directory: other work may rebuild dist/ while the bench runs.
  run('npx vite build --outDir bench-results/atlas --emptyOutDir');
  run('npx vite build --config scripts/bench/vite.config.ts');
}

async function main() {
  if (!opts['no-build']) build();
  const syntheticFile = join(OUT, 'synthetic', 'projects.geojson');
  if (!opts['no-build'] || !existsSync(syntheticFile)) {
    const { features, bytes } = writeSynthetic(syntheticFile);
    await precompressDir(join(OUT, 'synthetic'));
    console.log(`synthetic dataset: ${features} projects (${(bytes / 1e6).toFixed(1)} MB raw)`);
  }
  // Three consecutive ports from --port, or any free ones.
  const port = opts.port ? Number(opts.port) : 0;
  const next = (i: number) => (port ? port + i : 0);
  const dirs: Record<PageKind, string> = {
    bare: join(OUT, 'bare'),
    atlas: join(OUT, 'atlas'),
    synthetic: join(OUT, 'atlas'),
  };
  const servers: Record<PageKind, StaticServer> = {
    bare: await serveStatic(dirs.bare, port),
    atlas: await serveStatic(dirs.atlas, next(1)),
    synthetic: await serveStatic(dirs.synthetic, next(2), [
      { path: /^\/assets\/projects-[\w-]+\.geojson$/, file: syntheticFile },
    ]),
  };
  const paths: Record<PageKind, string> = { bare: '/', atlas: '/?debug', synthetic: '/?debug' };

  const browser = await chromium.launch({
    executablePath: CHROMIUM_PATH,
    args: CHROMIUM_ARGS,
  });
  const chromiumVersion = browser.version();
  // Warm-up (not recorded): one load of each page, and the size of the atlas's map, which
  // the bare page copies.
  const warm = await open(browser, servers.atlas.url + paths.atlas);
  const canvas = await warm.page.evaluate(() => {
    const c = (window as unknown as BenchGlobals).__map.getCanvas();
    return { w: c.clientWidth, h: c.clientHeight };
  });
  await warm.page.context().close();
  paths.bare = `/?w=${canvas.w}&h=${canvas.h}`;
  for (const kind of ['bare', 'synthetic'] as const)
    await (await open(browser, servers[kind].url + paths[kind])).page.context().close();

  const loads: Record<PageKind, LoadResult[]> = { bare: [], atlas: [], synthetic: [] };
  const fps: Record<PageKind, number[]> = { bare: [], atlas: [], synthetic: [] };
  const panTasks: Record<PageKind, number> = { bare: 0, atlas: 0, synthetic: 0 };
  const samples: Record<string, Record<PageKind, Sample[]>> = {};
  const missing = new Set<string>();
  const noWebgl: number[] = [];
  try {
    for (let run = 0; run < RUNS; run++) {
      // Alternate, and rotate who goes first, so drift on the machine hits all three alike.
      const order = KINDS.map((_, i) => KINDS[(i + run) % KINDS.length] as PageKind);
      for (const kind of order) {
        const { page, load } = await open(browser, servers[kind].url + paths[kind]);
        loads[kind].push(load);
        const panned = await pan(page);
        fps[kind].push(panned.fps);
        panTasks[kind] += panned.longtasks;
        if (kind !== 'bare')
          for (const ix of INTERACTIONS) {
            const got = await measure(page, ix);
            if (!got) missing.add(ix.name);
            else (samples[ix.name] ??= { bare: [], atlas: [], synthetic: [] })[kind].push(...got);
          }
        await page.context().close();
        console.log(
          `run ${run + 1}/${RUNS} ${kind.padEnd(9)} map:ready ${load.ready.toFixed(0)} ms, panning ${panned.fps.toFixed(1)} frames/s`,
        );
      }
    }
    // The same atlas in a browser without WebGL: how soon its content shows.
    const noGl = await chromium.launch({
      executablePath: CHROMIUM_PATH,
      args: [...CHROMIUM_ARGS, '--disable-3d-apis'],
    });
    try {
      await contentWithoutWebgl(noGl, `${servers.atlas.url}/`); // warm-up
      for (let run = 0; run < RUNS; run++) {
        const at = await contentWithoutWebgl(noGl, `${servers.atlas.url}/`);
        noWebgl.push(at);
        console.log(`run ${run + 1}/${RUNS} no WebGL: content after ${at.toFixed(0)} ms`);
      }
    } finally {
      await noGl.close();
    }
  } finally {
    await browser.close();
    await Promise.all(Object.values(servers).map((s) => s.close()));
  }

  // ---------------------------------------------------------------- report
  const ready = (k: PageKind) => median(loads[k].map((l) => l.ready));
  const size = (k: PageKind) => sizes(loads[k][0] as LoadResult, dirs[k]);
  const kB = (b: number) => `${(b / 1000).toFixed(1)} kB`;
  const ms = (x: number) => (Number.isFinite(x) ? `${x.toFixed(0)} ms` : '—');
  const goals: { goal: string; value: string; met: boolean; miss: string }[] = [];
  const goal = (
    name: string,
    value: number,
    limit: number,
    fmt: (x: number) => string,
    lower = true,
  ) => {
    const met = lower ? value <= limit : value >= limit;
    const miss = met
      ? 'met'
      : `misses by ${fmt(Math.abs(value - limit))} (${((Math.abs(value - limit) / limit) * 100).toFixed(0)}%)`;
    goals.push({ goal: name, value: fmt(value), met, miss });
  };

  const rows: string[][] = [['', 'bare MapLibre', 'atlas', 'atlas, synthetic', 'ratio']];
  const r2 = (x: number) => x.toFixed(2);
  rows.push([
    'map:ready, median',
    ms(ready('bare')),
    ms(ready('atlas')),
    ms(ready('synthetic')),
    `atlas÷bare ${r2(ready('atlas') / ready('bare'))}, synthetic÷atlas ${r2(ready('synthetic') / ready('atlas'))}`,
  ]);
  rows.push([
    'map:ready, min–max',
    ...KINDS.map(
      (k) =>
        `${ms(Math.min(...loads[k].map((l) => l.ready)))}–${ms(Math.max(...loads[k].map((l) => l.ready)))}`,
    ),
    '',
  ]);
  const sz = Object.fromEntries(KINDS.map((k) => [k, size(k)])) as Record<PageKind, Sizes>;
  rows.push([
    'JS, first map (br sent / gzip)',
    ...KINDS.map((k) => `${kB(sz[k].jsTransfer)} / ${kB(sz[k].jsGzip)}`),
    '',
  ]);
  rows.push([
    'JS beyond MapLibre (br / gzip)',
    '—',
    `${kB(sz.atlas.jsBeyondMapLibreTransfer)} / ${kB(sz.atlas.jsBeyondMapLibreGzip)}`,
    `${kB(sz.synthetic.jsBeyondMapLibreTransfer)} / ${kB(sz.synthetic.jsBeyondMapLibreGzip)}`,
    '',
  ]);
  rows.push([
    'basemap (br sent / gzip / raw)',
    ...KINDS.map(
      (k) => `${kB(sz[k].basemapTransfer)} / ${kB(sz[k].basemapGzip)} / ${kB(sz[k].basemapRaw)}`,
    ),
    '',
  ]);
  rows.push(['fonts (woff2)', ...KINDS.map((k) => kB(sz[k].fontsTransfer)), '']);
  rows.push(['atlas content (br)', ...KINDS.map((k) => kB(sz[k].contentTransfer)), '']);
  rows.push(['everything, first map (sent)', ...KINDS.map((k) => kB(sz[k].totalTransfer)), '']);
  const fpsMed = (k: PageKind) => median(fps[k]);
  rows.push([
    'panning, frames/s (median)',
    ...KINDS.map((k) => fpsMed(k).toFixed(1)),
    `atlas÷bare ${r2(fpsMed('atlas') / fpsMed('bare'))}, synthetic÷bare ${r2(fpsMed('synthetic') / fpsMed('bare'))}`,
  ]);
  rows.push(['no WebGL: content shown, median', '—', ms(median(noWebgl)), '—', '']);
  rows.push(['panning, tasks > 50 ms (all runs)', ...KINDS.map((k) => String(panTasks[k])), '']);
  for (const [name, byKind] of Object.entries(samples)) {
    const cell = (k: PageKind, f: (s: Sample) => number) => {
      const xs = byKind[k].map(f);
      return xs.length ? `${ms(pct(xs, 50))} / ${ms(pct(xs, 95))}` : '—';
    };
    rows.push([
      `${name}: → frame p50/p95`,
      '—',
      cell('atlas', (s) => s.frame),
      cell('synthetic', (s) => s.frame),
      '',
    ]);
    rows.push([
      `${name}: → idle p50/p95`,
      '—',
      cell('atlas', (s) => s.idle),
      cell('synthetic', (s) => s.idle),
      '',
    ]);
    rows.push([
      `${name}: tasks > 50 ms (longest)`,
      '—',
      ...(['atlas', 'synthetic'] as const).map((k) => {
        const n = byKind[k].reduce((a, s) => a + s.longtasks, 0);
        const worst = Math.max(0, ...byKind[k].map((s) => s.longtaskMax));
        return `${n} in ${byKind[k].length}${n ? ` (${ms(worst)})` : ''}`;
      }),
      '',
    ]);
  }

  goal('map:ready atlas ÷ bare ≤ 1.15', ready('atlas') / ready('bare'), 1.15, r2);
  goal(
    'JS beyond MapLibre, gzip ≤ 100 kB',
    sz.atlas.jsBeyondMapLibreGzip / 1000,
    100,
    (x) => `${x.toFixed(1)} kB`,
  );
  goal(
    'basemap, compressed (gzip) ≤ 300 kB',
    sz.atlas.basemapGzip / 1000,
    300,
    (x) => `${x.toFixed(1)} kB`,
  );
  goal('no WebGL: content within 1 s of navigation', median(noWebgl), 1000, ms);
  goal('panning fps atlas ÷ bare ≥ 0.9', fpsMed('atlas') / fpsMed('bare'), 0.9, r2, false);
  goal(
    'synthetic: map:ready ≤ 2 × real data',
    ready('synthetic') / ready('atlas'),
    2,
    (x) => `${r2(x)}×`,
  );
  for (const k of ['atlas', 'synthetic'] as const)
    for (const [name, byKind] of Object.entries(samples)) {
      if (k === 'synthetic' && !/toggle|filter|timeline/.test(name)) continue;
      const label = `${k === 'synthetic' ? 'synthetic: ' : ''}${name}`;
      goal(
        `${label}: → frame p95 ≤ 100 ms`,
        pct(
          byKind[k].map((s) => s.frame),
          95,
        ),
        100,
        ms,
      );
      goal(
        `${label}: longest task ≤ 50 ms`,
        Math.max(0, ...byKind[k].map((s) => s.longtaskMax)),
        50,
        (x) => (x === 0 ? 'none over 50 ms' : ms(x)),
      );
    }

  const header = rows[0] as string[];
  const widths = header.map((_, c) => Math.max(...rows.map((r) => (r[c] ?? '').length)));
  const line = (r: string[]) => `| ${r.map((x, c) => x.padEnd(widths[c] ?? 0)).join(' | ')} |`;
  console.log(
    `\nSilk Road Atlas bench: ${RUNS} runs × 3 pages, ${SAMPLES} samples per interaction per page, ` +
      `viewport ${VIEWPORT.width}×${VIEWPORT.height}, Chromium ${chromiumVersion} (software WebGL)`,
  );
  console.log(
    `map canvas ${canvas.w}×${canvas.h} CSS px on every page; synthetic: ${SYNTHETIC_POINTS} points + ${SYNTHETIC_ROUTES} routes\n`,
  );
  console.log(line(header));
  console.log(`|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`);
  for (const r of rows.slice(1)) console.log(line(r));
  console.log('\nGoals');
  for (const g of goals) console.log(`  ${g.met ? '✓' : '✗'} ${g.goal}: ${g.value} — ${g.miss}`);
  if (missing.size) console.log(`  (not in this build, not measured: ${[...missing].join('; ')})`);
  console.log(`\nJS the first atlas map loads: ${sz.atlas.jsFiles.join(', ')}`);

  writeFileSync(
    join(OUT, 'bench.json'),
    JSON.stringify(
      {
        date: new Date().toISOString(),
        runs: RUNS,
        samples: SAMPLES,
        loads,
        fps,
        interactions: samples,
        sizes: sz,
        noWebgl,
        goals,
      },
      null,
      1,
    ),
  );
  console.log('raw numbers: bench-results/bench.json');
}

await main();
