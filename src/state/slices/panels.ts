/**
 * The reader's tools in the side panel — charts, export, their own data, a point on the map —
 * and the one callback through which the map lends a picture of itself to the export.
 * Short-lived: none of it goes into the link.
 *
 * A tool opens on top of the selection without clearing it (so the map keeps its highlight
 * and the link its `sel`, which the export cites); selecting a record or opening the about
 * page later puts that on top instead. Closing the top one shows what lies beneath.
 */
import type { StateCreator } from 'zustand';
import type { AtlasState } from '../store.ts';

export const TOOL_PANELS = ['charts', 'export', 'data', 'point'] as const;
export type ToolPanel = (typeof TOOL_PANELS)[number];

/** Draws the current map into a new 2D canvas (registered by the map, absent without one). */
export type MapSnapshot = () => Promise<HTMLCanvasElement>;

export interface PanelsSlice {
  /** The open tool, if any. */
  panel: ToolPanel | null;
  /** The tool was opened after the current selection or about page, so it shows first. */
  panelOnTop: boolean;
  openPanel: (panel: ToolPanel) => void;
  /** Closes the tool (and forgets the point it showed). */
  closePanel: () => void;
  mapSnapshot: MapSnapshot | null;
  setMapSnapshot: (snapshot: MapSnapshot | null) => void;
}

export const initialPanels = () => ({
  panel: null as ToolPanel | null,
  panelOnTop: false,
  mapSnapshot: null as MapSnapshot | null,
});

/** What the side panel shows first: the tool, or the selection / about page / contents. */
export const toolShown = (
  s: Pick<AtlasState, 'panel' | 'panelOnTop' | 'selection' | 'showAbout'>,
) => s.panel !== null && (s.panelOnTop || (!s.selection && !s.showAbout));

export const createPanelsSlice: StateCreator<AtlasState, [], [], PanelsSlice> = (set, get, api) => {
  // A record selected, or the about page opened, after the tool: it goes on top.
  api.subscribe((s, prev) => {
    const selected =
      !!s.selection &&
      (s.selection.id !== prev.selection?.id || s.selection.kind !== prev.selection.kind);
    if (s.panelOnTop && (selected || (s.showAbout && !prev.showAbout))) set({ panelOnTop: false });
  });
  return {
    ...initialPanels(),
    openPanel: (panel) => {
      const s = get();
      if (s.panel === panel && toolShown(s)) return;
      set({
        panel,
        panelOnTop: true,
        showAbout: false,
        ...(panel === 'point' ? {} : { probe: null }),
      });
    },
    closePanel: () => {
      const s = get();
      if (s.panel !== null || s.probe !== null)
        set({ panel: null, panelOnTop: false, probe: null });
    },
    setMapSnapshot: (mapSnapshot) => set({ mapSnapshot }),
  };
};
