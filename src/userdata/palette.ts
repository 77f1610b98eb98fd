/**
 * Colours for the reader's own layers, shared by the map (map/style/user.ts) and the legend.
 * Each is far from every sector colour, the meeting cities' navy, the selection's yellow and
 * the linked blue (tests/unit/userdata-look.test.ts measures it), so a reader's layer never
 * looks like part of the atlas. A new layer takes the next colour; the reader can change it.
 */
export const USER_PALETTE = ['#666666', '#00b3a1', '#d1242f', '#9acd32', '#8a4fff'] as const;
export type UserColor = (typeof USER_PALETTE)[number];

export const isUserColor = (c: string): c is UserColor =>
  (USER_PALETTE as readonly string[]).includes(c);

/** The colour for the n-th layer (0-based), round the palette. */
export const paletteColor = (n: number): UserColor =>
  USER_PALETTE[((n % USER_PALETTE.length) + USER_PALETTE.length) % USER_PALETTE.length] ??
  USER_PALETTE[0];

/** A new layer's opacity: nearly opaque, so the atlas still shows through where they meet. */
export const DEFAULT_OPACITY = 0.85;
