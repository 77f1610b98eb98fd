/**
 * Files the reader brought (GeoJSON or CSV), parsed in the browser and drawn as extra layers.
 * They never leave the page: nothing is uploaded, nothing is stored.
 */
import type { StateCreator } from 'zustand';
import type { UserLayer } from '../../userdata/types.ts';
import type { AtlasState } from '../store.ts';

export interface UserDataSlice {
  userLayers: readonly UserLayer[];
  addUserLayer: (layer: UserLayer) => void;
  removeUserLayer: (id: string) => void;
}

export const initialUserData = () => ({ userLayers: [] as readonly UserLayer[] });

export const createUserDataSlice: StateCreator<AtlasState, [], [], UserDataSlice> = (set, get) => ({
  ...initialUserData(),
  addUserLayer: (layer) =>
    set({ userLayers: [...get().userLayers.filter((l) => l.id !== layer.id), layer] }),
  removeUserLayer: (id) => {
    if (get().userLayers.some((l) => l.id === id))
      set({ userLayers: get().userLayers.filter((l) => l.id !== id) });
  },
});
