/**
 * The whole map style, a pure function of the basemap choice: the basemap part (online.ts)
 * below, the atlas's layers, then the basemap's labels on top (its symbol layers), so place
 * names stay readable over lines and symbols. Language and filters reach the layers through
 * global state. Given the content (`start`), the atlas's sources carry it from the start and
 * the global state's defaults are the ones for it.
 */
import type { StyleSpecification } from 'maplibre-gl';
import type { BasemapChoice } from '../../basemaps.ts';
import { fontFaces } from './fonts.ts';
import type { FeatureCollection } from 'geojson';
import { atlasLayers, atlasSources, defaultGlobalState, type AtlasGlobalState } from './atlas.ts';
import { basemapPart, splitBasemapLayers } from './online.ts';

/** What the atlas's part of the style starts with, when the content has already loaded. */
export interface AtlasStart {
  /** Source id → its data (null: the sources start empty). */
  data: Readonly<Record<string, FeatureCollection>> | null;
  global: Partial<AtlasGlobalState>;
}

export function atlasStyle(
  basemap: BasemapChoice = 'offline',
  start?: AtlasStart,
): StyleSpecification {
  const state = Object.fromEntries(
    Object.entries({ ...defaultGlobalState(), ...start?.global }).map(([k, v]) => [
      k,
      { default: v },
    ]),
  );
  const base = basemapPart(basemap);
  const { under, labels } = splitBasemapLayers(base.layers);
  // The content goes in with the style, so the first layout already draws it.
  const atlas = atlasSources();
  for (const [id, fc] of Object.entries(start?.data ?? {})) {
    const source = atlas[id];
    if (source?.type === 'geojson') atlas[id] = { ...source, data: fc };
  }
  return {
    version: 8,
    state,
    'font-faces': fontFaces,
    sources: { ...base.sources, ...atlas },
    layers: [...under, ...atlasLayers(), ...labels],
  } as StyleSpecification;
}
