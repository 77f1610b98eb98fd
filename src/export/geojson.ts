/** The visible records as one GeoJSON FeatureCollection (RFC 7946). Pure. */
import type { Feature, FeatureCollection, Geometry } from 'geojson';
import type { Lang } from '../data/schema.ts';
import type { ExportPassage, ExportRecord, ProjectFields, SourceRef } from './records.ts';

export interface ExportProps {
  kind: ExportRecord['kind'];
  id: string;
  /** In the reader's language; all three follow. */
  name: string;
  name_ky: string;
  name_ru: string;
  name_en: string;
  category: string;
  subcategory?: string;
  status?: string;
  date?: string;
  place?: string;
  meetings?: number;
  precision?: string;
  countries?: string[];
  sources: SourceRef[];
  /** A project's structured fields: values with their sources, parties, history, segments. */
  project?: ProjectFields;
  meeting?: ExportRecord['meeting'];
  passages: ExportPassage[];
}

export interface ExportMeta {
  title: string;
  url: string;
  /** ISO date (YYYY-MM-DD). */
  accessed: string;
  /** The data dictionary's file, downloaded alongside. */
  dictionary?: string;
}

export function toFeature(r: ExportRecord, lang: Lang): Feature<Geometry | null, ExportProps> {
  const props: ExportProps = {
    kind: r.kind,
    id: r.id,
    name: r.name[lang],
    name_ky: r.name.ky,
    name_ru: r.name.ru,
    name_en: r.name.en,
    category: r.category,
    sources: r.sources,
    passages: r.passages,
  };
  if (r.project) props.project = r.project;
  if (r.meeting) props.meeting = r.meeting;
  if (r.subcategory) props.subcategory = r.subcategory;
  if (r.status) props.status = r.status;
  if (r.date) props.date = r.date;
  if (r.place) props.place = r.place;
  if (r.meetings !== undefined) props.meetings = r.meetings;
  if (r.precision) props.precision = r.precision;
  if (r.countries) props.countries = r.countries;
  return { type: 'Feature', id: `${r.kind}:${r.id}`, geometry: r.geometry, properties: props };
}

/** A FeatureCollection with the view it came from as a foreign member, `atlas`. */
export function toGeoJson(
  records: readonly ExportRecord[],
  lang: Lang,
  meta: ExportMeta,
): FeatureCollection<Geometry | null, ExportProps> & { atlas: ExportMeta } {
  return {
    type: 'FeatureCollection',
    atlas: meta,
    features: records.map((r) => toFeature(r, lang)),
  };
}

export const geoJsonText = (fc: object) => `${JSON.stringify(fc, null, 1)}\n`;
