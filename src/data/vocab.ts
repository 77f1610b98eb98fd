/**
 * The atlas's vocabularies: the closed lists its records draw from (sectors, statuses, meeting
 * kinds…), as plain constants and types. data/schema.ts builds its zod enums from these; the
 * app imports them from here, so that the first map loads no validator (zod loads only when
 * content has to be checked record by record, see data/load.ts).
 */

export const LANGS = ['ky', 'ru', 'en'] as const;

export const SECTORS = [
  'transport',
  'energy',
  'mining',
  'industry',
  'social',
  'agriculture',
] as const;

export const SUBSECTORS = {
  transport: ['railway', 'road', 'urban-roads'],
  energy: ['power-line', 'gas-pipeline', 'oil-refinery'],
  mining: ['gold-mine'],
  industry: ['cement-plant'],
  social: ['hospital'],
  agriculture: ['irrigation'],
} as const satisfies Record<Sector, readonly string[]>;

/** One status vocabulary, after Global Energy Monitor's (see geodata/README.md). */
export const STATUSES = [
  'proposed',
  'under-construction',
  'operating',
  'idle',
  'suspended',
  'cancelled',
] as const;

/** How far the drawn geometry can be trusted. */
export const PRECISIONS = ['exact', 'approximate', 'schematic'] as const;

export const MEETING_KINDS = [
  'heads-of-state',
  'heads-of-government',
  'foreign-ministers',
  'defence-ministers',
  'security-council-secretaries',
  'parliament-heads',
  'trade-ministers',
  'business',
  'bilateral',
  'announcement',
] as const;

export const OUTCOME_KINDS = [
  'declaration',
  'treaty',
  'agreement',
  'memorandum',
  'programme',
  'plan',
  'decision',
  'communique',
  'protocol',
  'report',
  'other',
] as const;

/** Units a Quantity may use; currencies are ISO 4217 codes. */
export const UNITS = [
  'USD',
  'CNY',
  'KGS',
  't/yr',
  't',
  'oz',
  'kV',
  'km',
  'MW',
  'm3/yr',
  'people',
  'percent',
  'count',
  'ordinal',
] as const;

export const PARTY_ROLES = ['financier', 'builder', 'operator', 'owner'] as const;

/**
 * How one stretch of a route was drawn: `traced` follows a surveyed alignment (an AidData
 * footprint built from OpenStreetMap ways), `named-points` runs through places the sources
 * name on the route (none more than NAMED_POINTS_MAX_LEG_KM apart), `schematic` is a straight
 * stand-in where the course is not documented.
 */
export const SEGMENT_CLASSES = ['traced', 'named-points', 'schematic'] as const;

/** Longest leg between two named points that still counts as `named-points`. */
export const NAMED_POINTS_MAX_LEG_KM = 60;

export const SOURCE_KINDS = ['article', 'publication', 'web', 'dataset', 'unverified'] as const;

/** What a place is: a settlement by size, or a named point that is not a settlement. */
export const PLACE_KINDS = [
  'city',
  'town',
  'village',
  'border-crossing',
  'pass',
  'substation',
  'site',
] as const;

/**
 * A place's precision: as for any geometry, plus `unlocated` for a place the records name
 * whose position no citable source gives (its geometry is null: listed, searched, not drawn).
 */
export const PLACE_PRECISIONS = [...PRECISIONS, 'unlocated'] as const;

/**
 * How a project touches a place: a line's end (`terminus`), a point it passes
 * (`waypoint`), a border crossing or pass it crosses (`crossing`), the town a facility
 * stands in (`site`), a substation it connects (`substation`), or a town the drawing uses
 * in place of a named point whose position is not known (`stand-in`), or the city where
 * an agreement on it was signed (`signing`).
 */
export const PLACE_ROLES = [
  'terminus',
  'waypoint',
  'crossing',
  'site',
  'substation',
  'stand-in',
  'signing',
] as const;

/**
 * A fact from the articles that belongs to no meeting, project or figure: the SCO's
 * memoranda with other organisations, Kyrgyzstan's memberships, the article's factors
 * of cooperation. Shown on the About page, grouped by `subject`.
 */
export const CONTEXT_SUBJECTS = ['sco', 'kg-cn'] as const;

export const LINK_RELATIONS = ['adopted', 'led-to', 'part-of', 'financed-by', 'announced'] as const;

export type Lang = (typeof LANGS)[number];
export type Sector = (typeof SECTORS)[number];
export type Subsector = (typeof SUBSECTORS)[Sector][number];
export type Status = (typeof STATUSES)[number];
export type Precision = (typeof PRECISIONS)[number];
export type MeetingKind = (typeof MEETING_KINDS)[number];
export type Unit = (typeof UNITS)[number];
export type SegmentClass = (typeof SEGMENT_CLASSES)[number];
export type PlaceKind = (typeof PLACE_KINDS)[number];
export type PlacePrecision = (typeof PLACE_PRECISIONS)[number];
/** Every sub-sector, in the order of SUBSECTORS. */
export const ALL_SUBSECTORS = Object.values(SUBSECTORS).flat() as Subsector[];
