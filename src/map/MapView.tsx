/**
 * The map: MapLibre through react-map-gl. It owns the map object; everything the store says
 * about the map (data, global state, feature-state, camera) reaches it through one
 * reconciler (map/reconcile.ts), run on every store change and again after a style rebuild.
 * The map reports clicks and moves back to the store.
 */
import { useEffect, useMemo, useRef, useState, useSyncExternalStore } from 'react';
import Map, {
  NavigationControl,
  ScaleControl,
  type MapLayerMouseEvent,
  type MapRef,
} from 'react-map-gl/maplibre';
import type { Map as MapLibreMap, PointLike } from 'maplibre-gl';
import { bbox } from '@turf/bbox';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?worker&url';
import 'maplibre-gl/dist/maplibre-gl.css';
import { selectPointMode, useAtlas } from '../state/index.ts';
import { HOME_BOUNDS, MAP_BOUNDS, MAX_ZOOM, MIN_ZOOM } from '../state/camera.ts';
import { i18n, translator } from '../i18n/index.ts';
import { mapCredits, mapLocale } from '../i18n/mapLocale.ts';
import { MapLocale } from './MapLocale.tsx';
import { atlasStyle } from './style/index.ts';
import { INTERACTIVE_LAYERS } from './style/atlas.ts';
import { provideSectorIcons } from './icons.ts';
import { createHoverPicker, pickFeature, type PickedFeature } from './pick.ts';
import {
  createReconciler,
  desiredMap,
  mapDrawn,
  mapTarget,
  type FeatureRef,
  type Reconciler,
} from './reconcile.ts';
import { HomeControl } from './HomeControl.tsx';
import { Credits } from './Credits.tsx';
import { ProbeLayer } from './ProbeLayer.tsx';
import { clickUserFeature, UserLayers } from './UserLayers.tsx';
import { SnapshotBridge } from './snapshot.ts';
import { BasemapSwitch } from './BasemapSwitch.tsx';
import { onlineBasemapOf } from './style/online.ts';
import { Tooltip, type TooltipTarget } from '../panels/Tooltip.tsx';
import { theme } from '../theme.ts';

/** A phone: the side panel is a bottom sheet over the map (theme.phoneMaxWidth, styles.css). */
const isSheet = () => typeof window !== 'undefined' && window.innerWidth <= theme.phoneMaxWidth;

/** Padding that keeps a framed view clear of the legend, which floats top-right on wide screens. */
const clearOfLegend = (pad: number) =>
  typeof window !== 'undefined' && window.innerWidth > theme.phoneMaxWidth
    ? { top: pad, bottom: pad, left: pad, right: pad + 230 }
    : pad;

/**
 * On a phone, what the sheet leaves visible: the sheet opens at its peek height (a share of
 * the stage it floats in, theme.sheet.peek), so a selection is framed above it, clear of the
 * legend button at the top.
 */
const aboveSheet = (m: MapLibreMap, pad: number) => {
  const canvas = m.getContainer().getBoundingClientRect();
  const stage = document
    .querySelector('[data-testid="panel"]')
    ?.parentElement?.getBoundingClientRect();
  const sheetTop = stage
    ? stage.bottom - stage.height * theme.sheet.peek
    : canvas.bottom - canvas.height * theme.sheet.peek;
  return {
    top: pad + 40,
    left: pad,
    right: pad,
    bottom: Math.max(0, Math.round(canvas.bottom - sheetTop)) + pad,
  };
};

/** Within this many pixels of the map's centre, a feature takes the keyboard's focus. */
const FOCUS_RADIUS = 28;

const debug = typeof location !== 'undefined' && new URLSearchParams(location.search).has('debug');
/** `?debug` (tests, measurement): the map as `window.__map`. */
const exposeMap = (m: MapLibreMap) => {
  (window as unknown as { __map?: MapLibreMap }).__map = m;
};

export function MapView({ onUnavailable }: { onUnavailable?: (error: Error) => void }) {
  const mapRef = useRef<MapRef>(null);
  // What the style is built with: the content, if it has loaded, and the global state for it.
  const [inStyle] = useState(() => desiredMap(useAtlas.getState(), null));
  // Built once, with the basemap the link asked for; BasemapSwitch swaps it later.
  const style = useMemo(() => atlasStyle(useAtlas.getState().basemap, inStyle), [inStyle]);
  // MapLibre's own strings follow the language shown: the chosen one once its strings have
  // loaded (a language loads lazily), until then the one shown before.
  const chosen = useAtlas((s) => s.lang);
  useSyncExternalStore(i18n.subscribe, i18n.version, i18n.version);
  const lang = i18n.shown(chosen);
  const clickMap = useAtlas((s) => s.clickMap);
  // With the point tool on top a left click places the point (crosshair), see clickOnMap.
  const pointMode = useAtlas(selectPointMode);
  const addProblem = useAtlas((s) => s.addProblem);
  const setCamera = useAtlas((s) => s.setCamera);
  // The camera the map is built with; afterwards the reconciler moves it.
  const [initialCamera] = useState(() => useAtlas.getState().camera);
  const [initialLocale] = useState(() => mapLocale(useAtlas.getState().lang));
  const hovered = useRef<FeatureRef | null>(null);
  const reconciler = useRef<Reconciler | null>(null);
  const [cursor, setCursor] = useState('');
  const [tip, setTip] = useState<TooltipTarget | null>(null);
  const readyMarked = useRef(false);

  const map = (): MapLibreMap | undefined => mapRef.current?.getMap();
  const reconcile = () =>
    reconciler.current?.reconcile(desiredMap(useAtlas.getState(), hovered.current));

  // Store → map, from the style's first load (not MapLibre's `load`, which waits for every
  // basemap file): once then, and on every change.
  const unsubscribe = useRef<(() => void) | null>(null);
  useEffect(
    () => () => {
      unsubscribe.current?.();
      reconciler.current = null;
    },
    [],
  );

  const setHover = (next: FeatureRef | null) => {
    const prev = hovered.current;
    if (prev?.id === next?.id && prev?.source === next?.source) return;
    hovered.current = next;
    setCursor(next ? 'pointer' : '');
    reconcile();
  };

  /** On a phone, move a selection made on the map out from under the sheet (if it is there). */
  const frameAboveSheet = (kind: 'place' | 'project', id: string) => {
    const m = map();
    const { lookup } = useAtlas.getState();
    const geometry =
      kind === 'place' ? lookup.places.get(id)?.geometry : lookup.projects.get(id)?.geometry;
    if (!m || !geometry || !isSheet()) return;
    const [w, s, e, n] = bbox(geometry);
    const pad = aboveSheet(m, 16);
    const { clientWidth: width, clientHeight: height } = m.getContainer();
    const corners = [m.project([w, s]), m.project([e, n])];
    const inside = corners.every(
      (p) =>
        p.x >= pad.left && p.x <= width - pad.right && p.y >= pad.top && p.y <= height - pad.bottom,
    );
    if (inside) return;
    m.fitBounds(
      [
        [w, s],
        [e, n],
      ],
      { padding: pad, maxZoom: m.getZoom(), duration: 500 },
    );
  };

  const onClick = (e: MapLayerMouseEvent) => {
    const pick = pickFeature(e.features);
    const pointMode = selectPointMode(useAtlas.getState());
    // The point tool takes every left click; otherwise a reader's feature may take it first.
    if (!pointMode && clickUserFeature(e.target, e.point, !!pick)) return;
    clickMap({ lng: e.lngLat.lng, lat: e.lngLat.lat }, pick);
    if (pick && !pointMode) {
      setTip(null);
      frameAboveSheet(pick.kind, pick.id);
    }
  };

  /**
   * Hover: picked at most once per frame and never while the map moves (react-map-gl would
   * query the rendered features on every pointer move, drags included, so hover is wired
   * to the map here rather than through onMouseMove). The pick also names it in the tooltip.
   */
  const wireHover = (m: MapLibreMap) => {
    let at = { x: 0, y: 0 };
    const hover = createHoverPicker<{ x: number; y: number }>({
      schedule: (run) => requestAnimationFrame(run),
      cancel: (h) => cancelAnimationFrame(h),
      isMoving: () => m.isMoving(),
      pick: (point) => {
        at = point;
        return pickFeature(
          m.queryRenderedFeatures([point.x, point.y], {
            layers: INTERACTIVE_LAYERS.filter((id) => m.getLayer(id)),
          }) as PickedFeature[],
        );
      },
      onPick: (pick) => {
        setHover(pick ? { source: pick.source, id: pick.id } : null);
        setTip(pick ? { kind: pick.kind, id: pick.id, x: at.x, y: at.y } : null);
      },
    });
    m.on('mousemove', (e) => hover.move(e.point));
    m.on('movestart', () => {
      hover.cancel();
      setTip(null);
    });
    m.on('moveend', () => hover.settle());
    // And once everything is drawn (after a style rebuild or a restored context, a pick made
    // while the tiles were still loading found nothing under the resting pointer).
    m.on('idle', () => hover.settle());
    m.on('mouseout', () => {
      hover.leave();
      setTip(null);
    });
  };

  /**
   * Keyboard: while the map has focus, the feature nearest its centre (within FOCUS_RADIUS)
   * is the focused one — highlighted, named in the tooltip, and selected by Enter. The arrow
   * keys pan the map (MapLibre's own keyboard handler), so any feature can be reached.
   */
  const focused = useRef<TooltipTarget | null>(null);
  const focusNearest = () => {
    const m = map();
    if (!m || document.activeElement !== m.getCanvas()) return;
    const { clientWidth: w, clientHeight: h } = m.getContainer();
    const r = FOCUS_RADIUS;
    const box: [PointLike, PointLike] = [
      [w / 2 - r, h / 2 - r],
      [w / 2 + r, h / 2 + r],
    ];
    const pick = pickFeature(
      m.queryRenderedFeatures(box, {
        layers: INTERACTIVE_LAYERS.filter((id) => m.getLayer(id)),
      }) as PickedFeature[],
    );
    focused.current = pick ? { kind: pick.kind, id: pick.id, x: w / 2, y: h / 2 } : null;
    setHover(pick ? { source: pick.source, id: pick.id } : null);
    setTip(focused.current);
  };
  const onKeyDown = (e: KeyboardEvent) => {
    const f = focused.current;
    if (e.key === 'Enter' && f) useAtlas.getState().select(f.kind, f.id, 'map');
  };
  const onBlur = () => {
    focused.current = null;
    setHover(null);
    setTip(null);
  };
  const wireKeyboard = (m: MapLibreMap) => {
    const canvas = m.getCanvas();
    canvas.setAttribute('aria-describedby', 'map-tooltip');
    canvas.addEventListener('focus', focusNearest);
    canvas.addEventListener('blur', onBlur);
    canvas.addEventListener('keydown', onKeyDown);
    m.on('moveend', focusNearest);
    // The canvas can outlive its map (whoever holds its WebGL context holds it), and these
    // listeners would hold the component's refs, and through the reconciler the old map.
    m.once('remove', () => {
      canvas.removeEventListener('focus', focusNearest);
      canvas.removeEventListener('blur', onBlur);
      canvas.removeEventListener('keydown', onKeyDown);
    });
  };

  /** The style has loaded (the first time, or again after a rebuild). */
  const onStyleLoad = (m: MapLibreMap) => {
    const r = reconciler.current;
    if (r) {
      r.rebuilt();
      reconcile();
      return;
    }
    provideSectorIcons(m);
    wireHover(m);
    wireKeyboard(m);
    const created = createReconciler(mapTarget(m), {
      initialCamera,
      padding: (purpose) =>
        purpose === 'frame' && isSheet()
          ? aboveSheet(m, 30)
          : clearOfLegend(purpose === 'home' ? 20 : 60),
      inStyle,
    });
    reconciler.current = created;
    // A lost context takes the style with it; the rebuilt one starts from the declared
    // defaults, so the reconciler applies everything again once it is usable.
    m.on('webglcontextlost', () => created.suspend());
    m.on('webglcontextrestored', () => m.once('idle', () => onStyleLoad(m)));
    if (debug) exposeMap(m);
    reconcile();
    unsubscribe.current = useAtlas.subscribe(() => reconcile());
  };

  // The first `styledata` comes from the style's load, just before its `style.load`.
  const styleSeen = useRef(false);
  const onStyleData = (e: { target: MapLibreMap }) => {
    if (styleSeen.current) return;
    styleSeen.current = true;
    const m = e.target;
    m.on('style.load', () => onStyleLoad(m));
  };

  // map:ready: the first idle with the atlas's data and global state applied and its sources
  // loaded, so the cities and projects are drawn (the bench reads this mark).
  const onIdle = () => {
    const m = map();
    const r = reconciler.current;
    if (readyMarked.current || !m || !r) return;
    if (!mapDrawn(r, desiredMap(useAtlas.getState(), null), (id) => m.isSourceLoaded(id))) return;
    readyMarked.current = true;
    performance.mark('map:ready');
    document.documentElement.dataset.mapReady = 'true';
  };

  return (
    <Map
      ref={mapRef}
      workerUrl={workerUrl}
      mapStyle={style}
      initialViewState={
        initialCamera
          ? { longitude: initialCamera.lng, latitude: initialCamera.lat, zoom: initialCamera.zoom }
          : { bounds: HOME_BOUNDS, fitBoundsOptions: { padding: clearOfLegend(20) } }
      }
      onMoveEnd={(e) => {
        const c = e.viewState;
        const camera = { lng: c.longitude, lat: c.latitude, zoom: c.zoom };
        reconciler.current?.noteCamera(camera);
        setCamera(camera);
      }}
      minZoom={MIN_ZOOM}
      maxZoom={MAX_ZOOM}
      renderWorldCopies={false}
      maxBounds={[...MAP_BOUNDS[0], ...MAP_BOUNDS[1]]}
      fadeDuration={0}
      locale={initialLocale}
      attributionControl={false}
      interactiveLayerIds={INTERACTIVE_LAYERS}
      cursor={pointMode ? 'crosshair' : cursor}
      validateStyle={false}
      onStyleData={onStyleData}
      onIdle={onIdle}
      onClick={onClick}
      onContextMenu={(e) => useAtlas.getState().setProbe({ lng: e.lngLat.lng, lat: e.lngLat.lat })}
      onError={(e) => {
        // No map at all: MapLibre's constructor threw (react-map-gl reports it without a target).
        if (!(e as { target?: unknown }).target) {
          onUnavailable?.(e.error ?? new Error('unknown map error'));
          return;
        }
        // An online basemap that fails is reported by the basemap picker (BasemapSwitch).
        if (onlineBasemapOf((e as { sourceId?: string }).sourceId)) return;
        addProblem({
          file: 'map',
          record: (e as { sourceId?: string }).sourceId ?? '(style)',
          field: '',
          message: e.error?.message ?? 'unknown map error',
        });
      }}
      style={{ position: 'absolute', inset: 0 }}
    >
      <MapLocale lang={lang} />
      <NavigationControl position="top-left" showCompass={false} />
      <HomeControl
        label={translator(lang)('map.home')}
        onHome={() => reconciler.current?.home(800)}
      />
      <Tooltip target={tip} />
      <UserLayers />
      <ProbeLayer />
      <SnapshotBridge />
      <BasemapSwitch />
      <ScaleControl key={`scale-${lang}`} position="bottom-right" />
      <Credits key={`attribution-${lang}`} credits={mapCredits(lang)} />
    </Map>
  );
}
