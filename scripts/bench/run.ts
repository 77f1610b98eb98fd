/**
 * `npm run bench`: the atlas against MapLibre alone, side by side, in headless Chromium.
 *
 * Builds the production atlas (into bench-results/atlas/, with the app's own config), a
 * bare MapLibre page with the same basemap (scripts/bench/bare → bench-results/bare/) and
 * synthetic datasets (scripts/bench/synthetic.ts: 1k = 1,000 points + 50 routes, 10k =
 * 10,000 + 500, 100k = 100,000 + 5,000); serves each with the preview server's headers and
 * brotli/gzip files (a synthetic file in place of geodata/projects.geojson). Pages: the bare
 * basemap (the first-map baseline), the atlas with each dataset, and the bare page with each
 * dataset as a plain GeoJSON layer, where every interaction's MapLibre-level equivalent is
 * timed (setLayoutProperty visibility for a sector toggle, setFilter for a filter change or
 * a timeline step, setFeatureState for a selection). After one warm-up load of each, loads
 * them alternately, each in a fresh browser context, `--runs` times; on each it pans the map
 * and times every interaction; on the real-data atlas it then loads a reader's own CSV of
 * `--user-rows` points through the data panel (scripts/bench/userdata.ts: input → next frame
 * while it loads, longest task, panning with the layer drawn), and on the bare page it times
 * the same key press on an idle page; then it loads the atlas `--runs` times without WebGL
 * and times its content list. Prints a growth table (first map, panning, DOM and every interaction's
 * atlas ÷ bare-equivalent ratios per dataset) and every goal (met, or by how much it
 * misses), and writes the raw numbers to bench-results/bench.json. It asserts nothing.
 *
 * Options: --runs N (default 5), --samples N (per interaction per page, default 8),
 * --sizes 1k,10k,100k (the synthetic sizes to run; default all three, '' for real data only),
 * --user-rows N (the reader's file, default 100000; 0 skips it), --no-build (reuse
 * bench-results/), --port N (first of consecutive ports; default: any free ones).
 * Times are ratios on one machine; absolute values depend on it (software WebGL here).
 */
import { execSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { chromium, type Browser, type Page } from 'playwright-core';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../../playwright.config.ts';
import { precompressDir } from '../vite-csp.ts';
import { installProbe, mapIdle, type BenchGlobals, type InteractionTiming } from './probe.ts';
import { serveStatic, type StaticServer } from './server.ts';
import { judge, median, pct, type Goal } from './stats.ts';
import { SIZES, writeSynthetic, type Size } from './synthetic.ts';
import { benchUserData, idleInputLag, type UserDataBench } from './userdata.ts';

const ROOT = join(import.meta.dirname, '..', '..');
const OUT = join(ROOT, 'bench-results');
const { values: opts } = parseArgs({
  options: {
    runs: { type: 'string', default: '5' },
    samples: { type: 'string', default: '8' },
    'no-build': { type: 'boolean', default: false },
    port: { type: 'string' },
    sizes: { type: 'string', default: '1k,10k,100k' },
    'user-rows': { type: 'string', default: '100000' },
  },
});
const RUNS = Number(opts.runs);
const SAMPLES = Math.max(2, Number(opts.samples) & ~1); // even: every toggle is undone
const USER_ROWS = Number(opts['user-rows']);
if (!Number.isInteger(USER_ROWS) || USER_ROWS < 0)
  throw new Error('bench: --user-rows takes a whole number (0 skips the reader-file bench)');
const VIEWPORT = { width: 1280, height: 800 };
const PAN_MS = 2000;

// ------------------------------------------------------------------ pages

/** The data a page shows: the real content, or a synthetic size in place of its projects. */
type Dataset = 'real' | Size;
const SIZES_RUN = (opts.sizes ?? '')
  .split(',')
  .map((x) => x.trim())
  .filter((x): x is Size => {
    if (!x) return false;
    if (!(x in SIZES)) throw new Error(`bench: --sizes takes ${Object.keys(SIZES).join(', ')}`);
    return true;
  });
const DATASETS: Dataset[] = ['real', ...SIZES_RUN];
/**
 * `bare`: MapLibre with the basemap only (the first-map baseline). `atlas:D`: the atlas
 * with dataset D. `bare:D`: the bare page with D's projects as a plain GeoJSON layer, where
 * each interaction's MapLibre-level equivalent is timed (its floor at that size).
 */
type PageKind = 'bare' | `atlas:${Dataset}` | `bare:${Dataset}`;
const KINDS: PageKind[] = [
  'bare',
  ...DATASETS.map((d) => `atlas:${d}` as const),
  ...DATASETS.map((d) => `bare:${d}` as const),
];

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
  /** Elements in the document at map:ready (DOM should follow the screen, not the data). */
  domNodes: number;
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
  // A worker can end while it is asked (the content validator stops once it has answered):
  // it fetched nothing, so it is left out rather than failing the run.
  const workers = (
    await Promise.all(page.workers().map((w) => w.evaluate(collect).catch(() => null)))
  ).filter((r): r is Raw => r !== null);
  return [main, ...workers].flatMap((r) =>
    r.list.map((e) => ({ ...e, end: e.end + r.origin - main.origin })),
  );
}

/**
 * How long a page may take to reach map:ready. A synthetic 100k page takes about a minute on
 * a quiet machine of this kind, and machines differ threefold and may be shared.
 */
const READY_TIMEOUT_MS = 300_000;

/** A page that never reached map:ready (within READY_TIMEOUT_MS), with the first error it threw. */
class NotDrawn extends Error {}

async function open(browser: Browser, url: string): Promise<{ page: Page; load: LoadResult }> {
  const context = await browser.newContext({ viewport: VIEWPORT, locale: 'en-GB' });
  const page = await context.newPage();
  // tsx may wrap named functions in `__name(…)`: give the page a no-op one, global, since
  // Playwright runs an init script inside a function and later evaluations need it too.
  await page.addInitScript({
    content: `globalThis.__name = (f) => f;(${installProbe.toString()})();`,
  });
  let firstError = '';
  page.on('pageerror', (e) => {
    firstError ||= String(e);
    console.warn(`  page error on ${url}: ${String(e)}`);
  });
  await page.goto(url);
  try {
    await page.waitForFunction(() => performance.getEntriesByName('map:ready').length > 0, null, {
      timeout: READY_TIMEOUT_MS,
    });
  } catch (e) {
    await context.close();
    throw new NotDrawn(firstError || (e instanceof Error ? e.message : String(e)));
  }
  const ready = await page.evaluate(
    () => performance.getEntriesByName('map:ready')[0]?.startTime ?? NaN,
  );
  const domNodes = await page.evaluate(() => document.getElementsByTagName('*').length);
  return { page, load: { ready, resources: await resources(page), domNodes } };
}

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
  await page.addInitScript({
    content: `globalThis.__name = (f) => f;(${watchList.toString()})();`,
  });
  await page.goto(url);
  await page.waitForFunction(
    () => (window as unknown as { __listShownAt?: number }).__listShownAt !== undefined,
    null,
    { timeout: READY_TIMEOUT_MS },
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
      // The contents list (and its filters) comes back one render after the selection's
      // Escape (the side panel renders deferred): wait for it rather than look once.
      if (
        !(await filters.waitFor({ state: 'attached', timeout: 60_000 }).then(
          () => true,
          () => false,
        ))
      )
        return false;
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
    // The period's end handle, set to 2014 first: stepping 2014 ↔ 2013 changes what the map
    // shows (the North–South road's construction starts in 2014), where stepping from 2026
    // to 2025 changed nothing and timed an empty frame.
    setup: async (page) => {
      const to = page.getByRole('slider', { name: 'To' });
      if (!(await to.count())) return false;
      await to.fill('2014');
      await mapIdle(page);
      return true;
    },
    prepare: (page) => page.getByRole('slider', { name: 'To' }).focus(),
    act: (page, i) => page.keyboard.press(i % 2 ? 'ArrowRight' : 'ArrowLeft'),
    teardown: async (page) => {
      const to = page.getByRole('slider', { name: 'To' });
      await to.fill((await to.getAttribute('max')) ?? '');
      await mapIdle(page);
    },
  },
];

/**
 * Each interaction's MapLibre-level equivalent on the bare page (keys bound in
 * scripts/bench/bare/bare.ts): a sector toggle is a visibility change, a filter change and a
 * timeline step are a setFilter, a selection is a setFeatureState.
 */
const BARE_KEY: Record<string, string> = {
  'sector toggle (legend checkbox)': 't',
  'selection (click a city)': 's',
  'filter change (filters checkbox)': 'f',
  'timeline step (range input)': 'f',
};
const bareEquivalent = (name: string): Interaction => ({
  name,
  events: ['keydown'],
  setup: async () => true,
  act: (page) => page.keyboard.press(BARE_KEY[name] ?? 'f'),
});

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
  await page.evaluate((h) => void (window as unknown as BenchGlobals).__map.jumpTo(h), home);
  await mapIdle(page);
  return { fps: (frames / ms) * 1000, longtasks: tasks - tasksBefore };
}

// ------------------------------------------------------------------ sizes

const BASEMAP = /\/(world|overview|detail|water|labels)-[\w-]+\.geojson$/;
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
  const basemap = first.filter((r) => BASEMAP.test(r.url));
  const fonts = first.filter((r) => r.url.endsWith('.woff2'));
  const content = first.filter((r) => /\.(geo)?json$/.test(r.url) && !BASEMAP.test(r.url));
  return {
    jsTransfer: sum(js, (r) => r.encoded),
    jsGzip: sum(js, (r) => gzipSize(dir, r.url)),
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

/** The built atlas's projects file (the real data). */
function realProjectsFile(): string {
  const assets = join(OUT, 'atlas', 'assets');
  const name = readdirSync(assets).find((f) => /^projects-[\w-]+\.geojson$/.test(f));
  if (!name) throw new Error('bench: no projects-*.geojson in bench-results/atlas/assets');
  return join(assets, name);
}

/** A project with a point geometry in every dataset (the real ones are in each): the bare selection. */
const selectable = (
  JSON.parse(readFileSync(join(ROOT, 'geodata', 'projects.geojson'), 'utf8')) as {
    features: { geometry: { type: string } | null; properties: { id: string } }[];
  }
).features.find((f) => f.geometry?.type === 'Point')?.properties.id;

async function main() {
  if (!opts['no-build']) build();
  const files: Record<Dataset, string> = { real: realProjectsFile() } as Record<Dataset, string>;
  for (const size of SIZES_RUN) {
    files[size] = join(OUT, 'synthetic', size, 'projects.geojson');
    if (!opts['no-build'] || !existsSync(files[size])) {
      const { features, bytes } = writeSynthetic(files[size], size);
      await precompressDir(join(OUT, 'synthetic', size));
      console.log(`synthetic ${size}: ${features} projects (${(bytes / 1e6).toFixed(1)} MB raw)`);
    }
  }
  // Consecutive ports from --port, or any free ones.
  const port = opts.port ? Number(opts.port) : 0;
  let nextPort = 0;
  const take = () => (port ? port + nextPort++ : 0);
  const dataPath = (d: Dataset) => `/data/${d}.geojson`;
  const servers = {} as Record<PageKind, StaticServer>;
  const dirs = {} as Record<PageKind, string>;
  const bareServer = await serveStatic(
    join(OUT, 'bare'),
    take(),
    DATASETS.map((d) => ({ path: new RegExp(`^${dataPath(d)}$`), file: files[d] })),
  );
  servers.bare = bareServer;
  dirs.bare = join(OUT, 'bare');
  for (const d of DATASETS) {
    servers[`bare:${d}`] = bareServer;
    dirs[`bare:${d}`] = join(OUT, 'bare');
    dirs[`atlas:${d}`] = join(OUT, 'atlas');
    servers[`atlas:${d}`] = await serveStatic(
      join(OUT, 'atlas'),
      take(),
      d === 'real' ? [] : [{ path: /^\/assets\/projects-[\w-]+\.geojson$/, file: files[d] }],
    );
  }
  const paths = {} as Record<PageKind, string>;
  for (const k of KINDS) paths[k] = k.startsWith('atlas') ? '/?debug' : '/';

  const browser = await chromium.launch({
    executablePath: CHROMIUM_PATH,
    args: CHROMIUM_ARGS,
  });
  const chromiumVersion = browser.version();
  // Warm-up (not recorded): one load of each page, and the size of the atlas's map, which
  // the bare page copies.
  const warm = await open(browser, servers['atlas:real'].url + paths['atlas:real']);
  const canvas = await warm.page.evaluate(() => {
    const c = (window as unknown as BenchGlobals).__map.getCanvas();
    return { w: c.clientWidth, h: c.clientHeight };
  });
  await warm.page.context().close();
  const size = `w=${canvas.w}&h=${canvas.h}`;
  paths.bare = `/?${size}`;
  for (const d of DATASETS) paths[`bare:${d}`] = `/?${size}&data=${dataPath(d)}&sel=${selectable}`;
  /** Pages that never drew in the warm-up: left out of the runs, reported as goals missed. */
  const notDrawn = new Map<PageKind, string>();
  for (const kind of KINDS.filter((k) => k !== 'atlas:real'))
    try {
      await (await open(browser, servers[kind].url + paths[kind])).page.context().close();
    } catch (e) {
      if (!(e instanceof NotDrawn)) throw e;
      notDrawn.set(kind, e.message);
      console.warn(`  ${kind} did not draw: ${e.message}`);
    }
  const drawn = KINDS.filter((k) => !notDrawn.has(k));

  const loads = Object.fromEntries(KINDS.map((k) => [k, []])) as unknown as Record<
    PageKind,
    LoadResult[]
  >;
  const fps = Object.fromEntries(KINDS.map((k) => [k, []])) as unknown as Record<
    PageKind,
    number[]
  >;
  const panTasks = Object.fromEntries(KINDS.map((k) => [k, 0])) as Record<PageKind, number>;
  const samples: Record<string, Partial<Record<PageKind, Sample[]>>> = {};
  const missing = new Set<string>();
  const noWebgl: number[] = [];
  /** The reader's file on the real-data atlas, with the bare page's panning of the same run. */
  const user: (UserDataBench & { run: number; bareFps: number })[] = [];
  /** Input → next frame of key presses on the idle bare page (all runs). */
  const bareInputLags: number[] = [];
  try {
    for (let run = 0; run < RUNS; run++) {
      // Alternate, and rotate who goes first, so drift on the machine hits all pages alike.
      const order = drawn.map((_, i) => drawn[(i + run) % drawn.length] as PageKind);
      for (const kind of order) {
        let opened: Awaited<ReturnType<typeof open>>;
        try {
          opened = await open(browser, servers[kind].url + paths[kind]);
        } catch (e) {
          if (!(e instanceof NotDrawn)) throw e;
          // It drew in the warm-up: this run goes without it (reported below if no run drew).
          console.warn(`run ${run + 1}/${RUNS} ${kind} did not draw: ${e.message}`);
          if (!loads[kind].length) notDrawn.set(kind, e.message);
          continue;
        }
        notDrawn.delete(kind);
        const { page, load } = opened;
        loads[kind].push(load);
        const panned = await pan(page);
        fps[kind].push(panned.fps);
        panTasks[kind] += panned.longtasks;
        if (kind !== 'bare')
          for (const ix of INTERACTIONS) {
            const got = await measure(page, kind.startsWith('bare') ? bareEquivalent(ix.name) : ix);
            if (!got) missing.add(ix.name);
            else ((samples[ix.name] ??= {})[kind] ??= []).push(...got);
          }
        // A reader's own file last, so that it disturbs none of the page's other figures.
        let userNote = '';
        if (USER_ROWS && kind === 'atlas:real') {
          const u = await benchUserData(page, { rows: USER_ROWS, panMs: PAN_MS });
          user.push({ ...u, run, bareFps: NaN });
          userNote = `; your file (${USER_ROWS} rows): loaded in ${u.loadMs.toFixed(0)} ms, input → frame p95 ${pct(u.inputLags, 95).toFixed(0)} ms of ${u.inputLags.length}, panning ${u.panFps.toFixed(1)} frames/s`;
        }
        if (USER_ROWS && kind === 'bare') bareInputLags.push(...(await idleInputLag(page)));
        await page.context().close();
        console.log(
          `run ${run + 1}/${RUNS} ${kind.padEnd(10)} map:ready ${load.ready.toFixed(0)} ms, panning ${panned.fps.toFixed(1)} frames/s, ${load.domNodes} DOM elements${userNote}`,
        );
      }
      // The bare page's panning of the same run (the order rotates, so it may come later).
      for (const u of user) if (u.run === run) u.bareFps = fps.bare[run] ?? NaN;
    }
    // The same atlas in a browser without WebGL: how soon its content shows.
    const noGl = await chromium.launch({
      executablePath: CHROMIUM_PATH,
      args: [...CHROMIUM_ARGS, '--disable-3d-apis'],
    });
    try {
      await contentWithoutWebgl(noGl, `${servers['atlas:real'].url}/`); // warm-up
      for (let run = 0; run < RUNS; run++) {
        const at = await contentWithoutWebgl(noGl, `${servers['atlas:real'].url}/`);
        noWebgl.push(at);
        console.log(`run ${run + 1}/${RUNS} no WebGL: content after ${at.toFixed(0)} ms`);
      }
    } finally {
      await noGl.close();
    }
  } finally {
    await browser.close();
    await Promise.all([...new Set(Object.values(servers))].map((s) => s.close()));
  }

  // ---------------------------------------------------------------- report
  const ready = (k: PageKind) => median(loads[k].map((l) => l.ready));
  const dom = (k: PageKind) => median(loads[k].map((l) => l.domNodes));
  const kB = (b: number) => `${(b / 1000).toFixed(1)} kB`;
  const ms = (x: number) => (Number.isFinite(x) ? `${x.toFixed(0)} ms` : '—');
  const r2 = (x: number) => (Number.isFinite(x) ? x.toFixed(2) : '—');
  const goals: Goal[] = [];
  const goal = (...args: Parameters<typeof judge>) => goals.push(judge(...args));
  for (const [kind, error] of notDrawn)
    goals.push({
      goal: `${kind}: the page draws (map:ready within ${READY_TIMEOUT_MS / 1000} s)`,
      value: 'did not draw',
      met: false,
      miss: error,
    });
  const sz = sizes(loads['atlas:real'][0] as LoadResult, dirs['atlas:real']);
  const bareSz = sizes(loads.bare[0] as LoadResult, dirs.bare);
  // The bundler may put MapLibre in one chunk with the atlas's map code (it does now: its
  // own chunk is a re-export facade), so no file name says what is MapLibre. What the atlas
  // adds is its first map's JS less the bare page's (MapLibre, its worker, the basemap style).
  const beyond = {
    transfer: sz.jsTransfer - bareSz.jsTransfer,
    gzip: sz.jsGzip - bareSz.jsGzip,
  };
  const fpsMed = (k: PageKind) => median(fps[k]);

  // Per interaction and dataset: the atlas's numbers, the bare equivalent's, and their ratios.
  // A task ratio counts "no task over 50 ms" as 50 ms (the Long Tasks API sees nothing shorter).
  const LONG = 50;
  interface Cell {
    frame95: number;
    idle95: number;
    task: number;
    bareFrame95: number;
    bareIdle95: number;
    bareTask: number;
    rFrame: number;
    rTask: number;
    rIdle: number;
  }
  const cells: Record<string, Partial<Record<Dataset, Cell>>> = {};
  for (const [name, byKind] of Object.entries(samples))
    for (const d of DATASETS) {
      const a = byKind[`atlas:${d}`] ?? [];
      const b = byKind[`bare:${d}`] ?? [];
      if (!a.length || !b.length) continue;
      const c = {
        frame95: pct(
          a.map((s) => s.frame),
          95,
        ),
        idle95: pct(
          a.map((s) => s.idle),
          95,
        ),
        task: Math.max(0, ...a.map((s) => s.longtaskMax)),
        bareFrame95: pct(
          b.map((s) => s.frame),
          95,
        ),
        bareIdle95: pct(
          b.map((s) => s.idle),
          95,
        ),
        bareTask: Math.max(0, ...b.map((s) => s.longtaskMax)),
      };
      (cells[name] ??= {})[d] = {
        ...c,
        rFrame: c.frame95 / c.bareFrame95,
        rTask: Math.max(LONG, c.task) / Math.max(LONG, c.bareTask),
        rIdle: c.idle95 / c.bareIdle95,
      };
    }

  const rows: string[][] = [['', ...DATASETS.map((d) => (d === 'real' ? 'real data' : d))]];
  const perD = (label: string, f: (d: Dataset) => string) => rows.push([label, ...DATASETS.map(f)]);
  perD('map:ready atlas, median', (d) => ms(ready(`atlas:${d}`)));
  perD('map:ready atlas ÷ bare (basemap only)', (d) => r2(ready(`atlas:${d}`) / ready('bare')));
  perD('map:ready ÷ real data', (d) => r2(ready(`atlas:${d}`) / ready('atlas:real')));
  perD('map:ready bare with the same data', (d) => ms(ready(`bare:${d}`)));
  perD('panning frames/s, atlas', (d) => fpsMed(`atlas:${d}`).toFixed(1));
  perD('panning atlas ÷ bare with the same data', (d) =>
    r2(fpsMed(`atlas:${d}`) / fpsMed(`bare:${d}`)),
  );
  perD('panning, tasks > 50 ms (all runs)', (d) => String(panTasks[`atlas:${d}`]));
  perD('DOM elements at map:ready', (d) => String(dom(`atlas:${d}`)));
  // A reader's own file: measured on the real-data atlas only.
  const lags = user.flatMap((u) => u.inputLags);
  const lag95 = pct(lags, 95);
  const lagMax = lags.length ? Math.max(...lags) : NaN;
  const bareLag95 = pct(bareInputLags, 95);
  const userPan = median(user.map((u) => u.panFps / u.bareFps));
  const userTask = user.length ? Math.max(...user.map((u) => u.longestTaskMs)) : NaN;
  const you = `your file (${USER_ROWS.toLocaleString('en-GB')} points)`;
  const realOnly = (f: () => string) => (d: Dataset) => (d === 'real' && user.length ? f() : '—');
  if (USER_ROWS) {
    perD(
      `${you}: load, median`,
      realOnly(() => ms(median(user.map((u) => u.loadMs)))),
    );
    perD(
      `${you}: input → frame p95 / max while loading`,
      realOnly(() => `${ms(lag95)} / ${ms(lagMax)} (${lags.length} presses)`),
    );
    perD(
      `${you}: input → frame p95 ÷ idle bare page`,
      realOnly(() => `${r2(lag95 / bareLag95)} (bare ${ms(bareLag95)})`),
    );
    perD(
      `${you}: longest task while loading / tasks > 50 ms`,
      realOnly(() => `${ms(userTask)} / ${user.reduce((a, u) => a + u.longTasks, 0)}`),
    );
    perD(
      `${you}: panning frames/s with it drawn`,
      realOnly(() => median(user.map((u) => u.panFps)).toFixed(1)),
    );
    perD(
      `${you}: panning with it drawn ÷ bare`,
      realOnly(() => r2(userPan)),
    );
  }
  for (const [name, byD] of Object.entries(cells)) {
    perD(`${name}: → frame p95 atlas / bare-eq`, (d) =>
      byD[d] ? `${ms(byD[d].frame95)} / ${ms(byD[d].bareFrame95)}` : '—',
    );
    perD(`${name}: → idle p95 atlas / bare-eq`, (d) =>
      byD[d] ? `${ms(byD[d].idle95)} / ${ms(byD[d].bareIdle95)}` : '—',
    );
    perD(`${name}: longest task atlas / bare-eq`, (d) =>
      byD[d] ? `${ms(byD[d].task)} / ${ms(byD[d].bareTask)}` : '—',
    );
    perD(`${name}: ratios frame / task / idle`, (d) =>
      byD[d] ? `${r2(byD[d].rFrame)} / ${r2(byD[d].rTask)} / ${r2(byD[d].rIdle)}` : '—',
    );
  }

  goal('map:ready atlas ÷ bare ≤ 1.15', ready('atlas:real') / ready('bare'), 1.15, r2);
  goal('JS beyond MapLibre (atlas − bare page), gzip ≤ 100 kB', beyond.gzip / 1000, 100, (x) =>
    kB(x * 1000),
  );
  goal('basemap, compressed (gzip) ≤ 300 kB', sz.basemapGzip / 1000, 300, (x) => kB(x * 1000));
  goal('no WebGL: content within 1 s of navigation', median(noWebgl), 1000, ms);
  goal('panning fps atlas ÷ bare ≥ 0.95', fpsMed('atlas:real') / fpsMed('bare'), 0.95, r2, false);
  const readyLimit: Record<Size, number> = { '1k': 2, '10k': 2, '100k': 4 };
  for (const size of SIZES_RUN)
    goal(
      `synthetic ${size}: map:ready ≤ ${readyLimit[size]} × real data`,
      ready(`atlas:${size}`) / ready('atlas:real'),
      readyLimit[size],
      (x) => `${r2(x)}×`,
    );
  const largest = SIZES_RUN[SIZES_RUN.length - 1];
  if (largest)
    goal(
      `DOM follows the screen: elements at ${largest} (${dom(`atlas:${largest}`)}) ≤ 1.5 × real data (${dom('atlas:real')})`,
      dom(`atlas:${largest}`) / dom('atlas:real'),
      1.5,
      (x) => `${r2(x)}×`,
    );
  if (USER_ROWS) {
    goal(`${you}: input → next frame p95 while it loads ≤ 100 ms`, lag95, 100, ms);
    goal(`${you}: input → next frame, slowest, while it loads ≤ 100 ms`, lagMax, 100, ms);
    const shown = user.map((u) => u.progressShown);
    goals.push(
      shown.length
        ? {
            goal: `${you}: progress shown while it loads`,
            value: `${shown.filter(Boolean).length} of ${shown.length} loads`,
            met: shown.every(Boolean),
            miss: shown.every(Boolean) ? 'met' : 'misses: no progress on some loads',
          }
        : judge(`${you}: progress shown while it loads`, NaN, 1, r2),
    );
    goal(`${you}: panning with it drawn ÷ bare ≥ 0.8`, userPan, 0.8, r2, false);
  }
  for (const [name, byD] of Object.entries(cells))
    for (const d of DATASETS) {
      const c = byD[d];
      const real = byD.real;
      if (!c) continue;
      const label = `${d === 'real' ? 'real data' : d}: ${name}`;
      goal(`${label}: → frame p95 atlas ÷ bare-eq ≤ 1.5`, c.rFrame, 1.5, r2);
      goal(`${label}: longest task atlas ÷ bare-eq ≤ 1.5`, c.rTask, 1.5, r2);
      goal(`${label}: → idle p95 atlas ÷ bare-eq ≤ 2`, c.rIdle, 2, r2);
      goal(`${label}: → frame p95 ≤ 100 ms (second goal)`, c.frame95, 100, ms);
      if (d !== 'real' && real)
        for (const [key, what] of [
          ['rFrame', 'frame'],
          ['rTask', 'task'],
          ['rIdle', 'idle'],
        ] as const)
          goal(
            `${label}: ${what} ratio within 1.5× of real data's`,
            c[key] / real[key],
            1.5,
            (x) => `${r2(x)}×`,
          );
    }

  const header = rows[0] as string[];
  const widths = header.map((_, c) => Math.max(...rows.map((r) => (r[c] ?? '').length)));
  const line = (r: string[]) => `| ${r.map((x, c) => x.padEnd(widths[c] ?? 0)).join(' | ')} |`;
  console.log(
    `\nSilk Road Atlas bench: ${RUNS} run${RUNS === 1 ? '' : 's'} × ${KINDS.length} pages, ${SAMPLES} samples per interaction per page, ` +
      `viewport ${VIEWPORT.width}×${VIEWPORT.height}, Chromium ${chromiumVersion} (software WebGL)`,
  );
  console.log(
    `map canvas ${canvas.w}×${canvas.h} CSS px on every page; sizes: ${SIZES_RUN.map((s) => `${s} = ${SIZES[s].points} points + ${SIZES[s].routes} routes`).join('; ')}`,
  );
  console.log(
    `bare MapLibre (basemap only): map:ready ${ms(ready('bare'))}, panning ${fpsMed('bare').toFixed(1)} frames/s, JS ${kB(bareSz.jsTransfer)} br / ${kB(bareSz.jsGzip)} gzip`,
  );
  console.log(
    `atlas, real data: JS ${kB(sz.jsTransfer)} br / ${kB(sz.jsGzip)} gzip, beyond MapLibre (atlas − bare page) ${kB(beyond.transfer)} / ${kB(beyond.gzip)}; basemap ${kB(sz.basemapTransfer)} / ${kB(sz.basemapGzip)} / ${kB(sz.basemapRaw)} raw; content ${kB(sz.contentTransfer)}; fonts ${kB(sz.fontsTransfer)}; no WebGL: content after ${ms(median(noWebgl))}\n`,
  );
  console.log(line(header));
  console.log(`|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`);
  for (const r of rows.slice(1)) console.log(line(r));
  console.log('\nGoals');
  for (const g of goals) console.log(`  ${g.met ? '✓' : '✗'} ${g.goal}: ${g.value} — ${g.miss}`);
  if (missing.size) console.log(`  (not in this build, not measured: ${[...missing].join('; ')})`);
  if (USER_ROWS)
    console.log(
      `  (${you}, figures without a goal: longest main-thread task while it loads ${ms(userTask)}; ` +
        `input → frame p95 ${r2(lag95 / bareLag95)}× the idle bare page's ${ms(bareLag95)})`,
    );
  else console.log("  (a reader's own file: skipped, --user-rows 0)");
  console.log(`\nJS the first atlas map loads: ${sz.jsFiles.join(', ')}`);

  writeFileSync(
    join(OUT, 'bench.json'),
    JSON.stringify(
      {
        date: new Date().toISOString(),
        runs: RUNS,
        samples: SAMPLES,
        sizes: SIZES_RUN,
        loads,
        fps,
        interactions: samples,
        ratios: cells,
        bytes: { atlas: sz, bare: bareSz, beyondMapLibre: beyond },
        noWebgl,
        userData: { rows: USER_ROWS, runs: user, bareInputLags },
        goals,
      },
      null,
      1,
    ),
  );
  console.log('raw numbers: bench-results/bench.json');
}

await main();
