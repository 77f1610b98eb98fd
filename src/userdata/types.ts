/** The reader's own data, once parsed: what the store keeps and the map draws. */
import type {
  FeatureCollection,
  LineString,
  MultiLineString,
  MultiPoint,
  MultiPolygon,
  Point,
  Polygon,
} from 'geojson';

export type UserGeometry =
  Point | MultiPoint | LineString | MultiLineString | Polygon | MultiPolygon;

/** Properties kept from the file: flat values only (nested ones are written as JSON). */
export type UserValue = string | number | boolean | null;
export interface UserProps {
  [key: string]: UserValue;
  /** What the map labels the feature with: its name, title or id, if it has one. */
  _label: string;
}

export type UserFormat = 'geojson' | 'csv';

/** Where in the file a problem is. Rows count the header as row 1, as spreadsheets do. */
export type Where =
  | { kind: 'file' }
  | { kind: 'feature'; index: number; label?: string }
  | { kind: 'row'; row: number };

/** Every problem the parser can report; the interface words each one in three languages. */
export const PROBLEM_CODES = [
  // the file
  'empty',
  'tooLarge',
  'unknownFormat',
  'notJson',
  'notGeoJson',
  'noLngLat',
  'nothingToDraw',
  'tooMany',
  'unreadable',
  // a feature or a row
  'notFeature',
  'noGeometry',
  'unsupportedGeometry',
  'missing',
  'notNumber',
  'lngRange',
  'latRange',
  'tooFewPositions',
  'ringTooShort',
  'ringNotClosed',
  'invalid',
] as const;
export type ProblemCode = (typeof PROBLEM_CODES)[number];

export interface UserProblem {
  file: string;
  where: Where;
  /** The field, column or property path ("lat", "geometry.coordinates[2][0]"); "" for none. */
  field: string;
  code: ProblemCode;
  /** Values the message quotes: the offending value, a type, a limit. */
  params?: Record<string, string | number>;
}

/** A file as read: its features and what was left out. */
export interface ParsedLayer {
  /** The file's name, as the reader knows it. */
  file: string;
  format: UserFormat;
  data: FeatureCollection<UserGeometry, UserProps>;
  /**
   * The same features as GeoJSON text, written by the worker that read the file. The map
   * hands MapLibre a URL to it, so MapLibre's own worker reads the features: handing it
   * `data` would copy every feature on the page's thread, a freeze of seconds at 100,000
   * points. Absent where the file was read on the page (no worker): the map uses `data`.
   */
  mapData?: Blob;
  counts: { points: number; lines: number; areas: number };
  /** Features or rows that were left out, and why. */
  skipped: readonly UserProblem[];
  /** How many problems there were beyond those listed. */
  moreSkipped: number;
}

/** How the reader chose to draw a layer (the legend and the data panel change it). */
export interface UserLayerLook {
  /** One of USER_PALETTE (userdata/palette.ts). */
  color: string;
  /** 0…1, for every part of the layer. */
  opacity: number;
  /** Drawn above the atlas's symbols; by default it lies beneath them. */
  above: boolean;
  hidden: boolean;
}

/** A file on the map: what was read and how it is drawn. */
export interface UserLayer extends ParsedLayer, UserLayerLook {
  id: string;
  /** An object URL of `mapData`, made when the layer is added and revoked when it goes. */
  mapUrl?: string;
}

export interface ParseResult {
  layer: ParsedLayer | null;
  /** Why nothing could be drawn (empty when `layer` is set: its `skipped` says the rest). */
  problems: UserProblem[];
}
