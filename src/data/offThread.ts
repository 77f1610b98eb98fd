/**
 * Runs the full validation of the loaded texts in a Web Worker (validateWorker.ts), or on
 * this thread where a worker cannot start (no Worker, it fails to load, or its answer cannot
 * be read), so the content is never lost. The result is the same either way: `buildAtlas`.
 * Only the worker loads the schemas, unless it fails.
 */
import type { Atlas, DatasetKey } from './registry.ts';
import type { Problem } from './problem.ts';

export type Texts = Partial<Record<DatasetKey, string | Error>>;
export interface Validated {
  atlas: Atlas;
  problems: Problem[];
}
/** What the worker is sent: an unreadable file travels as its message, not as an Error. */
export interface ToValidator {
  texts: Partial<Record<DatasetKey, string | { error: string }>>;
}

export const toValidator = (texts: Texts): ToValidator => ({
  texts: Object.fromEntries(
    Object.entries(texts).map(([k, t]) => [k, t instanceof Error ? { error: t.message } : t]),
  ),
});

/** Starts the worker; a seam for the tests, which have none. */
export type StartWorker = () => Worker;
const startWorker: StartWorker = () =>
  new Worker(new URL('./validateWorker.ts', import.meta.url), { type: 'module' });

export function validateOffThread(
  texts: Texts,
  start: StartWorker | null = typeof Worker === 'undefined' ? null : startWorker,
): Promise<Validated> {
  // The schemas load on this thread only if the worker cannot do the work.
  const here = async () => (await import('./validate.ts')).buildAtlas(texts);
  if (!start) return here();
  return new Promise((resolve) => {
    let worker: Worker;
    try {
      worker = start();
    } catch {
      resolve(here());
      return;
    }
    let done = false;
    const finish = (v: () => Validated | Promise<Validated>) => {
      if (done) return;
      done = true;
      worker.terminate();
      resolve(v());
    };
    worker.onmessage = (e: MessageEvent<Validated>) => finish(() => e.data);
    // It could not start, crashed, or its answer could not be read: validate here instead.
    worker.onerror = (e) => {
      e.preventDefault();
      finish(here);
    };
    worker.onmessageerror = () => finish(here);
    worker.postMessage(toValidator(texts));
  });
}
