import { describe, expect, it } from 'vitest';
import { createAtlasStore } from '../../src/state/store.ts';
import { MAX_PROBLEMS } from '../../src/state/slices/content.ts';
import { SECTORS } from '../../src/data/schema.ts';
import { defaultFilters, FIRST_YEAR, LAST_YEAR } from '../../src/state/filters.ts';
import { emptyAtlas } from '../../src/data/validate.ts';
import type { Atlas } from '../../src/data/registry.ts';
import { place, project } from './fixtures.ts';

const atlas = (): Atlas => ({
  ...emptyAtlas(),
  places: [place('bishkek')],
  projects: [project('line-a', 'energy')],
});

describe('atlas store', () => {
  it('starts loading, in the language it was given, everything visible', () => {
    const s = createAtlasStore('ky').getState();
    expect(s.status).toBe('loading');
    expect(s.lang).toBe('ky');
    expect(s.filters.sectors).toEqual([...SECTORS]);
    expect(s.selection).toBeNull();
  });

  it('indexes content when it arrives', () => {
    const store = createAtlasStore();
    store.getState().setContent(atlas(), []);
    expect(store.getState().status).toBe('ready');
    expect(store.getState().lookup.projects.get('line-a')?.properties.sector).toBe('energy');
    expect(store.getState().lookup.linksOf.size).toBe(0);
  });

  it('selects only records that exist, and clears', () => {
    const store = createAtlasStore();
    store.getState().setContent(atlas(), []);
    store.getState().select('project', 'nope');
    expect(store.getState().selection).toBeNull();
    store.getState().select('place', 'bishkek', 'map');
    expect(store.getState().selection).toEqual({ kind: 'place', id: 'bishkek', origin: 'map' });
    store.getState().clearSelection();
    expect(store.getState().selection).toBeNull();
  });

  it('does not notify when a selection or language is set to what it already is', () => {
    const store = createAtlasStore('en');
    store.getState().setContent(atlas(), []);
    store.getState().select('place', 'bishkek');
    let calls = 0;
    const off = store.subscribe(() => calls++);
    store.getState().select('place', 'bishkek');
    store.getState().setLang('en');
    store.getState().clearSelection();
    store.getState().clearSelection();
    off();
    expect(calls).toBe(1);
  });

  it('toggles sectors and cities independently, keeping the sector order', () => {
    const store = createAtlasStore();
    store.getState().toggleSector('energy');
    expect(store.getState().filters.sectors).not.toContain('energy');
    expect(store.getState().filters.sectors).toContain('transport');
    store.getState().toggleCities();
    expect(store.getState().filters.showCities).toBe(false);
    store.getState().toggleSector('energy');
    expect(store.getState().filters.sectors).toEqual([...SECTORS]);
  });

  it('toggles facet options, clamps and orders the period, and resets everything', () => {
    const store = createAtlasStore();
    const s = () => store.getState();
    s().toggleOption('statuses', 'operating');
    s().toggleOption('statuses', 'idle');
    s().toggleOption('statuses', 'operating');
    expect(s().filters.statuses).toEqual(['idle']);
    s().setPeriod(2030, 1900);
    expect(s().filters.period).toEqual([FIRST_YEAR, LAST_YEAR]);
    s().setPeriod(2016, 2013);
    expect(s().filters.period).toEqual([2013, 2016]);
    s().resetFilters();
    expect(s().filters).toEqual(defaultFilters());
  });

  it('opening the about page drops the selection, and selecting closes it', () => {
    const store = createAtlasStore();
    store.getState().setContent(atlas(), []);
    store.getState().select('project', 'line-a');
    store.getState().setShowAbout(true);
    expect(store.getState().selection).toBeNull();
    store.getState().select('project', 'line-a');
    expect(store.getState().sidePanel.top).toBe('record');
  });

  it('reports a repeated map error once, and counts what is beyond the cap', () => {
    const store = createAtlasStore();
    store.getState().setContent(atlas(), []);
    const error = { file: 'map', record: 'basemap', field: '', message: 'tile failed' };
    for (let i = 0; i < 1000; i++) store.getState().addProblem({ ...error });
    expect(store.getState().problems).toEqual([error]);
    expect(store.getState().problemsMore).toBe(0);
    for (let i = 0; i < 1000; i++) store.getState().addProblem({ ...error, message: `tile ${i}` });
    expect(store.getState().problems).toHaveLength(MAX_PROBLEMS);
    expect(store.getState().problemsMore).toBe(1001 - MAX_PROBLEMS);
    // A repeat of one already counted beyond the cap is not counted again.
    store.getState().addProblem({ ...error, message: 'tile 999' });
    expect(store.getState().problemsMore).toBe(1001 - MAX_PROBLEMS);
  });

  it('keeps problems reported after loading', () => {
    const store = createAtlasStore();
    store
      .getState()
      .setContent(atlas(), [{ file: 'a.json', record: 'x', field: 'y', message: 'z' }]);
    store.getState().addProblem({ file: 'map', record: 'basemap', field: '', message: 'failed' });
    expect(store.getState().problems.map((p) => p.file)).toEqual(['a.json', 'map']);
  });
});

describe('sectors and their kinds', () => {
  it('switching a sector off drops the kinds chosen within it, not the others (defect 6)', () => {
    const store = createAtlasStore();
    const s = () => store.getState();
    s().toggleOption('subsectors', 'road');
    s().toggleOption('subsectors', 'power-line');
    s().toggleSector('transport');
    expect(s().filters.subsectors).toEqual(['power-line']);
    s().toggleSector('transport');
    expect(s().filters.subsectors).toEqual(['power-line']);
  });

  it('a link cannot set a kind whose sector is hidden', () => {
    const store = createAtlasStore();
    const s = () => store.getState();
    s().setFilters({
      ...defaultFilters(),
      sectors: ['energy'],
      subsectors: ['road', 'power-line'],
    });
    expect(s().filters.subsectors).toEqual(['power-line']);
  });
});
