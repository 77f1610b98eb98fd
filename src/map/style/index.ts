/**
 * The whole map style, a pure function of the basemap choice: the basemap part (online.ts)
 * below, the atlas's layers, then the basemap's labels on top (its symbol layers), so place
 * names stay readable over lines and symbols. Language and filters reach the layers through
 * global state.
 */
import type { StyleSpecification } from 'maplibre-gl';
import type { BasemapChoice } from '../../basemaps.ts';
import { fontFaces } from './fonts.ts';
import { atlasLayers, atlasSources, defaultGlobalState } from './atlas.ts';
import { basemapPart, splitBasemapLayers } from './online.ts';

export function atlasStyle(basemap: BasemapChoice = 'offline'): StyleSpecification {
  const state = Object.fromEntries(
    Object.entries(defaultGlobalState()).map(([k, v]) => [k, { default: v }]),
  );
  const base = basemapPart(basemap);
  const { under, labels } = splitBasemapLayers(base.layers);
  return {
    version: 8,
    state,
    'font-faces': fontFaces,
    sources: { ...base.sources, ...atlasSources() },
    layers: [...under, ...atlasLayers(), ...labels],
  } as StyleSpecification;
}
