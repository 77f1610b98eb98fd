/**
 * Loads the content into the store. A failure anywhere in loading (not just a bad file,
 * which the loader reports itself) still ends "Loading…": the atlas opens empty, and the
 * problems banner names what failed, while the language switch, the about page and the
 * reader's own data keep working.
 */
import { loadAtlas } from '../data/load.ts';
import type { AtlasStore } from './store.ts';

export async function loadContent(store: AtlasStore, load: typeof loadAtlas = loadAtlas) {
  try {
    const { atlas, problems } = await load();
    store.getState().setContent(atlas, problems);
  } catch (e) {
    const { atlas } = store.getState();
    store.getState().setContent(atlas, [
      {
        file: 'geodata',
        record: '(all files)',
        field: '',
        message: `the atlas content could not be loaded: ${e instanceof Error ? e.message : String(e)}`,
      },
    ]);
  }
}
