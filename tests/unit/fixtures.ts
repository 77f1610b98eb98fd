/** Small valid records for unit tests. */
import type { PlaceFeatureT, ProjectFeatureT } from '../../src/data/registry.ts';
import type { Citation, Meeting, Sector } from '../../src/data/schema.ts';

export const cite: Citation = { source: 'unverified' };
export const text = (en: string) => ({ ky: `${en} (ky)`, ru: `${en} (ru)`, en });

export const place = (id: string, lngLat: [number, number] = [74.6, 42.87]): PlaceFeatureT => ({
  type: 'Feature',
  geometry: { type: 'Point', coordinates: lngLat },
  properties: {
    id,
    kind: 'city',
    name: text(id),
    aliases: [],
    country: 'KG',
    geo: { precision: 'approximate', basis: text('city centre'), citations: [cite] },
  },
});

export const project = (
  id: string,
  sector: Sector,
  status: 'proposed' | 'operating' = 'operating',
): ProjectFeatureT => ({
  type: 'Feature',
  geometry: {
    type: 'LineString',
    coordinates: [
      [72, 41],
      [75, 42.5],
    ],
  },
  properties: {
    id,
    name: text(id),
    aliases: [],
    sector,
    subsector: sector === 'energy' ? 'power-line' : 'road',
    countries: ['KG'],
    timeline: [{ status, date: '2015', citations: [cite] }],
    cost: [],
    capacity: [],
    output: [],
    jobs: [],
    length: [],
    parties: [],
    summary: [{ text: text('a project'), citations: [cite] }],
    impacts: [],
    geo: { precision: 'schematic', basis: text('A–B'), citations: [cite] },
  },
});

export const meeting = (id: string, placeId: string | null, start: string): Meeting => ({
  id,
  kind: 'heads-of-state',
  title: text(id),
  place: placeId,
  dates: [{ start, citations: [cite] }],
  format: 'in-person',
  summary: [],
  outcomes: [],
  citations: [cite],
});
