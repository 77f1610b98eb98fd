/**
 * A wait that always ends: the map's snapshot resolves only once a frame is drawn, which
 * may never happen (a lost WebGL context, a hidden tab), and the export must not hang.
 */

/** How long the export waits for the map's picture (generous: slow machines draw slowly). */
export const SNAPSHOT_TIMEOUT_MS = 15_000;

/** The promise's outcome, or `timeout()`'s error if it has not settled within `ms`. */
export function withTimeout<T>(promise: Promise<T>, ms: number, timeout: () => Error): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const expired = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(timeout()), ms);
  });
  return Promise.race([promise, expired]).finally(() => clearTimeout(timer));
}
