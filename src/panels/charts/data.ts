/**
 * What the charts draw, built from the atlas's content: pure, language-free (labels stay
 * as ky/ru/en texts), tested against hand-checked values.
 */
import type { ProjectFeatureT } from '../../data/registry.ts';
import type { Citation, Indicator, Quantity, Text } from '../../data/schema.ts';
import { STATUSES, type Status, type Unit } from '../../data/vocab.ts';
import { FIRST_YEAR, LAST_YEAR, statusAt } from '../../state/filters.ts';

export const INVESTMENT_ID = 'china-investment-contracts-since-2013';
export const TRADE_ID = 'kyrgyzstan-trade-sco-2007';

export interface Bar {
  key: string;
  label: Text;
  value: number;
  printed?: string;
  citations: Citation[];
}

export interface BarChart {
  id: string;
  title: Text;
  unit: Unit;
  bars: Bar[];
  /** The total the source gives, when it gives one. */
  total?: Quantity;
  citations: Citation[];
}

const bar = (q: Quantity & { key: string }): Bar => ({
  key: q.key,
  label: q.label ?? { ky: q.key, ru: q.key, en: q.key },
  value: q.value,
  ...(q.printed ? { printed: q.printed } : {}),
  citations: q.citations,
});

/** Chinese investment and contracts since 2013, one bar per sector; the total aside. */
export function investmentBySector(indicators: readonly Indicator[]): BarChart | null {
  const ind = indicators.find((i) => i.id === INVESTMENT_ID);
  if (!ind) return null;
  const total = ind.values.find((v) => v.key === 'total');
  return {
    id: ind.id,
    title: ind.title,
    unit: 'USD',
    bars: ind.values.filter((v) => v.key !== 'total' && v.unit === 'USD').map(bar),
    ...(total ? { total } : {}),
    citations: ind.citations,
  };
}

/** Kyrgyzstan's trade with SCO members in 2007: each country's share, in percent. */
export function tradeByCountry(indicators: readonly Indicator[]): BarChart | null {
  const ind = indicators.find((i) => i.id === TRADE_ID);
  if (!ind) return null;
  const total = ind.values.find((v) => v.key === 'total');
  return {
    id: ind.id,
    title: ind.title,
    unit: 'percent',
    bars: ind.values
      .filter(
        (v) => v.unit === 'percent' && /^share-/.test(v.key) && v.key !== 'share-of-all-trade',
      )
      .map(bar),
    ...(total ? { total } : {}),
    citations: ind.citations,
  };
}

/** The sum of the bars, and what is left of 100 % (for shares), to one decimal. */
export function shareRest(chart: BarChart): { sum: number; rest: number } {
  const sum = Math.round(chart.bars.reduce((s, b) => s + b.value, 0) * 10) / 10;
  return { sum, rest: Math.round((100 - sum) * 10) / 10 };
}

export interface YearCounts {
  year: number;
  counts: Record<Status, number>;
  total: number;
}

/** For every year, how many projects had each status at its end (from what happened). */
export function statusByYear(
  projects: readonly ProjectFeatureT[],
  from: number = FIRST_YEAR,
  to: number = LAST_YEAR,
): YearCounts[] {
  const out: YearCounts[] = [];
  for (let year = from; year <= to; year++) {
    const counts = Object.fromEntries(STATUSES.map((s) => [s, 0])) as Record<Status, number>;
    let total = 0;
    for (const p of projects) {
      const s = statusAt(p.properties.timeline, year);
      if (s) {
        counts[s]++;
        total++;
      }
    }
    out.push({ year, counts, total });
  }
  return out;
}

/** Every distinct source (and reference) the projects' histories cite, in order. */
export function timelineCitations(projects: readonly ProjectFeatureT[]): Citation[] {
  const seen = new Set<string>();
  const out: Citation[] = [];
  for (const p of projects)
    for (const step of p.properties.timeline)
      for (const c of step.citations) {
        const key = `${c.source}|${c.ref ?? ''}`;
        if (!seen.has(key)) {
          seen.add(key);
          out.push({ source: c.source, ...(c.ref ? { ref: c.ref } : {}) });
        }
      }
  return out;
}
