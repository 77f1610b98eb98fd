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

/** The tables that open below the map (`view=` in the link). */
export const TABLE_VIEWS = ['table', 'meetings'] as const;
export type TableView = (typeof TABLE_VIEWS)[number];

/** [[west, south], [east, north]] */
export type Bounds = [[number, number], [number, number]];

export interface ViewSlice {
  lang: Lang;
  /** The camera a link asked for (null: the home view). The map reports moves back here. */
  camera: Camera | null;
  /** The table shown below the map, or null (the map alone, the compact list in the panel). */
  table: TableView | null;
  /** An extent the reader asked the map to frame ("zoom to results"); a new key frames again. */
  frameRequest: { key: string; bounds: Bounds; over: string | null } | null;
  setLang: (lang: Lang) => void;
  setCamera: (camera: Camera | null) => void;
  setTable: (table: TableView | null) => void;
  frameTo: (bounds: Bounds) => void;
}

export const initialView = (lang: Lang) => ({
  lang,
  camera: null as Camera | null,
  table: null as TableView | null,
  frameRequest: null as ViewSlice['frameRequest'],
});

let frames = 0;

export const createViewSlice =
  (lang: Lang): StateCreator<AtlasState, [], [], ViewSlice> =>
  (set, get) => ({
    ...initialView(lang),
    setLang: (next) => {
      if (get().lang !== next) set({ lang: next });
    },
    setCamera: (camera) => set({ camera }),
    setTable: (table) => {
      if (get().table !== table) set({ table });
    },
    frameTo: (bounds) => {
      // Made over this selection: a later selection frames itself instead (map/reconcile.ts).
      const sel = get().selection;
      const over = sel ? `${sel.kind}:${sel.id}` : null;
      set({ frameRequest: { key: `results:${++frames}`, bounds, over } });
    },
  });
