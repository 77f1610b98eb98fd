/**
 * Fonts for every label on the map, drawn locally: the style declares the woff2 files of
 * @fontsource/noto-sans (OFL-1.1) in its `font-faces` property and sets no `glyphs` URL, so
 * MapLibre rasterises each glyph itself (TinySDF) and never asks a glyph server.
 *
 * Each font name maps to one file per Unicode subset. A file is downloaded only when a label
 * needs a character it covers. Kyrgyz ң ө ү (U+04A3, U+04E9, U+04AF) live in cyrillic-ext.
 */
import type { FontFacesSpecification, MLFontFace } from 'maplibre-gl';

import latin400 from '@fontsource/noto-sans/files/noto-sans-latin-400-normal.woff2?url';
import latinExt400 from '@fontsource/noto-sans/files/noto-sans-latin-ext-400-normal.woff2?url';
import cyrillic400 from '@fontsource/noto-sans/files/noto-sans-cyrillic-400-normal.woff2?url';
import cyrillicExt400 from '@fontsource/noto-sans/files/noto-sans-cyrillic-ext-400-normal.woff2?url';
import latin600 from '@fontsource/noto-sans/files/noto-sans-latin-600-normal.woff2?url';
import latinExt600 from '@fontsource/noto-sans/files/noto-sans-latin-ext-600-normal.woff2?url';
import cyrillic600 from '@fontsource/noto-sans/files/noto-sans-cyrillic-600-normal.woff2?url';
import cyrillicExt600 from '@fontsource/noto-sans/files/noto-sans-cyrillic-ext-600-normal.woff2?url';
import latin400i from '@fontsource/noto-sans/files/noto-sans-latin-400-italic.woff2?url';
import latinExt400i from '@fontsource/noto-sans/files/noto-sans-latin-ext-400-italic.woff2?url';
import cyrillic400i from '@fontsource/noto-sans/files/noto-sans-cyrillic-400-italic.woff2?url';
import cyrillicExt400i from '@fontsource/noto-sans/files/noto-sans-cyrillic-ext-400-italic.woff2?url';

/** Font stacks for `text-font`. The names are ours; they only have to match the `font-faces` keys. */
export const FONT_REGULAR = ['Noto Sans Regular'];
export const FONT_BOLD = ['Noto Sans SemiBold'];
export const FONT_ITALIC = ['Noto Sans Italic'];

/** The subsets' `unicode-range`, as in @fontsource/noto-sans 5.3.0 (unicode.json). */
export const UNICODE_RANGES = {
  latin: [
    'U+0000-00FF',
    'U+0131',
    'U+0152-0153',
    'U+02BB-02BC',
    'U+02C6',
    'U+02DA',
    'U+02DC',
    'U+0304',
    'U+0308',
    'U+0329',
    'U+2000-206F',
    'U+20AC',
    'U+2122',
    'U+2191',
    'U+2193',
    'U+2212',
    'U+2215',
    'U+FEFF',
    'U+FFFD',
  ],
  'latin-ext': [
    'U+0100-02BA',
    'U+02BD-02C5',
    'U+02C7-02CC',
    'U+02CE-02D7',
    'U+02DD-02FF',
    'U+0304',
    'U+0308',
    'U+0329',
    'U+1D00-1DBF',
    'U+1E00-1E9F',
    'U+1EF2-1EFF',
    'U+2020',
    'U+20A0-20AB',
    'U+20AD-20C0',
    'U+2113',
    'U+2C60-2C7F',
    'U+A720-A7FF',
  ],
  cyrillic: ['U+0301', 'U+0400-045F', 'U+0490-0491', 'U+04B0-04B1', 'U+2116'],
  'cyrillic-ext': [
    'U+0460-052F',
    'U+1C80-1C8A',
    'U+20B4',
    'U+2DE0-2DFF',
    'U+A640-A69F',
    'U+FE2E-FE2F',
  ],
} as const satisfies Record<string, readonly string[]>;

type Subset = keyof typeof UNICODE_RANGES;

function faces(files: Record<Subset, string>): MLFontFace[] {
  return (Object.keys(UNICODE_RANGES) as Subset[]).map((subset) => ({
    url: files[subset],
    'unicode-range': [...UNICODE_RANGES[subset]],
  }));
}

/** The style's `font-faces` value. */
export const fontFaces: FontFacesSpecification = {
  [FONT_REGULAR[0] as string]: faces({
    latin: latin400,
    'latin-ext': latinExt400,
    cyrillic: cyrillic400,
    'cyrillic-ext': cyrillicExt400,
  }),
  [FONT_BOLD[0] as string]: faces({
    latin: latin600,
    'latin-ext': latinExt600,
    cyrillic: cyrillic600,
    'cyrillic-ext': cyrillicExt600,
  }),
  [FONT_ITALIC[0] as string]: faces({
    latin: latin400i,
    'latin-ext': latinExt400i,
    cyrillic: cyrillic400i,
    'cyrillic-ext': cyrillicExt400i,
  }),
};
