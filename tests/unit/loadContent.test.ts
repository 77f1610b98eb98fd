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

  it('shows build-validated content at once, and its later full check replaces it only if it finds a problem', async () => {
    const problem = { file: 'places.geojson', record: 'osh', field: 'geometry', message: 'bad' };
    const tasks: (() => void)[] = [];
    const later = (task: () => void) => tasks.push(task);
    // The check's result, awaited after it: the loader's own handler on it has run by then.
    let checking: Promise<unknown> = Promise.resolve();
    const check =
      <T>(result: T) =>
      () =>
        (checking = Promise.resolve(result)) as Promise<T>;

    const clean = createAtlasStore();
    const shown = { ...emptyAtlas(), places: [place('bishkek')] };
    await loadContent(
      clean,
      async () => ({ atlas: shown, problems: [], recheck: check({ atlas: shown, problems: [] }) }),
      later,
    );
    expect(clean.getState().atlas).toBe(shown);
    expect(tasks).toHaveLength(1);
    tasks.shift()!();
    await checking;
    expect(clean.getState().atlas).toBe(shown);

    const store = createAtlasStore();
    const checked = { ...emptyAtlas(), places: [place('bishkek')] };
    await loadContent(
      store,
      async () => ({
        atlas: { ...emptyAtlas(), places: [place('bishkek'), place('osh')] },
        problems: [],
        recheck: check({ atlas: checked, problems: [problem] }),
      }),
      later,
    );
    expect(store.getState().lookup.places.has('osh')).toBe(true);
    tasks.shift()!();
    await checking;
    expect(store.getState().problems).toEqual([problem]);
    expect(store.getState().lookup.places.has('osh')).toBe(false);
  });
});
