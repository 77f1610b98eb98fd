/**
 * What the bench installs in every page it measures (as a Playwright init script, so it runs
 * before the page's own code). Self-contained: it is serialised into the page.
 *
 * - `__bench.longtasks`: every main-thread task over 50 ms (PerformanceObserver `longtask`).
 * - `__bench.arm(types)`: the next event of one of `types` starts a measurement; its
 *   timeStamp is the input time. `frame` is when the first frame after it has been produced
 *   (requestAnimationFrame, then the next task); `idle` is when the map is idle again after
 *   re-rendering because of it (or `frame`, if the map did not change within 1.5 s).
 * - `__bench.countRenders()` / `__bench.stopRenders()`: map frames drawn in between.
 */
export interface InteractionTiming {
  start: number;
  frame: number;
  idle: number;
  mapChanged: boolean;
  done: boolean;
}

export interface BenchGlobals {
  __bench: {
    longtasks: { start: number; duration: number }[];
    result: InteractionTiming | null;
    arm: (types: string[]) => void;
    countRenders: () => void;
    stopRenders: () => { frames: number; ms: number };
  };
  __map: import('maplibre-gl').Map;
}

export function installProbe(): void {
  const w = window as unknown as BenchGlobals;
  const longtasks: { start: number; duration: number }[] = [];
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries())
        longtasks.push({ start: e.startTime, duration: e.duration });
    }).observe({ type: 'longtask', buffered: true });
  } catch {
    // no Long Tasks API: the bench reports none
  }
  let renders = 0;
  let renderStart = 0;
  const onRenderCount = () => {
    renders++;
  };
  w.__bench = {
    longtasks,
    result: null,
    arm(types) {
      w.__bench.result = null;
      const onEvent = (e: Event) => {
        for (const t of types) window.removeEventListener(t, onEvent, true);
        const start = e.timeStamp;
        const r: InteractionTiming = {
          start,
          frame: NaN,
          idle: NaN,
          mapChanged: false,
          done: false,
        };
        w.__bench.result = r;
        requestAnimationFrame(() => {
          const channel = new MessageChannel();
          channel.port1.onmessage = () => {
            r.frame = performance.now() - start;
          };
          channel.port2.postMessage(0);
        });
        const map = w.__map;
        const onRender = () => {
          r.mapChanged = true;
          map.off('render', onRender);
          map.once('idle', () => {
            r.idle = performance.now() - start;
            r.done = true;
          });
        };
        map.on('render', onRender);
        setTimeout(() => {
          if (r.mapChanged) return;
          map.off('render', onRender);
          r.idle = r.frame;
          r.done = true;
        }, 1500);
      };
      for (const t of types) window.addEventListener(t, onEvent, true);
    },
    countRenders() {
      renders = 0;
      renderStart = performance.now();
      w.__map.on('render', onRenderCount);
    },
    stopRenders() {
      w.__map.off('render', onRenderCount);
      return { frames: renders, ms: performance.now() - renderStart };
    },
  };
}

/** Waits for the map's next idle (after a repaint is asked for). */
export const mapIdle = (page: import('playwright-core').Page) =>
  page.evaluate(
    () =>
      new Promise<void>((resolve) => {
        const m = (window as unknown as BenchGlobals).__map;
        m.once('idle', () => resolve());
        m.triggerRepaint();
      }),
  );
