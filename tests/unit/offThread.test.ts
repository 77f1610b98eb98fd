import { describe, expect, it, vi } from 'vitest';
import { readFileSync } from 'node:fs';
import { validateMessage } from '../../src/data/validateWorker.ts';
import {
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
  it('the worker finds what buildAtlas finds, an unreadable file included', () => {
    const texts = broken();
    const off = validateMessage(structuredClone(toValidator(texts)));
    const here = buildAtlas(texts);
    expect(off).toEqual(here);
    expect(off.problems.map((p) => p.file)).toEqual(
      expect.arrayContaining(['projects.geojson', 'links.json']),
    );
    expect(off.problems.find((p) => p.file === 'links.json')?.message).toContain('HTTP 404');
    expect(off.atlas.projects.length).toBe(here.atlas.projects.length);
  });

  it('uses the worker’s answer and lets the worker go', async () => {
    const workers: FakeWorker[] = [];
    const start = (() => {
      const w = new FakeWorker('answer');
      workers.push(w);
      return w;
    }) as unknown as StartWorker;
    const texts = broken();
    expect(await validateOffThread(texts, start)).toEqual(buildAtlas(texts));
    expect(workers).toHaveLength(1);
    expect(workers[0]!.terminated).toBe(true);
  });

  it.each(['crash', 'garble'] as const)(
    'validates here when the worker %ss, losing nothing',
    async (behaviour) => {
      const w = new FakeWorker(behaviour);
      const texts = broken();
      const result = await validateOffThread(texts, (() => w) as unknown as StartWorker);
      expect(result).toEqual(buildAtlas(texts));
      expect(result.problems.length).toBeGreaterThan(0);
      expect(w.terminated).toBe(true);
    },
  );

  it('validates here when no worker can be started', async () => {
    const texts = broken();
    const throwing = (() => {
      throw new Error('Worker is not allowed');
    }) as StartWorker;
    expect(await validateOffThread(texts, throwing)).toEqual(buildAtlas(texts));
    expect(await validateOffThread(texts, null)).toEqual(buildAtlas(texts));
  });
});
