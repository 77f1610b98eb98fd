/**
 * Browser tests: Playwright driving a system Chromium (Debian's, or the one CHROMIUM_PATH or
 * Playwright's registry names: scripts/chromium.ts) against the production build served by
 * `vite preview`. WebGL runs in software (SwiftShader).
 *
 * Timeouts are sized for a machine three times slower than a developer's, under load: a
 * test waits on events and conditions, never on the clock, so a generous budget costs time
 * only when something is wrong.
 */
import { defineConfig } from '@playwright/test';
import { findChromium } from './scripts/chromium.ts';

// E2E_PORT lets two work trees run their browser tests side by side.
const port = Number(process.env.E2E_PORT ?? 4173);
export const CHROMIUM_ARGS = [
  '--headless=new',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--use-angle=swiftshader',
  '--enable-unsafe-swiftshader',
];
export const CHROMIUM_PATH = findChromium();

export default defineConfig({
  testDir: 'tests/e2e',
  testMatch: '**/*.spec.ts',
  // The slowest test takes about a minute and a half on a 2-core machine shared with other
  // work; a machine three times slower still fits.
  timeout: 300_000,
  expect: { timeout: 45_000 },
  fullyParallel: false,
  // One worker: on a 2-core machine two Chromiums rendering WebGL in software (SwiftShader
  // uses every core) starve each other and the preview server, and the suite takes no less
  // time. E2E_WORKERS overrides it on a bigger machine.
  workers: Number(process.env.E2E_WORKERS ?? 1),
  retries: 0,
  reporter: [['list'], ['json', { outputFile: 'test-results/e2e.json' }]],
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    viewport: { width: 1280, height: 800 },
    actionTimeout: 45_000,
    navigationTimeout: 90_000,
    launchOptions: { executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS },
  },
  webServer: {
    command: `npx vite preview --port ${port} --strictPort --host 127.0.0.1`,
    url: `http://127.0.0.1:${port}`,
    reuseExistingServer: !process.env.CI,
    timeout: 180_000,
  },
});
