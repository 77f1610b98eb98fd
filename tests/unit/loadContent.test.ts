import { describe, expect, it } from 'vitest';
import { createAtlasStore } from '../../src/state/store.ts';
import { loadContent } from '../../src/state/loadContent.ts';
import { emptyAtlas } from '../../src/data/validate.ts';
import { place } from './fixtures.ts';

describe('loading the content', () => {
  it('puts what loaded, and its problems, into the store', async () => {
    const store = createAtlasStore();
    const problem = { file: 'a.json', record: 'x', field: 'y', message: 'z' };
    await loadContent(store, async () => ({
      atlas: { ...emptyAtlas(), places: [place('bishkek')] },
      problems: [problem],
    }));
    expect(store.getState().status).toBe('ready');
    expect(store.getState().lookup.places.has('bishkek')).toBe(true);
    expect(store.getState().problems).toEqual([problem]);
  });

  it('a loader that throws ends "Loading…" with a problem naming what failed (defect 5)', async () => {
    const store = createAtlasStore();
    await loadContent(store, () => Promise.reject(new Error('out of memory')));
    expect(store.getState().status).toBe('ready');
    expect(store.getState().problems).toEqual([
      {
        file: 'geodata',
        record: '(all files)',
        field: '',
        message: 'the atlas content could not be loaded: out of memory',
      },
    ]);
  });
});
