/**
 * The full validation (data/validate.ts) off the main thread. A projects file of 100,000
 * records takes seconds of schema work; here the page keeps answering meanwhile. Only the
 * verdict goes back (the problems, and which records were left out): sending the records
 * themselves would cost the page as much to receive as parsing them again, so the page
 * keeps its own parse of the texts (data/offThread.ts).
 */
import { buildAtlas } from './validate.ts';
import type { ToValidator, Verdict } from './offThread.ts';

/** The worker's whole job, pure: validates what `toValidator` sent. */
export function validateMessage({ texts }: ToValidator): Verdict {
  const { problems, dropped } = buildAtlas(
    Object.fromEntries(
      Object.entries(texts).map(([k, t]) => [
        k,
        typeof t === 'string' || t === undefined ? t : new Error(t.error),
      ]),
    ),
  );
  return { problems, dropped };
}

// Only inside a worker (the tests import the function above).
if ('WorkerGlobalScope' in globalThis)
  onmessage = (e: MessageEvent<ToValidator>) => postMessage(validateMessage(e.data));
