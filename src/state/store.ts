/**
 * The atlas's state: one zustand store made of two slices. The store never holds the
 * MapLibre map; components reach the map through react-map-gl's context.
 *  - content: what was loaded and what failed (set once);
 *  - view: what the reader chose (language, visible layers, selection).
 */
import { create } from 'zustand';
import { buildLookup, type Lookup } from '../data/lookup.ts';
import type { Atlas } from '../data/registry.ts';
import { SECTORS, type Lang, type Sector } from '../data/schema.ts';
import { emptyAtlas, type Problem } from '../data/validate.ts';

export type SelectionKind = 'place' | 'project';
export interface Selection {
  kind: SelectionKind;
  id: string;
  /** Where the selection was made: the map does not fly to what was clicked on it. */
  origin: 'map' | 'list';
}

export interface ContentSlice {
  status: 'loading' | 'ready';
  atlas: Atlas;
  lookup: Lookup;
  problems: readonly Problem[];
  setContent: (atlas: Atlas, problems: readonly Problem[]) => void;
  /** A problem found after loading (a basemap file, a map error): shown, never fatal. */
  addProblem: (problem: Problem) => void;
}

export interface ViewSlice {
  lang: Lang;
  sectors: Readonly<Record<Sector, boolean>>;
  showCities: boolean;
  selection: Selection | null;
  /** The about-and-sources page is open in the side panel. */
  showAbout: boolean;
  setShowAbout: (open: boolean) => void;
  setLang: (lang: Lang) => void;
  toggleSector: (sector: Sector) => void;
  toggleCities: () => void;
  select: (kind: SelectionKind, id: string, origin?: Selection['origin']) => void;
  clearSelection: () => void;
}

export type AtlasState = ContentSlice & ViewSlice;

const allSectors = (on: boolean) =>
  Object.fromEntries(SECTORS.map((s) => [s, on])) as Record<Sector, boolean>;

export const initialState = (lang: Lang = 'en') => {
  const atlas = emptyAtlas();
  return {
    status: 'loading' as const,
    atlas,
    lookup: buildLookup(atlas),
    problems: [] as readonly Problem[],
    lang,
    sectors: allSectors(true),
    showCities: true,
    selection: null,
    showAbout: false,
  };
};

export const createAtlasStore = (lang: Lang = 'en') =>
  create<AtlasState>()((set, get) => ({
    ...initialState(lang),
    setContent: (atlas, problems) =>
      set({ status: 'ready', atlas, lookup: buildLookup(atlas), problems }),
    addProblem: (problem) => set((s) => ({ problems: [...s.problems, problem] })),
    setLang: (lang) => {
      if (get().lang !== lang) set({ lang });
    },
    toggleSector: (sector) =>
      set((s) => ({ sectors: { ...s.sectors, [sector]: !s.sectors[sector] } })),
    toggleCities: () => set((s) => ({ showCities: !s.showCities })),
    select: (kind, id, origin = 'list') => {
      const cur = get().selection;
      if (cur?.kind === kind && cur.id === id) return;
      const { lookup } = get();
      const exists = kind === 'place' ? lookup.places.has(id) : lookup.projects.has(id);
      if (exists) set({ selection: { kind, id, origin }, showAbout: false });
    },
    clearSelection: () => {
      if (get().selection || get().showAbout) set({ selection: null, showAbout: false });
    },
    setShowAbout: (open) => set(open ? { showAbout: true, selection: null } : { showAbout: false }),
  }));

export type AtlasStore = ReturnType<typeof createAtlasStore>;
