/**
 * The atlas's datasets: which file holds what, and the schema of one record in it.
 * Validation is per record, so one broken record costs that record, not its file.
 */
import type { z } from 'zod/mini';
import {
  ContextNote,
  Indicator,
  Link,
  Meeting,
  PlaceFeature,
  ProjectFeature,
  Source,
  type ContextNote as ContextNoteT,
  type Indicator as IndicatorT,
  type Link as LinkT,
  type Meeting as MeetingT,
  type Source as SourceT,
} from './schema.ts';

export type PlaceFeatureT = z.infer<typeof PlaceFeature>;
export type ProjectFeatureT = z.infer<typeof ProjectFeature>;

/** Where the records sit inside a file: a FeatureCollection's features, or a named array. */
type Envelope = { kind: 'features' } | { kind: 'array'; key: string };

export interface DatasetDef<T> {
  /** Path relative to geodata/. */
  file: string;
  envelope: Envelope;
  record: z.ZodMiniType<T>;
  idOf: (record: T) => string;
}

export const datasets = {
  sources: {
    file: 'sources.json',
    envelope: { kind: 'array', key: 'sources' },
    record: Source,
    idOf: (r) => r.id,
  } satisfies DatasetDef<SourceT>,
  places: {
    file: 'places.geojson',
    envelope: { kind: 'features' },
    record: PlaceFeature,
    idOf: (r) => r.properties.id,
  } satisfies DatasetDef<PlaceFeatureT>,
  meetings: {
    file: 'meetings.json',
    envelope: { kind: 'array', key: 'meetings' },
    record: Meeting,
    idOf: (r) => r.id,
  } satisfies DatasetDef<MeetingT>,
  projects: {
    file: 'projects.geojson',
    envelope: { kind: 'features' },
    record: ProjectFeature,
    idOf: (r) => r.properties.id,
  } satisfies DatasetDef<ProjectFeatureT>,
  indicators: {
    file: 'indicators.json',
    envelope: { kind: 'array', key: 'indicators' },
    record: Indicator,
    idOf: (r) => r.id,
  } satisfies DatasetDef<IndicatorT>,
  links: {
    file: 'links.json',
    envelope: { kind: 'array', key: 'links' },
    record: Link,
    idOf: (r) => `${r.from}→${r.to}`,
  } satisfies DatasetDef<LinkT>,
  context: {
    file: 'context.json',
    envelope: { kind: 'array', key: 'context' },
    record: ContextNote,
    idOf: (r) => r.id,
  } satisfies DatasetDef<ContextNoteT>,
};

export type DatasetKey = keyof typeof datasets;
export const DATASET_KEYS = Object.keys(datasets) as DatasetKey[];

/** The validated content of every dataset (a failed file leaves an empty list). */
export interface Atlas {
  sources: SourceT[];
  places: PlaceFeatureT[];
  meetings: MeetingT[];
  projects: ProjectFeatureT[];
  indicators: IndicatorT[];
  links: LinkT[];
  context: ContextNoteT[];
}
