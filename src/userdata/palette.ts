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

/**
 * Above this many points a layer is dense: no labels (placing them would slow every frame),
 * and its points are small dots without a rim, on the map and in the legend, for every pixel
 * of every point is drawn each frame (at 100,000 points of the usual size, 30 million pixels,
 * seconds a frame in software WebGL). A click still finds a point within the usual radius:
 * an undrawn hit layer has it (map/style/user.ts).
 */
export const LABEL_LIMIT = 5_000;
export const isDense = (points: number) => points > LABEL_LIMIT;
