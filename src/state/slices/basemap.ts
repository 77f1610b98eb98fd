/**
 * Which basemap the reader chose (src/basemaps.ts): the embedded offline one unless they ask
 * for another. When an online basemap cannot be reached, the map reports it here: the choice
 * falls back to offline and `basemapFailed` names what failed, for the picker to say so.
 */
import type { StateCreator } from 'zustand';
import type { BasemapChoice, OnlineBasemap } from '../../basemaps.ts';
import type { AtlasState } from '../store.ts';

export interface BasemapSlice {
  basemap: BasemapChoice;
  /** The online basemap that last failed to load (cleared by the next choice). */
  basemapFailed: OnlineBasemap | null;
  setBasemap: (basemap: BasemapChoice) => void;
  /** The map could not load `basemap`: back to offline, and say so (ignored if already left). */
  failBasemap: (basemap: OnlineBasemap) => void;
}

export const initialBasemap = () => ({
  basemap: 'offline' as BasemapChoice,
  basemapFailed: null as OnlineBasemap | null,
});

export const createBasemapSlice: StateCreator<AtlasState, [], [], BasemapSlice> = (set, get) => ({
  ...initialBasemap(),
  setBasemap: (basemap) => {
    if (get().basemap !== basemap || get().basemapFailed) set({ basemap, basemapFailed: null });
  },
  failBasemap: (basemap) => {
    if (get().basemap === basemap) set({ basemap: 'offline', basemapFailed: basemap });
  },
});
