/** What was loaded, and what failed: set once, after the geodata has been fetched. */
import type { StateCreator } from 'zustand';
import { buildLookup, type Lookup } from '../../data/lookup.ts';
import type { Atlas } from '../../data/registry.ts';
import { emptyAtlas, type Problem } from '../../data/validate.ts';
import type { AtlasState } from '../store.ts';

export interface ContentSlice {
  status: 'loading' | 'ready';
  atlas: Atlas;
  lookup: Lookup;
  problems: readonly Problem[];
  setContent: (atlas: Atlas, problems: readonly Problem[]) => void;
  /** A problem found after loading (a basemap file, a map error): shown, never fatal. */
  addProblem: (problem: Problem) => void;
}

export const initialContent = () => {
  const atlas = emptyAtlas();
  return {
    status: 'loading' as const,
    atlas,
    lookup: buildLookup(atlas),
    problems: [] as readonly Problem[],
  };
};

export const createContentSlice: StateCreator<AtlasState, [], [], ContentSlice> = (set) => ({
  ...initialContent(),
  setContent: (atlas, problems) =>
    set({ status: 'ready', atlas, lookup: buildLookup(atlas), problems }),
  addProblem: (problem) => set((s) => ({ problems: [...s.problems, problem] })),
});
