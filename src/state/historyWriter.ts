/**
 * Writes the address bar at a bounded rate and never throws. Browsers limit history writes
 * (Safari throws SecurityError after about 100 in 30 s), and a slider drag, a playback tick
 * or a camera move each ask for one. Replaces are coalesced: at most one per `interval`,
 * carrying the newest URL (computed when it is written). A push (a selection the reader
 * made: one per click) is written at once, so each one stays its own history entry, and
 * takes any pending replace with it. A write that throws is retried a few times, later.
 */
export type WriteMode = 'push' | 'replace';

export interface HistoryLike {
  pushState(data: unknown, unused: string, url?: string | null): void;
  replaceState(data: unknown, unused: string, url?: string | null): void;
}

export interface HistoryWriterOptions {
  history: HistoryLike;
  /** The URL the state asks for now (path, search and hash). */
  next: () => string;
  /** The URL in the address bar now. */
  current: () => string;
  /** The least time between two writes, in ms. */
  interval?: number;
}

export interface HistoryWriter {
  request: (mode: WriteMode) => void;
  /** Drops what is pending (the address bar changed under us: back, forward). */
  cancel: () => void;
}

/** Writes at most this often: 30 s / 350 ms ≈ 86, below Safari's 100. */
export const WRITE_INTERVAL = 350;
const RETRIES = 3;

export function createHistoryWriter({
  history,
  next,
  current,
  interval = WRITE_INTERVAL,
}: HistoryWriterOptions): HistoryWriter {
  let pending: WriteMode | null = null;
  let timer: ReturnType<typeof setTimeout> | null = null;
  let last = -Infinity;
  let failures = 0;

  const schedule = (delay: number) => {
    if (timer === null) timer = setTimeout(write, Math.max(0, delay));
  };

  function write() {
    timer = null;
    const mode = pending;
    pending = null;
    if (!mode) return;
    const url = next();
    if (url === current()) return;
    last = Date.now();
    try {
      if (mode === 'push') history.pushState(null, '', url);
      else history.replaceState(null, '', url);
      failures = 0;
    } catch {
      // The address bar keeps its old value for now; the state is not lost, so try again.
      if (++failures <= RETRIES) {
        pending = mode;
        schedule(interval * 2 ** failures);
      }
    }
  }

  return {
    request: (mode) => {
      pending = pending === 'push' ? 'push' : mode;
      if (mode === 'push') {
        if (timer !== null) clearTimeout(timer);
        write();
      } else schedule(last + interval - Date.now());
    },
    cancel: () => {
      pending = null;
      if (timer !== null) clearTimeout(timer);
      timer = null;
    },
  };
}
