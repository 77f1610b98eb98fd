/**
 * Sector symbols for the map, drawn on demand from the same SVG path data the legend uses
 * (theme.symbol), so no sprite sheet has to be fetched. MapLibre asks for an image it does
 * not have through `styleimagemissing`; we answer with `addImage`.
 */
import type { Map as MapLibreMap } from 'maplibre-gl';
import { SECTORS, type Sector } from '../data/schema.ts';
import { theme } from '../theme.ts';

const SIZE = 24;
const PAD = 3;

export function parseIconName(name: string): { sector: Sector; hollow: boolean } | null {
  const m = /^sector-([a-z]+)(-hollow)?$/.exec(name);
  const sector = m?.[1] as Sector | undefined;
  return sector && (SECTORS as readonly string[]).includes(sector)
    ? { sector, hollow: !!m?.[2] }
    : null;
}

function draw(sector: Sector, hollow: boolean, ratio: number): ImageData {
  const px = Math.round((SIZE + PAD * 2) * ratio);
  const canvas = document.createElement('canvas');
  canvas.width = canvas.height = px;
  const ctx = canvas.getContext('2d');
  if (!ctx) throw new Error('no 2D canvas');
  ctx.scale(ratio, ratio);
  ctx.translate(PAD, PAD);
  const path = new Path2D(theme.symbol[sector]);
  ctx.lineJoin = 'round';
  ctx.lineWidth = 3;
  ctx.strokeStyle = '#ffffff'; // a white rim keeps symbols readable on any background
  ctx.stroke(path);
  ctx.fillStyle = hollow ? '#ffffff' : theme.sector[sector];
  ctx.fill(path);
  if (hollow) {
    ctx.lineWidth = 2.2;
    ctx.strokeStyle = theme.sector[sector];
    ctx.stroke(path);
  }
  return ctx.getImageData(0, 0, px, px);
}

/** Registers the handler that draws sector icons the first time the style needs them. */
export function provideSectorIcons(map: MapLibreMap): () => void {
  const onMissing = (e: { id: string }) => {
    const parsed = parseIconName(e.id);
    if (!parsed || map.hasImage(e.id)) return;
    const ratio = Math.max(1, Math.round(window.devicePixelRatio || 1));
    map.addImage(e.id, draw(parsed.sector, parsed.hollow, ratio), { pixelRatio: ratio });
  };
  map.on('styleimagemissing', onMissing);
  return () => map.off('styleimagemissing', onMissing);
}
