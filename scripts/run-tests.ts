/**
 * `npm test`: every check and test suite, in order, each run even if an earlier one failed.
 * Static checks count as one test each; Vitest and Playwright report their own counts
 * (JSON in test-results/). Ends with one plain line, `N passed, N failed`.
 *
 * First it makes sure there is a Chromium for the browser tests (scripts/chromium.ts): found,
 * or installed where this machine allows; if neither, it stops at once and says what to run.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { ensureChromium, installHint } from './chromium.ts';

const browser = ensureChromium();
if (!browser) {
  console.log(`\nThe browser tests need Chromium, and none could be found or installed. Run:

    ${installHint()}

and then npm test again.`);
  console.log('\n0 passed, 1 failed');
  process.exit(1);
}
console.log(`Browser for the browser tests: ${browser}`);
process.env.CHROMIUM_PATH = browser; // the Playwright config and every child use the same one

const results = 'test-results';
rmSync(results, { recursive: true, force: true });
mkdirSync(results, { recursive: true });

let passed = 0;
let failed = 0;
const run = (cmd: string) => spawnSync(cmd, { shell: true, stdio: 'inherit' }).status === 0;
const step = (name: string, cmd: string) => {
  console.log(`\n▶ ${name}`);
  if (run(cmd)) passed++;
  else {
    failed++;
    console.log(`✗ ${name} failed`);
  }
};
const suite = (
  name: string,
  cmd: string,
  report: string,
  count: (json: never) => [number, number],
) => {
  console.log(`\n▶ ${name}`);
  const ok = run(cmd);
  if (existsSync(report)) {
    const [p, f] = count(JSON.parse(readFileSync(report, 'utf8')) as never);
    passed += p;
    failed += f;
    if (!ok && f === 0) failed++; // the runner failed outside any test
  } else {
    failed++;
    console.log(`✗ ${name} produced no report`);
  }
};

step('typecheck', 'npx tsc --noEmit -p tsconfig.json');
step('lint', 'npx eslint .');
step('format', 'npx prettier --check .');
step('geodata', 'npx tsx scripts/check-geodata.ts');
suite(
  'unit and contract tests (Vitest)',
  `npx vitest run --reporter=default --reporter=json --outputFile.json=${results}/unit.json`,
  `${results}/unit.json`,
  (j: { numPassedTests: number; numFailedTests: number }) => [j.numPassedTests, j.numFailedTests],
);
step('production build', 'npx vite build');
suite(
  'browser tests (Playwright + Chromium)',
  'npx playwright test',
  `${results}/e2e.json`,
  (j: { stats: { expected: number; unexpected: number; flaky: number } }) => [
    j.stats.expected + j.stats.flaky,
    j.stats.unexpected,
  ],
);

console.log(`\n${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
