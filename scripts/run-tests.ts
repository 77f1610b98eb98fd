/**
 * `npm test`: every check and test suite, in order, each run even if an earlier one failed.
 * Static checks count as one test each; Vitest and Playwright report their own counts
 * (JSON in test-results/). Ends with one plain line, `N passed, N failed`.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';

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
