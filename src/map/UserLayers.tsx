/**
 * The reader's own files on the map (a child of <Map>): one source per file. A layer lies
 * beneath the atlas's own layers unless the reader moved it above them (then it is drawn
 * on top, under the picked point). Its colour, opacity and visibility are paint and layout
 * values, so changing them never reloads the data; removing a file from the store removes
 * its source and layers.
 */
import type { Map as MapLibreMap, PointLike } from 'maplibre-gl';
import { Layer, Source, useMap } from 'react-map-gl/maplibre';
import { useAtlas } from '../state/index.ts';
import { atlasLayers } from './style/atlas.ts';
import { PROBE_LAYERS } from './style/probe.ts';
import { isDense } from '../userdata/palette.ts';
import { userFeatureRef, userLayers, userPickLayers, userSourceId } from './style/user.ts';

/** The lowest of the atlas's layers: a layer beneath the atlas goes just below it. */
const FIRST_ATLAS_LAYER = atlasLayers()[0]?.id;

export function UserLayers() {
  const layers = useAtlas((s) => s.userLayers);
  const { current } = useMap();
  const map = current?.getMap();
  const has = (id: string | undefined) => (id && map?.getLayer(id) ? id : undefined);
  const top = has(PROBE_LAYERS.radiusFill);
  const beneath = has(FIRST_ATLAS_LAYER) ?? top;
  // Where the worker that read a file wrote its features as GeoJSON text, MapLibre gets the
  // URL the store made for it (`mapUrl`) and its own worker reads it: the page's thread never
  // copies the features into MapLibre (at 100,000 points that copy froze the page for seconds).
  return layers.map((l) => (
    <Source key={l.id} id={userSourceId(l.id)} type="geojson" data={l.mapUrl ?? l.data}>
      {userLayers(l.id, l, { dense: isDense(l.counts.points) }).map((spec) => (
        <Layer key={spec.id} {...spec} beforeId={l.above ? top : beneath} />
      ))}
    </Source>
  ));
}

/**
 * A click on the map: if it hit a feature of a visible reader's layer, that feature opens in
 * the side panel and this returns true. Where the atlas also has a feature under the
 * pointer, a layer beneath the atlas yields to it; one moved above wins.
 */
export function clickUserFeature(map: MapLibreMap, point: PointLike, atlasHit: boolean): boolean {
  const { userLayers: layers, showUserFeature } = useAtlas.getState();
  const ids = layers
    .filter((l) => !l.hidden && (l.above || !atlasHit))
    .flatMap((l) => userPickLayers(l.id))
    .filter((id) => map.getLayer(id));
  if (!ids.length) return false;
  for (const f of map.queryRenderedFeatures(point, { layers: ids })) {
    const ref = userFeatureRef(f.source, f.id);
    if (ref) {
      showUserFeature(ref);
      return true;
    }
  }
  return false;
}
