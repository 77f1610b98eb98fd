/** The reader's filters and period; what they leave is computed in state/filters.ts. */
import type { StateCreator } from 'zustand';
import { SECTORS, type Sector } from '../../data/vocab.ts';
import {
  defaultFilters,
  dropHiddenKinds,
  FIRST_YEAR,
  LAST_YEAR,
  type Filters,
} from '../filters.ts';
import type { AtlasState } from '../store.ts';

export type ListFacet =
  | 'subsectors'
  | 'statuses'
  | 'countries'
  | 'financiers'
  | 'builders'
  | 'operators'
  | 'meetingKinds';

export interface FiltersSlice {
  filters: Filters;
  toggleSector: (sector: Sector) => void;
  toggleCities: () => void;
  /** Adds the value to a facet if absent, removes it if present. */
  toggleOption: <K extends ListFacet>(facet: K, value: Filters[K][number]) => void;
  setPeriod: (from: number, to: number) => void;
  setFilters: (filters: Filters) => void;
  resetFilters: () => void;
}

const toggle = <T>(list: readonly T[], value: T): T[] =>
  list.includes(value) ? list.filter((v) => v !== value) : [...list, value];

const clampYear = (y: number) => Math.min(LAST_YEAR, Math.max(FIRST_YEAR, Math.round(y)));

export const createFiltersSlice: StateCreator<AtlasState, [], [], FiltersSlice> = (set, get) => {
  const patch = (p: Partial<Filters>) => set({ filters: { ...get().filters, ...p } });
  return {
    filters: defaultFilters(),
    // A sector switched off takes the kinds chosen within it along (see dropHiddenKinds).
    toggleSector: (sector) =>
      set({
        filters: dropHiddenKinds({
          ...get().filters,
          sectors: SECTORS.filter((s) => (s === sector) !== get().filters.sectors.includes(s)),
        }),
      }),
    toggleCities: () => patch({ showCities: !get().filters.showCities }),
    toggleOption: (facet, value) =>
      patch({ [facet]: toggle(get().filters[facet] as readonly unknown[], value) }),
    setPeriod: (from, to) => {
      const a = clampYear(Math.min(from, to));
      const b = clampYear(Math.max(from, to));
      const [x, y] = get().filters.period;
      if (a !== x || b !== y) patch({ period: [a, b] });
    },
    setFilters: (filters) => set({ filters: dropHiddenKinds(filters) }),
    resetFilters: () => set({ filters: defaultFilters() }),
  };
};
