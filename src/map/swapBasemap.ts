/**
 * Swaps the basemap part of a live style for another, leaving everything else alone: the
 * atlas's sources (with their data and feature-state), global state, images, and every layer
 * above the basemap — the atlas's, the selection's, the point's and the reader's own. Only ids
 * starting with `basemap-` are touched; the new basemap goes below the first other layer, its
 * labels just above the atlas's own layers (as in the style, style/index.ts).
 * Sources shared by both parts (the offline borders under the imagery) stay loaded.
 */
import { BASEMAPS, type BasemapChoice } from '../basemaps.ts';
import { BASEMAP_PREFIX, basemapPart, splitBasemapLayers } from './style/online.ts';
import { atlasLayers } from './style/atlas.ts';
import type { LayerSpecification, SourceSpecification } from 'maplibre-gl';

/** The few map methods the swap needs (a MapLibre map, or a stand-in in unit tests). */
export interface StyleEditor {
  getLayersOrder(): string[];
  getSource(id: string): unknown;
  addSource(id: string, source: SourceSpecification): unknown;
  removeSource(id: string): unknown;
  addLayer(layer: LayerSpecification, beforeId?: string): unknown;
  removeLayer(id: string): unknown;
}

/** Every source id any basemap part uses. */
const ALL_SOURCES = [...new Set(BASEMAPS.flatMap((b) => Object.keys(basemapPart(b).sources)))];

const isBasemapId = (id: string) => id.startsWith(BASEMAP_PREFIX);
const ATLAS_LAYER_IDS = new Set(atlasLayers().map((l) => l.id));

/**
 * Makes the style's basemap part the one for `choice`. Returns false when it already was
 * (nothing touched), true when it swapped. Call it only on a loaded style.
 */
export function swapBasemap(map: StyleEditor, choice: BasemapChoice): boolean {
  const want = basemapPart(choice);
  const { under, labels } = splitBasemapLayers(want.layers);
  const present = map.getLayersOrder().filter(isBasemapId);
  const wantIds = [...under, ...labels].map((l) => l.id);
  if (present.length === wantIds.length && present.every((id, i) => id === wantIds[i]))
    return false;
  for (const id of present) map.removeLayer(id);
  for (const id of ALL_SOURCES)
    if (!(id in want.sources) && map.getSource(id)) map.removeSource(id);
  for (const [id, spec] of Object.entries(want.sources))
    if (!map.getSource(id)) map.addSource(id, spec);
  const above = map.getLayersOrder().find((id) => !isBasemapId(id));
  for (const layer of under) map.addLayer(layer, above);
  // Labels: right after the last atlas layer, below what was added on top of it later
  // (the reader's own layers, the point).
  const order = map.getLayersOrder();
  let last = -1;
  order.forEach((id, i) => {
    if (ATLAS_LAYER_IDS.has(id)) last = i;
  });
  const labelsBefore = order.slice(last + 1).find((id) => !isBasemapId(id));
  for (const layer of labels) map.addLayer(layer, labelsBefore);
  return true;
}
