/**
 * The bench's baseline: MapLibre alone, with the atlas's basemap (the same files, sources,
 * layers and fonts) and the same map options and home view — no React, no store, no atlas
 * data or layers, on a canvas of the same size. It marks `map:ready` on its first `idle`, as the atlas does on its first
 * idle with every layer drawn, and exposes the map as `window.__map`.
 */
import { Map as MapLibreMap, setWorkerUrl, type StyleSpecification } from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?worker&url';
import 'maplibre-gl/dist/maplibre-gl.css';
import { basemapLayers, basemapSources } from '../../../src/map/style/basemap.ts';
import { fontFaces } from '../../../src/map/style/fonts.ts';

setWorkerUrl(workerUrl);

// The bench passes the size of the atlas's map (`?w=…&h=…`): software WebGL costs grow with
// pixels, so both maps draw the same number.
const query = new URLSearchParams(location.search);
const container = document.getElementById('map') as HTMLElement;
if (query.has('w') && query.has('h')) {
  container.style.width = `${Number(query.get('w'))}px`;
  container.style.height = `${Number(query.get('h'))}px`;
}

const style = {
  version: 8,
  state: { lang: { default: 'en' } },
  'font-faces': fontFaces,
  sources: basemapSources(),
  layers: basemapLayers(),
} as StyleSpecification;

// The atlas's home view (src/map/MapView.tsx): Kyrgyzstan and its neighbours, clear of the legend.
const map = new MapLibreMap({
  container: 'map',
  style,
  bounds: [
    [66.5, 36.8],
    [82.5, 44.6],
  ],
  fitBoundsOptions: {
    padding: window.innerWidth > 700 ? { top: 20, bottom: 20, left: 20, right: 250 } : 20,
  },
  minZoom: 1.5,
  maxZoom: 12,
  renderWorldCopies: false,
  maxBounds: [12, 8, 142, 72],
  fadeDuration: 0,
  attributionControl: false,
});
(window as unknown as { __map: MapLibreMap }).__map = map;
map.once('idle', () => performance.mark('map:ready'));
