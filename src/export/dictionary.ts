/**
 * The data dictionary that travels with every CSV and GeoJSON export: each field, what it
 * means, its unit and the rule for its sources. In English (field names are English too),
 * as a CSV of its own. A test checks it names every CSV column. Pure.
 */
import { CSV_COLUMNS } from './csv.ts';

type Column = (typeof CSV_COLUMNS)[number];

const VALUES =
  'every value the sources give, separated by " | "; several values mean the sources disagree (all are kept); each is followed by {the ids of its sources}';

export const DICTIONARY: Record<Column, { meaning: string; unit: string; sources: string }> = {
  kind: { meaning: 'project, city (a meeting place) or meeting', unit: '', sources: '' },
  id: { meaning: 'the record’s id in the atlas (stable across versions)', unit: '', sources: '' },
  name: { meaning: 'name in the export’s language', unit: '', sources: 'see sources' },
  name_ky: { meaning: 'name in Kyrgyz', unit: '', sources: 'see sources' },
  name_ru: { meaning: 'name in Russian', unit: '', sources: 'see sources' },
  name_en: { meaning: 'name in English', unit: '', sources: 'see sources' },
  category: {
    meaning: 'sector of a project; country of a city (ISO 3166-1); kind of a meeting',
    unit: '',
    sources: '',
  },
  subcategory: { meaning: 'kind of project (sub-sector)', unit: '', sources: '' },
  status: {
    meaning: 'a project’s status at the end of the chosen period, from its status history',
    unit: 'proposed | under-construction | operating | idle | suspended | cancelled',
    sources: 'status_history',
  },
  date: { meaning: 'a meeting’s first date', unit: 'YYYY, YYYY-MM or YYYY-MM-DD', sources: '' },
  place: { meaning: 'a meeting’s city (its id)', unit: '', sources: '' },
  meetings: {
    meaning: 'a city’s meetings within the chosen period and filters',
    unit: 'count',
    sources: '',
  },
  precision: {
    meaning: 'how far the drawn geometry can be trusted as a whole; see segments for each stretch',
    unit: 'exact | approximate | schematic',
    sources: 'the geometry’s basis',
  },
  countries: {
    meaning: 'where a project stands (ISO 3166-1 alpha-2, space-separated)',
    unit: '',
    sources: '',
  },
  start: {
    meaning: 'when construction began (for what was never built: when first proposed)',
    unit: 'YYYY, YYYY-MM or YYYY-MM-DD',
    sources: 'status_history',
  },
  start_planned: {
    meaning: '"true" when start is a plan, not what happened',
    unit: '',
    sources: '',
  },
  completion: {
    meaning: 'when it first went into operation',
    unit: 'YYYY, YYYY-MM or YYYY-MM-DD',
    sources: 'status_history',
  },
  completion_planned: {
    meaning: '"true" when completion is a plan, not what happened',
    unit: '',
    sources: '',
  },
  cost: {
    meaning: `cost in its original currency: ${VALUES}`,
    unit: 'ISO 4217',
    sources: 'per value',
  },
  cost_usd: {
    meaning: 'the first cost given in US dollars (no conversion is made), for sorting',
    unit: 'USD',
    sources: 'cost',
  },
  capacity: {
    meaning: `capacity: ${VALUES}`,
    unit: 'as given (MW, kV, t/yr, m3/yr…)',
    sources: 'per value',
  },
  length_stated: {
    meaning: `length as the sources state it: ${VALUES}`,
    unit: 'km',
    sources: 'per value',
  },
  length_computed_km: {
    meaning:
      'length computed from the drawn geometry (great circle), lines only; as precise as the geometry (see precision, segments)',
    unit: 'km',
    sources: 'computed by the atlas',
  },
  financiers: {
    meaning: 'who finances it, separated by " | ", each with {its sources}',
    unit: '',
    sources: 'per party',
  },
  builders: { meaning: 'who builds it, as financiers', unit: '', sources: 'per party' },
  operators: {
    meaning: 'who runs or owns it, as financiers ("(owner)" marks an owner; a share in %)',
    unit: '',
    sources: 'per party',
  },
  status_history: {
    meaning:
      'every step of the project’s life: date, status, "(planned)" for a plan, {its sources}',
    unit: 'YYYY[-MM[-DD]] status',
    sources: 'per step',
  },
  segments: {
    meaning:
      'for a route: how each stretch (in the order of the wkt lines) is drawn — traced, named-points or schematic — and what it rests on',
    unit: '',
    sources: 'per stretch',
  },
  meeting_dates: {
    meaning: 'every date the sources give a meeting (start/end), {its sources}',
    unit: 'YYYY[-MM[-DD]]',
    sources: 'per date',
  },
  ordinal: {
    meaning: `the council’s own session number: ${VALUES}`,
    unit: 'ordinal',
    sources: 'per value',
  },
  format: { meaning: 'in-person, online or hybrid', unit: '', sources: '' },
  documents: {
    meaning: 'what a meeting adopted or signed: kind: title {its sources}',
    unit: '',
    sources: 'per document',
  },
  passages: {
    meaning:
      'the exact words of an article each value rests on, as "source [ref] field: «passage»"; the field is the path in the record (e.g. cost[0])',
    unit: '',
    sources: 'the two articles (geodata/articles/)',
  },
  lon: { meaning: 'longitude of a point', unit: 'degrees (WGS 84)', sources: 'precision' },
  lat: { meaning: 'latitude of a point', unit: 'degrees (WGS 84)', sources: 'precision' },
  wkt: { meaning: 'the geometry as Well-Known Text', unit: 'WGS 84', sources: 'precision' },
  sources: {
    meaning: 'every source the record rests on: title [reference]',
    unit: '',
    sources: '',
  },
  source_urls: { meaning: 'the http(s) addresses of the web sources', unit: '', sources: '' },
};

/** The dictionary as rows: field, meaning, unit, sources (a header row first). */
export const dictionaryRows = (): string[][] => [
  ['field', 'meaning', 'unit', 'sources'],
  ...CSV_COLUMNS.map((c) => [c, DICTIONARY[c].meaning, DICTIONARY[c].unit, DICTIONARY[c].sources]),
];
