import { describe, expect, it } from 'vitest';
import {
  composeCorrection,
  parseCorrection,
  reportFileName,
  reportJson,
  reportText,
  targetHost,
  targetLink,
  type CorrectionInput,
} from '../../src/export/correction.ts';
import { dataVersion, fnv1a } from '../../src/data/version.ts';

const input: CorrectionInput = {
  record: { kind: 'project', id: 'refinery-kara-balta', name: 'Kara-Balta refinery' },
  field: 'Capacity',
  current: '800 миң → 800,000 t/yr',
  sources: [{ source: 'article-bri', ref: '[5, 1-б.]', passage: 'Кара-Балтада (жылына 800 миң' }],
  wrong: '  the unit  ',
  right: '800 000 t per year',
  readerSource: 'https://example.org/report',
  permalink: 'https://atlas.example/?sel=project:refinery-kara-balta',
  dataVersion: '0123abcd',
  lang: 'ru',
  createdAt: '2026-12-01T20:00:00.000Z',
};

describe('correction report', () => {
  const report = composeCorrection(input);

  it('holds the record, field, current value and sources, link, data version and language', () => {
    expect(report.record.id).toBe('refinery-kara-balta');
    expect(report.field).toBe('Capacity');
    expect(report.current).toContain('800');
    expect(report.sources).toEqual([
      { source: 'article-bri', ref: '[5, 1-б.]', passage: 'Кара-Балтада (жылына 800 миң' },
    ]);
    expect(report.correction).toEqual({
      wrong: 'the unit',
      right: '800 000 t per year',
      source: 'https://example.org/report',
    });
    expect(report.permalink).toContain('sel=project:refinery-kara-balta');
    expect([report.dataVersion, report.lang]).toEqual(['0123abcd', 'ru']);
    expect(reportText(report)).toContain('Field: Capacity');
    expect(reportFileName(report)).toBe('correction-refinery-kara-balta-2026-12-01.json');
  });

  it('round-trips through its JSON, and refuses what is not a report', () => {
    expect(parseCorrection(reportJson(report))).toEqual(report);
    expect(parseCorrection('{"format":"other"}')).toBeNull();
    expect(parseCorrection('not json')).toBeNull();
  });

  it('links to a configured target: an http(s) template or a mailto address, nothing else', () => {
    const issue = targetLink('https://tracker.example/new?title={title}&body={body}', report);
    expect(issue).toMatch(/^https:\/\/tracker\.example\/new\?title=Correction%3A/);
    expect(decodeURIComponent(issue ?? '')).toContain('Field: Capacity');
    const mail = targetLink('mailto:atlas@example.org', report);
    expect(mail).toMatch(/^mailto:atlas@example\.org\?subject=Correction/);
    expect(targetLink('javascript:alert(1)', report)).toBeNull();
    expect(targetLink('ftp://x.example/', report)).toBeNull();
    expect(targetLink('', report)).toBeNull();
    expect(targetLink(undefined, report)).toBeNull();
    expect(targetHost('https://tracker.example/new')).toBe('tracker.example');
    expect(targetHost('mailto:atlas@example.org')).toBe('atlas@example.org');
    expect(targetHost('data:text/html,x')).toBeNull();
  });

  it('names the data version by the build’s content fingerprints', () => {
    const urls = { a: '/assets/projects-Ab12Cd34.geojson', b: '/assets/sources-Zz99Yy88.json' };
    expect(dataVersion(urls)).toBe(fnv1a('projects-Ab12Cd34.geojson|sources-Zz99Yy88.json'));
    expect(dataVersion(urls)).toMatch(/^[0-9a-f]{8}$/);
    expect(dataVersion({ a: '/geodata/projects.geojson' })).toBe('dev');
  });
});
