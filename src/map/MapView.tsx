/**
 * The map: MapLibre through react-map-gl. It owns the map object and everything imperative
 * about it — filling sources, global state, feature-state, camera — and talks to the rest
 * of the app only through the store.
 */
import { useEffect, useMemo, useRef, useState } from 'react';
import Map, {
  AttributionControl,
  NavigationControl,
  ScaleControl,
  type MapLayerMouseEvent,
  type MapRef,
} from 'react-map-gl/maplibre';
import type { GeoJSONSource, Map as MapLibreMap } from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?worker&url';
import 'maplibre-gl/dist/maplibre-gl.css';
import { bbox } from '@turf/turf';
import { linkedOnMap } from '../data/lookup.ts';
import { useAtlas, useVisible } from '../state/index.ts';
import { atlasStyle } from './style/index.ts';
import { CITIES, INTERACTIVE_LAYERS, PROJECTS, type AtlasGlobalState } from './style/atlas.ts';
import { cityFeatures, projectFeatures } from './features.ts';
import { provideSectorIcons } from './icons.ts';
import { pickFeature } from './pick.ts';
import { ProbeLayer } from './ProbeLayer.tsx';
import { UserLayers } from './UserLayers.tsx';
import { SnapshotBridge } from './snapshot.ts';
import { BasemapSwitch } from './BasemapSwitch.tsx';
import { onlineBasemapOf } from './style/online.ts';

/** Kyrgyzstan and its neighbours. */
const HOME: [[number, number], [number, number]] = [
  [66.5, 36.8],
  [82.5, 44.6],
];

/** Padding that keeps a framed view clear of the legend, which floats top-right on wide screens. */
const clearOfLegend = (pad: number) =>
  typeof window !== 'undefined' && window.innerWidth > 700
    ? { top: pad, bottom: pad, left: pad, right: pad + 230 }
    : pad;

interface FeatureRef {
  source: string;
  id: string;
}

const debug = typeof location !== 'undefined' && new URLSearchParams(location.search).has('debug');

export function MapView() {
  const mapRef = useRef<MapRef>(null);
  const [loaded, setLoaded] = useState(false);
  // Built once, with the basemap the link asked for; BasemapSwitch swaps it later.
  const style = useMemo(() => atlasStyle(useAtlas.getState().basemap), []);
  const status = useAtlas((s) => s.status);
  const atlas = useAtlas((s) => s.atlas);
  const lookup = useAtlas((s) => s.lookup);
  const lang = useAtlas((s) => s.lang);
  const visible = useVisible();
  const selection = useAtlas((s) => s.selection);
  const select = useAtlas((s) => s.select);
  const clearSelection = useAtlas((s) => s.clearSelection);
  const addProblem = useAtlas((s) => s.addProblem);
  const setCamera = useAtlas((s) => s.setCamera);
  // A link's camera, read once: afterwards the map reports its moves to the store.
  const [initialCamera] = useState(() => useAtlas.getState().camera);
  const hovered = useRef<FeatureRef | null>(null);
  const [cursor, setCursor] = useState('');
  const readyMarked = useRef(false);
  // Bumped when a lost WebGL context is restored: MapLibre then rebuilds the style from its
  // declared defaults, so the reader's choices (global state) are applied again.
  const [contextEpoch, setContextEpoch] = useState(0);
  const dataSet = useRef(false);

  const map = (): MapLibreMap | undefined => mapRef.current?.getMap();

  // Content → sources (once the map and the content are both there).
  useEffect(() => {
    const m = map();
    if (!loaded || !m || status !== 'ready') return;
    (m.getSource(CITIES) as GeoJSONSource | undefined)?.setData(cityFeatures(atlas, lookup));
    (m.getSource(PROJECTS) as GeoJSONSource | undefined)?.setData(projectFeatures(atlas));
    dataSet.current = true;
  }, [loaded, status, atlas, lookup]);

  // Reader's choices → global state: no layer or source is rebuilt.
  useEffect(() => {
    if (loaded) map()?.setGlobalStateProperty('lang' satisfies keyof AtlasGlobalState, lang);
  }, [loaded, lang, contextEpoch]);
  useEffect(() => {
    const m = map();
    if (!loaded || !m) return;
    m.setGlobalStateProperty('projects' satisfies keyof AtlasGlobalState, visible.projects);
    m.setGlobalStateProperty('cities' satisfies keyof AtlasGlobalState, visible.cities);
  }, [loaded, visible, contextEpoch]);

  // Selection → feature-state, and a camera move when it came from outside the map.
  useEffect(() => {
    const m = map();
    if (!loaded || !m) return;
    const target: FeatureRef | null = selection
      ? { source: selection.kind === 'place' ? CITIES : PROJECTS, id: selection.id }
      : null;
    if (target) m.setFeatureState(target, { selected: true });
    const linked = selection
      ? linkedOnMap(lookup, selection.kind, selection.id)
      : { places: [], projects: [] };
    const linkedRefs: FeatureRef[] = [
      ...linked.places.map((id) => ({ source: CITIES, id })),
      ...linked.projects.map((id) => ({ source: PROJECTS, id })),
    ];
    for (const ref of linkedRefs) m.setFeatureState(ref, { linked: true });
    if (selection?.origin === 'list') {
      const geometry =
        selection.kind === 'place'
          ? lookup.places.get(selection.id)?.geometry
          : lookup.projects.get(selection.id)?.geometry;
      if (geometry) {
        const [w, s, e, n] = bbox(geometry);
        m.fitBounds([w, s, e, n], { padding: clearOfLegend(60), maxZoom: 7, duration: 600 });
      }
    }
    return () => {
      if (target && m.getSource(target.source)) m.setFeatureState(target, { selected: false });
      for (const ref of linkedRefs)
        if (m.getSource(ref.source)) m.setFeatureState(ref, { linked: false });
    };
  }, [loaded, selection, lookup]);

  const setHover = (next: FeatureRef | null) => {
    const m = map();
    const prev = hovered.current;
    if (!m || (prev?.id === next?.id && prev?.source === next?.source)) return;
    if (prev) m.setFeatureState(prev, { hover: false });
    if (next) m.setFeatureState(next, { hover: true });
    hovered.current = next;
    setCursor(next ? 'pointer' : '');
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
    // Re-apply once the rebuilt style is usable (before that, MapLibre refuses changes).
    m.on('webglcontextrestored', () => m.once('idle', () => setContextEpoch((n) => n + 1)));
    if (debug) (window as unknown as { __map?: MapLibreMap }).__map = m;
    setLoaded(true);
  };

  const onIdle = () => {
    if (readyMarked.current || !dataSet.current) return;
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
          : { bounds: HOME, fitBoundsOptions: { padding: clearOfLegend(20) } }
      }
      onMoveEnd={(e) => {
        const c = e.viewState;
        setCamera({ lng: c.longitude, lat: c.latitude, zoom: c.zoom });
      }}
      minZoom={1.5}
      maxZoom={12}
      renderWorldCopies={false}
      maxBounds={[12, 8, 142, 72]}
      fadeDuration={0}
      attributionControl={false}
      interactiveLayerIds={INTERACTIVE_LAYERS}
      cursor={cursor}
      onLoad={onLoad}
      onIdle={onIdle}
      onClick={onClick}
      onMouseMove={onMouseMove}
      onMouseOut={() => setHover(null)}
      onContextMenu={(e) => useAtlas.getState().setProbe({ lng: e.lngLat.lng, lat: e.lngLat.lat })}
      onError={(e) =>
        // An online basemap that fails is reported by the basemap picker (BasemapSwitch).
        onlineBasemapOf((e as { sourceId?: string }).sourceId) ||
        addProblem({
          file: 'map',
          record: (e as { sourceId?: string }).sourceId ?? '(style)',
          field: '',
          message: e.error?.message ?? 'unknown map error',
        })
      }
      style={{ position: 'absolute', inset: 0 }}
    >
      <NavigationControl position="top-left" showCompass={false} />
      <UserLayers />
      <ProbeLayer />
      <SnapshotBridge />
      <BasemapSwitch />
      <ScaleControl position="bottom-right" />
      <AttributionControl
        position="bottom-right"
        compact
        customAttribution={['City positions: GeoNames (CC BY 4.0)', 'Noto Sans (SIL OFL 1.1)']}
      />
    </Map>
  );
}
