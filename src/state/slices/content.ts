/** What was loaded, and what failed: set once, after the geodata has been fetched. */
import type { StateCreator } from 'zustand';
import { buildLookup, type Lookup } from '../../data/lookup.ts';
import type { Atlas } from '../../data/registry.ts';
import { emptyAtlas, type Problem } from '../../data/problem.ts';
import type { AtlasState } from '../store.ts';

export interface ContentSlice {
  status: 'loading' | 'ready';
  atlas: Atlas;
  lookup: Lookup;
  problems: readonly Problem[];
  /** Problems reported beyond MAX_PROBLEMS: counted, not kept. */
  problemsMore: number;
  setContent: (atlas: Atlas, problems: readonly Problem[]) => void;
  /**
   * A problem found after loading (a basemap file, a map error): shown, never fatal. A repeat
   * of one already reported is ignored; beyond MAX_PROBLEMS they are only counted.
   */
  addProblem: (problem: Problem) => void;
}

/** Problems kept to be listed; a map that fails on every frame must not flood the store. */
export const MAX_PROBLEMS = 200;

const key = (p: Problem) => JSON.stringify([p.file, p.record, p.field, p.message]);

export const initialContent = () => {
  const atlas = emptyAtlas();
  return {
    status: 'loading' as const,
    atlas,
    lookup: buildLookup(atlas),
    problems: [] as readonly Problem[],
    problemsMore: 0,
  };
};

export const createContentSlice: StateCreator<AtlasState, [], [], ContentSlice> = (set) => {
  /** Every problem reported so far, kept or counted, so that a repeat is known as one. */
  const seen = new Set<string>();
  return {
    ...initialContent(),
    setContent: (atlas, problems) => {
      seen.clear();
      problems.forEach((p) => seen.add(key(p)));
      set({
        status: 'ready',
        atlas,
        lookup: buildLookup(atlas),
        problems: problems.slice(0, MAX_PROBLEMS),
        problemsMore: Math.max(0, problems.length - MAX_PROBLEMS),
      });
    },
    addProblem: (problem) =>
      set((s) => {
        const k = key(problem);
        if (seen.has(k)) return s;
        if (seen.size < 100 * MAX_PROBLEMS) seen.add(k);
        if (s.problems.length < MAX_PROBLEMS) return { problems: [...s.problems, problem] };
        return { problemsMore: s.problemsMore + 1 };
      }),
  };
};
