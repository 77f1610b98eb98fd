/**
 * Build-validated content: the build records each geodata file's text hash when all of it
 * passes; the app takes exactly those texts as they are and validates anything else.
 */
import { describe, expect, it } from 'vitest';
import { DATASET_KEYS, datasets } from '../../src/data/registry.ts';
import { DATASET_FILES, LOAD_ORDER, textHash, verifiedAtlas } from '../../src/data/verified.ts';
import { loadAtlas } from '../../src/data/load.ts';
import { emptyAtlas } from '../../src/data/problem.ts';
import { verifiedGeodata } from '../../scripts/vite-geodata-verified.ts';

const texts = () =>
  Object.fromEntries(
    LOAD_ORDER.map((k) => {
      const key = DATASET_FILES[k].key;
      const records: unknown[] = k === 'sources' ? [{ id: 'src-a' }] : [];
      const body =
        key === 'features' ? { type: 'FeatureCollection', features: records } : { [key]: records };
      return [k, JSON.stringify(body)];
    }),
  ) as Record<(typeof LOAD_ORDER)[number], string>;
const hashes = (t: Record<string, string>) =>
  Object.fromEntries(Object.entries(t).map(([k, v]) => [k, textHash(v)]));

describe('build-validated content', () => {
  it('names the same files, in the same order and envelopes, as the registry', () => {
    expect(LOAD_ORDER).toEqual(DATASET_KEYS);
    for (const k of DATASET_KEYS) {
      const env = datasets[k].envelope;
      expect(DATASET_FILES[k]).toEqual({
        file: datasets[k].file,
        key: env.kind === 'features' ? 'features' : env.key,
      });
    }
  });

  it('hashes tell texts apart, even one character', () => {
    expect(textHash('{"a":1}')).toBe(textHash('{"a":1}'));
    expect(textHash('{"a":1}')).not.toBe(textHash('{"a":2}'));
    expect(textHash('')).not.toBe(textHash(' '));
  });

  it('takes the records of texts the build validated, as they are', () => {
    const t = texts();
    const atlas = verifiedAtlas(t, hashes(t));
    expect(atlas).toEqual({ ...emptyAtlas(), sources: [{ id: 'src-a' }] });
  });

  it('takes nothing when any text differs from what the build validated, or failed to load', () => {
    const t = texts();
    const h = hashes(t);
    expect(verifiedAtlas({ ...t, links: '{"links":[{}]}' }, h)).toBeNull();
    expect(verifiedAtlas({ ...t, places: new Error('HTTP 404') }, h)).toBeNull();
    expect(verifiedAtlas(t, { ...h, context: undefined })).toBeNull();
    expect(verifiedAtlas(t, {})).toBeNull();
  });

  it('the loader validates a text the build did not, and names its problem', async () => {
    const t = texts();
    const h = hashes(t);
    const broken = { ...t, sources: '{"sources":[{"id":"src-a","oops":1}]}' };
    const served = (urls: Record<string, string>) => (url: string) =>
      Promise.resolve(new Response(urls[url] ?? '', { status: urls[url] ? 200 : 404 }));
    const urls = Object.fromEntries(LOAD_ORDER.map((k) => [k, `/${k}`])) as Record<
      (typeof LOAD_ORDER)[number],
      string
    >;
    const byUrl = (tx: Record<string, string>) =>
      Object.fromEntries(LOAD_ORDER.map((k) => [`/${k}`, tx[k] ?? '']));
    const realFetch = globalThis.fetch;
    try {
      globalThis.fetch = served(byUrl(t)) as typeof fetch;
      const ok = await loadAtlas(urls, h);
      expect(ok.problems).toEqual([]);
      expect(ok.recheck).toBeTypeOf('function');
      globalThis.fetch = served(byUrl(broken)) as typeof fetch;
      const bad = await loadAtlas(urls, h);
      expect(bad.recheck).toBeUndefined();
      expect(bad.atlas.sources).toEqual([]);
      expect(bad.problems.map((p) => `${p.file} › ${p.record}`)).toContain('sources.json › src-a');
    } finally {
      globalThis.fetch = realFetch;
    }
  });

  it('the committed geodata passes at build time, so every file gets its hash', () => {
    const verified = verifiedGeodata();
    expect(Object.keys(verified).sort()).toEqual([...DATASET_KEYS].sort());
  });
});
