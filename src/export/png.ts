/**
 * The map as a picture worth citing: a title band, the map (nothing drawn over it but a
 * scale bar in its corner), the legend beside it (below it on a narrow map), and a footer
 * with the view in words, the date, the attribution and the link. The layout is pure
 * (tested), in CSS pixels; drawing scales it by the picture's pixel ratio.
 */
import type { Sector, SegmentClass } from '../data/schema.ts';
import { theme } from '../theme.ts';

export interface LegendSpec {
  title: string;
  cities?: { label: string; count: number };
  sectors: { sector: Sector; label: string; count: number }[];
  /** What the line styles mean (a note above them), and each style as the map draws it. */
  linesNote?: string;
  lines: { segment: SegmentClass; label: string }[];
  /** The reader's own data, when some is shown: its label and each layer's colour. */
  user?: { label: string; colours: readonly string[] };
  /** How to read the points (circle size…), under the points; and notes for the whole legend. */
  pointsNote?: string;
  notes?: readonly string[];
}

export interface SnapshotText {
  title: string;
  subtitle: string;
  /** Footer paragraphs, each wrapped on its own: the view, the date, attribution, link. */
  footer: readonly string[];
}

/** The map's pixels and what the picture says about them. */
export interface MapImage {
  canvas: HTMLCanvasElement;
  /** Device pixels per CSS pixel of `canvas` (the picture is drawn at this ratio). */
  pixelRatio: number;
  /** The scale bar: its length in CSS px and its label ("100 km"); none if unknown. */
  scale?: { px: number; label: string } | null;
}

/** Sizes in CSS pixels; the picture multiplies them by its pixel ratio. */
export const LAYOUT = {
  margin: 20,
  gap: 14,
  titleFont: 20,
  titleLine: 26,
  subtitleFont: 14,
  subtitleLine: 20,
  /** The legend stands beside maps at least this wide, below narrower ones (phones). */
  besideFrom: 640,
  legendWidth: 230,
  /** Below the map, the legend's rows flow into columns at least this wide. */
  legendColumn: 190,
  pad: 8,
  row: 20,
  titleRow: 24,
  noteFont: 11,
  noteRow: 15,
  /** Space between the legend's sections. */
  section: 6,
  symbol: 14,
  font: 12,
  footerFont: 12,
  footerLine: 17,
  /** Space above the footer's text (under its rule) and between its paragraphs. */
  footerTop: 10,
  paragraph: 4,
} as const;

/**
 * Where a row belongs: the title on top, then the points (cities, sectors) and the lines
 * (styles, the reader's data), stacked beside the map or side by side below it, then notes.
 */
export type LegendSection = 'head' | 'points' | 'lines' | 'foot';

export type LegendRow = { section: LegendSection } & (
  | { kind: 'title'; label: string }
  | { kind: 'city'; label: string; count: number }
  | { kind: 'sector'; sector: Sector; label: string; count: number }
  | { kind: 'line'; segment: SegmentClass; label: string }
  | { kind: 'user'; label: string; colours: readonly string[] }
  /** One line of a note (composeSnapshot wraps a note into as many as it needs). */
  | { kind: 'note'; label: string }
  /** A label's next line, under the text of the row above (`indent` from the row's left). */
  | { kind: 'more'; label: string; indent: number }
);

export function legendRows(spec: LegendSpec): LegendRow[] {
  const note = (section: LegendSection, label: string | undefined) =>
    label ? [{ kind: 'note' as const, section, label }] : [];
  return [
    { kind: 'title', section: 'head', label: spec.title },
    ...(spec.cities ? [{ kind: 'city' as const, section: 'points' as const, ...spec.cities }] : []),
    ...spec.sectors.map((s) => ({ kind: 'sector' as const, section: 'points' as const, ...s })),
    ...note('points', spec.pointsNote),
    ...note('lines', spec.linesNote),
    ...spec.lines.map((l) => ({ kind: 'line' as const, section: 'lines' as const, ...l })),
    ...(spec.user ? [{ kind: 'user' as const, section: 'lines' as const, ...spec.user }] : []),
    ...(spec.notes ?? []).flatMap((n) => note('foot', n)),
  ];
}

const rowHeight = (r: LegendRow) =>
  r.kind === 'title'
    ? LAYOUT.titleRow
    : r.kind === 'note' || r.kind === 'more'
      ? LAYOUT.noteRow
      : LAYOUT.row;
const sectionHeight = (rows: readonly LegendRow[], section: LegendSection) =>
  rows.filter((r) => r.section === section).reduce((sum, r) => sum + rowHeight(r), 0);

export interface Box {
  x: number;
  y: number;
  w: number;
  h: number;
}

export interface PictureLayout {
  /** The whole picture, CSS px. */
  width: number;
  height: number;
  title: Box;
  map: Box;
  legend: Box;
  /** 2 when the points and the lines stand side by side (below a narrow map), else 1. */
  legendColumns: number;
  footer: Box;
}

/** How many lines each text takes once wrapped to `textWidth(mapWidth)`. */
export interface TextLines {
  title: number;
  subtitle: number;
  /** One count per footer paragraph. */
  footer: readonly number[];
}

const beside = (mapWidth: number) => mapWidth >= LAYOUT.besideFrom;

/** The picture's width in CSS px for a map this wide. */
export const pictureWidth = (mapWidth: number): number =>
  2 * LAYOUT.margin + mapWidth + (beside(mapWidth) ? LAYOUT.gap + LAYOUT.legendWidth : 0);

/** How many columns the legend has for a map this wide. */
export const legendColumns = (mapWidth: number): number =>
  !beside(mapWidth) && mapWidth >= 2 * LAYOUT.legendColumn ? 2 : 1;

/** The width a legend row's text may take in a section (notes wrap to it). */
export function legendTextWidth(mapWidth: number, section: LegendSection): number {
  const inner = (beside(mapWidth) ? LAYOUT.legendWidth : mapWidth) - 2 * LAYOUT.pad;
  return section === 'points' || section === 'lines'
    ? inner / legendColumns(mapWidth) - (legendColumns(mapWidth) > 1 ? LAYOUT.pad : 0)
    : inner;
}

/** The width the title and the footer wrap to. */
export const textWidth = (mapWidth: number): number => pictureWidth(mapWidth) - 2 * LAYOUT.margin;

/** Where everything goes, in CSS px, for a map of `mapWidth`×`mapHeight` CSS px. Pure. */
export function pictureLayout(
  mapWidth: number,
  mapHeight: number,
  rows: readonly LegendRow[],
  lines: TextLines,
): PictureLayout {
  const { margin, gap } = LAYOUT;
  const width = pictureWidth(mapWidth);
  const title: Box = {
    x: margin,
    y: margin,
    w: textWidth(mapWidth),
    h: lines.title * LAYOUT.titleLine + lines.subtitle * LAYOUT.subtitleLine,
  };
  const map: Box = { x: margin, y: title.y + title.h + gap, w: mapWidth, h: mapHeight };
  const side = beside(mapWidth);
  const legendW = side ? LAYOUT.legendWidth : mapWidth;
  const columns = legendColumns(mapWidth);
  const points = sectionHeight(rows, 'points');
  const lineRows = sectionHeight(rows, 'lines');
  const foot = sectionHeight(rows, 'foot');
  const body =
    columns > 1
      ? Math.max(points, lineRows)
      : points + lineRows + (points && lineRows ? LAYOUT.section : 0);
  const legend: Box = {
    x: side ? map.x + map.w + gap : map.x,
    y: side ? map.y : map.y + map.h + gap,
    w: legendW,
    h: 2 * LAYOUT.pad + sectionHeight(rows, 'head') + body + (foot ? LAYOUT.section + foot : 0),
  };
  const paragraphs = lines.footer.filter((n) => n > 0);
  const footerY = Math.max(map.y + map.h, legend.y + legend.h) + gap;
  const footer: Box = {
    x: margin,
    y: footerY,
    w: textWidth(mapWidth),
    h:
      LAYOUT.footerTop +
      paragraphs.reduce((sum, n) => sum + n * LAYOUT.footerLine, 0) +
      Math.max(0, paragraphs.length - 1) * LAYOUT.paragraph,
  };
  return {
    width,
    height: footer.y + footer.h + margin,
    title,
    map,
    legend,
    legendColumns: columns,
    footer,
  };
}

/**
 * Greedy word wrap with a measuring function (a canvas's measureText, or a stub in tests).
 * A word wider than the line (a long link) is broken, after a `/` or before `?` or `&` when it can.
 */
export function wrap(text: string, maxWidth: number, measure: (s: string) => number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const next = line ? `${line} ${word}` : word;
    if (measure(next) <= maxWidth) {
      line = next;
      continue;
    }
    if (line) lines.push(line);
    let rest = word;
    while (measure(rest) > maxWidth) {
      let cut = 1;
      while (cut < rest.length && measure(rest.slice(0, cut + 1)) <= maxWidth) cut++;
      // Break after a slash, or before a query's ? or & (as style guides break links).
      const soft = Math.max(
        rest.lastIndexOf('/', cut - 1) + 1,
        rest.lastIndexOf('?', cut),
        rest.lastIndexOf('&', cut),
      );
      if (soft > 0) cut = soft;
      lines.push(rest.slice(0, cut));
      rest = rest.slice(cut);
    }
    line = rest;
  }
  if (line) lines.push(line);
  return lines;
}

/** The text, shortened with "…" until it fits `maxWidth`. */
export function fit(text: string, maxWidth: number, measure: (s: string) => number): string {
  if (measure(text) <= maxWidth) return text;
  let n = text.length;
  while (n > 1 && measure(`${text.slice(0, n).trimEnd()}…`) > maxWidth) n--;
  return `${text.slice(0, n).trimEnd()}…`;
}

/** Where a legend row's text starts, from the row's left edge. */
const labelIndent = (r: LegendRow) =>
  r.kind === 'line' || r.kind === 'user'
    ? LAYOUT.symbol + 10
    : r.kind === 'city' || r.kind === 'sector'
      ? LAYOUT.symbol + 8
      : 0;

/**
 * The legend's rows with nothing cut: a note becomes one row per line, a long label goes on
 * under itself ('more' rows). `note` and `label` measure text in the notes' and the labels'
 * fonts.
 */
export function wrapLegend(
  rows: readonly LegendRow[],
  mapWidth: number,
  note: (s: string) => number,
  label: (s: string) => number,
): LegendRow[] {
  return rows.flatMap((r): LegendRow[] => {
    const width = legendTextWidth(mapWidth, r.section);
    if (r.kind === 'note') return wrap(r.label, width, note).map((l) => ({ ...r, label: l }));
    if (r.kind === 'title' || r.kind === 'more') return [r];
    const indent = labelIndent(r);
    const count = r.kind === 'city' || r.kind === 'sector' ? label(String(r.count)) + 8 : 0;
    const [first = '', ...rest] = wrap(r.label, width - indent - count, label);
    return [
      { ...r, label: first },
      ...rest.map((l) => ({ kind: 'more' as const, section: r.section, label: l, indent })),
    ];
  });
}

const INK = '#1f2d3d';
const MUTED = '#5f6b76';
const RULE = '#d5dade';
/** As the map and the on-screen legend draw them (panels/Legend.tsx DASH_SVG). */
const DASH: Record<SegmentClass, number[]> = {
  traced: [],
  'named-points': [8, 4],
  schematic: [2, 3],
};
const FONT = (px: number, weight = 400) => `${weight} ${px}px "Noto Sans", system-ui, sans-serif`;

function drawSymbol(ctx: CanvasRenderingContext2D, r: LegendRow, x: number, mid: number) {
  const sym = LAYOUT.symbol;
  if (r.kind === 'city') {
    ctx.beginPath();
    ctx.arc(x + sym / 2, mid, sym / 2 - 1, 0, 2 * Math.PI);
    ctx.fillStyle = theme.city.fill;
    ctx.fill();
    ctx.strokeStyle = '#ffffff';
    ctx.lineWidth = 1.5;
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
    // The reader's layers: one short stroke per layer colour, side by side.
    const colours =
      r.kind === 'user' ? (r.colours.length ? r.colours : [theme.user.line]) : ['#555555'];
    const span = (sym + 2) / colours.length;
    ctx.save();
    ctx.lineWidth = 3;
    ctx.setLineDash(r.kind === 'line' ? DASH[r.segment] : []);
    colours.forEach((c, i) => {
      ctx.strokeStyle = c;
      ctx.beginPath();
      ctx.moveTo(x + i * span, mid);
      ctx.lineTo(x + (i + 1) * span, mid);
      ctx.stroke();
    });
    ctx.restore();
  }
}

function drawLegend(ctx: CanvasRenderingContext2D, rows: LegendRow[], layout: PictureLayout) {
  const box = layout.legend;
  ctx.fillStyle = '#f7f8f9';
  ctx.strokeStyle = RULE;
  ctx.lineWidth = 1;
  ctx.beginPath();
  ctx.roundRect(box.x + 0.5, box.y + 0.5, box.w - 1, box.h - 1, 6);
  ctx.fill();
  ctx.stroke();
  const two = layout.legendColumns > 1;
  const inner = box.w - 2 * LAYOUT.pad;
  const colW = two ? inner / 2 : inner;
  ctx.textBaseline = 'middle';
  /** Draws a section's rows from `top` in the column at `left`; returns the bottom. */
  const section = (name: LegendSection, left: number, width: number, top: number) => {
    let y = top;
    for (const r of rows.filter((row) => row.section === name)) {
      const h = rowHeight(r);
      drawRow(ctx, r, left, width, y + h / 2);
      y += h;
    }
    return y;
  };
  const x = box.x + LAYOUT.pad;
  let y = section('head', x, inner, box.y + LAYOUT.pad);
  const hasPoints = rows.some((r) => r.section === 'points');
  if (two) {
    const a = section('points', x, colW - LAYOUT.pad, y);
    const b = section('lines', x + colW, colW - LAYOUT.pad, y);
    y = Math.max(a, b);
  } else {
    y = section('points', x, inner, y);
    if (hasPoints) y += LAYOUT.section;
    y = section('lines', x, inner, y);
  }
  section('foot', x, inner, y + LAYOUT.section);
}

function drawRow(
  ctx: CanvasRenderingContext2D,
  r: LegendRow,
  x: number,
  width: number,
  mid: number,
) {
  const measure = (s: string) => ctx.measureText(s).width;
  ctx.textAlign = 'left';
  if (r.kind === 'title' || r.kind === 'note') {
    ctx.font = r.kind === 'title' ? FONT(LAYOUT.font, 600) : FONT(LAYOUT.noteFont);
    ctx.fillStyle = r.kind === 'title' ? INK : MUTED;
    ctx.fillText(fit(r.label, width, measure), x, mid);
    return;
  }
  if (r.kind === 'more') {
    ctx.font = FONT(LAYOUT.font);
    ctx.fillStyle = INK;
    ctx.fillText(fit(r.label, width - r.indent, measure), x + r.indent, mid);
    return;
  }
  ctx.font = FONT(LAYOUT.font);
  drawSymbol(ctx, r, x, mid);
  const textX = x + labelIndent(r);
  const count = r.kind === 'city' || r.kind === 'sector' ? String(r.count) : '';
  const right = x + width;
  const room = right - textX - (count ? measure(count) + 8 : 0);
  ctx.fillStyle = INK;
  ctx.fillText(fit(r.label, room, measure), textX, mid);
  if (count) {
    ctx.textAlign = 'right';
    ctx.fillStyle = MUTED;
    ctx.fillText(count, right, mid);
  }
}

function drawScaleBar(
  ctx: CanvasRenderingContext2D,
  map: Box,
  scale: { px: number; label: string },
) {
  ctx.font = FONT(11);
  const textW = ctx.measureText(scale.label).width;
  const x = map.x + 10;
  const h = 22;
  const y = map.y + map.h - 10 - h;
  ctx.fillStyle = 'rgba(255,255,255,0.85)';
  ctx.beginPath();
  ctx.roundRect(x, y, scale.px + textW + 24, h, 4);
  ctx.fill();
  const barY = y + h / 2 + 3;
  ctx.strokeStyle = INK;
  ctx.lineWidth = 1.5;
  ctx.beginPath();
  ctx.moveTo(x + 8, barY - 5);
  ctx.lineTo(x + 8, barY);
  ctx.lineTo(x + 8 + scale.px, barY);
  ctx.lineTo(x + 8 + scale.px, barY - 5);
  ctx.stroke();
  ctx.fillStyle = INK;
  ctx.textAlign = 'left';
  ctx.textBaseline = 'middle';
  ctx.fillText(scale.label, x + 8 + scale.px + 6, y + h / 2);
}

/** Wraps every text of the picture for a map this wide, with the canvas's fonts. */
function wrapAll(ctx: CanvasRenderingContext2D, text: SnapshotText, mapWidth: number) {
  const w = textWidth(mapWidth);
  const with_ = (font: string, s: string) => {
    ctx.font = font;
    return wrap(s, w, (t) => ctx.measureText(t).width);
  };
  return {
    title: with_(FONT(LAYOUT.titleFont, 600), text.title),
    subtitle: with_(FONT(LAYOUT.subtitleFont), text.subtitle),
    footer: text.footer.map((p) => with_(FONT(LAYOUT.footerFont), p)),
  };
}

/** Lays out and draws the picture, and encodes it as PNG. */
export async function composeSnapshot(
  image: MapImage,
  legend: LegendSpec,
  text: SnapshotText,
): Promise<{ blob: Blob; width: number; height: number }> {
  const s = image.pixelRatio;
  const mapW = image.canvas.width / s;
  const mapH = image.canvas.height / s;
  // Make sure the page's font is ready for every character drawn (Cyrillic included).
  const sample = [
    text.title,
    text.subtitle,
    ...text.footer,
    ...legendRows(legend).map((r) => r.label),
  ].join(' ');
  await Promise.all(
    [FONT(LAYOUT.font), FONT(LAYOUT.font, 600)].map((f) =>
      document.fonts?.load(f, sample).catch(() => []),
    ),
  );
  const canvas = document.createElement('canvas');
  const ctx = canvas.getContext('2d');
  if (!ctx) throw new Error('no 2D canvas');
  const lines = wrapAll(ctx, text, mapW);
  const measureIn = (font: string) => (t: string) => {
    ctx.font = font;
    return ctx.measureText(t).width;
  };
  const rows = wrapLegend(
    legendRows(legend),
    mapW,
    measureIn(FONT(LAYOUT.noteFont)),
    measureIn(FONT(LAYOUT.font)),
  );
  const layout = pictureLayout(mapW, mapH, rows, {
    title: lines.title.length,
    subtitle: lines.subtitle.length,
    footer: lines.footer.map((p) => p.length),
  });
  canvas.width = Math.round(layout.width * s);
  canvas.height = Math.round(layout.height * s);
  ctx.scale(s, s);
  ctx.fillStyle = '#ffffff';
  ctx.fillRect(0, 0, layout.width, layout.height);

  ctx.textAlign = 'left';
  ctx.textBaseline = 'middle';
  let y = layout.title.y;
  ctx.fillStyle = INK;
  ctx.font = FONT(LAYOUT.titleFont, 600);
  for (const line of lines.title) {
    ctx.fillText(line, layout.title.x, y + LAYOUT.titleLine / 2);
    y += LAYOUT.titleLine;
  }
  ctx.fillStyle = MUTED;
  ctx.font = FONT(LAYOUT.subtitleFont);
  for (const line of lines.subtitle) {
    ctx.fillText(line, layout.title.x, y + LAYOUT.subtitleLine / 2);
    y += LAYOUT.subtitleLine;
  }

  const m = layout.map;
  ctx.drawImage(image.canvas, m.x, m.y, m.w, m.h);
  ctx.strokeStyle = RULE;
  ctx.lineWidth = 1;
  ctx.strokeRect(m.x - 0.5, m.y - 0.5, m.w + 1, m.h + 1);
  if (image.scale) drawScaleBar(ctx, m, image.scale);
  drawLegend(ctx, rows, layout);

  const f = layout.footer;
  ctx.strokeStyle = RULE;
  ctx.beginPath();
  ctx.moveTo(f.x, f.y + 0.5);
  ctx.lineTo(f.x + f.w, f.y + 0.5);
  ctx.stroke();
  ctx.font = FONT(LAYOUT.footerFont);
  ctx.textAlign = 'left';
  ctx.textBaseline = 'middle';
  y = f.y + LAYOUT.footerTop;
  lines.footer.forEach((paragraph, i) => {
    ctx.fillStyle = i === lines.footer.length - 1 ? '#1a5c8a' : i === 0 ? INK : MUTED;
    for (const line of paragraph) {
      ctx.fillText(line, f.x, y + LAYOUT.footerLine / 2);
      y += LAYOUT.footerLine;
    }
    if (paragraph.length) y += LAYOUT.paragraph;
  });

  const blob = await new Promise<Blob>((resolve, reject) =>
    canvas.toBlob((b) => (b ? resolve(b) : reject(new Error('PNG encoding failed'))), 'image/png'),
  );
  return { blob, width: canvas.width, height: canvas.height };
}
