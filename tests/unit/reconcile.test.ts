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
  mapDrawn,
  type FeatureRef,
  type MapTarget,
} from '../../src/map/reconcile.ts';
import { createAtlasStore, type AtlasStore } from '../../src/state/store.ts';
import { HOME_BOUNDS } from '../../src/state/camera.ts';
import { atlasStyle } from '../../src/map/style/index.ts';
import { emptyAtlas } from '../../src/data/validate.ts';
import type { Atlas } from '../../src/data/registry.ts';
import type { Camera } from '../../src/state/store.ts';
import { cite, meeting, place, project } from './fixtures.ts';

/** A map that keeps what it was told, like MapLibre, and logs each call. */
function fakeMap() {
  const log: string[] = [];
  const data: Record<string, FeatureCollection | null> = { cities: null, projects: null };
  const global: Record<string, unknown> = {};
  const featureState = new Map<string, Record<string, boolean | number>>();
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
  it('applies everything on the first run: data, language, visible set, nothing highlighted', () => {
    const r = createReconciler(fake.map, { initialCamera: null });
    r.reconcile(desired());
    expect(fake.data.cities?.features.map((f) => f.properties?.id).sort()).toEqual([
      'bishkek',
      'osh',
    ]);
    // two projects drawn, plus a label anchor for each line (map/features.ts `anchor`)
    const drawn = fake.data.projects?.features.filter((f) => !f.properties?.anchor);
    expect(drawn).toHaveLength(2);
    expect(fake.global).toEqual({ lang: 'en' });
    // Everything is shown, solid, at first: only the meeting counts differ from the defaults.
    expect(fake.flagged('hidden')).toEqual([]);
    expect(fake.flagged('hollow')).toEqual([]);
    expect(fake.flagged('meetings')).toEqual(['cities/bishkek', 'cities/osh']);
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
    // One feature-state change for the one project that changed: no data, no global state.
    expect(fake.log).toEqual(['state projects/road-b {"hidden":true}']);
    fake.log.length = 0;
    store.getState().toggleSector('transport');
    r.reconcile(desired());
    expect(fake.log).toEqual(['state projects/road-b {"hidden":false}']);
  });

  it('delivers a filter, a timeline step and a selection without reloading a source', () => {
    store.getState().setContent(
      {
        ...content(),
        projects: [
          project('line-a', 'energy'),
          project('road-b', 'transport'),
          project('plan-c', 'transport', 'proposed'),
        ],
      },
      [],
    );
    const r = createReconciler(fake.map, { initialCamera: null });
    r.reconcile(desired());
    expect(fake.flagged('hollow'), 'a plan is drawn hollow').toEqual(['projects/plan-c']);
    const reloads = () => fake.log.filter((l) => /^(setData|global)/.test(l));
    fake.log.length = 0;

    // A filter: only the status facet's losers change.
    store.getState().setFilters({ ...store.getState().filters, statuses: ['proposed'] });
    r.reconcile(desired());
    expect(fake.flagged('hidden')).toEqual(['projects/line-a', 'projects/road-b']);
    store.getState().setFilters({ ...store.getState().filters, statuses: [] });
    r.reconcile(desired());
    expect(fake.flagged('hidden')).toEqual([]);

    // A timeline step: before 2010 only the 2007 summit was held; in 2015 the projects began.
    store.getState().setPeriod(2008, 2012);
    r.reconcile(desired());
    expect(fake.flagged('hidden')).toEqual([
      'cities/bishkek',
      'projects/line-a',
      'projects/plan-c',
      'projects/road-b',
    ]);
    store.getState().setPeriod(2007, 2020);
    r.reconcile(desired());
    expect(fake.flagged('hidden')).toEqual([]);
    expect(fake.flagged('meetings')).toEqual(['cities/bishkek', 'cities/osh']);

    // A selection: feature-state for the selected and linked features, nothing else.
    fake.log.length = 0;
    store.getState().select('place', 'bishkek', 'map');
    r.reconcile(desired());
    expect(fake.log.sort()).toEqual([
      'state cities/bishkek {"selected":true}',
      'state projects/line-a {"linked":true}',
    ]);
    expect(reloads(), 'no source data set again, no global state').toEqual([]);
  });

  it('skips the visible set when it did not change (hover, selection)', () => {
    const r = createReconciler(fake.map, { initialCamera: null });
    r.reconcile(desired());
    fake.log.length = 0;
    hovered = { source: 'projects', id: 'road-b' };
    r.reconcile(desired());
    expect(fake.log).toEqual(['state projects/road-b {"hover":true}']);
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

  it('sets the global state before the data, so the data is laid out once, with it', () => {
    const r = createReconciler(fake.map, { initialCamera: null });
    r.reconcile(desired());
    const firstData = fake.log.findIndex((l) => l.startsWith('setData'));
    const lastGlobal = fake.log.map((l) => l.startsWith('global')).lastIndexOf(true);
    expect(firstData).toBeGreaterThan(lastGlobal);
  });

  it('applies nothing the style was built with, and what changed since', () => {
    const start = desired();
    // The style carries the content and the global state for it (MapView builds it so).
    const style = atlasStyle('offline', start);
    const cities = style.sources.cities as { data: { features: unknown[] } };
    expect(cities.data.features).toHaveLength(2);
    expect(style.state?.lang?.default).toEqual(start.global.lang);

    const r = createReconciler(fake.map, { initialCamera: null, inStyle: start });
    expect(r.hasApplied(start)).toBe(true);
    r.reconcile(desired());
    // No data and no global state again; the visible set arrives as feature-state only.
    const notState = () => fake.log.filter((l) => !l.startsWith('state'));
    expect(notState()).toEqual([]);
    store.getState().setLang('ru');
    r.reconcile(desired());
    expect(notState()).toEqual(['global lang']);
  });

  it('gives the data as soon as the content arrives, when the style was built before it', () => {
    store = createAtlasStore('en');
    const start = desired();
    expect(start.data).toBeNull();
    const r = createReconciler(fake.map, { initialCamera: null, inStyle: start });
    r.reconcile(desired());
    expect(fake.log.filter((l) => l.startsWith('setData'))).toEqual([]);
    store.getState().setContent(content(), []);
    r.reconcile(desired());
    expect(fake.log.filter((l) => l.startsWith('setData')).sort()).toEqual([
      'setData cities',
      'setData projects',
    ]);
  });

  it('calls the map drawn only once its data is applied and every atlas source has loaded it', () => {
    const loaded = new Set<string>();
    const isLoaded = (id: string) => loaded.has(id);
    const r = createReconciler(fake.map, { initialCamera: null });
    // Content still loading: never drawn.
    expect(mapDrawn(r, desiredMap(createAtlasStore('en').getState(), null), () => true)).toBe(
      false,
    );
    // Content ready but not yet given to the map.
    expect(mapDrawn(r, desired(), () => true)).toBe(false);
    r.reconcile(desired());
    expect(mapDrawn(r, desired(), isLoaded)).toBe(false);
    loaded.add('cities');
    expect(mapDrawn(r, desired(), isLoaded)).toBe(false);
    loaded.add('projects');
    expect(mapDrawn(r, desired(), isLoaded)).toBe(true);
    // A change not yet applied (a language switch) is not drawn yet.
    store.getState().setLang('ky');
    expect(mapDrawn(r, desired(), isLoaded)).toBe(false);
    // A lost context: nothing is drawn until the style is rebuilt and filled again.
    r.reconcile(desired());
    r.suspend();
    expect(mapDrawn(r, desired(), isLoaded)).toBe(false);
    r.rebuilt();
    expect(mapDrawn(r, desired(), isLoaded)).toBe(false);
    r.reconcile(desired());
    expect(mapDrawn(r, desired(), isLoaded)).toBe(true);
  });
});
