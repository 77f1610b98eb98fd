/** The app's one store, created with the reader's browser language. */
import { preferredLang } from '../i18n/index.ts';
import { createAtlasStore } from './store.ts';

export const useAtlas = createAtlasStore(
  preferredLang(typeof navigator === 'undefined' ? [] : navigator.languages),
);
export type { AtlasState, Selection, SelectionKind } from './store.ts';
