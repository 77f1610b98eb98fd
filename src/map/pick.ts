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

export interface HoverPickerOptions<P> {
  /** Runs a callback before the next frame (requestAnimationFrame), returning a handle. */
  schedule: (run: () => void) => number;
  cancel: (handle: number) => void;
  /** True while the map is dragged, zoomed or animated: no picking then. */
  isMoving: () => boolean;
  /** Picks at a point (queryRenderedFeatures + pickFeature). */
  pick: (point: P) => Pick | null;
  onPick: (pick: Pick | null) => void;
}

/**
 * Hover picking at most once per frame, with the pointer's latest position, and never while
 * the map moves: a pointer move only notes where the pointer is. Pure of the map, so the
 * coalescing is tested with a fake frame clock.
 */
export function createHoverPicker<P>(o: HoverPickerOptions<P>) {
  let point: P | null = null;
  let handle: number | null = null;
  const run = () => {
    handle = null;
    if (point === null || o.isMoving()) return;
    o.onPick(o.pick(point));
  };
  return {
    /** The pointer moved to `p`. */
    move(p: P) {
      point = p;
      if (handle === null && !o.isMoving()) handle = o.schedule(run);
    },
    /** The map started moving, or the pointer left: drop a pick not yet made. */
    cancel() {
      if (handle !== null) o.cancel(handle);
      handle = null;
    },
    /** The map stopped moving: pick once where the pointer is now. */
    settle() {
      if (point !== null && handle === null) handle = o.schedule(run);
    },
    /** The pointer left the map. */
    leave() {
      this.cancel();
      point = null;
      o.onPick(null);
    },
  };
}
