/** Projects by status, year by year: stacked columns, one per year, coloured by status. */
import { STATUSES, type Status } from '../../data/vocab.ts';
import type { YearCounts } from './data.ts';

/** Built in greens and oranges, plans in grey, stopped things in reds. */
export const STATUS_COLOUR: Record<Status, string> = {
  proposed: '#9aa5ae',
  'under-construction': '#e08214',
  operating: '#1b7837',
  idle: '#f4a582',
  suspended: '#d6604d',
  cancelled: '#8e0152',
};

const W = 340;
const H = 170;
const LEFT = 22;
const BOTTOM = 18;

export function StatusChart({ years }: { years: readonly YearCounts[] }) {
  const max = Math.max(1, ...years.map((y) => y.total));
  const step = max > 10 ? 5 : max > 4 ? 2 : 1;
  const plotH = H - BOTTOM - 6;
  const colW = (W - LEFT) / Math.max(1, years.length);
  const yOf = (n: number) => 6 + plotH - (n / max) * plotH;
  const ticks: number[] = [];
  for (let n = 0; n <= max; n += step) ticks.push(n);
  return (
    <svg viewBox={`0 0 ${W} ${H}`} width="100%" className="status-chart" role="presentation">
      {ticks.map((n) => (
        <g key={n}>
          <line x1={LEFT} x2={W} y1={yOf(n)} y2={yOf(n)} className="grid" />
          <text x={LEFT - 4} y={yOf(n) + 4} textAnchor="end" className="axis">
            {n}
          </text>
        </g>
      ))}
      {years.map((y, i) => {
        let base = 0;
        const x = LEFT + i * colW + 1;
        return (
          <g key={y.year}>
            {STATUSES.map((s) => {
              const n = y.counts[s];
              if (!n) return null;
              const top = yOf(base + n);
              const rect = (
                <rect
                  key={s}
                  x={x}
                  y={top}
                  width={Math.max(1, colW - 2)}
                  height={yOf(base) - top}
                  fill={STATUS_COLOUR[s]}
                />
              );
              base += n;
              return rect;
            })}
            {y.year % 5 === 0 ? (
              <text x={x + colW / 2} y={H - 4} textAnchor="middle" className="axis">
                {y.year}
              </text>
            ) : null}
          </g>
        );
      })}
    </svg>
  );
}
