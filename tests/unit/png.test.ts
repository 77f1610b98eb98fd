import { describe, expect, it } from 'vitest';
import { translator } from '../../src/i18n/index.ts';
import { defaultFilters } from '../../src/state/filters.ts';
import { filterWords } from '../../src/export/filterWords.ts';
import {
  fit,
  LAYOUT,
  legendRows,
  legendTextWidth,
  wrapLegend,
  pictureLayout,
  pictureWidth,
  textWidth,
  wrap,
  type Box,
  type PictureLayout,
} from '../../src/export/png.ts';
import { clampPixelRatio, metresPerPixel, scaleBar } from '../../src/export/scalebar.ts';

const spec = {
  title: 'Layers',
  cities: { label: 'Meeting cities', count: 15 },
  sectors: [{ sector: 'energy' as const, label: 'Energy', count: 3 }],
  lines: [{ segment: 'schematic' as const, label: 'Schematic' }],
  user: { label: 'Your data', colours: ['#e41a1c', '#377eb8'] },
};
const rows = legendRows(spec);
const lines = { title: 1, subtitle: 1, footer: [2, 1, 1] };

const inside = (b: Box, l: PictureLayout) =>
  b.x >= 0 && b.y >= 0 && b.x + b.w <= l.width && b.y + b.h <= l.height;
const overlap = (a: Box, b: Box) =>
  a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h;

describe('PNG legend', () => {
  it('lists the title, cities, shown sectors, line styles and the reader’s data', () => {
    expect(rows.map((r) => r.kind)).toEqual(['title', 'city', 'sector', 'line', 'user']);
    expect(rows.map((r) => r.section)).toEqual(['head', 'points', 'points', 'lines', 'lines']);
    const noted = legendRows({
      ...spec,
      pointsNote: 'Size',
      linesNote: 'Style',
      notes: ['Hollow'],
    });
    expect(noted.map((r) => `${r.section}:${r.kind}`)).toEqual([
      'head:title',
      'points:city',
      'points:sector',
      'points:note',
      'lines:note',
      'lines:line',
      'lines:user',
      'foot:note',
    ]);
    expect(legendRows({ ...spec, cities: undefined, user: undefined }).map((r) => r.kind)).toEqual([
      'title',
      'sector',
      'line',
    ]);
  });

  it('carries the colours of the reader’s layers to the swatch', () => {
    expect(rows.at(-1)).toEqual({
      kind: 'user',
      section: 'lines',
      label: 'Your data',
      colours: ['#e41a1c', '#377eb8'],
    });
  });
});

describe('PNG legend text', () => {
  const measure = (s: string) => s.length * 6;
  it('cuts nothing: notes and long labels wrap into rows of their own', () => {
    const long = legendRows({
      ...spec,
      lines: [{ segment: 'traced', label: 'Traced (surveyed alignment along the valley)' }],
      notes: ['Hollow symbol or faint line: proposed, not built'],
    });
    // Below a 390 px map each column has (390 − 16) / 2 − 8 = 179 px, 29 characters here.
    const out = wrapLegend(long, 390, measure, measure);
    expect(out.map((r) => `${r.kind}:${r.label}`)).toEqual([
      'title:Layers',
      'city:Meeting cities',
      'sector:Energy',
      'line:Traced (surveyed',
      'more:alignment along the',
      'more:valley)',
      'user:Your data',
      // The notes under the legend span both columns (374 px).
      'note:Hollow symbol or faint line: proposed, not built',
    ]);
    for (const r of out) {
      const room =
        legendTextWidth(390, r.section) -
        (r.kind === 'more' ? r.indent : r.kind === 'line' ? LAYOUT.symbol + 10 : 0);
      if (r.kind === 'more' || r.kind === 'line' || r.kind === 'note')
        expect(measure(r.label)).toBeLessThanOrEqual(room);
    }
    // Beside a wide map the same line takes two rows of 214 − 24 = 190 px.
    expect(wrapLegend(long, 1280, measure, measure).filter((r) => r.kind === 'more')).toHaveLength(
      1,
    );
  });
});

describe('PNG layout', () => {
  it('frames a desktop map: title above, legend beside, footer below, nothing over the map', () => {
    const l = pictureLayout(1280, 744, rows, lines);
    expect(l.width).toBe(20 + 1280 + 14 + 230 + 20);
    // The map keeps its own size, below the title band (two lines: 26 + 20).
    expect(l.map).toEqual({ x: 20, y: 20 + 46 + 14, w: 1280, h: 744 });
    // Title, two points, a gap between the sections, two lines.
    expect(l.legend).toEqual({
      x: 20 + 1280 + 14,
      y: l.map.y,
      w: 230,
      h: 8 + 24 + 2 * 20 + 6 + 2 * 20 + 8,
    });
    expect(l.footer.y).toBe(l.map.y + 744 + 14);
    // Rule space 10, four lines of 17, two paragraph gaps of 4.
    expect(l.footer.h).toBe(10 + 4 * 17 + 2 * 4);
    expect(l.height).toBe(l.footer.y + l.footer.h + 20);
    for (const box of [l.title, l.map, l.legend, l.footer]) expect(inside(box, l)).toBe(true);
    for (const box of [l.title, l.legend, l.footer]) expect(overlap(box, l.map)).toBe(false);
    expect(overlap(l.title, l.legend) || overlap(l.legend, l.footer)).toBe(false);
  });

  it('puts the legend below a narrow (phone) map, in two columns', () => {
    const l = pictureLayout(390, 500, rows, lines);
    expect(l.width).toBe(430);
    expect(l.legend).toMatchObject({ x: 20, y: l.map.y + 500 + 14, w: 390 });
    expect(l.legendColumns).toBe(2);
    // Title row, then the points and the lines side by side (two rows each).
    expect(l.legend.h).toBe(8 + 24 + 2 * 20 + 8);
    expect(legendTextWidth(390, 'points')).toBe((390 - 16) / 2 - 8);
    expect(legendTextWidth(390, 'foot')).toBe(390 - 16);
    expect(legendTextWidth(1280, 'lines')).toBe(230 - 16);
    // Notes under the legend add their lines after a gap.
    const noted = [...rows, { kind: 'note' as const, section: 'foot' as const, label: 'Hollow' }];
    expect(pictureLayout(390, 500, noted, lines).legend.h).toBe(l.legend.h + 6 + 15);
    expect(l.footer.y).toBe(l.legend.y + l.legend.h + 14);
    for (const box of [l.title, l.map, l.legend, l.footer]) expect(inside(box, l)).toBe(true);
    for (const box of [l.title, l.legend, l.footer]) expect(overlap(box, l.map)).toBe(false);
  });

  it('grows the picture when the legend is taller than a short map', () => {
    const many = legendRows({ ...spec, lines: Array(20).fill(spec.lines[0]) });
    const l = pictureLayout(800, 120, many, lines);
    expect(l.legend.y + l.legend.h).toBeGreaterThan(l.map.y + l.map.h);
    expect(l.footer.y).toBe(l.legend.y + l.legend.h + 14);
    expect(inside(l.legend, l)).toBe(true);
  });

  it('gives the footer and title the room the wrapped text needs', () => {
    const short = pictureLayout(1000, 600, rows, lines);
    const long = pictureLayout(1000, 600, rows, { title: 2, subtitle: 2, footer: [3, 2, 2] });
    expect(long.map.y - short.map.y).toBe(26 + 20);
    expect(long.footer.h - short.footer.h).toBe(3 * LAYOUT.footerLine);
    // An empty paragraph takes no room and no gap.
    expect(pictureLayout(1000, 600, rows, { ...lines, footer: [2, 0, 1, 1] }).footer.h).toBe(
      short.footer.h,
    );
  });

  it('wraps text to the width of the picture less its margins', () => {
    expect(textWidth(1280)).toBe(pictureWidth(1280) - 40);
    expect(textWidth(390)).toBe(390);
  });
});

describe('PNG text', () => {
  const measure = (s: string) => s.length * 10;
  it('wraps the footer text to the width', () => {
    expect(wrap('one two three four', 100, measure)).toEqual(['one two', 'three four']);
  });

  it('breaks a link longer than the line, after a separator where it can', () => {
    const url = 'http://atlas.example/?lang=en&sectors=energy&period=1992-2020';
    const out = wrap(url, 210, measure);
    expect(out.join('')).toBe(url);
    for (const line of out) expect(measure(line)).toBeLessThanOrEqual(210);
    expect(out).toEqual([
      'http://atlas.example/',
      '?lang=en',
      '&sectors=energy',
      '&period=1992-2020',
    ]);
    // No separator at all: cut where the line is full.
    expect(wrap('abcdefghij', 40, measure)).toEqual(['abcd', 'efgh', 'ij']);
  });

  it('shortens a legend label that does not fit, with an ellipsis', () => {
    expect(fit('Agriculture & water', 1000, measure)).toBe('Agriculture & water');
    expect(fit('Agriculture & water', 120, measure)).toBe('Agriculture…');
  });
});

describe('scale bar', () => {
  it('measures metres per CSS pixel for MapLibre’s 512 px tiles', () => {
    // Zoom 0 at the equator: the whole world (40 075 km) in 512 px.
    expect(metresPerPixel(0, 0)).toBeCloseTo(78_271.517, 2);
    expect(metresPerPixel(0, 1)).toBeCloseTo(39_135.758, 2);
    // At 60° north a pixel covers half as much ground.
    expect(metresPerPixel(60, 3)).toBeCloseTo(78_271.517 / 8 / 2, 2);
  });

  it('chooses the longest round 1, 2 or 5 × 10ⁿ that fits 100 px', () => {
    // Bishkek (42.87° N) at zoom 6: about 897 m per px, so 100 px ≈ 89.7 km → 50 km.
    const bishkek = scaleBar(metresPerPixel(42.87, 6));
    expect(bishkek?.metres).toBe(50_000);
    expect(bishkek?.px).toBeCloseTo(50_000 / metresPerPixel(42.87, 6), 6);
    expect(scaleBar(1000)).toEqual({ metres: 100_000, px: 100 });
    expect(scaleBar(1500)?.metres).toBe(100_000);
    expect(scaleBar(2500)?.metres).toBe(200_000);
    expect(scaleBar(4999)?.metres).toBe(200_000);
    expect(scaleBar(5000)?.metres).toBe(500_000);
    expect(scaleBar(3)?.metres).toBe(200);
    for (const mpp of [0.7, 13, 420, 1846, 9999]) {
      const bar = scaleBar(mpp)!;
      expect(bar.px).toBeLessThanOrEqual(100);
      expect(bar.px).toBeGreaterThan(100 / 5 - 1e-9);
    }
    expect(scaleBar(0)).toBeNull();
    expect(scaleBar(Number.NaN)).toBeNull();
  });
});

describe('picture pixel ratio', () => {
  it('keeps the ratio asked for when the GPU holds it, and lowers it when not', () => {
    expect(clampPixelRatio(2, 1280, 800, 16384)).toBe(2);
    expect(clampPixelRatio(3, 1920, 1080, 4096)).toBe(2.13);
    expect(clampPixelRatio(2, 5000, 800, 4096)).toBe(1);
  });
});

describe('filters in words', () => {
  const t = translator('en');
  const names = {
    country: (c: string) => ({ KG: 'Kyrgyzstan', CN: 'China' })[c] ?? c,
    party: (_: string, key: string) => (key === 'exim-bank' ? 'Export-Import Bank of China' : key),
  };
  it('says nothing for the default filters', () => {
    expect(filterWords(defaultFilters(), t, names)).toEqual([]);
  });

  it('names every filter that differs from the defaults', () => {
    const f = {
      ...defaultFilters(),
      sectors: ['energy', 'transport'] as const,
      showCities: false,
      statuses: ['operating'] as const,
      countries: ['KG', 'CN'],
      financiers: ['exim-bank'],
      meetingKinds: ['heads-of-state'] as const,
    };
    expect(filterWords(f, t, names)).toEqual([
      'Sectors shown: Transport, Energy',
      'Meeting cities hidden',
      'Status in the period: Operating',
      'Where it stands or was held (country): Kyrgyzstan, China',
      'Financier: Export-Import Bank of China',
      `Kind of meeting: ${t('meeting.heads-of-state')}`,
    ]);
    expect(filterWords({ ...defaultFilters(), sectors: [] }, translator('ru'), names)).toEqual([
      'Ни одна отрасль не показана',
    ]);
  });
});
