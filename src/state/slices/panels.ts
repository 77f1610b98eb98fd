/**
 * The one callback through which the map lends a picture of itself to the export.
 * Short-lived: it never goes into the link. (Which tool is open is part of what the side
 * panel shows: see sidePanel.ts.)
 */
import type { StateCreator } from 'zustand';
import type { AtlasState } from '../store.ts';

export { TOOL_PANELS, type ToolPanel } from './sidePanel.ts';

/** A copy of the map's pixels, and what the export needs to know about them. */
export interface MapPicture {
  canvas: HTMLCanvasElement;
  /** Device pixels per CSS pixel actually drawn (may be less than asked: GPU limits). */
  pixelRatio: number;
  /** Metres on the ground per CSS pixel at the map's centre (for the scale bar). */
  metresPerPixel: number;
}

export interface SnapshotOptions {
  /** Device pixels per CSS pixel to draw the picture at (2 for a print-ready image). */
  pixelRatio: number;
  /** Gives up (and puts the map back as it was) when aborted, e.g. on a timeout. */
  signal?: AbortSignal;
}

/** Draws the current map into a new 2D canvas (registered by the map, absent without one). */
export type MapSnapshot = (options: SnapshotOptions) => Promise<MapPicture>;

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
