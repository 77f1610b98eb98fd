/** A sector's map symbol as inline SVG, from the same path data the map draws. */
import type { Sector } from '../data/schema.ts';
import { theme } from '../theme.ts';

export function SectorSymbol({
  sector,
  hollow = false,
  size = 16,
}: {
  sector: Sector;
  hollow?: boolean;
  size?: number;
}) {
  const color = theme.sector[sector];
  return (
    <svg width={size} height={size} viewBox="-2 -2 28 28" aria-hidden="true" className="symbol">
      <path
        d={theme.symbol[sector]}
        fill={hollow ? '#ffffff' : color}
        stroke={hollow ? color : '#ffffff'}
        strokeWidth={hollow ? 2.5 : 1.5}
        strokeLinejoin="round"
      />
    </svg>
  );
}
