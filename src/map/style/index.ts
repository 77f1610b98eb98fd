/** The whole map style, assembled once: basemap, then the atlas's layers on top. */
import type { StyleSpecification } from 'maplibre-gl';
import { basemapLayers, basemapSources } from './basemap.ts';
import { fontFaces } from './fonts.ts';
import { atlasLayers, atlasSources, defaultGlobalState } from './atlas.ts';

export function atlasStyle(): StyleSpecification {
  const state = Object.fromEntries(
    Object.entries(defaultGlobalState()).map(([k, v]) => [k, { default: v }]),
  );
  return {
    version: 8,
    state,
    'font-faces': fontFaces,
    sources: { ...basemapSources(), ...atlasSources() },
    layers: [...basemapLayers(), ...atlasLayers()],
  } as StyleSpecification;
}
