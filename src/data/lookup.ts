/** Pure look-ups over validated data: by id, meetings per place, links per record. */
import type { Atlas, PlaceFeatureT, ProjectFeatureT } from './registry.ts';
import type { Link, Meeting, Outcome, PlaceRole, Source } from './schema.ts';

/** A project that names a place, and how it touches it. */
export interface ProjectAt {
  project: ProjectFeatureT;
  role: PlaceRole;
}

export interface Lookup {
  places: ReadonlyMap<string, PlaceFeatureT>;
  projects: ReadonlyMap<string, ProjectFeatureT>;
  meetings: ReadonlyMap<string, Meeting>;
  outcomes: ReadonlyMap<string, { outcome: Outcome; meeting: Meeting }>;
  sources: ReadonlyMap<string, Source>;
  /** Meetings per place id, oldest first. */
  meetingsAt: ReadonlyMap<string, readonly Meeting[]>;
  /** Projects per place id that name it (projects' `places`), in data order. */
  projectsAt: ReadonlyMap<string, readonly ProjectAt[]>;
  /** Meetings whose place no source names. */
  placelessMeetings: readonly Meeting[];
  /** Links touching a record, in either direction. */
  linksOf: ReadonlyMap<string, readonly Link[]>;
}

/** The earliest date a meeting is given, for sorting. */
export const meetingStart = (m: Meeting): string => m.dates.map((d) => d.start).sort()[0] ?? '';

const push = <K, V>(map: Map<K, V[]>, key: K, value: V) => {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
};

export function buildLookup(atlas: Atlas): Lookup {
  const meetingsAt = new Map<string, Meeting[]>();
  const placelessMeetings: Meeting[] = [];
  const sorted = [...atlas.meetings].sort((a, b) => meetingStart(a).localeCompare(meetingStart(b)));
  for (const m of sorted) {
    if (m.place) push(meetingsAt, m.place, m);
    else placelessMeetings.push(m);
  }
  const projectsAt = new Map<string, ProjectAt[]>();
  for (const project of atlas.projects)
    for (const ref of project.properties.places ?? [])
      push(projectsAt, ref.id, { project, role: ref.role });
  const outcomes = new Map<string, { outcome: Outcome; meeting: Meeting }>();
  for (const meeting of atlas.meetings)
    for (const outcome of meeting.outcomes) outcomes.set(outcome.id, { outcome, meeting });
  const linksOf = new Map<string, Link[]>();
  for (const l of atlas.links) {
    push(linksOf, l.from, l);
    push(linksOf, l.to, l);
  }
  return {
    places: new Map(atlas.places.map((p) => [p.properties.id, p])),
    projects: new Map(atlas.projects.map((p) => [p.properties.id, p])),
    meetings: new Map(atlas.meetings.map((m) => [m.id, m])),
    outcomes,
    sources: new Map(atlas.sources.map((s) => [s.id, s])),
    meetingsAt,
    projectsAt,
    placelessMeetings,
    linksOf,
  };
}

/**
 * The records on the map that a record is linked to by a sourced link: for a city, through
 * the meetings held there and what they adopted; for a project, through its own links.
 */
export function linkedOnMap(
  lookup: Lookup,
  kind: 'place' | 'project',
  id: string,
): { places: string[]; projects: string[] } {
  const start = new Set<string>([id]);
  if (kind === 'place')
    for (const m of lookup.meetingsAt.get(id) ?? []) {
      start.add(m.id);
      m.outcomes.forEach((o) => start.add(o.id));
    }
  const places = new Set<string>();
  const projects = new Set<string>();
  for (const from of start)
    for (const l of lookup.linksOf.get(from) ?? []) {
      const other = l.from === from ? l.to : l.from;
      if (start.has(other)) continue;
      if (lookup.projects.has(other)) projects.add(other);
      const place = lookup.meetings.get(other)?.place ?? lookup.outcomes.get(other)?.meeting.place;
      if (place) places.add(place);
    }
  // The places a project names, and the projects that name a place, are linked too.
  if (kind === 'place')
    for (const { project } of lookup.projectsAt.get(id) ?? []) projects.add(project.properties.id);
  else
    for (const ref of lookup.projects.get(id)?.properties.places ?? [])
      if (lookup.places.get(ref.id)?.geometry) places.add(ref.id);
  if (kind === 'place') places.delete(id);
  else projects.delete(id);
  return { places: [...places], projects: [...projects] };
}
