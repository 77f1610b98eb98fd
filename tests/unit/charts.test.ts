import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  investmentBySector,
  shareRest,
  statusByYear,
  timelineCitations,
  tradeByCountry,
} from '../../src/panels/charts/data.ts';
import { buildAtlas } from '../../src/data/validate.ts';
import { datasets, DATASET_KEYS } from '../../src/data/registry.ts';
import { project } from './fixtures.ts';

const root = join(import.meta.dirname, '..', '..', 'geodata');
const { atlas } = buildAtlas(
  Object.fromEntries(
    DATASET_KEYS.map((k) => [k, readFileSync(join(root, datasets[k].file), 'utf8')]),
  ),
);

describe('chart data', () => {
  it('Chinese investment since 2013: three sectors that add up to the stated total', () => {
    const chart = investmentBySector(atlas.indicators)!;
    expect(chart.bars.map((b) => [b.key, b.value])).toEqual([
      ['energy', 2_500_000_000],
      ['transport', 1_690_000_000],
      ['metallurgy', 150_000_000],
    ]);
    expect(chart.total?.value).toBe(4_340_000_000);
    expect(chart.bars.reduce((s, b) => s + b.value, 0)).toBe(chart.total?.value);
    expect(chart.citations[0]?.source).toBe('article-bri');
    expect(chart.bars[0]!.label.ru).toBe('энергетика');
  });

  it('trade with SCO members in 2007: the three countries’ shares, and what is left', () => {
    const chart = tradeByCountry(atlas.indicators)!;
    expect(chart.bars.map((b) => [b.key, b.value])).toEqual([
      ['share-russia', 50.9],
      ['share-kazakhstan', 21.7],
      ['share-china', 17.5],
    ]);
    // 50.9 + 21.7 + 17.5 = 90.1; 100 − 90.1 = 9.9
    expect(shareRest(chart)).toEqual({ sum: 90.1, rest: 9.9 });
    expect(chart.total?.value).toBe(2_380_000_000);
  });

  it('is absent when the data lacks the indicator', () => {
    expect(investmentBySector([])).toBeNull();
    expect(tradeByCountry([])).toBeNull();
  });

  it('counts projects by their status at the end of each year, from what happened', () => {
    const a = project('a', 'energy');
    a.properties.timeline = [
      { status: 'proposed', date: '2000', citations: [{ source: 's1' }] },
      { status: 'under-construction', date: '2002-05', citations: [{ source: 's1' }] },
      { status: 'operating', date: '2005', citations: [{ source: 's2', ref: '[3]' }] },
      {
        status: 'cancelled',
        date: '2030',
        planned: true,
        citations: [{ source: 's2', ref: '[3]' }],
      },
    ];
    const b = project('b', 'transport', 'proposed');
    b.properties.timeline[0]!.date = '2003';
    const years = statusByYear([a, b], 1999, 2006);
    const at = (y: number) => years.find((x) => x.year === y)!;
    expect(years).toHaveLength(8);
    expect(at(1999).total).toBe(0);
    expect(at(2000).counts.proposed).toBe(1);
    expect(at(2002).counts['under-construction']).toBe(1);
    expect(at(2003).counts).toMatchObject({ proposed: 1, 'under-construction': 1 });
    expect(at(2006)).toMatchObject({
      total: 2,
      counts: { operating: 1, proposed: 1, cancelled: 0 },
    });
    expect(timelineCitations([a, b])).toEqual([
      { source: 's1' },
      { source: 's2', ref: '[3]' },
      { source: 'unverified' },
    ]);
  });

  it('covers 1992–2026 for the atlas’s own projects', () => {
    const years = statusByYear(atlas.projects);
    expect(years[0]!.year).toBe(1992);
    expect(years.at(-1)!.year).toBe(2026);
    expect(years.at(-1)!.total).toBeGreaterThan(0);
    expect(years.at(-1)!.total).toBeLessThanOrEqual(atlas.projects.length);
  });
});
