/**
 * Loads the content into the store. A failure anywhere in loading (not just a bad file,
 * which the loader reports itself) still ends "Loading…": the atlas opens empty, and the
 * problems banner names what failed, while the language switch, the about page and the
 * reader's own data keep working.
 *
 * Content the build validated is shown at once; its full validation runs again once the
 * first map is drawn and the page is idle (`later`), and any problem it finds replaces the
 * content with the validated records and names the problem.
 */
import { loadAtlas } from '../data/load.ts';
import type { AtlasStore } from './store.ts';

/** Runs `task` after the first map is drawn (or a few seconds in, without one), when idle. */
export function afterFirstMap(task: () => void, waitMs = 4000): void {
  let done = false;
  const run = () => {
    if (done) return;
    done = true;
    observer?.disconnect();
    if (typeof requestIdleCallback === 'function') requestIdleCallback(task, { timeout: 2000 });
    else setTimeout(task, 0);
  };
  const observer =
    typeof PerformanceObserver === 'function'
      ? new PerformanceObserver((list) => {
          if (list.getEntriesByName('map:ready').length) run();
        })
      : null;
  observer?.observe({ type: 'mark', buffered: true });
  setTimeout(run, waitMs);
}

export async function loadContent(
  store: AtlasStore,
  load: typeof loadAtlas = loadAtlas,
  later: (task: () => void) => void = afterFirstMap,
) {
  try {
    const { atlas, problems, recheck } = await load();
    store.getState().setContent(atlas, problems);
    if (recheck)
      later(() => {
        // Scripts requested before this mark belong to the first map (the browser tests).
        performance.mark('content:recheck');
        void recheck()
          .then((checked) => {
            if (checked.problems.length)
              store.getState().setContent(checked.atlas, checked.problems);
          })
          .catch(() => {});
      });
  } catch (e) {
    const { atlas } = store.getState();
    store.getState().setContent(atlas, [
      {
        file: 'geodata',
        record: '(all files)',
        field: '',
        message: `the atlas content could not be loaded: ${e instanceof Error ? e.message : String(e)}`,
      },
    ]);
  }
}
