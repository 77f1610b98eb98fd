/**
 * The map: MapLibre through react-map-gl. It owns the map object; everything the store says
 * about the map (data, global state, feature-state, camera) reaches it through one
 * reconciler (map/reconcile.ts), run on every store change and again after a style rebuild.
 * The map reports clicks and moves back to the store.
 */
import { useEffect, useMemo, useRef, useState } from 'react';
import Map, {
  AttributionControl,
  NavigationControl,
  ScaleControl,
  type MapLayerMouseEvent,
  type MapRef,
} from 'react-map-gl/maplibre';
import type { Map as MapLibreMap } from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?worker&url';
import 'maplibre-gl/dist/maplibre-gl.css';
import { useAtlas } from '../state/index.ts';
import { HOME_BOUNDS, MAP_BOUNDS, MAX_ZOOM, MIN_ZOOM } from '../state/camera.ts';
import { translator } from '../i18n/index.ts';
import { mapCredits, mapLocale } from '../i18n/mapLocale.ts';
import { MapLocale } from './MapLocale.tsx';
import { atlasStyle } from './style/index.ts';
import { INTERACTIVE_LAYERS } from './style/atlas.ts';
import { provideSectorIcons } from './icons.ts';
import { pickFeature } from './pick.ts';
import {
  createReconciler,
  desiredMap,
  mapTarget,
  type FeatureRef,
  type Reconciler,
} from './reconcile.ts';
import { HomeControl } from './HomeControl.tsx';
import { ProbeLayer } from './ProbeLayer.tsx';
import { UserLayers } from './UserLayers.tsx';
import { SnapshotBridge } from './snapshot.ts';
import { BasemapSwitch } from './BasemapSwitch.tsx';
import { onlineBasemapOf } from './style/online.ts';

/** Padding that keeps a framed view clear of the legend, which floats top-right on wide screens. */
const clearOfLegend = (pad: number) =>
  typeof window !== 'undefined' && window.innerWidth > 700
    ? { top: pad, bottom: pad, left: pad, right: pad + 230 }
    : pad;

const debug = typeof location !== 'undefined' && new URLSearchParams(location.search).has('debug');

export function MapView({ onUnavailable }: { onUnavailable?: (error: Error) => void }) {
  const mapRef = useRef<MapRef>(null);
  const [loaded, setLoaded] = useState(false);
  // Built once, with the basemap the link asked for; BasemapSwitch swaps it later.
  const style = useMemo(() => atlasStyle(useAtlas.getState().basemap), []);
  const lang = useAtlas((s) => s.lang);
  const select = useAtlas((s) => s.select);
  const clearSelection = useAtlas((s) => s.clearSelection);
  const addProblem = useAtlas((s) => s.addProblem);
  const setCamera = useAtlas((s) => s.setCamera);
  // The camera the map is built with; afterwards the reconciler moves it.
  const [initialCamera] = useState(() => useAtlas.getState().camera);
  const [initialLocale] = useState(() => mapLocale(useAtlas.getState().lang));
  const hovered = useRef<FeatureRef | null>(null);
  const reconciler = useRef<Reconciler | null>(null);
  const [cursor, setCursor] = useState('');
  const readyMarked = useRef(false);

  const map = (): MapLibreMap | undefined => mapRef.current?.getMap();
  const reconcile = () =>
    reconciler.current?.reconcile(desiredMap(useAtlas.getState(), hovered.current));

  // Store → map: once now, then on every change.
  useEffect(() => {
    if (!loaded) return;
    reconcile();
    return useAtlas.subscribe(() => reconcile());
  }, [loaded]);

  const setHover = (next: FeatureRef | null) => {
    const prev = hovered.current;
    if (prev?.id === next?.id && prev?.source === next?.source) return;
    hovered.current = next;
    setCursor(next ? 'pointer' : '');
    reconcile();
  };

  const onClick = (e: MapLayerMouseEvent) => {
    const pick = pickFeature(e.features);
    if (pick) select(pick.kind, pick.id, 'map');
    else clearSelection();
  };

  const onMouseMove = (e: MapLayerMouseEvent) => {
    const pick = pickFeature(e.features);
    setHover(pick ? { source: pick.source, id: pick.id } : null);
  };

  const onLoad = () => {
    const m = map();
    if (!m) return;
    provideSectorIcons(m);
    const r = createReconciler(mapTarget(m), {
      initialCamera,
      padding: (purpose) => clearOfLegend(purpose === 'home' ? 20 : 60),
    });
    reconciler.current = r;
    // A lost context takes the style with it; the rebuilt one starts from the declared
    // defaults, so the reconciler applies everything again once it is usable.
    m.on('webglcontextlost', () => r.suspend());
    const rebuilt = () => {
      r.rebuilt();
      reconcile();
    };
    m.on('style.load', rebuilt);
    m.on('webglcontextrestored', () => m.once('idle', rebuilt));
    if (debug) (window as unknown as { __map?: MapLibreMap }).__map = m;
    setLoaded(true);
  };

  const onIdle = () => {
    if (readyMarked.current || useAtlas.getState().status !== 'ready' || !reconciler.current)
      return;
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
      cursor={cursor}
      onLoad={onLoad}
      onIdle={onIdle}
      onClick={onClick}
      onMouseMove={onMouseMove}
      onMouseOut={() => setHover(null)}
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
      <UserLayers />
      <ProbeLayer />
      <SnapshotBridge />
      <BasemapSwitch />
      <ScaleControl key={`scale-${lang}`} position="bottom-right" />
      <AttributionControl
        key={`attribution-${lang}`}
        position="bottom-right"
        compact
        customAttribution={mapCredits(lang)}
      />
    </Map>
  );
}
