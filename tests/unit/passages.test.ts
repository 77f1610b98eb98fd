import { describe, expect, it } from 'vitest';
import { checkPassages, comparable } from '../../src/data/passages.ts';
import { emptyAtlas } from '../../src/data/validate.ts';
import { project } from './fixtures.ts';

const article = `Эки нефтини кайра иш-
тетүүчү заводду - Кара-Балтада (жылына 800 миң
тоннага жакын өндүрүштүк кубаттуулукта)`;
const files = {
  sources: 's',
  places: 'p',
  meetings: 'm',
  projects: 'projects.geojson',
  indicators: 'i',
  links: 'l',
  context: 'c',
};

function withPassage(passage: string, printed?: string) {
  const atlas = emptyAtlas();
  const p = project('refinery', 'energy');
  p.properties.capacity = [
    {
      value: 800000,
      unit: 't/yr',
      printed,
      citations: [{ source: 'art', ref: '[5, 1-б.]', passage }],
    },
  ];
  atlas.projects = [p];
  return checkPassages(atlas, new Map([['art', article]]), files);
}

describe('passages', () => {
  it('ignores the line breaks and hyphens of PDF extraction, nothing else', () => {
    expect(comparable('иш-\nтетүүчү')).toBe(comparable('иштетүүчү'));
    expect(comparable('800 миң')).not.toBe(comparable('80 миң'));
  });

  it('accepts a passage written as readable text', () => {
    expect(withPassage('Кара-Балтада (жылына 800 миң тоннага жакын', '800 миң')).toEqual([]);
  });

  it('rejects a passage with a changed letter or number', () => {
    const problems = withPassage('Кара-Балтада (жылына 900 миң тоннага жакын');
    expect(problems).toHaveLength(1);
    expect(problems[0]?.field).toBe('properties.capacity[0].citations[0].passage');
  });

  it('rejects a printed number that is not in the passage', () => {
    const problems = withPassage('Кара-Балтада (жылына 800 миң тоннага жакын', '850 миң');
    expect(problems.map((p) => p.field)).toEqual(['properties.capacity[0].printed']);
  });

  it('requires a passage for every citation of an article', () => {
    const atlas = emptyAtlas();
    const p = project('x', 'energy');
    p.properties.summary[0]!.citations = [{ source: 'art' }];
    atlas.projects = [p];
    expect(checkPassages(atlas, new Map([['art', article]]), files)[0]?.message).toMatch(
      /without quoting/,
    );
  });
});
