/**
 * The atlas's state: one zustand store made of slices (state/slices/). The store never holds
 * the MapLibre map; the map component owns it.
 *  - content: what was loaded and what failed (set once);
 *  - view: language and camera;
 *  - sidePanel: what the side panel shows (a record, the about page, a tool) and beneath;
 *  - filters: sectors, facets and period;
 *  - panels, probe, userData: the map's snapshot for the export, the point tool's radius,
 *    the reader's own files;
 *  - basemap: offline (default), street or satellite, and whether an online one failed.
 *  - reader: the article open beside the map, at which paragraph.
 */
import { create } from 'zustand';
import type { Lang } from '../data/schema.ts';
import { createContentSlice, type ContentSlice } from './slices/content.ts';
import { createFiltersSlice, type FiltersSlice } from './slices/filters.ts';
import { createViewSlice, type ViewSlice } from './slices/view.ts';
import { createSidePanelSlice, type SidePanelSlice } from './slices/sidePanel.ts';
import { createPanelsSlice, type PanelsSlice } from './slices/panels.ts';
import { createProbeSlice, type ProbeSlice } from './slices/probe.ts';
import { createUserDataSlice, type UserDataSlice } from './slices/userData.ts';
import { createBasemapSlice, type BasemapSlice } from './slices/basemap.ts';
import { createReaderSlice, type ReaderSlice } from './slices/reader.ts';

export type AtlasState = ContentSlice &
  ViewSlice &
  SidePanelSlice &
  FiltersSlice &
  PanelsSlice &
  ProbeSlice &
  UserDataSlice &
  BasemapSlice &
  ReaderSlice;
export type { Camera } from './slices/view.ts';
export type { Selection, SelectionKind, SidePanel, Tool } from './slices/sidePanel.ts';

export const createAtlasStore = (lang: Lang = 'en') =>
  create<AtlasState>()((...a) => ({
    ...createContentSlice(...a),
    ...createViewSlice(lang)(...a),
    ...createSidePanelSlice(...a),
    ...createFiltersSlice(...a),
    ...createPanelsSlice(...a),
    ...createProbeSlice(...a),
    ...createUserDataSlice(...a),
    ...createBasemapSlice(...a),
    ...createReaderSlice(...a),
  }));

export type AtlasStore = ReturnType<typeof createAtlasStore>;
