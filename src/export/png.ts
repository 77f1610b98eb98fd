/**
 * The map as a picture worth citing: the map's own pixels with its legend and attribution
 * drawn on top, as the screen shows them. The layout is pure (tested); drawing needs a 2D
 * canvas. The result has exactly the size of the map's canvas.
 */
import type { Precision, Sector } from '../data/schema.ts';
import { theme } from '../theme.ts';

export interface LegendSpec {
  title: string;
  cities?: { label: string; count: number };
  sectors: { sector: Sector; label: string; count: number }[];
  lines: { precision: Precision; label: string }[];
  /** The label of the reader's own data, when some is shown. */
  user?: string;
}

export interface SnapshotText {
  /** Atlas title and view, top line of the footer. */
  caption: string;
  attribution: string;
  url: string;
}

/** CSS-pixel sizes of the drawing, multiplied by the device pixel ratio when drawn. */
export const LAYOUT = {
  margin: 10,
  pad: 8,
  row: 19,
  titleRow: 20,
  symbol: 14,
  font: 12,
  footerFont: 11,
  footerLine: 14,
  legendWidth: 220,
} as const;

export type LegendRow =
  | { kind: 'title'; label: string }
  | { kind: 'city'; label: string; count: number }
  | { kind: 'sector'; sector: Sector; label: string; count: number }
  | { kind: 'line'; precision: Precision; label: string }
  | { kind: 'user'; label: string };

export function legendRows(spec: LegendSpec): LegendRow[] {
  return [
    { kind: 'title', label: spec.title },
    ...(spec.cities ? [{ kind: 'city' as const, ...spec.cities }] : []),
    ...spec.sectors.map((s) => ({ kind: 'sector' as const, ...s })),
    ...spec.lines.map((l) => ({ kind: 'line' as const, ...l })),
    ...(spec.user ? [{ kind: 'user' as const, label: spec.user }] : []),
  ];
}

/** The legend box, top-right, in device pixels; never wider or taller than the map allows. */
export function legendBox(rows: readonly LegendRow[], width: number, scale: number) {
  const w = Math.min(LAYOUT.legendWidth * scale, width - 2 * LAYOUT.margin * scale);
  const h =
    (2 * LAYOUT.pad +
      rows.reduce((sum, r) => sum + (r.kind === 'title' ? LAYOUT.titleRow : LAYOUT.row), 0)) *
    scale;
  return { x: width - w - LAYOUT.margin * scale, y: LAYOUT.margin * scale, w, h };
}

/** Greedy word wrap with a measuring function (a canvas's measureText, or a stub in tests). */
export function wrap(text: string, maxWidth: number, measure: (s: string) => number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const next = line ? `${line} ${word}` : word;
    if (line && measure(next) > maxWidth) {
      lines.push(line);
      line = word;
    } else line = next;
  }
  if (line) lines.push(line);
  return lines;
}

const DASH: Record<Precision, number[]> = { exact: [], approximate: [8, 4], schematic: [2, 3] };
const FONT = (px: number, weight = 400) => `${weight} ${px}px "Noto Sans", system-ui, sans-serif`;

function drawLegend(ctx: CanvasRenderingContext2D, rows: LegendRow[], s: number, width: number) {
  const box = legendBox(rows, width, s);
  ctx.fillStyle = 'rgba(255,255,255,0.94)';
  ctx.strokeStyle = '#dfe3e6';
  ctx.lineWidth = s;
  ctx.beginPath();
  ctx.roundRect(box.x, box.y, box.w, box.h, 6 * s);
  ctx.fill();
  ctx.stroke();
  let y = box.y + LAYOUT.pad * s;
  const x = box.x + LAYOUT.pad * s;
  const right = box.x + box.w - LAYOUT.pad * s;
  const sym = LAYOUT.symbol * s;
  ctx.textBaseline = 'middle';
  for (const r of rows) {
    const h = (r.kind === 'title' ? LAYOUT.titleRow : LAYOUT.row) * s;
    const mid = y + h / 2;
    ctx.font = FONT(LAYOUT.font * s, r.kind === 'title' ? 600 : 400);
    ctx.fillStyle = '#1f2d3d';
    ctx.textAlign = 'left';
    let textX = x + sym + 6 * s;
    if (r.kind === 'title') textX = x;
    else if (r.kind === 'city') {
      ctx.beginPath();
      ctx.arc(x + sym / 2, mid, sym / 2 - s, 0, 2 * Math.PI);
      ctx.fillStyle = theme.city.fill;
      ctx.fill();
      ctx.strokeStyle = '#ffffff';
      ctx.lineWidth = 1.5 * s;
      ctx.stroke();
    } else if (r.kind === 'sector') {
      ctx.save();
      ctx.translate(x, mid - sym / 2);
      ctx.scale(sym / 24, sym / 24);
      const path = new Path2D(theme.symbol[r.sector]);
      ctx.fillStyle = theme.sector[r.sector];
      ctx.fill(path);
      ctx.strokeStyle = '#ffffff';
      ctx.lineWidth = 1.5;
      ctx.stroke(path);
      ctx.restore();
    } else if (r.kind === 'line' || r.kind === 'user') {
      ctx.save();
      ctx.strokeStyle = r.kind === 'user' ? theme.user.line : '#555555';
      ctx.lineWidth = 3 * s;
      ctx.setLineDash(r.kind === 'line' ? DASH[r.precision].map((d) => d * s) : []);
      ctx.beginPath();
      ctx.moveTo(x, mid);
      ctx.lineTo(x + sym + 2 * s, mid);
      ctx.stroke();
      ctx.restore();
      textX += 2 * s;
    }
    ctx.fillStyle = '#1f2d3d';
    ctx.fillText(r.label, textX, mid, right - textX - 28 * s);
    if (r.kind === 'city' || r.kind === 'sector') {
      ctx.textAlign = 'right';
      ctx.fillStyle = '#5f6b76';
      ctx.fillText(String(r.count), right, mid);
    }
    y += h;
  }
}

function drawFooter(
  ctx: CanvasRenderingContext2D,
  text: SnapshotText,
  s: number,
  w: number,
  h: number,
) {
  const pad = LAYOUT.pad * s;
  const maxW = w - 2 * pad;
  ctx.font = FONT(LAYOUT.footerFont * s);
  const measure = (t: string) => ctx.measureText(t).width;
  const lines = [
    ...wrap(text.caption, maxW, measure),
    ...wrap(text.attribution, maxW, measure),
    ...wrap(text.url, maxW, measure),
  ];
  const lh = LAYOUT.footerLine * s;
  const boxH = lines.length * lh + 2 * pad;
  ctx.fillStyle = 'rgba(255,255,255,0.9)';
  ctx.fillRect(0, h - boxH, w, boxH);
  ctx.fillStyle = '#1f2d3d';
  ctx.textBaseline = 'middle';
  ctx.textAlign = 'left';
  lines.forEach((line, i) => ctx.fillText(line, pad, h - boxH + pad + lh * (i + 0.5), maxW));
}

/** Draws legend and footer over a copy of the map and encodes it as PNG. */
export async function composeSnapshot(
  map: HTMLCanvasElement,
  legend: LegendSpec,
  text: SnapshotText,
  scale: number,
): Promise<Blob> {
  const canvas = document.createElement('canvas');
  canvas.width = map.width;
  canvas.height = map.height;
  const ctx = canvas.getContext('2d');
  if (!ctx) throw new Error('no 2D canvas');
  const rows = legendRows(legend);
  // Make sure the page's font is ready for every character drawn (Cyrillic included).
  const sample = [text.caption, ...rows.map((r) => r.label)].join(' ');
  await document.fonts?.load(FONT(LAYOUT.font * scale), sample).catch(() => []);
  ctx.drawImage(map, 0, 0);
  drawLegend(ctx, rows, scale, canvas.width);
  drawFooter(ctx, text, scale, canvas.width, canvas.height);
  return new Promise((resolve, reject) =>
    canvas.toBlob((b) => (b ? resolve(b) : reject(new Error('PNG encoding failed'))), 'image/png'),
  );
}
