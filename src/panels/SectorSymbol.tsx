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

/** The kinds of line the map draws with their own pattern (map/style/atlas.ts LINE_PATTERN). */
export const LINE_KINDS = ['railway', 'road', 'gas-pipeline', 'power-line'] as const;
export type LineKind = (typeof LINE_KINDS)[number];

/**
 * A kind of line as the map draws it, 36×14 px: a railway on dark cross ties, a road in a
 * dark casing, a pipeline with a pale core, a power line with beads (its pylons).
 */
export function LineSymbol({ kind }: { kind: LineKind }) {
  const color =
    kind === 'railway' || kind === 'road' ? theme.sector.transport : theme.sector.energy;
  const line = { x1: 1, y1: 7, x2: 35, y2: 7 };
  return (
    <svg width="36" height="14" aria-hidden="true" className="symbol">
      {kind === 'railway' && (
        <line {...line} stroke={theme.line.mark} strokeWidth="9" strokeDasharray="2 6" />
      )}
      {kind === 'road' && <line {...line} stroke={theme.line.casing} strokeWidth="6.5" />}
      <line {...line} stroke={color} strokeWidth="3.5" />
      {kind === 'gas-pipeline' && <line {...line} stroke={theme.line.core} strokeWidth="1.4" />}
      {kind === 'power-line' &&
        [5, 15, 25].map((x) => <circle key={x} cx={x + 3} cy="7" r="3.8" fill={color} />)}
    </svg>
  );
}
