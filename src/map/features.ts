/**
 * Slim GeoJSON for the map, derived from the validated records: only the fields the style
 * reads (see style/atlas.ts), so the worker handles little and the full records stay in
 * the store for the panels. What changes with the filters (visibility, status in the
 * period, meeting counts) is not here: the reconciler sets it as feature-state. Pure.
 */
import type { Feature, FeatureCollection, Geometry, Point } from 'geojson';
import type { Lookup } from '../data/lookup.ts';
import type { Atlas } from '../data/registry.ts';
import type { Name, PlaceKind, Precision, Sector, SegmentClass } from '../data/schema.ts';

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
  return { type: 'FeatureCollection', features };
}
