/**
 * Sector symbols for the map, drawn from the same SVG path data the legend uses
 * (theme.symbol), so no sprite sheet has to be fetched.
 */
import type { Map as MapLibreMap } from 'maplibre-gl';
import { SECTORS, type Sector } from '../data/vocab.ts';
import { theme } from '../theme.ts';
import { iconName } from './style/atlas.ts';
import { PEAK_ICON } from './style/basemap.ts';

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

/** A small peak triangle for the basemap (theme.basemap.peak, white rim). */
function peak(ratio: number): ImageData {
  const px = Math.round(10 * ratio);
  const canvas = document.createElement('canvas');
  canvas.width = canvas.height = px;
  const ctx = canvas.getContext('2d');
  if (!ctx) throw new Error('no 2D canvas');
  ctx.scale(ratio, ratio);
  ctx.beginPath();
  ctx.moveTo(5, 1.5);
  ctx.lineTo(9, 8.5);
  ctx.lineTo(1, 8.5);
  ctx.closePath();
  ctx.lineWidth = 1.5;
  ctx.strokeStyle = '#ffffff';
  ctx.stroke();
  ctx.fillStyle = theme.basemap.peak;
  ctx.fill();
  return ctx.getImageData(0, 0, px, px);
}

/**
 * Adds every sector icon (filled and hollow) to the map, and tells MapLibre how to draw one
 * again should the style ever lose it.
 */
export function provideSectorIcons(map: MapLibreMap): void {
  const ratio = Math.max(1, Math.round(window.devicePixelRatio || 1));
  const add = (id: string) => {
    const parsed = parseIconName(id);
    if (parsed && !map.hasImage(id))
      map.addImage(id, draw(parsed.sector, parsed.hollow, ratio), { pixelRatio: ratio });
  };
  for (const sector of SECTORS) for (const hollow of [false, true]) add(iconName(sector, hollow));
  const addPeak = () => {
    if (!map.hasImage(PEAK_ICON)) map.addImage(PEAK_ICON, peak(ratio), { pixelRatio: ratio });
  };
  addPeak();
  map.setMissingStyleImageResolver((id) => (id === PEAK_ICON ? addPeak() : add(id)));
}
