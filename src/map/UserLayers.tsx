/**
 * The reader's own files on the map (a child of <Map>): one source per file, drawn under the
 * picked point and above the atlas's layers. Removing a file from the store removes them.
 */
import { Layer, Source, useMap } from 'react-map-gl/maplibre';
import { useAtlas } from '../state/index.ts';
import { PROBE_LAYERS } from './style/probe.ts';
import { userLayers, userSourceId } from './style/user.ts';

export function UserLayers() {
  const layers = useAtlas((s) => s.userLayers);
  const { current } = useMap();
  const beforeId = current?.getMap().getLayer(PROBE_LAYERS.radiusFill)
    ? PROBE_LAYERS.radiusFill
    : undefined;
  return layers.map((l) => (
    <Source key={l.id} id={userSourceId(l.id)} type="geojson" data={l.data}>
      {userLayers(l.id).map((spec) => (
        <Layer key={spec.id} {...spec} beforeId={beforeId} />
      ))}
    </Source>
  ));
}
