/**
 * The one way store state reaches the map: an idempotent reconcile. `desiredMap` says what
 * the map should show (a pure function of the store, plus the hovered feature); the
 * reconciler compares it with what it last applied and applies only the differences —
 * source data, global state (the language), feature-state (what the filters leave visible;
 * selected, linked, hover) and the camera. No filter, toggle, timeline step or selection
 * reloads a source: visibility is feature-state, set for just the features that changed.
 * After a style rebuild (`style.load`, a restored WebGL context) it forgets what it applied
 * and applies everything again. It talks to the map through `MapTarget`, a narrow interface
 * that a MapLibre map satisfies and a unit test can fake.
 */
import type { FeatureCollection } from 'geojson';
import type { GeoJSONSource, Map as MapLibreMap } from 'maplibre-gl';
import { bbox } from '@turf/bbox';
import { linkedOnMap } from '../data/lookup.ts';
import type { Lookup } from '../data/lookup.ts';
import type { Atlas } from '../data/registry.ts';
import { selectVisible } from '../state/derived.ts';
import type { Visible } from '../state/filters.ts';
import { theme } from '../theme.ts';
import { HOME_BOUNDS } from '../state/camera.ts';
import type { AtlasState, Camera } from '../state/store.ts';
import { CITIES, PROJECTS, type AtlasGlobalState, type VisState } from './style/atlas.ts';
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
  setFeatureState(ref: FeatureRef, state: Record<string, boolean | number>): unknown;
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
  /** What the filters leave visible (state/filters.ts: the list reads the same set). */
  visible: Pick<Visible, 'projects' | 'cities'>;
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

const idCache = new WeakMap<FeatureCollection, string[]>();
/** The distinct ids of a source's features that the filters act on (meeting cities, projects). */
function filteredIds(source: string, fc: FeatureCollection): string[] {
  let ids = idCache.get(fc);
  if (!ids) {
    const set = new Set<string>();
    for (const f of fc.features)
      if (source === PROJECTS || f.properties?.host) set.add(String(f.properties?.id));
    ids = [...set];
    idCache.set(fc, ids);
  }
  return ids;
}

const HOLLOW: readonly string[] = theme.statusHollow;

/** The feature-state that says how the visible set shows a feature. Pure. */
export function visState(source: string, id: string, v: DesiredMap['visible']): VisState {
  if (source === PROJECTS) {
    const status = v.projects[id];
    return {
      hidden: status === undefined,
      hollow: status !== undefined && HOLLOW.includes(status),
    };
  }
  const n = v.cities[id];
  return { hidden: n === undefined, meetings: n ?? 0 };
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
    global: { lang: s.lang },
    visible,
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
  /** What the style was built with (its sources' data, its global state): already applied. */
  inStyle?: Pick<DesiredMap, 'data' | 'global'>;
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
  /** Whether the data and global state of `desired` are what the map was last given. */
  hasApplied: (desired: Pick<DesiredMap, 'data' | 'global'>) => boolean;
}

/**
 * The map shows the content: it has loaded, the reconciler gave the map its data and global
 * state, and every atlas source has loaded them. At an `idle`, this means they are drawn —
 * the definition of `map:ready`.
 */
export function mapDrawn(
  reconciler: Pick<Reconciler, 'hasApplied'>,
  desired: Pick<DesiredMap, 'data' | 'global'>,
  sourceLoaded: (id: string) => boolean,
): boolean {
  return (
    desired.data !== null &&
    reconciler.hasApplied(desired) &&
    Object.keys(desired.data).every(sourceLoaded)
  );
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
  // What was last applied (forgotten on a rebuild); at first, what the style carries.
  let data: Record<string, FeatureCollection> = { ...options.inStyle?.data };
  let global: Partial<AtlasGlobalState> = { ...options.inStyle?.global };
  let states = new Map<string, { ref: FeatureRef; flags: Partial<Record<Flag, boolean>> }>();
  // The visible set last delivered, and each feature's visibility state as applied (absent:
  // the style's default, shown and solid).
  let visibleApplied: DesiredMap['visible'] | null = null;
  /** Source → feature id → the visibility state applied to it. */
  let vis = new Map<string, Map<string, VisState>>();
  let dataChanged = false;
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

  /**
   * Delivers the visible set: a feature-state change for each feature whose visibility,
   * status or meeting count differs from what was applied, and nothing for the others. Runs
   * only when the visible set or the data is new (the memoised set keeps its identity
   * while the filters do not change), so hover and selection skip it.
   */
  function visibility(d: DesiredMap) {
    if (!d.data || (d.visible === visibleApplied && !dataChanged)) return;
    for (const [source, fc] of Object.entries(d.data)) {
      if (!map.getSource(source)) continue;
      // Per feature, only comparisons unless it changed: at 100,000 features this loop
      // runs on every toggle.
      let applied = vis.get(source);
      if (!applied) vis.set(source, (applied = new Map()));
      for (const id of filteredIds(source, fc)) {
        const want = visState(source, id, d.visible);
        const had = applied.get(id);
        const hidden = want.hidden !== (had?.hidden ?? false);
        const hollow = (want.hollow ?? false) !== (had?.hollow ?? false);
        const meetings = (want.meetings ?? 0) !== (had?.meetings ?? 0);
        if (!hidden && !hollow && !meetings) continue;
        const diff: Record<string, boolean | number> = {};
        if (hidden) diff.hidden = want.hidden;
        if (hollow) diff.hollow = !!want.hollow;
        if (meetings) diff.meetings = want.meetings ?? 0;
        map.setFeatureState({ source, id }, diff);
        applied.set(id, want);
      }
    }
    visibleApplied = d.visible;
    dataChanged = false;
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
    // Global state first: data that arrives after it is laid out once, with it.
    for (const k of Object.keys(d.global) as (keyof AtlasGlobalState)[])
      if (global[k] !== d.global[k]) {
        map.setGlobalStateProperty(k, d.global[k]);
        global = { ...global, [k]: d.global[k] };
      }
    if (d.data)
      for (const [id, fc] of Object.entries(d.data))
        if (data[id] !== fc) {
          const source = map.getSource(id);
          if (source) {
            source.setData(fc);
            data = { ...data, [id]: fc };
            dataChanged = true;
          }
        }
    visibility(d);
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
      visibleApplied = null;
      vis = new Map();
    },
    suspend: () => {
      suspended = true;
    },
    noteCamera: (c) => {
      camera = c;
    },
    home,
    hasApplied: (d) =>
      !suspended &&
      (Object.keys(d.global) as (keyof AtlasGlobalState)[]).every(
        (k) => global[k] === d.global[k],
      ) &&
      Object.entries(d.data ?? {}).every(([id, fc]) => data[id] === fc),
  };
}
