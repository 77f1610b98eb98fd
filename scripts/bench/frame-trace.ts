/**
 * Where one interaction's first frame goes, at a synthetic size: a Chromium trace of one
 * sector toggle (or, with `--repaint`, of a plain repaint with nothing changed), printing
 * the page's long tasks, what the longest one waits on, and the GPU process's busy time.
 * Not part of `npm run bench`; run after it, which builds the pages and the datasets:
 *
 *   npx tsx scripts/bench/frame-trace.ts [--repaint] [bench-results/synthetic/100k/projects.geojson]
 */
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../../playwright.config.ts';
import { serveStatic } from './server.ts';

interface TraceEvent {
  ph: string;
  name: string;
  pid: number;
  tid: number;
  ts: number;
  dur?: number;
  args?: { name?: string };
}
interface DebugMap {
  loaded(): boolean;
  isMoving(): boolean;
  triggerRepaint(): void;
  once(type: string, f: () => void): void;
}
type DebugWindow = Window & { __map: DebugMap };

const args = process.argv.slice(2);
const repaint = args.includes('--repaint');
const file =
  args.find((a) => !a.startsWith('--')) ?? 'bench-results/synthetic/100k/projects.geojson';
const server = await serveStatic('bench-results/atlas', 0, [
  { path: /^\/assets\/projects-[\w-]+\.geojson$/, file },
]);
const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
const page = await (await browser.newContext({ viewport: { width: 1280, height: 800 } })).newPage();
const slow = { timeout: 600_000 };
const settled = () =>
  page.waitForFunction(
    () =>
      (window as unknown as DebugWindow).__map.loaded() &&
      !(window as unknown as DebugWindow).__map.isMoving(),
    null,
    slow,
  );
await page.goto(server.url + '/?debug');
await page.waitForFunction(() => performance.getEntriesByName('map:ready').length > 0, null, slow);
await settled();

await browser.startTracing(page, {
  categories: ['devtools.timeline', 'gpu', 'disabled-by-default-devtools.timeline'],
});
if (repaint) await page.evaluate(() => (window as unknown as DebugWindow).__map.triggerRepaint());
else
  await page
    .getByRole('checkbox', { name: /Energy/ })
    .first()
    .click();
await settled();
await page.evaluate(
  () =>
    new Promise<void>((done) => {
      const map = (window as unknown as DebugWindow).__map;
      map.once('idle', () => done());
      map.triggerRepaint();
    }),
);
const events = (
  JSON.parse((await browser.stopTracing()).toString()) as { traceEvents: TraceEvent[] }
).traceEvents;
await browser.close();
await server.close();

const thread = new Map<string, string>();
for (const e of events)
  if (e.name === 'thread_name') thread.set(`${e.pid}:${e.tid}`, e.args?.name ?? '');
const on = (name: string) => (e: TraceEvent) =>
  e.ph === 'X' && thread.get(`${e.pid}:${e.tid}`) === name;
const ms = (us = 0) => Math.round(us / 1000);
const gpu = events
  .filter(on('CrGpuMain'))
  .filter((e) => e.name === 'CommandBufferService:PutChanged')
  .reduce((sum, e) => sum + (e.dur ?? 0), 0);
const tasks = events
  .filter(on('CrRendererMain'))
  .filter((e) => e.name === 'RunTask' && (e.dur ?? 0) > 30_000)
  .sort((a, b) => (b.dur ?? 0) - (a.dur ?? 0));
console.log(`${repaint ? 'repaint' : 'sector toggle'} at ${file}`);
console.log(`GPU process busy: ${ms(gpu)} ms`);
console.log(`page's tasks over 30 ms: ${tasks.map((t) => `${ms(t.dur)} ms`).join(', ')}`);
const longest = tasks[0];
if (longest) {
  const end = longest.ts + (longest.dur ?? 0);
  const inside = events
    .filter((e) => e !== longest && e.ph === 'X' && e.pid === longest.pid && e.tid === longest.tid)
    .filter((e) => e.ts >= longest.ts && e.ts + (e.dur ?? 0) <= end && (e.dur ?? 0) > 20_000);
  console.log('inside the longest (name = ms @ ms from its start):');
  for (const e of inside) console.log(`  ${e.name} = ${ms(e.dur)} @ ${ms(e.ts - longest.ts)}`);
}
