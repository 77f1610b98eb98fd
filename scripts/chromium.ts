/**
 * Which Chromium the browser tests, the bench and the screenshots drive, and how `npm test`
 * gets one on a machine that has none. Found, in order: `CHROMIUM_PATH`, Debian's
 * /usr/bin/chromium, the one Playwright installed (`npx playwright install chromium`).
 */
import { spawnSync } from 'node:child_process';
import { accessSync, constants, existsSync } from 'node:fs';
import { chromium } from 'playwright-core';

const DEBIAN = '/usr/bin/chromium';

const runnable = (path: string) => {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
};

/** Playwright's own download, where `npx playwright install chromium` put it. */
function playwrightChromium(): string | undefined {
  try {
    const path = chromium.executablePath();
    return path && runnable(path) ? path : undefined;
  } catch {
    return undefined;
  }
}

/** The browser to drive, or undefined if this machine has none. */
export function findChromium(): string | undefined {
  const given = process.env.CHROMIUM_PATH;
  if (given) return runnable(given) ? given : undefined;
  if (runnable(DEBIAN)) return DEBIAN;
  return playwrightChromium();
}

const isRoot = () => process.getuid?.() === 0;
const onDebian = () => existsSync('/etc/debian_version') && existsSync('/usr/bin/apt-get');
const sh = (cmd: string, timeoutMs: number) =>
  spawnSync(cmd, { shell: true, stdio: 'inherit', timeout: timeoutMs }).status === 0;

/** The one command a reader must run when `npm test` cannot get a browser by itself. */
export function installHint(): string {
  if (process.env.CHROMIUM_PATH)
    return `CHROMIUM_PATH=${process.env.CHROMIUM_PATH} is not an executable file: point it at Chromium, or unset it`;
  return onDebian() ? 'sudo apt-get install -y chromium' : 'npx playwright install chromium';
}

/**
 * A browser for the tests: the one found, else one installed where this machine allows it
 * (Debian's package when running as root, else Playwright's download); undefined if neither.
 */
export function ensureChromium(log: (line: string) => void = console.log): string | undefined {
  const found = findChromium();
  if (found || process.env.CHROMIUM_PATH) return found;
  if (isRoot() && onDebian()) {
    log('No Chromium found: installing Debian’s (apt-get install chromium)…');
    const env = 'DEBIAN_FRONTEND=noninteractive';
    if (sh(`${env} apt-get update -qq && ${env} apt-get install -y -qq chromium`, 15 * 60_000))
      return findChromium();
  }
  log('No Chromium found: trying Playwright’s download (npx playwright install chromium)…');
  if (sh('npx --no-install playwright install chromium', 15 * 60_000)) return findChromium();
  return undefined;
}
