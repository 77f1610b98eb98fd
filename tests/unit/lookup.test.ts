import { describe, expect, it } from 'vitest';
import { buildLookup, linkedOnMap } from '../../src/data/lookup.ts';
import { emptyAtlas } from '../../src/data/validate.ts';
import { cite, meeting, place, project, text } from './fixtures.ts';

function world() {
  const atlas = emptyAtlas();
  atlas.places = [place('astana'), place('dushanbe')];
  const announcement = meeting('bri-2013', 'astana', '2013-09');
  const summit = meeting('summit-2008', 'dushanbe', '2008-08-28');
  summit.outcomes = [
    { id: 'declaration-2008', kind: 'declaration', title: text('Declaration'), citations: [cite] },
  ];
  atlas.meetings = [announcement, summit];
  atlas.projects = [
    project('road', 'transport'),
    project('railway', 'transport'),
    project('mine', 'mining'),
  ];
  atlas.links = [
    { from: 'road', to: 'bri-2013', relation: 'part-of', citations: [cite] },
    { from: 'railway', to: 'bri-2013', relation: 'part-of', citations: [cite] },
    { from: 'declaration-2008', to: 'railway', relation: 'led-to', citations: [cite] },
  ];
  return buildLookup(atlas);
}

describe('linkedOnMap', () => {
  it('finds the projects a city’s meetings led to, through their outcomes too', () => {
    const lookup = world();
    expect(linkedOnMap(lookup, 'place', 'astana')).toEqual({
      places: [],
      projects: ['road', 'railway'],
    });
    expect(linkedOnMap(lookup, 'place', 'dushanbe')).toEqual({ places: [], projects: ['railway'] });
  });

  it('finds the cities of the meetings behind a project', () => {
    const lookup = world();
    expect(linkedOnMap(lookup, 'project', 'railway').places.sort()).toEqual(['astana', 'dushanbe']);
    expect(linkedOnMap(lookup, 'project', 'mine')).toEqual({ places: [], projects: [] });
  });
});
