/**
 * One click, one record: of the features under the pointer, cities win over project
 * points, which win over lines. Features the filters hide (feature-state `hidden`, drawn
 * with no opacity) are not there for the reader: they are skipped. Pure, so it is tested
 * without a map.
 */
import type { SelectionKind } from '../state/store.ts';
import { INTERACTIVE_LAYERS, CITIES, VIS } from './style/atlas.ts';

export interface PickedFeature {
  layer: { id: string };
  source: string;
  properties: Record<string, unknown> | null;
  /** Its feature-state, as MapLibre's queryRenderedFeatures reports it. */
  state?: Record<string, unknown>;
}

export interface Pick {
  kind: SelectionKind;
  id: string;
  source: string;
}

export function pickFeature(features: readonly PickedFeature[] | undefined): Pick | null {
  if (!features?.length) return null;
  for (const layerId of INTERACTIVE_LAYERS) {
    const f = features.find((x) => x.layer.id === layerId && x.state?.[VIS.hidden] !== true);
    const id = f?.properties?.id;
    if (f && typeof id === 'string')
      return { kind: f.source === CITIES ? 'place' : 'project', id, source: f.source };
  }
  return null;
}
