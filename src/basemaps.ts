/**
 * The basemaps a reader can choose, and what each online one contacts. One list for the map
 * style (map/style/online.ts), the picker (panels/BasemapPicker.tsx), the link (state/basemap.ts)
 * and the Content-Security-Policy (scripts/vite-csp.ts), so the hosts the policy allows are
 * exactly the hosts the style asks.
 *
 * `offline` (the embedded Natural Earth basemap) is the default and contacts no other host.
 */

export const BASEMAPS = ['offline', 'street', 'satellite'] as const;
export type BasemapChoice = (typeof BASEMAPS)[number];
export type OnlineBasemap = Exclude<BasemapChoice, 'offline'>;
export const ONLINE_BASEMAPS = ['street', 'satellite'] as const satisfies readonly OnlineBasemap[];

export interface OnlineProvider {
  /** The one origin every request of this basemap goes to (https, no path). */
  origin: string;
  /** Who runs it. */
  provider: string;
  /** The provider's terms of use (https). */
  termsUrl: string;
  /** The licence of what is shown, and where to read it (https). */
  licence: string;
  licenceUrl: string;
  /** The credit line the provider asks for, as plain text (shown in the map's attribution). */
  attribution: string;
}

export const PROVIDERS: Record<OnlineBasemap, OnlineProvider> = {
  street: {
    origin: 'https://tiles.openfreemap.org',
    provider: 'OpenFreeMap',
    termsUrl: 'https://openfreemap.org/tos/',
    licence: 'ODbL (OpenStreetMap data), OpenMapTiles schema',
    licenceUrl: 'https://www.openstreetmap.org/copyright',
    attribution: 'OpenFreeMap © OpenMapTiles Data from OpenStreetMap',
  },
  satellite: {
    origin: 'https://tiles.maps.eox.at',
    provider: 'EOX IT Services GmbH',
    termsUrl: 'https://s2maps.eu/',
    licence: 'CC BY 4.0 (Sentinel-2 cloudless 2016 only; later years are non-commercial)',
    licenceUrl: 'https://creativecommons.org/licenses/by/4.0/',
    attribution:
      'Sentinel-2 cloudless – https://s2maps.eu by EOX IT Services GmbH (Contains modified Copernicus Sentinel data 2016 & 2017)',
  },
};

/** OpenFreeMap's TileJSON of its planet vector tiles (OpenMapTiles schema); tiles on the same host. */
export const STREET_TILEJSON = `${PROVIDERS.street.origin}/planet`;
/** EOX's Sentinel-2 cloudless 2016 layer (the CC BY 4.0 one), WMTS in REST form, Web Mercator. */
export const SATELLITE_TILES = `${PROVIDERS.satellite.origin}/wmts/1.0.0/s2cloudless_3857/default/g/{z}/{y}/{x}.jpg`;

/** The host name a reader is told about before choosing. */
export const hostOf = (b: OnlineBasemap) => new URL(PROVIDERS[b].origin).host;

export const isBasemap = (v: unknown): v is BasemapChoice =>
  typeof v === 'string' && (BASEMAPS as readonly string[]).includes(v);
