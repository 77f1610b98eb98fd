/** Where the reader is looking: the interface language and the camera. */
import type { StateCreator } from 'zustand';
import type { Lang } from '../../data/schema.ts';
import type { AtlasState } from '../store.ts';

// The selection is part of what the side panel shows: see sidePanel.ts.
export type { Selection, SelectionKind } from './sidePanel.ts';

/** The camera, as far as a link needs it. */
export interface Camera {
  lng: number;
  lat: number;
  zoom: number;
}

export interface ViewSlice {
  lang: Lang;
  /** The camera a link asked for (null: the home view). The map reports moves back here. */
  camera: Camera | null;
  setLang: (lang: Lang) => void;
  setCamera: (camera: Camera | null) => void;
}

export const initialView = (lang: Lang) => ({
  lang,
  camera: null as Camera | null,
});

export const createViewSlice =
  (lang: Lang): StateCreator<AtlasState, [], [], ViewSlice> =>
  (set, get) => ({
    ...initialView(lang),
    setLang: (next) => {
      if (get().lang !== next) set({ lang: next });
    },
    setCamera: (camera) => set({ camera }),
  });
