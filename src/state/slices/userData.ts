/**
 * Files the reader brought (GeoJSON or CSV), read in a worker (userdata/load.ts) and drawn as
 * extra layers. They never leave the page: nothing is uploaded, nothing is stored. While a
 * file loads, its progress is here (so it survives the panel closing) and it can be cancelled.
 * Each layer has its look (colour, opacity, above or beneath the atlas's symbols, hidden),
 * which the legend and the data panel change; the map reads it (map/UserLayers.tsx) without
 * reloading the data.
 */
import type { StateCreator } from 'zustand';
import { MAX_FILE_BYTES } from '../../userdata/common.ts';
import { loadUserFile, type Loading, type Progress } from '../../userdata/load.ts';
import { DEFAULT_OPACITY, isUserColor, paletteColor } from '../../userdata/palette.ts';
import type { ParsedLayer, UserLayer, UserLayerLook, UserProblem } from '../../userdata/types.ts';
import type { AtlasState } from '../store.ts';
import { closeTop, panelState } from './sidePanel.ts';

/** A file that could not be shown, and why. */
export interface UserFailure {
  file: string;
  problems: UserProblem[];
}

/** The file being read, how far it got, and how many more wait. */
export interface UserLoading extends Progress {
  file: string;
  queued: number;
}

export interface UserDataSlice {
  userLayers: readonly UserLayer[];
  userLoading: UserLoading | null;
  /** The files of the last pick that could not be shown. */
  userFailures: readonly UserFailure[];
  /** Reads files one after the other, in a worker; each that can be drawn becomes a layer. */
  readUserFiles: (files: readonly File[]) => Promise<void>;
  /** Stops the file being read and drops those waiting. */
  cancelUserLoad: () => void;
  /** Adds a file's layer (the same id replaces it), with the next colour unless given one. */
  addUserLayer: (layer: ParsedLayer & { id: string } & Partial<UserLayerLook>) => void;
  removeUserLayer: (id: string) => void;
  /** Changes how a layer is drawn; an unknown colour is ignored, opacity clamped to 0…1. */
  setUserLook: (id: string, look: Partial<UserLayerLook>) => void;
}

export const initialUserData = () => ({
  userLayers: [] as readonly UserLayer[],
  userLoading: null as UserLoading | null,
  userFailures: [] as readonly UserFailure[],
});

/** The look with only valid values kept (pure). */
export function cleanLook(cur: UserLayerLook, look: Partial<UserLayerLook>): UserLayerLook {
  const opacity =
    typeof look.opacity === 'number' && Number.isFinite(look.opacity)
      ? Math.min(1, Math.max(0, look.opacity))
      : cur.opacity;
  return {
    color: look.color !== undefined && isUserColor(look.color) ? look.color : cur.color,
    opacity,
    above: look.above ?? cur.above,
    hidden: look.hidden ?? cur.hidden,
  };
}

/** A layer that left the store frees its GeoJSON text (after the map dropped its source). */
const revoke = (layer: UserLayer | undefined) => {
  if (layer?.mapUrl) URL.revokeObjectURL(layer.mapUrl);
};

const sameLook = (a: UserLayerLook, b: UserLayerLook) =>
  a.color === b.color && a.opacity === b.opacity && a.above === b.above && a.hidden === b.hidden;

export const createUserDataSlice: StateCreator<AtlasState, [], [], UserDataSlice> = (set, get) => {
  let added = 0;
  let current: Loading | null = null;
  /** Bumped by a cancel: a loop from before it stops. */
  let generation = 0;

  return {
    ...initialUserData(),
    readUserFiles: async (files) => {
      get().cancelUserLoad();
      const mine = ++generation;
      const failures: UserFailure[] = [];
      set({ userFailures: [] });
      for (const [i, file] of files.entries()) {
        if (mine !== generation) return;
        if (file.size > MAX_FILE_BYTES) {
          const max = Math.round(MAX_FILE_BYTES / 1024 / 1024);
          failures.push({
            file: file.name,
            problems: [
              {
                file: file.name,
                where: { kind: 'file' },
                field: '',
                code: 'tooLarge',
                params: { max },
              },
            ],
          });
          continue;
        }
        const queued = files.length - i - 1;
        set({ userLoading: { file: file.name, queued, bytes: 0, total: file.size, rows: 0 } });
        current = loadUserFile(file, (p) => {
          if (mine === generation) set({ userLoading: { file: file.name, queued, ...p } });
        });
        const result = await current.done;
        current = null;
        if (mine !== generation || !result) return;
        if (result.layer) get().addUserLayer({ ...result.layer, id: `u${added + 1}` });
        else failures.push({ file: file.name, problems: result.problems });
      }
      set({ userLoading: null, userFailures: failures });
    },
    cancelUserLoad: () => {
      generation++;
      current?.cancel();
      current = null;
      if (get().userLoading) set({ userLoading: null });
    },
    addUserLayer: (layer) => {
      const base: UserLayerLook = {
        color: paletteColor(added++),
        opacity: DEFAULT_OPACITY,
        above: false,
        hidden: false,
      };
      const next: UserLayer = {
        ...layer,
        ...cleanLook(base, layer),
        mapUrl: layer.mapData ? URL.createObjectURL(layer.mapData) : undefined,
      };
      const replaced = get().userLayers.find((l) => l.id === layer.id);
      set({ userLayers: [...get().userLayers.filter((l) => l.id !== layer.id), next] });
      revoke(replaced);
    },
    removeUserLayer: (id) => {
      const { userLayers, sidePanel } = get();
      if (!userLayers.some((l) => l.id === id)) return;
      // A feature of the removed layer shown in the side panel goes with it.
      const shown = sidePanel.top === 'userFeature' && sidePanel.feature.layerId === id;
      set({
        userLayers: userLayers.filter((l) => l.id !== id),
        ...(shown ? panelState(closeTop(sidePanel)) : {}),
      });
      revoke(userLayers.find((l) => l.id === id));
    },
    setUserLook: (id, look) => {
      const cur = get().userLayers;
      const layer = cur.find((l) => l.id === id);
      if (!layer) return;
      const next = cleanLook(layer, look);
      if (sameLook(next, layer)) return;
      set({ userLayers: cur.map((l) => (l.id === id ? { ...l, ...next } : l)) });
    },
  };
};
