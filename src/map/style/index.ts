/**
 * The whole map style, assembled once: the basemap's land, water and borders, then the
 * atlas's layers, then the basemap's labels on top (BASEMAP_FIRST_LABEL_LAYER onwards), so
 * place names stay readable over lines and symbols.
 */
import type { StyleSpecification } from 'maplibre-gl';
import { basemapLayers, basemapSources, BASEMAP_FIRST_LABEL_LAYER } from './basemap.ts';
import { fontFaces } from './fonts.ts';
import { atlasLayers, atlasSources, defaultGlobalState } from './atlas.ts';

export function atlasStyle(): StyleSpecification {
  const state = Object.fromEntries(
    Object.entries(defaultGlobalState()).map(([k, v]) => [k, { default: v }]),
  );
  const basemap = basemapLayers();
  const firstLabel = basemap.findIndex((l) => l.id === BASEMAP_FIRST_LABEL_LAYER);
  const split = firstLabel < 0 ? basemap.length : firstLabel;
  return {
    version: 8,
    state,
    'font-faces': fontFaces,
    sources: { ...basemapSources(), ...atlasSources() },
    layers: [...basemap.slice(0, split), ...atlasLayers(), ...basemap.slice(split)],
  } as StyleSpecification;
}
