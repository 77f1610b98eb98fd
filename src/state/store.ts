/**
 * The atlas's state: one zustand store made of slices (state/slices/). The store never holds
 * the MapLibre map; the map component owns it.
 *  - content: what was loaded and what failed (set once);
 *  - view: language, selection, about page, camera;
 *  - filters: sectors, facets and period;
 *  - panels, probe, userData: the reader's tools (charts, export, a point, their own files);
 *  - reader: the article open beside the map, at which paragraph.
 */
import { create } from 'zustand';
import type { Lang } from '../data/schema.ts';
import { createContentSlice, type ContentSlice } from './slices/content.ts';
import { createFiltersSlice, type FiltersSlice } from './slices/filters.ts';
import { createViewSlice, type ViewSlice } from './slices/view.ts';
import { createPanelsSlice, type PanelsSlice } from './slices/panels.ts';
import { createProbeSlice, type ProbeSlice } from './slices/probe.ts';
import { createUserDataSlice, type UserDataSlice } from './slices/userData.ts';
import { createReaderSlice, type ReaderSlice } from './slices/reader.ts';

export type AtlasState = ContentSlice &
  ViewSlice &
  FiltersSlice &
  PanelsSlice &
  ProbeSlice &
  UserDataSlice &
  ReaderSlice;
export type { Selection, SelectionKind, Camera } from './slices/view.ts';

export const createAtlasStore = (lang: Lang = 'en') =>
  create<AtlasState>()((...a) => ({
    ...createContentSlice(...a),
    ...createViewSlice(lang)(...a),
    ...createFiltersSlice(...a),
    ...createPanelsSlice(...a),
    ...createProbeSlice(...a),
    ...createUserDataSlice(...a),
    ...createReaderSlice(...a),
  }));

export type AtlasStore = ReturnType<typeof createAtlasStore>;
