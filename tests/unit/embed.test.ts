import { describe, expect, it } from 'vitest';
import { embedSnippet, embedUrl, fullAtlasUrl } from '../../src/export/embed.ts';

const view =
  'https://atlas.example.org/silk/?debug&lang=ru&sel=project:power-line-datka-kemin&map=74.6,42.9,6&sectors=energy,transport&status=operating&from=2010&to=2020&basemap=satellite';

describe('embedding the atlas', () => {
  it('puts the whole view on the embed page: layers, filters, period, selection, language, basemap', () => {
    const src = new URL(embedUrl(view, { lang: 'ru', basemap: 'satellite' }));
    expect(src.origin + src.pathname).toBe('https://atlas.example.org/silk/embed.html');
    const q = src.searchParams;
    expect(q.get('sectors')).toBe('energy,transport');
    expect(q.get('status')).toBe('operating');
    expect([q.get('from'), q.get('to')]).toEqual(['2010', '2020']);
    expect(q.get('sel')).toBe('project:power-line-datka-kemin');
    expect(q.get('map')).toBe('74.6,42.9,6');
    expect(q.get('lang')).toBe('ru');
    expect(q.get('basemap')).toBe('satellite');
    expect(q.has('debug')).toBe(false);
  });

  it('states the language and basemap even when the address does not', () => {
    const src = new URL(embedUrl('https://a.example/', { lang: 'ky', basemap: 'street' }));
    expect(src.pathname).toBe('/embed.html');
    expect(src.searchParams.get('lang')).toBe('ky');
    expect(src.searchParams.get('basemap')).toBe('street');
    const offline = new URL(
      embedUrl('https://a.example/?basemap=street', { lang: 'en', basemap: 'offline' }),
    );
    expect(offline.searchParams.has('basemap')).toBe(false);
  });

  it('leads back to the full atlas with the same view', () => {
    const src = embedUrl(view, { lang: 'ru', basemap: 'satellite' });
    const back = new URL(fullAtlasUrl(`${src}&debug`));
    expect(back.origin + back.pathname).toBe('https://atlas.example.org/silk/');
    expect([...back.searchParams].sort()).toEqual([...new URL(src).searchParams].sort());
  });

  it('writes an iframe snippet whose attributes cannot be broken out of', () => {
    const snippet = embedSnippet('https://a.example/embed.html?lang=en&sel=place:osh', {
      title: 'Atlas "x" <y>',
    });
    expect(snippet).toBe(
      '<iframe src="https://a.example/embed.html?lang=en&amp;sel=place:osh" title="Atlas &quot;x&quot; &lt;y&gt;" width="100%" height="600" style="border:0" loading="lazy" allow="clipboard-write"></iframe>',
    );
    expect(embedSnippet('https://a.example/embed.html', { title: 't', height: 99999 })).toContain(
      'height="2000"',
    );
  });
});
