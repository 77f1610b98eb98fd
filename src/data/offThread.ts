/**
 * Runs the full validation of the loaded texts in a Web Worker (validateWorker.ts), or on
 * this thread where a worker cannot start (no Worker, it fails to load, or its answer cannot
 * be read), so the content is never lost. The worker answers with a verdict (the problems,
 * and which records it left out); this thread parses the texts itself while it waits and
 * keeps the records the verdict keeps. The result equals `buildAtlas(texts)` either way (the
 * schemas are strict and transform nothing, so a valid record is its JSON as it was). Only
 * the worker loads the schemas, unless it fails.
 */
import type { Atlas, DatasetKey } from './registry.ts';
import { emptyAtlas, type Problem } from './problem.ts';
import type { Dropped } from './validate.ts';
import { DATASET_FILES, LOAD_ORDER } from './verified.ts';

export type Texts = Partial<Record<DatasetKey, string | Error>>;
export interface Validated {
  atlas: Atlas;
  problems: Problem[];
}
/** What the worker answers. */
export interface Verdict {
  problems: Problem[];
  dropped: Dropped;
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

/** Each text's list of records, parsed here; null for a text that is not a readable file. */
type Parsed = Partial<Record<DatasetKey, unknown[] | null>>;
function parseLists(texts: Texts): Parsed {
  const lists: Parsed = {};
  for (const k of LOAD_ORDER) {
    const text = texts[k];
    try {
      const json = typeof text === 'string' ? (JSON.parse(text) as unknown) : null;
      const list = json && (json as Record<string, unknown>)[DATASET_FILES[k].key];
      lists[k] = Array.isArray(list) ? list : null;
    } catch {
      lists[k] = null;
    }
  }
  return lists;
}

/** The atlas a verdict keeps, from this thread's own parse; null if they disagree. Pure. */
export function applyVerdict(lists: Parsed, { problems, dropped }: Verdict): Validated | null {
  const atlas = emptyAtlas() as unknown as Record<DatasetKey, unknown[]>;
  for (const k of LOAD_ORDER) {
    const d = dropped[k];
    if (d === 'file') continue;
    const list = lists[k];
    if (!list) return null;
    const out = new Set(d ?? []);
    atlas[k] = out.size ? list.filter((_, i) => !out.has(i)) : list;
  }
  return { atlas: atlas as unknown as Atlas, problems };
}

/** Starts the worker; a seam for the tests, which have none. */
export type StartWorker = () => Worker;
const startWorker: StartWorker = () =>
  new Worker(new URL('./validateWorker.ts', import.meta.url), { type: 'module' });

export function validateOffThread(
  texts: Texts,
  start: StartWorker | null = typeof Worker === 'undefined' ? null : startWorker,
): Promise<Validated> {
  const here = async (): Promise<Validated> => {
    const { atlas, problems } = (await import('./validate.ts')).buildAtlas(texts);
    return { atlas, problems };
  };
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
    const finish = (v: () => Validated | null | Promise<Validated>) => {
      if (done) return;
      done = true;
      worker.terminate();
      resolve(v() ?? here());
    };
    // It could not start, crashed, or its answer could not be read: validate here instead.
    worker.onerror = (e) => {
      e.preventDefault();
      finish(here);
    };
    worker.onmessageerror = () => finish(here);
    worker.postMessage(toValidator(texts));
    // While the worker checks, this thread parses what it will keep.
    const lists = parseLists(texts);
    worker.onmessage = (e: MessageEvent<Verdict>) => finish(() => applyVerdict(lists, e.data));
  });
}
