/**
 * Horizontal bars, hand-drawn SVG: above each bar its label (left) and its value (right,
 * anchored at the edge), so a long value such as "2,5 миллиарда USD" is never cut off.
 */
import type { Lang } from '../../data/schema.ts';
import type { Bar } from './data.ts';

const W = 340;
const ROW = 38;

export function Bars({
  bars,
  lang,
  format,
  colour,
}: {
  bars: readonly Bar[];
  lang: Lang;
  format: (value: number) => string;
  colour: (bar: Bar) => string;
}) {
  const max = Math.max(...bars.map((b) => b.value), 0) || 1;
  return (
    <svg
      viewBox={`0 0 ${W} ${bars.length * ROW + 4}`}
      width="100%"
      className="bars"
      role="presentation"
    >
      {bars.map((b, i) => {
        const y = i * ROW;
        const w = Math.max(2, (b.value / max) * W);
        return (
          <g key={b.key} transform={`translate(0 ${y})`}>
            <text x={0} y={12} className="bar-label">
              {b.label[lang]}
            </text>
            <rect x={0} y={17} width={w} height={14} rx={2} fill={colour(b)} />
            <text x={W} y={12} textAnchor="end" className="bar-value">
              {format(b.value)}
            </text>
          </g>
        );
      })}
    </svg>
  );
}
