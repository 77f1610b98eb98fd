import { describe, expect, it } from 'vitest';
import { buildLookup } from '../../src/data/lookup.ts';
import { emptyAtlas } from '../../src/data/validate.ts';
import {
  defaultFilters,
  facetCounts,
  knownFilters,
  latestYearIn,
  partiesIn,
  partyKey,
  partyKeysOf,
  periodEnd,
  projectInPeriod,
  statusAt,
  statusesInPeriod,
  visibleSet,
  type Filters,
} from '../../src/state/filters.ts';
import { cite, meeting, place, project, text } from './fixtures.ts';

function world() {
  const atlas = emptyAtlas();
  const railway = project('railway', 'transport', 'proposed');
  railway.properties.timeline = [{ status: 'proposed', date: '1997', citations: [cite] }];
  const line = project('line', 'energy');
  line.properties.timeline = [
    { status: 'under-construction', date: '2012', citations: [cite] },
    { status: 'operating', date: '2015-08', citations: [cite] },
    { status: 'idle', date: '2030', planned: true, citations: [cite] },
  ];
  const refinery = project('refinery', 'energy');
  refinery.properties.countries = ['KG', 'CN'];
  refinery.properties.timeline = [
    { status: 'operating', date: '2013', citations: [cite] },
    { status: 'idle', date: '2020', citations: [cite] },
  ];
  atlas.projects = [railway, line, refinery];
  atlas.places = [
    place('bishkek'),
    { ...place('beijing'), properties: { ...place('beijing').properties, country: 'CN' } },
  ];
  atlas.meetings = [
    meeting('bishkek-2007', 'bishkek', '2007-08-16'),
    meeting('bishkek-2013', 'bishkek', '2013-09-13'),
    { ...meeting('beijing-2003', 'beijing', '2003-09'), kind: 'heads-of-government' },
    meeting('relations-1992', null, '1992-01-05'),
  ];
  return { atlas, lookup: buildLookup(atlas) };
}

const f = (patch: Partial<Filters>): Filters => ({ ...defaultFilters(), ...patch });

describe('status over time', () => {
  it('is what had happened by the end of the year, plans aside', () => {
    const { atlas } = world();
    const line = atlas.projects[1]!.properties.timeline;
    expect(statusAt(line, 2011)).toBeNull();
    expect(statusAt(line, 2014)).toBe('under-construction');
    expect(statusAt(line, 2015)).toBe('operating');
    expect(statusAt(line, 2035)).toBe('operating');
  });
});

describe('statuses in the period', () => {
  it('are each project’s status in it, walked once per period and reused while it stays', () => {
    const { atlas } = world();
    const in2016 = statusesInPeriod(atlas.projects, [2016, 2016]);
    expect(in2016).toEqual(atlas.projects.map((p) => projectInPeriod(p, [2016, 2016])));
    expect(in2016).toEqual(['proposed', 'operating', 'operating']);
    // The same period (a toggle or a filter change keeps it): the same walk, not a new one.
    expect(statusesInPeriod(atlas.projects, [2016, 2016])).toBe(in2016);
    // Another period is walked anew, and right.
    const in2021 = statusesInPeriod(atlas.projects, [2010, 2021]);
    expect(in2021).not.toBe(in2016);
    expect(in2021).toEqual(['proposed', 'operating', 'idle']);
    // Other content (a new load) never reads another list's statuses.
    const other = world().atlas;
    other.projects = other.projects.slice(1);
    expect(statusesInPeriod(other.projects, [2010, 2021])).toEqual(['operating', 'idle']);
  });

  it('gives the same visible set and counts as walking every timeline', () => {
    const { atlas, lookup } = world();
    const filters = f({ period: [2011, 2011] });
    const v = visibleSet(atlas, lookup, filters);
    expect(v.projects).toEqual({ railway: 'proposed' });
    // A toggle keeps the period: the kept statuses give the new answer.
    expect(visibleSet(atlas, lookup, { ...filters, sectors: ['energy'] }).projects).toEqual({});
    expect(facetCounts(atlas, lookup, filters).sector).toMatchObject({ energy: 0, transport: 1 });
    // A timeline step changes it: walked anew.
    expect(visibleSet(atlas, lookup, { ...filters, period: [2012, 2012] }).projects).toEqual({
      railway: 'proposed',
      line: 'under-construction',
    });
  });
});

describe('party keys', () => {
  it('are each party once, per facet roles, and kept per project', () => {
    const { atlas } = world();
    const p = atlas.projects[0]!;
    p.properties.parties = [
      { role: 'builder', name: text('China Road Co.'), citations: [cite] },
      { role: 'builder', name: text('China Road Co.'), citations: [cite] },
      { role: 'owner', name: text('Owner LLC'), citations: [cite] },
    ];
    expect(partyKeysOf(p, ['builder'])).toEqual(['china-road-co']);
    expect(partyKeysOf(p, ['operator', 'owner'])).toEqual(['owner-llc']);
    expect(partyKeysOf(p, ['builder'])).toBe(partyKeysOf(p, ['builder']));
  });
});

describe('visibleSet', () => {
  it('shows, for 2016, what was being built or running and the summits of that year', () => {
    const { atlas, lookup } = world();
    const v = visibleSet(atlas, lookup, f({ period: [2016, 2016] }));
    expect(v.projects).toEqual({ railway: 'proposed', line: 'operating', refinery: 'operating' });
    expect(v.cities).toEqual({});
    const v2 = visibleSet(atlas, lookup, f({ period: [2013, 2013] }));
    expect(v2.projects).toEqual({
      railway: 'proposed',
      line: 'under-construction',
      refinery: 'operating',
    });
    expect(v2.cities).toEqual({ bishkek: 1 });
    expect(v2.meetings.map((m) => m.id)).toEqual(['bishkek-2013']);
  });

  it('applies sectors, statuses, countries and meeting kinds together', () => {
    const { atlas, lookup } = world();
    const v = visibleSet(
      atlas,
      lookup,
      f({
        sectors: ['energy'],
        statuses: ['idle'],
        countries: ['CN'],
        meetingKinds: ['heads-of-government'],
      }),
    );
    expect(Object.keys(v.projects)).toEqual(['refinery']);
    expect(v.cities).toEqual({ beijing: 1 });
  });

  it('keeps meetings without a place in the list, and hides cities when their layer is off', () => {
    const { atlas, lookup } = world();
    const v = visibleSet(atlas, lookup, f({ showCities: false }));
    expect(v.cities).toEqual({});
    expect(v.meetings.map((m) => m.id)).toEqual([
      'relations-1992',
      'beijing-2003',
      'bishkek-2007',
      'bishkek-2013',
    ]);
  });
});

describe('facetCounts', () => {
  it('counts each option as if it were chosen, given the other filters', () => {
    const { atlas, lookup } = world();
    const c = facetCounts(atlas, lookup, f({ sectors: ['energy'], period: [2021, 2021] }));
    // Sector counts ignore the sector filter itself…
    expect(c.sector.transport).toBe(1);
    expect(c.sector.energy).toBe(2);
    // …but statuses respect it: only energy projects count.
    expect(c.status).toMatchObject({ operating: 1, idle: 1, proposed: 0 });
    expect(c.country).toMatchObject({ KG: 2, CN: 1 });
    expect(c.meetingKind['heads-of-state']).toBe(0);
  });
});

describe('party facets and the country facet', () => {
  it('filter projects by financier, builder or operator (owners included), meetings untouched', () => {
    const { atlas, lookup } = world();
    atlas.projects[1]!.properties.parties = [
      { role: 'builder', name: text('TBEA (Tebian Electric)'), citations: [cite] },
      { role: 'financier', name: text('Export-Import Bank of China'), citations: [cite] },
    ];
    atlas.projects[2]!.properties.parties = [
      { role: 'owner', name: text('Zijin Mining Group'), citations: [cite] },
    ];
    expect(partyKey({ name: text('TBEA (Tebian Electric)') })).toBe('tbea-tebian-electric');
    expect([...partiesIn(atlas, 'operator').keys()]).toEqual(['zijin-mining-group']);
    const v = visibleSet(atlas, lookup, f({ builders: ['tbea-tebian-electric'] }));
    expect(Object.keys(v.projects)).toEqual(['line']);
    expect(v.meetings).toHaveLength(4);
    const z = visibleSet(atlas, lookup, f({ operators: ['zijin-mining-group'] }));
    expect(Object.keys(z.projects)).toEqual(['refinery']);
    const c = facetCounts(atlas, lookup, f({ builders: ['tbea-tebian-electric'] }));
    // A facet's own counts ignore it; the others follow it.
    expect(c.builder).toEqual({ 'tbea-tebian-electric': 1 });
    expect(c.financier).toEqual({ 'export-import-bank-of-china': 1 });
    expect(c.operator).toEqual({});
    // Unknown parties in a link are dropped once the content is there.
    expect(knownFilters(f({ financiers: ['nobody'] }), atlas).financiers).toEqual([]);
  });

  it('counts projects and meetings apart per country', () => {
    const { atlas, lookup } = world();
    const c = facetCounts(atlas, lookup, f({}));
    // Three projects stand in KG, one in CN; two meetings were held in KG, one in CN.
    expect(c.country).toEqual({ KG: 3, CN: 1 });
    expect(c.countryMeetings).toEqual({ KG: 2, CN: 1 });
  });
});

describe('the period’s end', () => {
  it('is this year, or the latest year in the data when that is later', () => {
    const atlas = emptyAtlas();
    expect(periodEnd(new Date('2031-03-01T12:00:00Z'), atlas)).toBe(2031);
    expect(periodEnd(new Date('2026-12-31T12:00:00Z'))).toBe(2026);
    const summit = meeting('summit', 'bishkek', '2033-06-14');
    const line = project('line', 'energy');
    line.properties.timeline = [
      { status: 'operating', date: '2029-08', citations: [cite] },
      { status: 'suspended', date: '2040', planned: true, citations: [cite] },
    ];
    const data = { ...atlas, meetings: [summit], projects: [line] };
    expect(latestYearIn(data)).toBe(2033); // what happened or was held; plans do not count
    expect(periodEnd(new Date('2027-01-01T12:00:00Z'), data)).toBe(2033);
    expect(periodEnd(new Date('2035-01-01T12:00:00Z'), data)).toBe(2035);
  });
});

describe('knownFilters', () => {
  it('drops every chosen value that no option offers, so each active filter can be undone', () => {
    const { atlas } = world();
    const hostile = f({
      countries: ['XX', 'CN', 'ZZ'],
      // "road" is offered only while Transport is shown.
      sectors: ['energy'],
      subsectors: ['road', 'power-line'],
      statuses: ['operating'],
      meetingKinds: ['heads-of-state'],
    });
    expect(knownFilters(hostile, atlas)).toEqual({
      ...hostile,
      countries: ['CN'],
      subsectors: ['power-line'],
    });
  });

  it('returns the same object when nothing needs dropping', () => {
    const { atlas } = world();
    const ok = f({ countries: ['KG'] });
    expect(knownFilters(ok, atlas)).toBe(ok);
  });
});
