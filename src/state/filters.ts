/**
 * What the reader filters by, and what remains: pure functions shared by the map, the list
 * and the counts, so all three always show the same set.
 */
import type { Lookup } from '../data/lookup.ts';
import { meetingStart } from '../data/lookup.ts';
import type { Atlas, ProjectFeatureT } from '../data/registry.ts';
import type { Party, Meeting, StatusStep } from '../data/schema.ts';
import {
  MEETING_KINDS,
  SECTORS,
  STATUSES,
  SUBSECTORS,
  type MeetingKind,
  type Sector,
  type Status,
  type Subsector,
} from '../data/vocab.ts';

type PartyRole = Party['role'];

const year = (date: string) => Number(date.slice(0, 4));

/** The latest year in which anything in the data happened or was held (plans aside). */
export function latestYearIn(atlas: Pick<Atlas, 'meetings' | 'projects'>): number {
  let latest = -Infinity;
  for (const m of atlas.meetings)
    for (const d of m.dates) latest = Math.max(latest, year(d.start), year(d.end ?? d.start));
  for (const p of atlas.projects)
    for (const step of p.properties.timeline)
      if (!step.planned) latest = Math.max(latest, year(step.date));
  return latest;
}

/** The period's end: this year, or the latest year in the data when that is later. Pure. */
export const periodEnd = (today: Date, atlas?: Pick<Atlas, 'meetings' | 'projects'>): number =>
  Math.max(today.getFullYear(), atlas ? latestYearIn(atlas) : -Infinity);

/**
 * The timeline's extent: diplomatic relations (1992) to this year. (The data is fetched after
 * this is fixed; a contract test keeps its latest year within it.)
 */
export const FIRST_YEAR = 1992;
export const LAST_YEAR = periodEnd(new Date());

export interface Filters {
  /** Sectors shown on the map and in the list. */
  sectors: readonly Sector[];
  showCities: boolean;
  /** An empty list means "any". */
  subsectors: readonly Subsector[];
  statuses: readonly Status[];
  /** Where a project stands or a meeting was held (ISO 3166-1 alpha-2). */
  countries: readonly string[];
  /** Parties by role, as partyKey()s of their English names. */
  financiers: readonly string[];
  builders: readonly string[];
  /** Operators and owners: who runs the project. */
  operators: readonly string[];
  meetingKinds: readonly MeetingKind[];
  /** Whole years, inclusive. */
  period: readonly [number, number];
}

export const defaultFilters = (): Filters => ({
  sectors: [...SECTORS],
  showCities: true,
  subsectors: [],
  statuses: [],
  countries: [],
  financiers: [],
  builders: [],
  operators: [],
  meetingKinds: [],
  period: [FIRST_YEAR, LAST_YEAR],
});

/**
 * The kinds of project chosen only within the sectors shown: a hidden sector's kind would
 * filter everything else out with no box left to untick (the filters list only the shown
 * sectors' kinds). The same object when nothing is dropped.
 */
export function dropHiddenKinds(f: Filters): Filters {
  const kept = f.subsectors.filter((k) =>
    f.sectors.some((s) => (SUBSECTORS[s] as readonly Subsector[]).includes(k)),
  );
  return kept.length === f.subsectors.length ? f : { ...f, subsectors: kept };
}

export type Facet =
  | 'sector'
  | 'subsector'
  | 'status'
  | 'country'
  | 'financier'
  | 'builder'
  | 'operator'
  | 'meetingKind';

/** The party facets, each with the filter field it sets and the roles it reads. */
export const PARTY_FACETS = [
  { facet: 'financier', field: 'financiers', roles: ['financier'] },
  { facet: 'builder', field: 'builders', roles: ['builder'] },
  { facet: 'operator', field: 'operators', roles: ['operator', 'owner'] },
] as const satisfies readonly {
  facet: Facet;
  field: keyof Filters;
  roles: readonly PartyRole[];
}[];
export type PartyFacet = (typeof PARTY_FACETS)[number]['facet'];

/** A party's key in filters and links: its English name as a slug. */
export const partyKey = (party: Pick<Party, 'name'>): string =>
  party.name.en
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 120)
    .replace(/-+$/, '') || 'party';

const partyKeysMemo = new WeakMap<ProjectFeatureT, Map<string, readonly string[]>>();

/**
 * The keys of a project's parties in one facet's roles, each once. Kept per project (content
 * is never changed in place), so the filters and counts of every toggle do not slug every
 * party's name again.
 */
export function partyKeysOf(p: ProjectFeatureT, roles: readonly PartyRole[]): readonly string[] {
  let byRoles = partyKeysMemo.get(p);
  if (!byRoles) partyKeysMemo.set(p, (byRoles = new Map()));
  const key = roles.join(' ');
  let keys = byRoles.get(key);
  if (!keys) {
    keys = [...new Set(p.properties.parties.filter((x) => roles.includes(x.role)).map(partyKey))];
    byRoles.set(key, keys);
  }
  return keys;
}

/**
 * A project's status at the end of a year, from what happened (not what was planned), or
 * null if by then nothing had happened yet.
 */
export function statusAt(
  timeline: readonly Pick<StatusStep, 'status' | 'date' | 'planned'>[],
  y: number,
): Status | null {
  let status: Status | null = null;
  for (const step of timeline) if (!step.planned && year(step.date) <= y) status = step.status;
  return status;
}

/** The project's status at the end of the period, or null if it is outside the period. */
export function projectInPeriod(
  p: ProjectFeatureT,
  [from, to]: readonly [number, number],
): Status | null {
  const status = statusAt(p.properties.timeline, to);
  if (!status) return null;
  // Cancelled before the period began: it no longer existed.
  if (statusAt(p.properties.timeline, from - 1) === 'cancelled' && status === 'cancelled')
    return null;
  return status;
}

const periodMemo = new WeakMap<
  readonly ProjectFeatureT[],
  { from: number; to: number; statuses: readonly (Status | null)[] }
>();

/**
 * Each project's status in the period (projectInPeriod), by its place in `projects`. The last
 * period asked of each project list is kept (content is never changed in place): a toggle or
 * a filter change keeps the period, so it reads the statuses instead of walking every
 * project's timeline again, and the visible set and the facet counts share one walk.
 */
export function statusesInPeriod(
  projects: readonly ProjectFeatureT[],
  [from, to]: readonly [number, number],
): readonly (Status | null)[] {
  const kept = periodMemo.get(projects);
  if (kept && kept.from === from && kept.to === to) return kept.statuses;
  const statuses = projects.map((p) => projectInPeriod(p, [from, to]));
  periodMemo.set(projects, { from, to, statuses });
  return statuses;
}

const allows = <T>(chosen: readonly T[], value: T) => chosen.length === 0 || chosen.includes(value);

function projectPasses(p: ProjectFeatureT, status: Status, f: Filters, except?: Facet): boolean {
  const q = p.properties;
  return (
    (except === 'sector' || f.sectors.includes(q.sector)) &&
    (except === 'subsector' || allows(f.subsectors, q.subsector)) &&
    (except === 'status' || allows(f.statuses, status)) &&
    (except === 'country' ||
      f.countries.length === 0 ||
      q.countries.some((c) => f.countries.includes(c))) &&
    PARTY_FACETS.every(
      ({ facet, field, roles }) =>
        except === facet ||
        f[field].length === 0 ||
        partyKeysOf(p, roles).some((k) => f[field].includes(k)),
    )
  );
}

function meetingPasses(
  m: Meeting,
  country: string | undefined,
  f: Filters,
  except?: Facet,
): boolean {
  const y = year(meetingStart(m));
  return (
    y >= f.period[0] &&
    y <= f.period[1] &&
    (except === 'meetingKind' || allows(f.meetingKinds, m.kind)) &&
    (except === 'country' ||
      f.countries.length === 0 ||
      (!!country && f.countries.includes(country)))
  );
}

export interface Visible {
  /** Project id → its status in the period. */
  projects: Record<string, Status>;
  /** City id → how many of its meetings pass the filters. */
  cities: Record<string, number>;
  /** The meetings that pass, oldest first (including those without a place). */
  meetings: Meeting[];
}

export function visibleSet(atlas: Atlas, lookup: Lookup, f: Filters): Visible {
  const projects: Record<string, Status> = {};
  const statuses = statusesInPeriod(atlas.projects, f.period);
  atlas.projects.forEach((p, i) => {
    const status = statuses[i];
    if (status && projectPasses(p, status, f)) projects[p.properties.id] = status;
  });
  const cities: Record<string, number> = {};
  const meetings: Meeting[] = [];
  for (const [placeId, list] of lookup.meetingsAt) {
    const country = lookup.places.get(placeId)?.properties.country;
    for (const m of list)
      if (meetingPasses(m, country, f)) {
        meetings.push(m);
        if (f.showCities) cities[placeId] = (cities[placeId] ?? 0) + 1;
      }
  }
  for (const m of lookup.placelessMeetings) if (meetingPasses(m, undefined, f)) meetings.push(m);
  meetings.sort((a, b) => meetingStart(a).localeCompare(meetingStart(b)));
  return { projects, cities, meetings };
}

export interface FacetCounts {
  sector: Record<Sector, number>;
  subsector: Record<Subsector, number>;
  status: Record<Status, number>;
  /** Projects standing in each country… */
  country: Record<string, number>;
  /** …and, counted apart, the meetings held there. */
  countryMeetings: Record<string, number>;
  /** Projects per party key, for each party facet. */
  financier: Record<string, number>;
  builder: Record<string, number>;
  operator: Record<string, number>;
  meetingKind: Record<MeetingKind, number>;
}

const zeros = <K extends string>(keys: readonly K[]) =>
  Object.fromEntries(keys.map((k) => [k, 0])) as Record<K, number>;

/**
 * For every option of every facet: how many projects (or meetings) would remain if it
 * were chosen, given all the other filters.
 */
export function facetCounts(atlas: Atlas, lookup: Lookup, f: Filters): FacetCounts {
  const counts: FacetCounts = {
    sector: zeros(SECTORS),
    subsector: zeros(Object.values(SUBSECTORS).flat() as Subsector[]),
    status: zeros(STATUSES),
    country: {},
    countryMeetings: {},
    financier: {},
    builder: {},
    operator: {},
    meetingKind: zeros(MEETING_KINDS),
  };
  const add = (counts: Record<string, number>, key: string) => {
    counts[key] = (counts[key] ?? 0) + 1;
  };
  const statuses = statusesInPeriod(atlas.projects, f.period);
  atlas.projects.forEach((p, i) => {
    const status = statuses[i];
    if (!status) return;
    const q = p.properties;
    if (projectPasses(p, status, f, 'sector')) counts.sector[q.sector]++;
    if (projectPasses(p, status, f, 'subsector')) counts.subsector[q.subsector]++;
    if (projectPasses(p, status, f, 'status')) counts.status[status]++;
    if (projectPasses(p, status, f, 'country')) for (const c of q.countries) add(counts.country, c);
    for (const { facet, roles } of PARTY_FACETS)
      if (projectPasses(p, status, f, facet))
        for (const k of partyKeysOf(p, roles)) add(counts[facet], k);
  });
  for (const [placeId, list] of lookup.meetingsAt) {
    const country = lookup.places.get(placeId)?.properties.country;
    for (const m of list) {
      if (meetingPasses(m, country, f, 'meetingKind')) counts.meetingKind[m.kind]++;
      if (country && meetingPasses(m, country, f, 'country')) add(counts.countryMeetings, country);
    }
  }
  for (const m of lookup.placelessMeetings)
    if (meetingPasses(m, undefined, f, 'meetingKind')) counts.meetingKind[m.kind]++;
  return counts;
}

/** Every country the content touches, for the country facet. */
export function countriesIn(atlas: Atlas): string[] {
  const set = new Set<string>();
  for (const p of atlas.projects) p.properties.countries.forEach((c) => set.add(c));
  for (const p of atlas.places) set.add(p.properties.country);
  return [...set].sort();
}

/** Every party of one facet: key → its name, in the order of first appearance. */
export function partiesIn(atlas: Atlas, facet: PartyFacet): Map<string, Party['name']> {
  const roles = PARTY_FACETS.find((x) => x.facet === facet)?.roles ?? [];
  const out = new Map<string, Party['name']>();
  for (const p of atlas.projects)
    for (const party of p.properties.parties)
      if ((roles as readonly PartyRole[]).includes(party.role) && !out.has(partyKey(party)))
        out.set(partyKey(party), party.name);
  return out;
}

/** The subsectors offered while these sectors are shown. */
export const subsectorsOf = (sectors: readonly Sector[]): Subsector[] =>
  SECTORS.filter((s) => sectors.includes(s)).flatMap((s) => SUBSECTORS[s]);

/**
 * The filters without values that no option offers (a link's unknown country, a subsector
 * of a hidden sector): an active filter must always have a ticked box that undoes it.
 * Returns the same object when nothing is dropped.
 */
export function knownFilters(f: Filters, atlas: Atlas): Filters {
  const countries = new Set(countriesIn(atlas));
  const subsectors = new Set<Subsector>(subsectorsOf(f.sectors));
  const next: Filters = {
    ...f,
    sectors: f.sectors.filter((s) => SECTORS.includes(s)),
    subsectors: f.subsectors.filter((s) => subsectors.has(s)),
    statuses: f.statuses.filter((s) => STATUSES.includes(s)),
    countries: f.countries.filter((c) => countries.has(c)),
    financiers: f.financiers.filter((k) => partiesIn(atlas, 'financier').has(k)),
    builders: f.builders.filter((k) => partiesIn(atlas, 'builder').has(k)),
    operators: f.operators.filter((k) => partiesIn(atlas, 'operator').has(k)),
    meetingKinds: f.meetingKinds.filter((k) => MEETING_KINDS.includes(k)),
  };
  const same = (
    [
      'sectors',
      'subsectors',
      'statuses',
      'countries',
      'financiers',
      'builders',
      'operators',
      'meetingKinds',
    ] as const
  ).every((k) => next[k].length === f[k].length);
  return same ? f : next;
}
