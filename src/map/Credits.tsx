/**
 * The map's credits: MapLibre's compact attribution control with the atlas's own credits.
 * Where the map is narrow (a phone: theme.phoneMaxWidth or less), MapLibre opens it over the map until
 * the first drag; here it starts folded, one tap (the ⓘ button) away. On a wider map the
 * credits stay open, as MapLibre shows them. A child of <Map>.
 */
import { useControl } from 'react-map-gl/maplibre';
import { AttributionControl } from 'maplibre-gl';
import { theme } from '../theme.ts';

export function Credits({ credits }: { credits: string | string[] }): null {
  useControl(
    () => new AttributionControl({ compact: true, customAttribution: credits }),
    ({ map }) => {
      if (map.getContainer().offsetWidth > theme.phoneMaxWidth) return;
      for (const el of map
        .getContainer()
        .querySelectorAll('.maplibregl-ctrl-attrib.maplibregl-compact'))
        el.classList.remove('maplibregl-compact-show');
    },
    () => {},
    { position: 'bottom-right' },
  );
  return null;
}
