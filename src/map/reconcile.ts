/**
 * The one way store state reaches the map: an idempotent reconcile. `desiredMap` says what
 * the map should show (a pure function of the store, plus the hovered feature); the
 * reconciler compares it with what it last applied and applies only the differences —
 * source data, global state, feature-state (selected, linked, hover) and the camera.
 * After a style rebuild (`style.load`, a restored WebGL context) it forgets what it applied
 * and applies everything again. It talks to the map through `MapTarget`, a narrow interface
 * that a MapLibre map satisfies and a unit test can fake.
 */
import type { FeatureCollection } from 'geojson';
import type { GeoJSONSource, Map as MapLibreMap } from 'maplibre-gl';
import { bbox } from '@turf/turf';
import { linkedOnMap } from '../data/lookup.ts';
import type { Lookup } from '../data/lookup.ts';
import type { Atlas } from '../data/registry.ts';
import { selectVisible } from '../state/derived.ts';
import { HOME_BOUNDS } from '../state/camera.ts';
import type { AtlasState, Camera } from '../state/store.ts';
import { CITIES, PROJECTS, type AtlasGlobalState } from './style/atlas.ts';
import { cityFeatures, projectFeatures } from './features.ts';

export interface FeatureRef {
  source: string;
  id: string;
}
type Flag = 'selected' | 'linked' | 'hover';
type Bounds = [[number, number], [number, number]];
export type Padding = number | { top: number; bottom: number; left: number; right: number };

/** What the reconciler needs of a map; `maplibre-gl`'s Map has all of it. */
export interface MapTarget {
  getSource(id: string): { setData(data: FeatureCollection): unknown } | undefined;
  setGlobalStateProperty(name: string, value: unknown): unknown;
  setFeatureState(ref: FeatureRef, state: Partial<Record<Flag, boolean>>): unknown;
  jumpTo(options: { center: [number, number]; zoom: number }): unknown;
  fitBounds(
    bounds: Bounds,
    options?: { padding?: Padding; maxZoom?: number; duration?: number },
  ): unknown;
}

/** A MapLibre map as a MapTarget. */
export const mapTarget = (m: MapLibreMap): MapTarget => ({
  getSource: (id) => m.getSource<GeoJSONSource>(id),
  setGlobalStateProperty: (name, value) => m.setGlobalStateProperty(name, value),
  setFeatureState: (ref, state) => m.setFeatureState(ref, state),
  jumpTo: (options) => m.jumpTo(options),
  fitBounds: (bounds, options) => m.fitBounds(bounds, options),
});

export interface DesiredMap {
  /** Source id → data; null while the content is loading. */
  data: Readonly<Record<string, FeatureCollection>> | null;
  global: AtlasGlobalState;
  selected: FeatureRef | null;
  linked: readonly FeatureRef[];
  hovered: FeatureRef | null;
  /** Where the camera should be; null is the home view. */
  camera: Camera | null;
  /** A selection made outside the map, to frame once: its key and extent. */
  frame: { key: string; bounds: Bounds } | null;
}

// --------------------------------------------------------------------------- the store side

const dataCache = new WeakMap<Atlas, { lookup: Lookup; data: Record<string, FeatureCollection> }>();
/** The sources' data, the same object for the same content (so it is set once). */
function mapData(atlas: Atlas, lookup: Lookup): Record<string, FeatureCollection> {
  const hit = dataCache.get(atlas);
  if (hit?.lookup === lookup) return hit.data;
  const data = { [CITIES]: cityFeatures(atlas, lookup), [PROJECTS]: projectFeatures(atlas) };
  dataCache.set(atlas, { lookup, data });
  return data;
}

const refOf = (kind: 'place' | 'project', id: string): FeatureRef => ({
  source: kind === 'place' ? CITIES : PROJECTS,
  id,
});

/** What the map should show for this store state. Pure. */
export function desiredMap(s: AtlasState, hovered: FeatureRef | null): DesiredMap {
  const visible = selectVisible(s);
  const sel = s.selection;
  let linked: FeatureRef[] = [];
  let frame: DesiredMap['frame'] = null;
  if (sel) {
    const l = linkedOnMap(s.lookup, sel.kind, sel.id);
    linked = [
      ...l.places.map((id) => refOf('place', id)),
      ...l.projects.map((id) => refOf('project', id)),
    ];
    const geometry =
      sel.kind === 'place'
        ? s.lookup.places.get(sel.id)?.geometry
        : s.lookup.projects.get(sel.id)?.geometry;
    if (sel.origin === 'list' && geometry) {
      const [w, south, e, n] = bbox(geometry);
      frame = {
        key: `${sel.kind}:${sel.id}`,
        bounds: [
          [w, south],
          [e, n],
        ],
      };
    }
  }
  // "Zoom to results" (the filters) frames the visible set the same way, until the selection changes.
  const req = s.frameRequest;
  if (req && req.over === (sel ? `${sel.kind}:${sel.id}` : null)) frame = req;
  return {
    data: s.status === 'ready' ? mapData(s.atlas, s.lookup) : null,
    global: { lang: s.lang, projects: visible.projects, cities: visible.cities },
    selected: sel ? refOf(sel.kind, sel.id) : null,
    linked,
    hovered,
    camera: s.camera,
    frame,
  };
}

// ----------------------------------------------------------------------------- the map side

export interface ReconcilerOptions {
  /** The camera the map was built with (null: the home view). */
  initialCamera: Camera | null;
  /** Padding for framing a selection and the home view. */
  padding?: (purpose: 'home' | 'frame') => Padding;
}

export interface Reconciler {
  /** Applies what differs from what was last applied. Safe to call at any time, re-entrantly. */
  reconcile: (desired: DesiredMap) => void;
  /** The style was rebuilt: everything is applied again at the next reconcile. */
  rebuilt: () => void;
  /** The style is gone (a lost context): nothing is applied until `rebuilt`. */
  suspend: () => void;
  /** The map moved by itself (the reader, an animation): this is where it is now. */
  noteCamera: (camera: Camera) => void;
  /** Frames the home view (the home control; a store camera of null does it at once). */
  home: (duration?: number) => void;
}

const key = (r: FeatureRef) => `${r.source}\u0000${r.id}`;
/** Cameras equal at the precision a link keeps. */
const sameCamera = (a: Camera | null, b: Camera | null) =>
  a === b ||
  (!!a &&
    !!b &&
    a.lng.toFixed(4) === b.lng.toFixed(4) &&
    a.lat.toFixed(4) === b.lat.toFixed(4) &&
    a.zoom.toFixed(2) === b.zoom.toFixed(2));

export function createReconciler(map: MapTarget, options: ReconcilerOptions): Reconciler {
  const padding = options.padding ?? (() => 20);
  let suspended = false;
  // What was last applied (forgotten on a rebuild).
  let data: Record<string, FeatureCollection> = {};
  let global: Partial<AtlasGlobalState> = {};
  let states = new Map<string, { ref: FeatureRef; flags: Partial<Record<Flag, boolean>> }>();
  // Where the camera is, as far as the store is concerned (kept across rebuilds: the camera survives them).
  let camera: Camera | null = options.initialCamera;
  let framed: string | null = null;
  // Re-entrancy: a camera move fires `moveend` at once, which updates the store, which reconciles.
  let running = false;
  let again: DesiredMap | null = null;

  const home = (duration = 0) => map.fitBounds(HOME_BOUNDS, { padding: padding('home'), duration });

  function featureStates(d: DesiredMap) {
    const want = new Map<string, { ref: FeatureRef; flags: Partial<Record<Flag, boolean>> }>();
    const mark = (ref: FeatureRef | null, flag: Flag) => {
      if (!ref) return;
      const k = key(ref);
      const entry = want.get(k) ?? { ref, flags: {} };
      entry.flags[flag] = true;
      want.set(k, entry);
    };
    mark(d.selected, 'selected');
    d.linked.forEach((r) => mark(r, 'linked'));
    mark(d.hovered, 'hover');

    for (const [k, { ref, flags }] of want) {
      const had = states.get(k)?.flags ?? {};
      const diff: Partial<Record<Flag, boolean>> = {};
      for (const f of ['selected', 'linked', 'hover'] as const)
        if (!!flags[f] !== !!had[f]) diff[f] = !!flags[f];
      if (Object.keys(diff).length && map.getSource(ref.source)) map.setFeatureState(ref, diff);
    }
    for (const [k, { ref, flags }] of states) {
      if (want.has(k) || !map.getSource(ref.source)) continue;
      const off: Partial<Record<Flag, boolean>> = {};
      for (const f of ['selected', 'linked', 'hover'] as const) if (flags[f]) off[f] = false;
      if (Object.keys(off).length) map.setFeatureState(ref, off);
    }
    states = want;
  }

  function moveCamera(d: DesiredMap) {
    const frameKey = d.frame?.key ?? null;
    if (d.frame && frameKey !== framed) {
      map.fitBounds(d.frame.bounds, { padding: padding('frame'), maxZoom: 7, duration: 600 });
      camera = d.camera;
    } else if (!sameCamera(d.camera, camera)) {
      camera = d.camera;
      if (d.camera) map.jumpTo({ center: [d.camera.lng, d.camera.lat], zoom: d.camera.zoom });
      else home();
    }
    framed = frameKey;
  }

  function apply(d: DesiredMap) {
    if (d.data)
      for (const [id, fc] of Object.entries(d.data))
        if (data[id] !== fc) {
          const source = map.getSource(id);
          if (source) {
            source.setData(fc);
            data = { ...data, [id]: fc };
          }
        }
    for (const k of Object.keys(d.global) as (keyof AtlasGlobalState)[])
      if (global[k] !== d.global[k]) {
        map.setGlobalStateProperty(k, d.global[k]);
        global = { ...global, [k]: d.global[k] };
      }
    featureStates(d);
    moveCamera(d);
  }

  return {
    reconcile: (d) => {
      if (suspended) return;
      if (running) {
        again = d;
        return;
      }
      running = true;
      try {
        apply(d);
        while (again) {
          const next: DesiredMap = again;
          again = null;
          apply(next);
        }
      } finally {
        running = false;
        again = null;
      }
    },
    rebuilt: () => {
      suspended = false;
      data = {};
      global = {};
      states = new Map();
    },
    suspend: () => {
      suspended = true;
    },
    noteCamera: (c) => {
      camera = c;
    },
    home,
  };
}
