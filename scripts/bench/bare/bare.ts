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
import { installTrustedTypes } from '../../../src/trustedTypes.ts';

// The same CSP as the atlas requires Trusted Types: without the atlas's policy, MapLibre
// could not start its worker from a URL string here.
installTrustedTypes();
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

/**
 * The interactions' MapLibre-level floor (`?data=<url>`): the same projects file as an
 * ordinary GeoJSON source with one line and one circle layer, and each atlas interaction's
 * MapLibre equivalent bound to a key, so the bench times it from an input event as it does
 * the atlas's: `t` a sector toggle (setLayoutProperty visibility), `f` a filter change
 * (setFilter), `s` a selection (setFeatureState). Each key undoes itself the next time.
 */
const data = query.get('data');
if (data) {
  map.once('style.load', () => {
    map.addSource('projects', { type: 'geojson', data, promoteId: 'id' });
    map.addLayer({
      id: 'bare-lines',
      type: 'line',
      source: 'projects',
      filter: ['==', ['geometry-type'], 'LineString'],
      paint: { 'line-color': '#c0392b', 'line-width': 2 },
    });
    map.addLayer({
      id: 'bare-points',
      type: 'circle',
      source: 'projects',
      filter: ['==', ['geometry-type'], 'Point'],
      paint: {
        'circle-radius': 4,
        'circle-color': [
          'case',
          ['boolean', ['feature-state', 'selected'], false],
          '#000',
          '#2e86c1',
        ],
      },
    });
  });
  let toggled = false;
  let filtered = false;
  let selected = false;
  window.addEventListener('keydown', (e) => {
    if (e.key === 't') {
      toggled = !toggled;
      for (const id of ['bare-lines', 'bare-points'])
        map.setLayoutProperty(id, 'visibility', toggled ? 'none' : 'visible');
    } else if (e.key === 'f') {
      filtered = !filtered;
      for (const [id, type] of [
        ['bare-lines', 'LineString'],
        ['bare-points', 'Point'],
      ] as const)
        map.setFilter(
          id,
          filtered
            ? ['all', ['==', ['geometry-type'], type], ['!=', ['get', 'sector'], 'energy']]
            : ['==', ['geometry-type'], type],
        );
    } else if (e.key === 's') {
      selected = !selected;
      map.setFeatureState({ source: 'projects', id: query.get('sel') ?? '' }, { selected });
    }
  });
}
