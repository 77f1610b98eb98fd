/**
 * The full validation (data/validate.ts) off the main thread: texts in, the valid records and
 * the problems out, once. A projects file of 100,000 records takes seconds of schema work;
 * here the page keeps answering meanwhile and only receives the result (data/offThread.ts).
 */
import { buildAtlas } from './validate.ts';
import type { ToValidator, Validated } from './offThread.ts';

/** The worker's whole job, pure: validates what `toValidator` sent. */
export function validateMessage({ texts }: ToValidator): Validated {
  return buildAtlas(
    Object.fromEntries(
      Object.entries(texts).map(([k, t]) => [
        k,
        typeof t === 'string' || t === undefined ? t : new Error(t.error),
      ]),
    ),
  );
}

// Only inside a worker (the tests import the function above).
if ('WorkerGlobalScope' in globalThis)
  onmessage = (e: MessageEvent<ToValidator>) => postMessage(validateMessage(e.data));
