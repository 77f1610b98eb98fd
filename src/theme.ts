/**
 * Colours and symbols, shared by the map style (src/map/style) and the legend (src/panels).
 * One typed object: change a colour here and both follow.
 */
import type { Sector, Status } from './data/schema.ts';

export const theme = {
  basemap: {
    background: '#dde6ea', // sea and everything outside the land polygons
    land: '#f4f1ea',
    landFocus: '#fbf9f4', // Kyrgyzstan, slightly lighter to draw the eye
    countryBorder: '#9a8f86',
    admin1Border: '#c9bfb4',
    water: '#a9c8da',
    waterLabel: '#4d7590',
    river: '#9fc1d6',
    countryLabel: '#5c534c',
    admin1Label: '#8a7f76',
    halo: 'rgba(251,249,244,0.9)',
  },
  /** Sector colours: distinct in hue and lightness, checked for colour-blind separation. */
  sector: {
    transport: '#d95f02',
    energy: '#7b3294',
    mining: '#a6761d',
    industry: '#1b7837',
    social: '#c51b7d',
    agriculture: '#2c7fb8',
  } satisfies Record<Sector, string>,
  city: { fill: '#1f2d3d', stroke: '#ffffff', label: '#1f2d3d' },
  selection: '#ffcc00',
  /** Status is drawn by fill: built things solid, plans hollow. */
  statusHollow: ['proposed', 'cancelled'] satisfies Status[],
} as const;
