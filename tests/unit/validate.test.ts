import { describe, expect, it } from 'vitest';
import { buildAtlas, crossCheck, formatProblem, validateFile } from '../../src/data/validate.ts';
import { emptyAtlas } from '../../src/data/validate.ts';
import { meeting, place, project } from './fixtures.ts';

const sources = JSON.stringify({
  sources: [{ id: 'unverified', kind: 'unverified', title: { ky: 'a', ru: 'b', en: 'c' } }],
});
const fc = (features: unknown[]) => JSON.stringify({ type: 'FeatureCollection', features });

describe('validateFile', () => {
  it('keeps valid records and names file › record › field for each broken one', () => {
    const bad = project('bad-one', 'energy') as unknown as { properties: Record<string, unknown> };
    bad.properties.sector = 'space';
    const { records, problems } = validateFile(
      'projects',
      JSON.parse(fc([project('good', 'energy'), bad])),
    );
    expect(records.map((r) => r.properties.id)).toEqual(['good']);
    expect(problems).toHaveLength(1);
    expect(formatProblem(problems[0]!)).toMatch(
      /^projects\.geojson › bad-one › properties\.sector › /,
    );
  });

  it('rejects coordinates out of range and impossible dates', () => {
    const p = project('x', 'energy');
    const raw = JSON.parse(JSON.stringify(p));
    raw.geometry.coordinates[0] = [190, 41];
    raw.properties.timeline[0].date = '2019-02-30';
    const { problems } = validateFile('projects', JSON.parse(fc([raw])));
    const fields = problems.map((x) => x.field);
    expect(fields).toContain('geometry.coordinates[0][0]');
    expect(fields).toContain('properties.timeline[0].date');
  });

  it('says what is wrong with a file that is not a collection', () => {
    const { problems } = validateFile('meetings', { items: [] });
    expect(problems[0]?.message).toContain('"meetings"');
  });
});

describe('buildAtlas', () => {
  it('reports a file that is missing or not JSON and keeps the others', () => {
    const { atlas, problems } = buildAtlas({
      sources,
      places: fc([place('bishkek')]),
      meetings: '{"meetings": [',
      projects: new Error('HTTP 404'),
      indicators: '{"indicators": []}',
      links: '{"links": []}',
      context: '{"context": []}',
    });
    expect(atlas.places).toHaveLength(1);
    expect(problems.map(formatProblem)).toEqual([
      expect.stringMatching(/^meetings\.json › \(file\) › .* › is not valid JSON/),
      'projects.geojson › (file) › (whole record) › could not be loaded: HTTP 404',
    ]);
  });
});

describe('crossCheck', () => {
  it('finds duplicate ids, unknown sources, places and link ends', () => {
    const atlas = emptyAtlas();
    atlas.sources = [
      { id: 'unverified', kind: 'unverified', title: { ky: 'a', ru: 'b', en: 'c' } },
    ];
    atlas.places = [place('bishkek'), place('bishkek')];
    atlas.meetings = [meeting('m1', 'atlantis', '2007')];
    atlas.meetings[0]!.citations = [{ source: 'nowhere' }];
    atlas.links = [
      { from: 'm1', to: 'ghost', relation: 'led-to', citations: [{ source: 'unverified' }] },
    ];
    const msgs = crossCheck(atlas).map(formatProblem);
    expect(msgs).toContain(
      'places.geojson › bishkek › properties.id › duplicate id (also in places.geojson)',
    );
    expect(msgs).toContain(
      'meetings.json › m1 › citations[0].source › cites unknown source "nowhere"',
    );
    expect(msgs).toContain('meetings.json › m1 › place › unknown place "atlantis"');
    expect(msgs).toContain('links.json › m1→ghost › to › points at unknown record "ghost"');
    expect(msgs).toHaveLength(4);
  });

  it('does not bury a missing bibliography under one "unknown source" per citation', () => {
    const atlas = emptyAtlas();
    atlas.places = [place('bishkek')];
    expect(crossCheck(atlas)).toEqual([]);
  });
});
