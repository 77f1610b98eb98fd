/**
 * The atlas's data contract. Every file in geodata/ is checked against these schemas at
 * build time (`npm run check:geodata`), in the contract tests, and again when the app loads.
 * The TypeScript types used everywhere else are inferred from here, so data and code cannot
 * drift apart. Field meanings are documented in geodata/README.md.
 */
import { z } from 'zod/mini';
import {
  LANGS,
  SECTORS,
  SUBSECTORS,
  STATUSES,
  PRECISIONS,
  MEETING_KINDS,
  OUTCOME_KINDS,
  UNITS,
  PARTY_ROLES,
  SEGMENT_CLASSES,
  SOURCE_KINDS,
  PLACE_KINDS,
  PLACE_PRECISIONS,
  PLACE_ROLES,
  CONTEXT_SUBJECTS,
  LINK_RELATIONS,
} from './vocab.ts';

// The vocabularies live in vocab.ts (no zod, so the first map loads none): re-exported here.
export * from './vocab.ts';

// zod/mini ships no messages of its own: the English ones name what is wrong.
z.config(z.locales.en());

// No compiled validators: the Content-Security-Policy forbids eval, and zod's probe for it
// (`new Function('')`) would be reported as a violation on every page load.
z.config({ jitless: true });

// ---------------------------------------------------------------- vocabularies

export const Lang = z.enum(LANGS);
export type Lang = z.infer<typeof Lang>;

export const Sector = z.enum(SECTORS);
export type Sector = z.infer<typeof Sector>;

export type Subsector = (typeof SUBSECTORS)[Sector][number];
export const Subsector = z.enum(Object.values(SUBSECTORS).flat() as [Subsector, ...Subsector[]]);

export const Status = z.enum(STATUSES);
export type Status = z.infer<typeof Status>;

export const Precision = z.enum(PRECISIONS);
export type Precision = z.infer<typeof Precision>;

export const MeetingKind = z.enum(MEETING_KINDS);
export type MeetingKind = z.infer<typeof MeetingKind>;

// ---------------------------------------------------------------- building blocks

/** A calendar date as precise as the sources allow: YYYY, YYYY-MM or YYYY-MM-DD. */
export const IsoDate = z.string().check(
  z.regex(
    /^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/,
    'must be YYYY, YYYY-MM or YYYY-MM-DD',
  ),
  z.refine(
    (s) => s.length < 10 || new Date(`${s}T00:00:00Z`).toISOString().startsWith(s),
    'is not a real calendar date',
  ),
);
export type IsoDate = z.infer<typeof IsoDate>;

const nonEmpty = z.string().check(z.trim(), z.minLength(1, 'must not be empty'));
const opt = z.optional;
/** A list with at least `n` items. */
const atLeast = <T extends z.ZodMiniType>(item: T, n: number, message?: string) =>
  z.array(item).check(z.minLength(n, message));
const between = (lo: number, hi: number) => z.number().check(z.gte(lo), z.lte(hi));
const year = opt(z.int().check(z.gte(1900), z.lte(2100)));
const countryCode = z.string().check(z.regex(/^[A-Z]{2}$/));

/** A text in the three interface languages; `zh` only for names of places in China. */
export const Text = z.strictObject({ ky: nonEmpty, ru: nonEmpty, en: nonEmpty });
export type Text = z.infer<typeof Text>;
export const Name = z.strictObject({
  ky: nonEmpty,
  ru: nonEmpty,
  en: nonEmpty,
  zh: opt(nonEmpty),
});
export type Name = z.infer<typeof Name>;

/** Record ids are stable, lower-case slugs: they appear in shareable links. */
export const Id = z
  .string()
  .check(z.regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'must be a lower-case slug (a-z, 0-9, -)'));

/**
 * Where a fact comes from. `source` is an id in sources.json. For the two articles, `ref`
 * is the article's own bracketed reference as printed ("[4, 1-б.]") and `passage` is the
 * exact Kyrgyz words the fact rests on (checked against geodata/articles/ by a test).
 */
export const Citation = z.strictObject({
  source: Id,
  ref: opt(
    z.string().check(z.regex(/^\[[^\]]+\]$/, 'must be a bracketed reference such as "[4, 1-б.]"')),
  ),
  passage: opt(nonEmpty),
  /** The passage translated, so readers of the other interface languages can check it. */
  translation: opt(z.strictObject({ ru: nonEmpty, en: nonEmpty })),
  /** Where the passage is in the article: its page marker or section, if helpful. */
  note: opt(Text),
});
export type Citation = z.infer<typeof Citation>;
const Citations = atLeast(Citation, 1, 'every fact needs at least one citation');

export const Unit = z.enum(UNITS);
export type Unit = z.infer<typeof Unit>;

/**
 * A number with its unit and source. `printed` is the number exactly as the source prints
 * it ("4,34 миллиард", "58 млн."); when the citation quotes a passage, `printed` must occur
 * in it. Several entries for one field mean the sources disagree: all are shown.
 */
export const Quantity = z.strictObject({
  value: z.number(),
  unit: Unit,
  printed: opt(nonEmpty),
  /** 'about' when the source says "about"/"жакын"/"болжол менен". */
  approx: opt(z.boolean()),
  /** The year the figure refers to, if it is not obvious. */
  year,
  label: opt(Text),
  /**
   * Set when the value is a mistake in its source, not a disagreement between sources:
   * e.g. an ordinal that contradicts the atlas's own numbering. The reason says why.
   */
  sourceError: opt(z.strictObject({ reason: Text })),
  citations: Citations,
});
export type Quantity = z.infer<typeof Quantity>;

export const Party = z.strictObject({
  role: z.enum(PARTY_ROLES),
  name: Name,
  /** Ownership share in percent, where stated. */
  share: opt(between(0, 100)),
  citations: Citations,
});
export type Party = z.infer<typeof Party>;

/** A statement the sources make about a record (what it is, impacts, risks). */
export const Statement = z.strictObject({ text: Text, citations: Citations });
export type Statement = z.infer<typeof Statement>;

/** One step of a project's life: the status took effect at `date`. */
export const StatusStep = z.strictObject({
  status: Status,
  date: IsoDate,
  /** True when the date is a plan or forecast rather than what happened. */
  planned: opt(z.boolean()),
  /** What happened at this step, when it is a milestone within a status (an agreement). */
  note: opt(Text),
  citations: Citations,
});
export type StatusStep = z.infer<typeof StatusStep>;

const lon = between(-180, 180);
const lat = between(-90, 90);
const Position = z.tuple([lon, lat]);
const PointGeometry = z.strictObject({ type: z.literal('Point'), coordinates: Position });
const LineGeometry = z.strictObject({
  type: z.literal('LineString'),
  coordinates: atLeast(Position, 2),
});
const MultiPointGeometry = z.strictObject({
  type: z.literal('MultiPoint'),
  coordinates: atLeast(Position, 1),
});
const MultiLineGeometry = z.strictObject({
  type: z.literal('MultiLineString'),
  coordinates: atLeast(atLeast(Position, 2), 1),
});

export const SegmentClass = z.enum(SEGMENT_CLASSES);
export type SegmentClass = z.infer<typeof SegmentClass>;

/** One stretch of a route: the part of a MultiLineString at the same index. */
export const Segment = z.strictObject({
  class: SegmentClass,
  /** What the stretch rests on: the trace, or the named places it runs through. */
  basis: Text,
  /**
   * The places it runs through or passes, in order: the English name as in the basis, the
   * gazetteer position, and how far from the drawn line the place may lie (checked by a test).
   */
  via: z.array(z.strictObject({ name: nonEmpty, at: Position, withinKm: between(0, 50) })),
  /** OpenStreetMap ways a traced stretch was built from. */
  osm: opt(z.array(z.string().check(z.regex(/^https:\/\/www\.openstreetmap\.org\/way\/\d+$/)))),
  /** OpenStreetMap car routes a traced stretch was built from (AidData's routed footprints). */
  osmRoutes: opt(
    z.array(z.string().check(z.regex(/^https:\/\/www\.openstreetmap\.org\/directions\?[^\s]+$/))),
  ),
  citations: Citations,
});
export type Segment = z.infer<typeof Segment>;

/** Why the geometry is drawn where it is, and how far to trust it. */
export const Geo = z.strictObject({
  precision: Precision,
  /** Named places the line follows, in order, or what the point marks. */
  basis: Text,
  citations: Citations,
  /** For a MultiLineString: one entry per line, saying how that stretch was drawn. */
  segments: opt(atLeast(Segment, 1)),
});

// ---------------------------------------------------------------- files

export const Source = z.strictObject({
  id: Id,
  kind: z.enum(SOURCE_KINDS),
  title: Text,
  /** For the two articles: the file in geodata/articles/ holding the text. */
  file: opt(z.string().check(z.regex(/^articles\/[\w.-]+\.txt$/))),
  publisher: opt(nonEmpty),
  year,
  url: opt(z.string().check(z.regex(/^https?:\/\/[^\s]+$/, 'must be an http(s) address'))),
  note: opt(Text),
});
export type Source = z.infer<typeof Source>;

export const PlaceKind = z.enum(PLACE_KINDS);
export type PlaceKind = z.infer<typeof PlaceKind>;

export type PlacePrecision = (typeof PLACE_PRECISIONS)[number];

export const PlaceProps = z.strictObject({
  id: Id,
  kind: PlaceKind,
  name: Name,
  /** Other names and spellings, any language or script. */
  aliases: z.array(nonEmpty),
  /** ISO 3166-1 alpha-2. */
  country: countryCode,
  /** The GeoNames record the point is taken from, when it is (geodata/gazetteer/). */
  geonameId: opt(z.int().check(z.gte(1))),
  geo: z.extend(Geo, { precision: z.enum(PLACE_PRECISIONS) }),
});
export type PlaceProps = z.infer<typeof PlaceProps>;
export const PlaceFeature = z.strictObject({
  type: z.literal('Feature'),
  id: opt(Id),
  /** null for an `unlocated` place: no citable source gives its position. */
  geometry: z.nullable(PointGeometry),
  properties: PlaceProps,
});

export const Outcome = z.strictObject({
  id: Id,
  kind: z.enum(OUTCOME_KINDS),
  title: Text,
  citations: Citations,
});
export type Outcome = z.infer<typeof Outcome>;

export const MeetingDate = z.strictObject({
  start: IsoDate,
  end: opt(IsoDate),
  /** True when the source announces the meeting as planned, not as held. */
  planned: opt(z.boolean()),
  citations: Citations,
});

export const Meeting = z.strictObject({
  id: Id,
  kind: MeetingKind,
  title: Text,
  /** An id in places.geojson, or null when no source says where it was held. */
  place: z.nullable(Id),
  /** What establishes the place, when the meeting's own citations do not name it. */
  placeCitations: opt(Citations),
  /** Several entries mean the sources disagree on the date. */
  dates: atLeast(MeetingDate, 1),
  /** The council's own numbering of its sessions, with sources (they may disagree). */
  ordinal: opt(z.array(Quantity)),
  format: z.enum(['in-person', 'online', 'hybrid']),
  /** What establishes the format, when the meeting's own citations do not (or cannot). */
  formatCitations: opt(Citations),
  summary: z.array(Statement),
  outcomes: z.array(Outcome),
  citations: Citations,
});
export type Meeting = z.infer<typeof Meeting>;

export const PlaceRole = z.enum(PLACE_ROLES);
export type PlaceRole = z.infer<typeof PlaceRole>;
export const PlaceRef = z.strictObject({ id: Id, role: PlaceRole });
export type PlaceRef = z.infer<typeof PlaceRef>;

export const ProjectProps = z.strictObject({
  id: Id,
  name: Name,
  aliases: z.array(nonEmpty),
  sector: Sector,
  subsector: Subsector,
  /** ISO 3166-1 alpha-2 codes of the countries it lies in. */
  countries: atLeast(countryCode, 1),
  /**
   * Every place (id in places.geojson) its geometry basis, summary or parties name, with
   * how it touches it; in route order for lines. A contract test checks both directions.
   */
  places: opt(z.array(PlaceRef)),
  /** In date order; the last step is the current status. */
  timeline: atLeast(StatusStep, 1),
  cost: z.array(Quantity),
  capacity: z.array(Quantity),
  output: z.array(Quantity),
  jobs: z.array(Quantity),
  length: z.array(Quantity),
  parties: z.array(Party),
  summary: atLeast(Statement, 1),
  impacts: z.array(Statement),
  geo: Geo,
});
export type ProjectProps = z.infer<typeof ProjectProps>;
export const ProjectFeature = z.strictObject({
  type: z.literal('Feature'),
  id: opt(Id),
  /** null when no source says where it is: listed, but not drawn. */
  geometry: z.nullable(
    z.discriminatedUnion('type', [
      PointGeometry,
      MultiPointGeometry,
      LineGeometry,
      MultiLineGeometry,
    ]),
  ),
  properties: ProjectProps,
});
export type ProjectFeature = z.infer<typeof ProjectFeature>;

export const Indicator = z.strictObject({
  id: Id,
  title: Text,
  /** The period the figures cover. */
  period: z.strictObject({ start: IsoDate, end: opt(IsoDate) }),
  values: atLeast(z.extend(Quantity, { key: Id }), 1),
  citations: Citations,
});
export type Indicator = z.infer<typeof Indicator>;

export const ContextNote = z.strictObject({
  id: Id,
  subject: z.enum(CONTEXT_SUBJECTS),
  title: Text,
  statements: atLeast(Statement, 1),
});
export type ContextNote = z.infer<typeof ContextNote>;

/** A sourced connection between any two records (meeting, outcome, project, indicator). */
export const Link = z.strictObject({
  from: Id,
  to: Id,
  relation: z.enum(LINK_RELATIONS),
  citations: Citations,
});
export type Link = z.infer<typeof Link>;
