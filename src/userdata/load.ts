/**
 * Loads one of the reader's files in a Web Worker (worker.ts) and reports its progress; the
 * main thread only receives the result. `cancel()` stops the worker at once. Where a worker
 * cannot start (no Worker, or it fails to load), the file is read here instead, so it is
 * never lost.
 */
import { fileProblem, MAX_FILE_BYTES } from './common.ts';
import type { ParseResult } from './types.ts';

export interface ToWorker {
  file: File;
}
export interface Progress {
  /** Bytes read so far, of `total` (the file's size). */
  bytes: number;
  total: number;
  /** Rows (or features) read so far; 0 while the bytes are still being read. */
  rows: number;
}
export type FromWorker = ({ kind: 'progress' } & Progress) | { kind: 'done'; result: ParseResult };

export interface Loading {
  /** The result; a cancelled load resolves to null. */
  done: Promise<ParseResult | null>;
  cancel: () => void;
}

/** The same reading on the main thread (tests, or a browser that cannot start the worker). */
export async function readHere(file: File): Promise<ParseResult> {
  if (file.size > MAX_FILE_BYTES)
    return fileProblem(file.name, 'tooLarge', { max: Math.round(MAX_FILE_BYTES / 1024 / 1024) });
  const [{ decodeBytes }, { parseUserFile, unreadable }] = await Promise.all([
    import('./decode.ts'),
    import('./parse.ts'),
  ]);
  try {
    const { text } = decodeBytes(new Uint8Array(await file.arrayBuffer()));
    return parseUserFile(file.name, text);
  } catch (e) {
    return unreadable(file.name, e);
  }
}

export function loadUserFile(file: File, onProgress: (p: Progress) => void): Loading {
  let settle: (r: ParseResult | null) => void = () => {};
  const done = new Promise<ParseResult | null>((resolve) => (settle = resolve));
  if (typeof Worker === 'undefined') {
    void readHere(file).then(settle);
    return { done, cancel: () => settle(null) };
  }
  const worker = new Worker(new URL('./worker.ts', import.meta.url), { type: 'module' });
  let finished = false;
  const finish = (r: ParseResult | null) => {
    if (finished) return;
    finished = true;
    worker.terminate();
    settle(r);
  };
  worker.onmessage = (e: MessageEvent<FromWorker>) => {
    if (finished) return;
    if (e.data.kind === 'progress') onProgress(e.data);
    else finish(e.data.result);
  };
  // The worker could not start or crashed: read the file here rather than lose it.
  worker.onerror = (e) => {
    e.preventDefault();
    if (finished) return;
    worker.terminate();
    void readHere(file).then((r) => finish(r));
  };
  worker.postMessage({ file } satisfies ToWorker);
  return { done, cancel: () => finish(null) };
}
