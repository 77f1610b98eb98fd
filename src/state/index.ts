/** The app's one store, created with the reader's browser language, and its hooks. */
import { preferredLang } from '../i18n/index.ts';
import { selectFacetCounts, selectVisible } from './derived.ts';
import { createAtlasStore } from './store.ts';

export const useAtlas = createAtlasStore(
  preferredLang(typeof navigator === 'undefined' ? [] : navigator.languages),
);

/** What the filters leave: the same set for the map, the list and the counts. */
export const useVisible = () => useAtlas(selectVisible);
export const useFacetCounts = () => useAtlas(selectFacetCounts);

export type { AtlasState, Selection, SelectionKind, SidePanel } from './store.ts';
export { selectPointMode, selectTop, selectToolName, toolShown } from './slices/sidePanel.ts';
export type { UserFeatureRef } from './slices/sidePanel.ts';
