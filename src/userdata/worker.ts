/**
 * The reader's file, read and checked off the main thread, so the page keeps answering while
 * a large file (100,000 rows) loads: the bytes are read in chunks (progress: bytes read),
 * decoded (UTF-8, UTF-16 or Windows-1251: decode.ts), parsed and checked row by row
 * (progress: rows read), and the result posted back once. Cancelling terminates the worker.
 */
import { fileProblem, MAX_FILE_BYTES } from './common.ts';
import { decodeBytes } from './decode.ts';
import { parseUserFile, unreadable } from './parse.ts';
import type { FromWorker, ToWorker } from './load.ts';

const post = (m: FromWorker) => postMessage(m);

async function readAll(file: File): Promise<Uint8Array> {
  const total = file.size;
  const out = new Uint8Array(total);
  let bytes = 0;
  let reported = 0;
  const reader = file.stream().getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    out.set(value.subarray(0, Math.max(0, total - bytes)), bytes);
    bytes += value.byteLength;
    // About fifty reports however large the file: each one is a store update on the page.
    if (bytes - reported >= total / 50) {
      reported = bytes;
      post({ kind: 'progress', bytes: Math.min(bytes, total), total, rows: 0 });
    }
  }
  return out.subarray(0, Math.min(bytes, total));
}

onmessage = async (e: MessageEvent<ToWorker>) => {
  const { file } = e.data;
  try {
    if (file.size > MAX_FILE_BYTES) {
      post({
        kind: 'done',
        result: fileProblem(file.name, 'tooLarge', {
          max: Math.round(MAX_FILE_BYTES / 1024 / 1024),
        }),
      });
      return;
    }
    const bytes = await readAll(file);
    const { text } = decodeBytes(bytes);
    const total = file.size;
    const result = parseUserFile(file.name, text, (rows) =>
      post({ kind: 'progress', bytes: total, total, rows }),
    );
    if (result.layer)
      result.layer.mapData = new Blob([JSON.stringify(result.layer.data)], {
        type: 'application/geo+json',
      });
    post({ kind: 'done', result });
  } catch (err) {
    post({ kind: 'done', result: unreadable(file.name, err) });
  }
};
