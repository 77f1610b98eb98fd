/**
 * Reads a link (state/url.ts): every parameter on its own with a zod schema; anything
 * malformed is dropped, numbers are clamped (the camera to the map's bounds and zoom range),
 * unknown values ignored, and nothing throws. Loaded only for a link that carries state.
 */
import { z } from 'zod/mini';
import { ALL_SUBSECTORS, LANGS, MEETING_KINDS, SECTORS, STATUSES } from '../data/vocab.ts';
import { defaultFilters, FIRST_YEAR, LAST_YEAR } from './filters.ts';
import { TABLE_VIEWS } from './slices/view.ts';
import { clampCamera, MAP_BOUNDS } from './camera.ts';
import type { ProbePoint } from './slices/probe.ts';
import { ARTICLE_IDS } from '../data/article.ts';
import { POINT_DIGITS, type LinkParam, type UrlState } from './url.ts';

const MAX_ITEMS = 64;
const slug = z.string().check(z.regex(/^[a-z0-9]+(-[a-z0-9]+)*$/), z.maxLength(120));
const split = (sep: string, max: number) =>
  z.pipe(
    z.string().check(z.maxLength(max)),
    z.transform((s: string) => s.split(sep)),
  );
/** A comma-separated list: unknown items are dropped, duplicates too. */
const list = <T extends z.ZodMiniType>(item: T) =>
  z.pipe(
    split(',', 4000),
    z.transform(
      (items: string[]) =>
        [
          ...new Set(
            items.slice(0, MAX_ITEMS).filter((i) => i !== '' && item.safeParse(i).success),
          ),
        ] as z.infer<T>[],
    ),
  );
const round = (n: number, digits: number) => Number(n.toFixed(digits));
const clamp = (lo: number, hi: number) => (n: number) => Math.min(hi, Math.max(lo, n));
const finite = z.pipe(z.string().check(z.maxLength(30)), z.transform(Number));
const year = z.pipe(
  finite,
  z.pipe(
    z.number(),
    z.transform((n: number) => Math.round(clamp(FIRST_YEAR, LAST_YEAR)(n))),
  ),
);

/** Two or three comma-separated numbers; an empty part is missing, not 0 (Number('') is 0). */
const numbers = z.pipe(
  split(',', 60),
  z.transform((parts: string[]) => parts.map((p) => (p.trim() === '' ? NaN : Number(p)))),
);
const [[WEST, SOUTH], [EAST, NORTH]] = MAP_BOUNDS;

const params = {
  lang: z.enum(LANGS),
  sel: z.pipe(split(':', 140), z.tuple([z.enum(['place', 'project']), slug])),
  map: z.pipe(
    numbers,
    z.pipe(
      z.tuple([z.number(), z.number(), z.number()]),
      // Inside the map's own bounds and zoom range (state/camera.ts).
      z.transform(([lng, lat, zoom]: [number, number, number]) => clampCamera({ lng, lat, zoom })),
    ),
  ),
  sectors: list(z.enum(SECTORS)),
  cities: z.enum(['0', '1']),
  status: list(z.enum(STATUSES)),
  sub: list(z.enum(ALL_SUBSECTORS)),
  country: list(z.string().check(z.regex(/^[A-Z]{2}$/))),
  kind: list(z.enum(MEETING_KINDS)),
  fin: list(slug),
  build: list(slug),
  op: list(slug),
  view: z.enum(TABLE_VIEWS),
  from: year,
  to: year,
  // Like the camera: finite, inside the map's bounds (state/camera.ts), at the written precision.
  pt: z.pipe(
    numbers,
    z.pipe(
      z.tuple([z.number(), z.number()]),
      z.transform(([lng, lat]: [number, number]): ProbePoint => ({
        lng: round(clamp(WEST, EAST)(lng), POINT_DIGITS) || 0,
        lat: round(clamp(SOUTH, NORTH)(lat), POINT_DIGITS) || 0,
      })),
    ),
  ),
  read: z.enum(ARTICLE_IDS),
  p: z.pipe(
    finite,
    z.pipe(z.number().check(z.int(), z.positive(), z.lte(999)), z.transform(Number)),
  ),
} satisfies Record<LinkParam, z.ZodMiniType>;

const read = <K extends keyof typeof params>(
  q: URLSearchParams,
  key: K,
): z.infer<(typeof params)[K]> | undefined => {
  const raw = q.get(key);
  if (raw === null) return undefined;
  const parsed = params[key].safeParse(raw);
  return parsed.success ? (parsed.data as z.infer<(typeof params)[K]>) : undefined;
};

/** Reads a URL's search part. Never throws. */
export function parseUrl(search: string): UrlState {
  let q: URLSearchParams;
  try {
    q = new URLSearchParams(search.length > 8000 ? '' : search);
  } catch {
    q = new URLSearchParams();
  }
  const d = defaultFilters();
  const from = read(q, 'from') ?? d.period[0];
  const to = read(q, 'to') ?? d.period[1];
  const sectors = read(q, 'sectors');
  const sel = read(q, 'sel');
  const article = read(q, 'read');
  return {
    reading: article ? { id: article, p: read(q, 'p') ?? null } : undefined,
    table: read(q, 'view'),
    lang: read(q, 'lang'),
    selection: sel ? { kind: sel[0], id: sel[1] } : undefined,
    camera: read(q, 'map') ?? undefined,
    point: read(q, 'pt'),
    filters: {
      // Keep the vocabulary's order, whatever the link's.
      sectors: sectors ? SECTORS.filter((s) => sectors.includes(s)) : d.sectors,
      showCities: read(q, 'cities') !== '0',
      subsectors: read(q, 'sub') ?? [],
      statuses: read(q, 'status') ?? [],
      countries: read(q, 'country') ?? [],
      financiers: read(q, 'fin') ?? [],
      builders: read(q, 'build') ?? [],
      operators: read(q, 'op') ?? [],
      meetingKinds: read(q, 'kind') ?? [],
      period: [Math.min(from, to), Math.max(from, to)],
    },
  };
}
