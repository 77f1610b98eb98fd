import { describe, expect, it } from 'vitest';
import type { ArticleBlock } from '../../src/data/article.ts';
import { buildLookup } from '../../src/data/lookup.ts';
import { indexBlocks, locate, numbersIn, quotesOf } from '../../src/data/quotes.ts';
import type { Atlas } from '../../src/data/registry.ts';
import { emptyAtlas } from '../../src/data/validate.ts';
import { runsOf } from '../../src/panels/reader/segments.ts';
import { createAtlasStore } from '../../src/state/store.ts';
import { selectionOf } from '../../src/state/slices/sidePanel.ts';
import { formatUrl } from '../../src/state/url.ts';
import { parseUrl } from '../../src/state/urlParse.ts';
import { lexiconOf, joinLines } from '../../scripts/clean-articles.ts';
import { meeting, place, project } from './fixtures.ts';

const block = (n: number, text: string): ArticleBlock => ({ n, kind: 'p', lang: 'ky', text });

describe('cleaning the extracted text', () => {
  const lexicon = lexiconOf(['кыргыз жана кытай', 'Республика']);
  it('joins words hyphenated across lines, keeps real hyphens and years', () => {
    expect(joinLines('Кыргыз Рес-\n\nпубликасы', lexicon)).toBe('Кыргыз Республикасы');
    expect(joinLines('кыргыз-\nкытай мамилелери', lexicon)).toBe('кыргыз-кытай мамилелери');
    expect(joinLines('2002-\nжылы', lexicon)).toBe('2002-жылы');
    expect(joinLines('«Бир алкак - \nбир жол»', lexicon)).toBe('«Бир алкак - бир жол»');
  });
});

describe('passages in the article', () => {
  const blocks = [block(1, 'Биринчи абзац. Кара-Бал-та заводу'), block(2, 'жылына 800 миң тонна.')];
  it('are found across hyphens, white space and blocks, as character spans', () => {
    const spans = locate(indexBlocks(blocks), 'Кара-Балта заводу жылына 800 миң');
    expect(spans).toEqual([
      { n: 1, start: 15, end: 33 },
      { n: 2, start: 0, end: 14 },
    ]);
    expect(locate(indexBlocks(blocks), 'жок нерсе')).toEqual([]);
  });

  it('mark numbers and dates', () => {
    expect(
      numbersIn('2001-жылдын 14-сентябрында 4,34 миллиард, 133 335 унция, 97,8%га').map(
        (m) => m.text,
      ),
    ).toEqual(['2001-жылдын', '14', '4,34', '133 335', '97,8%']);
  });

  it('cut a block into runs: plain text, passage, and numbers of their own', () => {
    const text = 'Башы. Завод 800 миң тонна. Аягы.';
    const runs = runsOf(text, 1, [{ quote: 0, span: { n: 1, start: 6, end: 26 }, length: 20 }]);
    expect(runs.map((r) => [r.text, r.quotes, r.number])).toEqual([
      ['Башы. ', [], false],
      ['Завод ', [0], false],
      ['800', [0], true],
      [' миң тонна.', [0], false],
      [' Аягы.', [], false],
    ]);
    // A number as the atlas printed it is marked whole.
    const whole = runsOf(
      text,
      1,
      [{ quote: 0, span: { n: 1, start: 6, end: 26 }, length: 20 }],
      ['800 миң'],
    );
    expect(whole.filter((r) => r.number).map((r) => r.text)).toEqual(['800 миң']);
  });

  it('know which records quote them, and what a meeting shows on the map', () => {
    const m = meeting('summit', 'bishkek', '2007-08-16');
    m.citations = [{ source: 'article-sco', passage: 'Бишкек саммити' }];
    const p = project('plant', 'industry');
    p.properties.cost = [
      {
        value: 58e6,
        unit: 'USD',
        printed: '58 млн.',
        citations: [{ source: 'article-sco', passage: 'баасы 58 млн. АКШ' }],
      },
    ];
    const atlas: Atlas = {
      ...emptyAtlas(),
      places: [place('bishkek')],
      projects: [p],
      meetings: [m],
    };
    const quotes = quotesOf(atlas, buildLookup(atlas), 'article-sco');
    expect(
      quotes.map((q) => [q.passage, q.uses[0]?.target, q.uses[0]?.field, q.uses[0]?.printed]),
    ).toEqual([
      ['баасы 58 млн. АКШ', { kind: 'project', id: 'plant' }, 'properties.cost[0]', '58 млн.'],
      ['Бишкек саммити', { kind: 'place', id: 'bishkek' }, '(record)', undefined],
    ]);
    expect(quotesOf(atlas, buildLookup(atlas), 'article-bri')).toEqual([]);
  });
});

describe('reader state and link', () => {
  it('reads and writes read and p, dropping what is malformed', () => {
    expect(parseUrl('?read=article-bri&p=12').reading).toEqual({ id: 'article-bri', p: 12 });
    expect(parseUrl('?read=article-bri&p=0').reading).toEqual({ id: 'article-bri', p: null });
    expect(parseUrl('?read=article-x&p=3').reading).toBeUndefined();
    const state = parseUrl('?read=article-sco&p=7&sel=place:bishkek');
    expect(formatUrl(state)).toBe('sel=place:bishkek&read=article-sco&p=7');
  });

  it('choosing a passage sets the paragraph and selects the record in one update', () => {
    const store = createAtlasStore('en');
    const atlas: Atlas = { ...emptyAtlas(), places: [place('bishkek')] };
    store.getState().setContent(atlas, []);
    store.getState().openReader('article-sco');
    let updates = 0;
    const off = store.subscribe(() => updates++);
    store.getState().choosePassage(8, 'Бишкек саммити', { kind: 'place', id: 'bishkek' });
    off();
    expect(updates).toBe(1);
    const s = store.getState();
    expect(s.reading).toEqual({ id: 'article-sco', p: 8 });
    expect(s.readerPassage).toBe('Бишкек саммити');
    expect(s.selection).toEqual({ kind: 'place', id: 'bishkek', origin: 'list' });
    // The side panel shows it: the selection is its projection, never set on its own.
    expect(s.sidePanel.top).toBe('record');
    expect(selectionOf(s.sidePanel)).toEqual(s.selection);
    // A record that does not exist is not selected; the paragraph still moves.
    store.getState().choosePassage(9, 'x', { kind: 'project', id: 'nope' });
    expect(store.getState().selection?.id).toBe('bishkek');
    expect(store.getState().reading?.p).toBe(9);
    store.getState().closeReader();
    expect(store.getState().reading).toBeNull();
  });
});
