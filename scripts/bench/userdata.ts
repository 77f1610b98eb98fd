/**
 * Bench figures for a reader's own large file (issue 10), for scripts/bench/run.ts to call on
 * an atlas page it has opened (`?debug`, the probe of probe.ts installed, English interface):
 * a synthetic CSV of `rows` points (Russian-locale: semicolons, decimal commas) is loaded
 * through the data panel's file input, and the bench reports
 * - how soon the page answers input while it loads: from the file input's `change` until
 *   the map is idle with the layer drawn, a Shift key press (harmless: nothing in the atlas
 *   binds it) is sent through the browser's input pipeline about every 50 ms, and each is
 *   timed from its event timestamp to the first frame after it (requestAnimationFrame, then
 *   the next task), as probe.ts times an interaction's first frame;
 * - whether the panel showed its progress (`data-testid="user-loading"`) while it loaded;
 * - the longest main-thread task while it loads, and how many tasks took over 50 ms, from
 *   the input's `change` on (Playwright hands the page the file's bytes in one long task of
 *   its own before that, which a reader's file picker does not cause);
 * - the time from choosing the file to its legend entry (wall clock: a bench figure only);
 * - panning with the layer drawn, in frames per second (the same drag as run.ts's `pan`).
 * It leaves the layer removed and the map where it was. `idleInputLag` times the same key
 * press on a page that is doing nothing (run.ts: the bare page), for a ratio.
 */
import type { Page } from 'playwright-core';
import { mapIdle, type BenchGlobals } from './probe.ts';

export interface UserDataBench {
  rows: number;
  loadMs: number;
  longestTaskMs: number;
  longTasks: number;
  /** Input → next frame of each key press sent while the file loaded, in ms. */
  inputLags: number[];
  /** The panel showed its progress while the file loaded. */
  progressShown: boolean;
  panFps: number;
}

/** Time between two key presses while measuring input lag (after the previous one's frame). */
const INPUT_EVERY_MS = 50;

interface LagGlobals {
  __inputLag: {
    lags: number[];
    /** Key presses whose frame has not come yet. */
    pending: number;
    progressShown: boolean;
    /** When the file input's `change` came (performance.now()), or null before it. */
    changedAt: number | null;
    /** Resolves when every key press so far has had its frame. */
    settled: () => Promise<void>;
  };
}

/**
 * In the page (serialised, so self-contained): times every Shift keydown to the first frame
 * after it. With `afterFileChange`, only from the first `change` of a file input on, and it
 * watches for the panel's progress while that file loads.
 */
function installInputLag(afterFileChange: boolean): void {
  const w = window as unknown as LagGlobals;
  let counting = !afterFileChange;
  let waiters: (() => void)[] = [];
  const lag: LagGlobals['__inputLag'] = {
    lags: [],
    pending: 0,
    progressShown: false,
    changedAt: null,
    settled: () =>
      new Promise<void>((resolve) => {
        if (lag.pending === 0) resolve();
        else waiters.push(resolve);
      }),
  };
  w.__inputLag = lag;
  const progress = () => document.querySelector('[data-testid="user-loading"]') !== null;
  window.addEventListener(
    'change',
    (e) => {
      if (counting || (e.target as HTMLInputElement | null)?.type !== 'file') return;
      counting = true;
      lag.changedAt = performance.now();
      if (progress()) lag.progressShown = true;
      else {
        const observer = new MutationObserver(() => {
          if (!progress()) return;
          lag.progressShown = true;
          observer.disconnect();
        });
        observer.observe(document.body, { childList: true, subtree: true });
      }
    },
    true,
  );
  window.addEventListener(
    'keydown',
    (e) => {
      if (e.key !== 'Shift') return;
      const start = e.timeStamp;
      const counted = counting;
      lag.pending++;
      requestAnimationFrame(() => {
        const channel = new MessageChannel();
        channel.port1.onmessage = () => {
          if (counted) lag.lags.push(performance.now() - start);
          if (--lag.pending === 0) {
            const ws = waiters;
            waiters = [];
            for (const f of ws) f();
          }
        };
        channel.port2.postMessage(0);
      });
    },
    true,
  );
}

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Presses Shift, waits for its frame, pauses, until `until()` is true. Returns the presses. */
async function pressUntil(page: Page, until: () => boolean): Promise<number> {
  let presses = 0;
  while (!until()) {
    await page.keyboard.press('Shift');
    await page.evaluate(() => (window as unknown as LagGlobals).__inputLag.settled());
    presses++;
    await pause(INPUT_EVERY_MS);
  }
  return presses;
}

/** Input → next frame of `presses` Shift key presses on a page that is doing nothing. */
export async function idleInputLag(page: Page, presses = 20): Promise<number[]> {
  await page.evaluate(installInputLag, false);
  let n = 0;
  await pressUntil(page, () => n++ >= presses);
  return page.evaluate(() => (window as unknown as LagGlobals).__inputLag.lags);
}

const comma = (n: number) => n.toFixed(5).replace('.', ',');

/** `rows` points on a grid over Kyrgyzstan, as a Russian-locale spreadsheet writes CSV. */
export function syntheticCsv(rows: number): Buffer {
  const lines = ['Название;Широта;Долгота;Заметка'];
  const cols = 400;
  for (let i = 0; i < rows; i++) {
    const lng = 73 + (i % cols) * (6 / cols);
    const lat = 40 + Math.floor(i / cols) * (2.8 / Math.ceil(rows / cols));
    lines.push(`Точка ${i};${comma(lat)};${comma(lng)};заметка ${i}`);
  }
  return Buffer.from(`\uFEFF${lines.join('\r\n')}\r\n`);
}

async function panFps(page: Page, panMs: number): Promise<number> {
  const box = await page.locator('canvas.maplibregl-canvas').boundingBox();
  if (!box) throw new Error('bench: no map canvas');
  let x = box.x + box.width * 0.4;
  let y = box.y + box.height * 0.5;
  await page.mouse.move(x, y);
  await mapIdle(page);
  await page.mouse.down();
  await page.evaluate(() => (window as unknown as BenchGlobals).__bench.countRenders());
  const t0 = Date.now();
  while (Date.now() - t0 < panMs) {
    const dir = Date.now() - t0 < panMs / 2 ? 1 : -1;
    x += 6 * dir;
    y += 2 * dir;
    await page.mouse.move(x, y);
  }
  const { frames, ms } = await page.evaluate(() =>
    (window as unknown as BenchGlobals).__bench.stopRenders(),
  );
  await page.mouse.up();
  return (frames / ms) * 1000;
}

export async function benchUserData(
  page: Page,
  { rows = 100_000, panMs = 3_000 }: { rows?: number; panMs?: number } = {},
): Promise<UserDataBench> {
  const csv = syntheticCsv(rows);
  const home = await page.evaluate(() => {
    const m = (window as unknown as BenchGlobals).__map;
    return { center: m.getCenter().toArray() as [number, number], zoom: m.getZoom() };
  });
  await page.getByRole('button', { name: 'Add data' }).click();
  const input = page.getByTestId('panel').locator('input[type="file"]');
  await input.waitFor({ state: 'attached' });
  await page.evaluate(installInputLag, true);
  const since = await page.evaluate(() => performance.now());
  // Key presses from before the file is chosen are not counted (the page counts from its
  // `change`); they stop once the map is idle with the layer drawn.
  let done = false;
  let pressFailure: unknown = null;
  const pressing = pressUntil(page, () => done).catch((e: unknown) => {
    pressFailure = e;
  });
  const t0 = Date.now();
  let loadMs: number;
  try {
    await input.setInputFiles(
      { name: 'bench.csv', mimeType: 'text/csv', buffer: csv },
      { timeout: 300_000 },
    );
    await page.getByTestId('user-legend').waitFor({ timeout: 300_000 });
    loadMs = Date.now() - t0;
    await mapIdle(page);
  } finally {
    done = true; // (also on failure, so that the presses stop)
    await pressing;
  }
  if (pressFailure) throw pressFailure;
  const { inputLags, progressShown } = await page.evaluate(() => {
    const lag = (window as unknown as LagGlobals).__inputLag;
    return { inputLags: lag.lags, progressShown: lag.progressShown };
  });
  const tasks = await page.evaluate((t) => {
    const from = (window as unknown as LagGlobals).__inputLag.changedAt ?? t;
    return (window as unknown as BenchGlobals).__bench.longtasks.filter((x) => x.start >= from);
  }, since);
  const fps = await panFps(page, panMs);
  await page.getByRole('button', { name: 'Remove bench.csv from the map' }).click();
  await page.evaluate((h) => void (window as unknown as BenchGlobals).__map.jumpTo(h), home);
  await mapIdle(page);
  return {
    rows,
    loadMs,
    longestTaskMs: Math.max(0, ...tasks.map((x) => x.duration)),
    longTasks: tasks.length,
    inputLags,
    progressShown,
    panFps: fps,
  };
}
