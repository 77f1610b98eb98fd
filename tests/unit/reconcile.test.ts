/**
 * The map reconciler against a fake map (no WebGL): it applies the store's state once,
 * then only what changed, everything again after a style rebuild, and moves the camera
 * only when the store asks for a place the map is not at.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import type { FeatureCollection } from 'geojson';
import {
  createReconciler,
  desiredMap,
  type FeatureRef,
  type MapTarget,
} from '../../src/map/reconcile.ts';
import { createAtlasStore, type AtlasStore } from '../../src/state/store.ts';
import { HOME_BOUNDS } from '../../src/state/camera.ts';
import { emptyAtlas } from '../../src/data/validate.ts';
import type { Atlas } from '../../src/data/registry.ts';
import type { Camera } from '../../src/state/store.ts';
import { cite, meeting, place, project } from './fixtures.ts';

/** A map that keeps what it was told, like MapLibre, and logs each call. */
function fakeMap() {
  const log: string[] = [];
  const data: Record<string, FeatureCollection | null> = { cities: null, projects: null };
  const global: Record<string, unknown> = {};
  const featureState = new Map<string, Record<string, boolean>>();
  let camera: Camera = { lng: 74.5, lat: 40.7, zoom: 5 };
  const k = (r: FeatureRef) => `${r.source}/${r.id}`;
  const map: MapTarget = {
    getSource: (id) =>
      id in data
        ? {
            setData: (fc) => {
              log.push(`setData ${id}`);
              data[id] = fc;
            },
          }
        : undefined,
    setGlobalStateProperty: (name, value) => {
      log.push(`global ${name}`);
      global[name] = value;
    },
    setFeatureState: (ref, state) => {
      log.push(`state ${k(ref)} ${JSON.stringify(state)}`);
      featureState.set(k(ref), { ...featureState.get(k(ref)), ...state });
    },
    jumpTo: ({ center, zoom }) => {
      log.push('jumpTo');
      camera = { lng: center[0], lat: center[1], zoom };
    },
    fitBounds: (bounds) => log.push(`fitBounds ${JSON.stringify(bounds)}`),
  };
  /** Ids whose feature-state has the flag on. */
  const flagged = (flag: string) =>
    [...featureState]
      .filter(([, s]) => s[flag])
      .map(([id]) => id)
      .sort();
  return {
    map,
    log,
    data,
    global,
    flagged,
    camera: () => camera,
    /** What a style rebuild does: data back to the style's, global and feature-state to defaults. */
    rebuild: () => {
      for (const key of Object.keys(global)) Reflect.deleteProperty(global, key);
      featureState.clear();
    },
  };
}

const content = (): Atlas => {
  const a = emptyAtlas();
  a.places = [place('bishkek'), place('osh', [72.8, 40.5])];
  a.projects = [project('line-a', 'energy'), project('road-b', 'transport')];
  a.meetings = [
    { ...meeting('summit', 'bishkek', '2007-08-16'), outcomes: [] },
    meeting('osh-2010', 'osh', '2010-05-01'),
  ];
  a.links = [{ from: 'summit', to: 'line-a', relation: 'led-to', citations: [cite] }];
  return a;
};

let store: AtlasStore;
let fake: ReturnType<typeof fakeMap>;
let hovered: FeatureRef | null;
const desired = () => desiredMap(store.getState(), hovered);

beforeEach(() => {
  store = createAtlasStore('en');
  store.getState().setContent(content(), []);
  fake = fakeMap();
  hovered = null;
});

describe('map reconciler', () => {
  it('applies everything on the first run: data, global state, nothing highlighted', () => {
    const r = createReconciler(fake.map, { initialCamera: null });
    r.reconcile(desired());
    expect(fake.data.cities?.features.map((f) => f.properties?.id).sort()).toEqual([
      'bishkek',
      'osh',
    ]);
    // two projects drawn, plus a label anchor for each line (map/features.ts `anchor`)
    const drawn = fake.data.projects?.features.filter((f) => !f.properties?.anchor);
    expect(drawn).toHaveLength(2);
    expect(fake.global).toMatchObject({
      lang: 'en',
      projects: { 'line-a': 'operating', 'road-b': 'operating' },
      cities: { bishkek: 1, osh: 1 },
    });
    expect(fake.flagged('selected')).toEqual([]);
    // The map was built at the home view: it is not moved.
    expect(fake.log.filter((l) => /jumpTo|fitBounds/.test(l))).toEqual([]);
  });

  it('applies only what changed, and nothing when nothing did', () => {
    const r = createReconciler(fake.map, { initialCamera: null });
    r.reconcile(desired());
    fake.log.length = 0;
    r.reconcile(desired());
    expect(fake.log).toEqual([]);

    store.getState().setLang('ky');
    r.reconcile(desired());
    expect(fake.log).toEqual(['global lang']);

    fake.log.length = 0;
    store.getState().toggleSector('transport');
    r.reconcile(desired());
    expect(fake.log.sort()).toEqual(['global cities', 'global projects']);
    expect(fake.global.projects).toEqual({ 'line-a': 'operating' });
  });

  it('moves selection, linked and hover feature-state, switching the old ones off', () => {
    const r = createReconciler(fake.map, { initialCamera: null });
    store.getState().select('place', 'bishkek', 'map');
    r.reconcile(desired());
    expect(fake.flagged('selected')).toEqual(['cities/bishkek']);
    expect(fake.flagged('linked')).toEqual(['projects/line-a']);

    store.getState().select('place', 'osh', 'map');
    r.reconcile(desired());
    expect(fake.flagged('selected')).toEqual(['cities/osh']);
    expect(fake.flagged('linked')).toEqual([]);

    hovered = { source: 'projects', id: 'road-b' };
    r.reconcile(desired());
    expect(fake.flagged('hover')).toEqual(['projects/road-b']);
    hovered = { source: 'cities', id: 'osh' };
    r.reconcile(desired());
    expect(fake.flagged('hover')).toEqual(['cities/osh']);
    expect(fake.flagged('selected')).toEqual(['cities/osh']);

    store.getState().clearSelection();
    hovered = null;
    fake.log.length = 0;
    r.reconcile(desired());
    expect(fake.flagged('selected')).toEqual([]);
    expect(fake.flagged('hover')).toEqual([]);
    expect(fake.log).toEqual(['state cities/osh {"selected":false,"hover":false}']);
  });

  it('applies everything again after a style rebuild, selection and hover included', () => {
    const r = createReconciler(fake.map, { initialCamera: null });
    store.getState().setLang('ru');
    store.getState().select('place', 'bishkek', 'map');
    hovered = { source: 'projects', id: 'road-b' };
    r.reconcile(desired());
    const before = {
      global: { ...fake.global },
      selected: fake.flagged('selected'),
      linked: fake.flagged('linked'),
      hover: fake.flagged('hover'),
    };

    r.suspend(); // the context is lost: the style is gone
    fake.rebuild();
    fake.log.length = 0;
    r.reconcile(desired());
    expect(fake.log, 'nothing is applied while the style is gone').toEqual([]);

    r.rebuilt();
    r.reconcile(desired());
    expect({
      global: fake.global,
      selected: fake.flagged('selected'),
      linked: fake.flagged('linked'),
      hover: fake.flagged('hover'),
    }).toEqual(before);
    expect(fake.log).toContain('setData cities');
    // The camera survives a rebuild: it does not move.
    expect(fake.log.filter((l) => /jumpTo|fitBounds/.test(l))).toEqual([]);
  });

  it('moves the camera when the store asks for another place, not when the map reported it', () => {
    const r = createReconciler(fake.map, { initialCamera: null });
    r.reconcile(desired());
    // The reader moves the map: it reports where it is; reconciling does not move it back.
    const moved = { lng: 70, lat: 41, zoom: 6 };
    r.noteCamera(moved);
    store.getState().setCamera(moved);
    fake.log.length = 0;
    r.reconcile(desired());
    expect(fake.log).toEqual([]);

    // Back: the store asks for an earlier camera, the map jumps there.
    store.getState().setCamera({ lng: 75, lat: 42, zoom: 4 });
    r.reconcile(desired());
    expect(fake.camera()).toEqual({ lng: 75, lat: 42, zoom: 4 });

    // No camera (a link without one): the home view.
    fake.log.length = 0;
    store.getState().setCamera(null);
    r.reconcile(desired());
    expect(fake.log).toEqual([`fitBounds ${JSON.stringify(HOME_BOUNDS)}`]);
  });

  it('frames a selection made in the list once, and not one made on the map', () => {
    const r = createReconciler(fake.map, { initialCamera: null });
    store.getState().select('place', 'osh', 'map');
    r.reconcile(desired());
    expect(fake.log.filter((l) => l.startsWith('fitBounds'))).toEqual([]);
    store.getState().select('project', 'line-a', 'list');
    r.reconcile(desired());
    r.reconcile(desired());
    expect(fake.log.filter((l) => l.startsWith('fitBounds'))).toEqual([
      'fitBounds [[72,41],[75,42.5]]',
    ]);
  });

  it('is re-entrant: a camera move that reports back at once is applied after the current run', () => {
    const calls: string[] = [];
    const holder: { r?: ReturnType<typeof createReconciler> } = {};
    const map: MapTarget = {
      ...fake.map,
      jumpTo: (o) => {
        calls.push(`jumpTo ${o.center.join(',')}`);
        // MapLibre fires moveend synchronously; the app notes it and updates the store.
        holder.r?.noteCamera({ lng: o.center[0], lat: o.center[1], zoom: o.zoom });
        store.getState().setCamera({ lng: o.center[0], lat: o.center[1], zoom: o.zoom });
        holder.r?.reconcile(desired());
      },
    };
    const r = createReconciler(map, { initialCamera: null });
    holder.r = r;
    store.getState().setCamera({ lng: 75, lat: 42, zoom: 4 });
    r.reconcile(desired());
    expect(calls).toEqual(['jumpTo 75,42']);
  });
});
