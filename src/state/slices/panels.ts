/**
 * The one callback through which the map lends a picture of itself to the export.
 * Short-lived: it never goes into the link. (Which tool is open is part of what the side
 * panel shows: see sidePanel.ts.)
 */
import type { StateCreator } from 'zustand';
import type { AtlasState } from '../store.ts';

export { TOOL_PANELS, type ToolPanel } from './sidePanel.ts';

/** Draws the current map into a new 2D canvas (registered by the map, absent without one). */
export type MapSnapshot = () => Promise<HTMLCanvasElement>;

export interface PanelsSlice {
  mapSnapshot: MapSnapshot | null;
  setMapSnapshot: (snapshot: MapSnapshot | null) => void;
}

export const initialPanels = () => ({
  mapSnapshot: null as MapSnapshot | null,
});

export const createPanelsSlice: StateCreator<AtlasState, [], [], PanelsSlice> = (set) => ({
  ...initialPanels(),
  setMapSnapshot: (mapSnapshot) => set({ mapSnapshot }),
});
