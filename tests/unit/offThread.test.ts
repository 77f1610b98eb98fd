import { describe, expect, it, vi } from 'vitest';
import { readFileSync } from 'node:fs';
import { validateMessage } from '../../src/data/validateWorker.ts';
import {
  applyVerdict,
  toValidator,
  validateOffThread,
  type StartWorker,
  type Texts,
  type ToValidator,
} from '../../src/data/offThread.ts';
import { buildAtlas } from '../../src/data/validate.ts';
import { LOAD_ORDER, DATASET_FILES } from '../../src/data/verified.ts';

const committed = (): Texts =>
  Object.fromEntries(
    LOAD_ORDER.map((k) => [k, readFileSync(`geodata/${DATASET_FILES[k].file}`, 'utf8')]),
  );

/** The committed texts with one projects record broken and the links file unreadable. */
function broken(): Texts {
  const texts = committed();
  const projects = JSON.parse(texts.projects as string) as {
    features: { properties: Record<string, unknown> }[];
  };
  projects.features[0]!.properties.status = 'dreamt-of';
  return { ...texts, projects: JSON.stringify(projects), links: new Error('HTTP 404') };
}

/** A stand-in for a Worker running validateWorker.ts: the message crosses a structured clone. */
class FakeWorker {
  onmessage: ((e: MessageEvent) => void) | null = null;
  onerror: ((e: ErrorEvent) => void) | null = null;
  onmessageerror: (() => void) | null = null;
  terminated = false;
  constructor(private readonly behaviour: 'answer' | 'crash' | 'garble') {}
  postMessage(m: ToValidator) {
    const sent = structuredClone(m);
    queueMicrotask(() => {
      if (this.behaviour === 'answer')
        this.onmessage?.({ data: structuredClone(validateMessage(sent)) } as MessageEvent);
      else if (this.behaviour === 'crash')
        this.onerror?.({ preventDefault: vi.fn() } as unknown as ErrorEvent);
      else this.onmessageerror?.();
    });
  }
  terminate() {
    this.terminated = true;
  }
}

describe('validation off the main thread', () => {
  it('the worker’s verdict keeps what buildAtlas keeps, an unreadable file included', () => {
    const texts = broken();
    const verdict = validateMessage(structuredClone(toValidator(texts)));
    const here = buildAtlas(texts);
    expect(verdict.problems).toEqual(here.problems);
    expect(verdict.dropped).toEqual({ projects: [0], links: 'file' });
    expect(verdict.problems.map((p) => p.file)).toEqual(
      expect.arrayContaining(['projects.geojson', 'links.json']),
    );
    expect(verdict.problems.find((p) => p.file === 'links.json')?.message).toContain('HTTP 404');
  });

  it('a verdict applied to this thread’s own parse is the validated atlas', () => {
    const texts = broken();
    const lists = Object.fromEntries(
      LOAD_ORDER.map((k) => {
        const t = texts[k];
        return [
          k,
          typeof t === 'string'
            ? (JSON.parse(t) as Record<string, unknown[]>)[DATASET_FILES[k].key]!
            : null,
        ];
      }),
    );
    const { atlas, problems } = buildAtlas(texts);
    expect(applyVerdict(lists, validateMessage(toValidator(texts)))).toEqual({ atlas, problems });
    expect(atlas.projects.length).toBe(lists.projects!.length - 1);
    // A verdict that keeps a file this thread could not read is not trusted.
    expect(applyVerdict({ ...lists, places: null }, { problems: [], dropped: {} })).toBeNull();
  });

  it('uses the worker’s answer and lets the worker go', async () => {
    const workers: FakeWorker[] = [];
    const start = (() => {
      const w = new FakeWorker('answer');
      workers.push(w);
      return w;
    }) as unknown as StartWorker;
    const texts = broken();
    const { atlas, problems } = buildAtlas(texts);
    expect(await validateOffThread(texts, start)).toEqual({ atlas, problems });
    expect(workers).toHaveLength(1);
    expect(workers[0]!.terminated).toBe(true);
  });

  it.each(['crash', 'garble'] as const)(
    'validates here when the worker %ss, losing nothing',
    async (behaviour) => {
      const w = new FakeWorker(behaviour);
      const texts = broken();
      const result = await validateOffThread(texts, (() => w) as unknown as StartWorker);
      const { atlas, problems } = buildAtlas(texts);
      expect(result).toEqual({ atlas, problems });
      expect(result.problems.length).toBeGreaterThan(0);
      expect(w.terminated).toBe(true);
    },
  );

  it('validates here when no worker can be started', async () => {
    const texts = broken();
    const throwing = (() => {
      throw new Error('Worker is not allowed');
    }) as StartWorker;
    const { atlas, problems } = buildAtlas(texts);
    expect(await validateOffThread(texts, throwing)).toEqual({ atlas, problems });
    expect(await validateOffThread(texts, null)).toEqual({ atlas, problems });
  });
});
