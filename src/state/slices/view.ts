/** What the reader is looking at: language, the selected record, the about page, the camera. */
import type { StateCreator } from 'zustand';
import type { Lang } from '../../data/schema.ts';
import type { AtlasState } from '../store.ts';

export type SelectionKind = 'place' | 'project';
export interface Selection {
  kind: SelectionKind;
  id: string;
  /** Where the selection was made: the map does not fly to what was clicked on it. */
  origin: 'map' | 'list';
}

/** The camera, as far as a link needs it. */
export interface Camera {
  lng: number;
  lat: number;
  zoom: number;
}

export interface ViewSlice {
  lang: Lang;
  selection: Selection | null;
  /** The about-and-sources page is open in the side panel. */
  showAbout: boolean;
  /** The camera a link asked for (null: the home view). The map reports moves back here. */
  camera: Camera | null;
  setLang: (lang: Lang) => void;
  select: (kind: SelectionKind, id: string, origin?: Selection['origin']) => void;
  clearSelection: () => void;
  setShowAbout: (open: boolean) => void;
  setCamera: (camera: Camera | null) => void;
}

export const initialView = (lang: Lang) => ({
  lang,
  selection: null as Selection | null,
  showAbout: false,
  camera: null as Camera | null,
});

export const createViewSlice =
  (lang: Lang): StateCreator<AtlasState, [], [], ViewSlice> =>
  (set, get) => ({
    ...initialView(lang),
    setLang: (next) => {
      if (get().lang !== next) set({ lang: next });
    },
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
    setCamera: (camera) => set({ camera }),
  });
