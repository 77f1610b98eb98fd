/**
 * Slim GeoJSON for the map, derived from the validated records: only the fields the style
 * reads (see style/atlas.ts), so the worker handles little and the full records stay in
 * the store for the panels. What changes with the filters (visibility, status in the
 * period, meeting counts) is not here: the reconciler sets it as feature-state. Pure.
 */
import type { Feature, FeatureCollection, Geometry, LineString, Point, Position } from 'geojson';
import type { Lookup } from '../data/lookup.ts';
import type { Atlas } from '../data/registry.ts';
import type {
  Name,
  PlaceKind,
  Precision,
  Sector,
  SegmentClass,
  Subsector,
} from '../data/schema.ts';
import { theme } from '../theme.ts';

export interface CityProps {
  id: string;
  name_ky: string;
  name_ru: string;
  name_en: string;
  /** True for a city where meetings were held: drawn as a meeting city, sized by count. */
  host: boolean;
  kind: PlaceKind;
  /** Meetings held there over all years: which city's label wins space (symbol-sort-key). */
  meetings: number;
}

export interface ProjectMapProps {
  id: string;
  name_ky: string;
  name_ru: string;
  name_en: string;
  sector: Sector;
  precision: Precision;
  /**
   * How this stretch of a line was drawn; a point or a line without segments takes the class
   * matching its precision (the line layers filter on it, so every feature has it).
   */
  segment: SegmentClass;
  /** What it is (railway, road, gas pipeline, power line…): lines get their own pattern. */
  subsector: Subsector;
  /**
   * Which side this stretch is drawn on where it shares a stretch with another project's line
   * (−1, 0 or +1 line widths, in the stretch's own direction): the highway and the gas pipeline
   * between Sary-Tash and Irkeshtam are drawn side by side, not on top of each other.
   */
  offset: number;
  /** The one stretch of a project that carries its label: its longest stretch not shared. */
  label: boolean;
  /**
   * A point that only anchors a line project's label at small zooms (the middle of its label
   * stretch), where the name is longer than the line is on screen. Not a site: never drawn.
   */
  anchor: boolean;
  /**
   * The first whole zoom at which this point's symbols (its sector icon, its label) are drawn;
   * below it the point is a dot in its sector's colour (see `symbolZooms`). 0 for the atlas's
   * own data: only a dataset crowded enough to fill a tile with symbols starts as dots.
   */
  symbol_z: number;
}

/** The line class of a route drawn without segments, from its precision. */
const SEGMENT_OF: Record<Precision, SegmentClass> = {
  exact: 'traced',
  approximate: 'named-points',
  schematic: 'schematic',
};

const names = (n: Name) => ({ name_ky: n.ky, name_ru: n.ru, name_en: n.en });

/**
 * Every place with a position: meeting cities (`host`) and the towns, crossings, passes and
 * sites the projects name. One source, so a place is selected and highlighted the same way
 * whichever layer draws it. Places with no known position are not drawn.
 */
export function cityFeatures(atlas: Atlas, lookup: Lookup): FeatureCollection<Point, CityProps> {
  const features: Feature<Point, CityProps>[] = [];
  for (const p of atlas.places) {
    if (!p.geometry) continue;
    features.push({
      type: 'Feature',
      geometry: p.geometry,
      properties: {
        id: p.properties.id,
        ...names(p.properties.name),
        host: lookup.meetingsAt.has(p.properties.id),
        kind: p.properties.kind,
        meetings: lookup.meetingsAt.get(p.properties.id)?.length ?? 0,
      },
    });
  }
  return { type: 'FeatureCollection', features };
}

export function projectFeatures(atlas: Atlas): FeatureCollection<Geometry, ProjectMapProps> {
  const features: Feature<Geometry, ProjectMapProps>[] = [];
  for (const p of atlas.projects) {
    const g = p.geometry;
    if (!g) continue; // listed in the panel, not drawn
    const properties: ProjectMapProps = {
      id: p.properties.id,
      ...names(p.properties.name),
      sector: p.properties.sector,
      precision: p.properties.geo.precision,
      segment: SEGMENT_OF[p.properties.geo.precision],
      subsector: p.properties.subsector,
      offset: 0,
      label: true,
      anchor: false,
      symbol_z: 0,
    };
    const segments = p.properties.geo.segments;
    if (g.type === 'MultiLineString' && segments?.length === g.coordinates.length) {
      // One feature per segment, so that each stretch is drawn in its own class.
      g.coordinates.forEach((coordinates, i) =>
        features.push({
          type: 'Feature',
          geometry: { type: 'LineString', coordinates },
          properties: { ...properties, segment: segments[i]?.class ?? properties.segment },
        }),
      );
    } else features.push({ type: 'Feature', geometry: g, properties });
  }
  sideBySide(features);
  symbolZooms(features);
  return { type: 'FeatureCollection', features };
}

/**
 * At most this many point symbols in one tile (theme.ts). MapLibre lays out every symbol of a
 * tile in one bucket, so the work per frame grows with it; past about 32,000 icons in a tile
 * the bucket breaks (the worker throws on `opacityVertexArray`) and nothing is drawn. Far
 * below that, a tile of overlapping icons reads as a smear anyway: a dot per point says more.
 */
export const SYMBOLS_PER_TILE = theme.symbolsPerTile;
/** From this zoom on, every point gets its symbols (tiles there are a few km across). */
const SYMBOLS_FROM = 10;

/**
 * Sets each point's `symbol_z`: the first whole zoom at which the tile holding it (in the
 * source's Web Mercator tiling) holds at most SYMBOLS_PER_TILE points. Whole zooms, because
 * a layer filter reads the zoom of the tile (style/atlas.ts). Linear in the points: one
 * count per zoom.
 */
export function symbolZooms(features: Feature<Geometry, ProjectMapProps>[]): void {
  const points = features.filter(
    (f): f is Feature<Point, ProjectMapProps> => f.geometry.type === 'Point',
  );
  if (points.length <= SYMBOLS_PER_TILE) return;
  const unit = points.map((f) => mercator(f.geometry.coordinates));
  let crowded = points.map((_, i) => i);
  for (let z = 0; z < SYMBOLS_FROM && crowded.length; z++) {
    const n = 2 ** z;
    const tiles = crowded.map((i) => {
      const [x, y] = unit[i] ?? [0, 0];
      return Math.min(n - 1, Math.floor(x * n)) * n + Math.min(n - 1, Math.floor(y * n));
    });
    const counts = new Map<number, number>();
    for (const t of tiles) counts.set(t, (counts.get(t) ?? 0) + 1);
    crowded = crowded.filter((_, k) => (counts.get(tiles[k] ?? -1) ?? 0) > SYMBOLS_PER_TILE);
    for (const i of crowded) {
      const f = points[i];
      if (f) f.properties.symbol_z = z + 1;
    }
  }
}

/** A position in Web Mercator's unit square (x east, y south), clamped to it. */
function mercator([lng = 0, lat = 0]: Position): XY {
  const clamp = (v: number) => Math.min(1, Math.max(0, v));
  const s = Math.sin((Math.max(-85.0511, Math.min(85.0511, lat)) * Math.PI) / 180);
  return [clamp(lng / 360 + 0.5), clamp(0.5 - Math.log((1 + s) / (1 - s)) / (4 * Math.PI))];
}

type Line = Feature<LineString, ProjectMapProps>;
type XY = [number, number];
const isLine = (f: Feature<Geometry, ProjectMapProps>): f is Line =>
  f.geometry.type === 'LineString';
const xy = (c: Position[]): XY[] => c.map((p) => [p[0] ?? 0, p[1] ?? 0]);
/** Consecutive pairs of vertices. */
const legs = (c: XY[]): [XY, XY][] => c.slice(1).map((b, i) => [c[i] ?? b, b]);
const dist = ([a, b]: [XY, XY]) => Math.hypot(b[0] - a[0], b[1] - a[1]);
/** An edge between two vertices, the same whichever way it is drawn. */
const edgeKey = ([a, b]: [XY, XY]) => [a.join(), b.join()].sort().join(';');
const edges = (f: Line) => legs(xy(f.geometry.coordinates)).map(edgeKey);

/**
 * Stretches of different projects that share an edge (the same two vertices) are offset to
 * either side, in a fixed west→east sense so that both directions agree; each project's
 * label goes on its longest stretch that shares nothing (so it stays off the overlap).
 */
function sideBySide(features: Feature<Geometry, ProjectMapProps>[]): void {
  const lines = features.filter(isLine);
  const owners = new Map<string, Set<string>>();
  for (const f of lines)
    for (const e of edges(f)) owners.set(e, (owners.get(e) ?? new Set()).add(f.properties.id));
  const longest = new Map<string, { f: Line; len: number; shared: boolean }>();
  for (const f of lines) {
    const sharers = new Set<string>();
    for (const e of edges(f)) for (const id of owners.get(e) ?? []) sharers.add(id);
    const shared = sharers.size > 1;
    const c = xy(f.geometry.coordinates);
    if (shared) {
      const ids = [...sharers].sort();
      const eastward = (c[c.length - 1]?.[0] ?? 0) >= (c[0]?.[0] ?? 0);
      const side = ids.indexOf(f.properties.id) - (ids.length - 1) / 2;
      f.properties.offset = eastward ? side : -side;
    }
    const len = legs(c).reduce((n, l) => n + dist(l), 0);
    const best = longest.get(f.properties.id);
    if (!best || (best.shared && !shared) || (best.shared === shared && len > best.len))
      longest.set(f.properties.id, { f, len, shared });
  }
  for (const f of lines) f.properties.label = longest.get(f.properties.id)?.f === f;
  for (const { f } of longest.values())
    features.push({
      type: 'Feature',
      geometry: { type: 'Point', coordinates: midpoint(xy(f.geometry.coordinates)) },
      properties: { ...f.properties, offset: 0, anchor: true },
    });
}

/** The point halfway along a line (in degrees, which is close enough for a label). */
function midpoint(c: XY[]): XY {
  const all = legs(c);
  let rest = all.reduce((n, l) => n + dist(l), 0) / 2;
  for (const [a, b] of all) {
    const l = dist([a, b]);
    if (rest <= l && l > 0) {
      const t = rest / l;
      return [a[0] + (b[0] - a[0]) * t, a[1] + (b[1] - a[1]) * t];
    }
    rest -= l;
  }
  return c[0] ?? [0, 0];
}
