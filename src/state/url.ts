/**
 * One link for everything: the view, layers, filters, period, selection and language as
 * URL search parameters. Only what differs from the defaults is written (`formatUrl`).
 * Reading a link is forgiving and safe (state/urlParse.ts, with zod): anything malformed is
 * dropped, numbers are clamped, nothing throws. The parser loads only for a link that
 * carries state (`hasLinkState`): a plain visit's first map goes without it.
 */
import type { Lang } from '../data/vocab.ts';
import { defaultFilters, type Filters } from './filters.ts';
import type { Camera, SelectionKind, TableView } from './slices/view.ts';
import type { ProbePoint } from './slices/probe.ts';
import type { Reading } from './slices/reader.ts';

export interface UrlState {
  lang?: Lang;
  selection?: { kind: SelectionKind; id: string };
  camera?: Camera;
  filters: Filters;
  /** The article reader: `read=<article id>` and `p=<paragraph>` (reader slice). */
  reading?: Reading;
  /** The point tool's point: `pt=<lon>,<lat>`, inside the map's bounds, 5 decimals (~1 m). */
  point?: ProbePoint;
  /** The table open below the map: `view=table` (projects) or `view=meetings`. */
  table?: TableView;
}

/** Every parameter the link owns (urlParse.ts reads each; `formatUrl` writes them). */
export const LINK_PARAMS = [
  'lang',
  'sel',
  'map',
  'sectors',
  'cities',
  'status',
  'sub',
  'country',
  'kind',
  'fin',
  'build',
  'op',
  'view',
  'from',
  'to',
  'pt',
  'read',
  'p',
] as const;
export type LinkParam = (typeof LINK_PARAMS)[number];
const OWNED = new Set<string>(LINK_PARAMS);

/** Whether a URL's search part holds any of the link's parameters. Never throws. */
export function hasLinkState(search: string): boolean {
  try {
    return [...new URLSearchParams(search).keys()].some((k) => OWNED.has(k));
  } catch {
    return false;
  }
}

let parser: ((search: string) => UrlState) | undefined;
/** Loads the link parser (state/urlParse.ts); once loaded, `readLink` reads any link. */
export async function loadLinkParser(): Promise<void> {
  parser ??= (await import('./urlParse.ts')).parseUrl;
}

/**
 * The state a URL's search part describes: the defaults for a link without state, or what
 * the parser reads; undefined while a link with state waits for its parser to load.
 */
export function readLink(search: string): UrlState | undefined {
  if (!hasLinkState(search)) return { filters: defaultFilters() };
  return parser?.(search);
}

const round = (n: number, digits: number) => Number(n.toFixed(digits));
/** The point tool's point is written (and read) at 5 decimals, about 1 m. */
export const POINT_DIGITS = 5;

/** Writes a URL's search part (without "?"), keeping other parameters such as `debug`. */
export function formatUrl(state: UrlState, keep: URLSearchParams = new URLSearchParams()): string {
  const q = new URLSearchParams();
  for (const [k, v] of keep) if (!OWNED.has(k)) q.append(k, v);
  const f = state.filters;
  const d = defaultFilters();
  if (state.lang) q.set('lang', state.lang);
  if (state.selection) q.set('sel', `${state.selection.kind}:${state.selection.id}`);
  if (state.camera) {
    const { lng, lat, zoom } = state.camera;
    q.set('map', `${round(lng, 4)},${round(lat, 4)},${round(zoom, 2)}`);
  }
  if (state.point) {
    const { lng, lat } = state.point;
    q.set('pt', `${round(lng, POINT_DIGITS)},${round(lat, POINT_DIGITS)}`);
  }
  if (f.sectors.length !== d.sectors.length) q.set('sectors', f.sectors.join(','));
  if (!f.showCities) q.set('cities', '0');
  if (f.statuses.length) q.set('status', f.statuses.join(','));
  if (f.subsectors.length) q.set('sub', f.subsectors.join(','));
  if (f.countries.length) q.set('country', f.countries.join(','));
  if (f.financiers.length) q.set('fin', f.financiers.join(','));
  if (f.builders.length) q.set('build', f.builders.join(','));
  if (f.operators.length) q.set('op', f.operators.join(','));
  if (f.meetingKinds.length) q.set('kind', f.meetingKinds.join(','));
  if (state.table) q.set('view', state.table);
  if (f.period[0] !== d.period[0]) q.set('from', String(f.period[0]));
  if (f.period[1] !== d.period[1]) q.set('to', String(f.period[1]));
  if (state.reading) q.set('read', state.reading.id);
  if (state.reading?.p) q.set('p', String(state.reading.p));
  // Commas and colons are safe in a query, and a bare flag needs no "=": keep links readable.
  return q
    .toString()
    .replace(/%2C/g, ',')
    .replace(/%3A/g, ':')
    .replace(/=(?=&|$)/g, '');
}
