/**
 * Bench figures for a reader's own large file (issue 10), for scripts/bench/run.ts to call on
 * an atlas page it has opened (`?debug`, the probe of probe.ts installed, English interface):
 * a synthetic CSV of `rows` points (Russian-locale: semicolons, decimal commas) is loaded
 * through the data panel's file input, and the bench reports
 * - the longest main-thread task while it loads, and how many tasks took over 50 ms;
 * - the time from choosing the file to its legend entry (wall clock: a bench figure only);
 * - panning with the layer drawn, in frames per second (the same drag as run.ts's `pan`).
 * It leaves the layer removed and the map where it was.
 */
import type { Page } from '@playwright/test';
import { mapIdle, type BenchGlobals } from './probe.ts';

export interface UserDataBench {
  rows: number;
  loadMs: number;
  longestTaskMs: number;
  longTasks: number;
  panFps: number;
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
  // Transferring the file to the page is not part of the load: it is set, then chosen.
  const since = await page.evaluate(() => performance.now());
  const t0 = Date.now();
  await input.setInputFiles(
    { name: 'bench.csv', mimeType: 'text/csv', buffer: csv },
    { timeout: 300_000 },
  );
  await page.getByTestId('user-legend').waitFor({ timeout: 300_000 });
  const loadMs = Date.now() - t0;
  await mapIdle(page);
  const tasks = await page.evaluate(
    (t) => (window as unknown as BenchGlobals).__bench.longtasks.filter((x) => x.start >= t),
    since,
  );
  const fps = await panFps(page, panMs);
  await page.getByRole('button', { name: 'Remove bench.csv from the map' }).click();
  await page.evaluate((h) => (window as unknown as BenchGlobals).__map.jumpTo(h), home);
  await mapIdle(page);
  return {
    rows,
    loadMs,
    longestTaskMs: Math.max(0, ...tasks.map((x) => x.duration)),
    longTasks: tasks.length,
    panFps: fps,
  };
}
