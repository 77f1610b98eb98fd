/**
 * Slim GeoJSON for the map, derived from the validated records: only the fields the style
 * reads (see style/atlas.ts), so the worker handles little and the full records stay in
 * the store for the panels. Pure: no map, no React.
 */
import type { Feature, FeatureCollection, Geometry, Point } from 'geojson';
import type { Lookup } from '../data/lookup.ts';
import type { Atlas } from '../data/registry.ts';
import type { Name, Precision, Sector, Status } from '../data/schema.ts';
import { theme } from '../theme.ts';

export interface CityProps {
  id: string;
  name_ky: string;
  name_ru: string;
  name_en: string;
  /** Meetings held there (all kinds); drives the circle size. */
  meetings: number;
}

export interface ProjectMapProps {
  id: string;
  name_ky: string;
  name_ru: string;
  name_en: string;
  sector: Sector;
  status: Status;
  precision: Precision;
  /** Proposed or cancelled: drawn hollow or faint. */
  hollow: boolean;
}

const names = (n: Name) => ({ name_ky: n.ky, name_ru: n.ru, name_en: n.en });

/** The current status: the last step of the timeline that is not a plan. */
export function currentStatus(timeline: readonly { status: Status; planned?: boolean }[]): Status {
  const done = timeline.filter((s) => !s.planned);
  return (done.at(-1) ?? timeline[0])?.status ?? 'proposed';
}

export function cityFeatures(atlas: Atlas, lookup: Lookup): FeatureCollection<Point, CityProps> {
  return {
    type: 'FeatureCollection',
    features: atlas.places
      .filter((p) => lookup.meetingsAt.has(p.properties.id))
      .map((p) => ({
        type: 'Feature',
        geometry: p.geometry,
        properties: {
          id: p.properties.id,
          ...names(p.properties.name),
          meetings: lookup.meetingsAt.get(p.properties.id)?.length ?? 0,
        },
      })),
  };
}

export function projectFeatures(atlas: Atlas): FeatureCollection<Geometry, ProjectMapProps> {
  const features: Feature<Geometry, ProjectMapProps>[] = [];
  for (const p of atlas.projects) {
    if (!p.geometry) continue; // listed in the panel, not drawn
    const status = currentStatus(p.properties.timeline);
    features.push({
      type: 'Feature',
      geometry: p.geometry,
      properties: {
        id: p.properties.id,
        ...names(p.properties.name),
        sector: p.properties.sector,
        status,
        precision: p.properties.geo.precision,
        hollow: (theme.statusHollow as readonly Status[]).includes(status),
      },
    });
  }
  return { type: 'FeatureCollection', features };
}
