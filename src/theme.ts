/**
 * Colours and symbols, shared by the map style (src/map/style) and the legend (src/panels).
 * One typed object: change a colour here and both follow.
 */
import type { Sector, Status } from './data/schema.ts';

export const theme = {
  basemap: {
    background: '#d3e2ea', // sea and everything outside the land polygons (same as lakes)
    land: '#f3f0e9',
    landFocus: '#fcfbf7', // Kyrgyzstan, slightly lighter to draw the eye
    countryBorder: '#a0958b',
    admin1Border: '#d2c9bf',
    water: '#d3e2ea', // lakes and reservoirs
    waterLabel: '#5d8299',
    river: '#b5cfdf',
    countryLabel: '#675e56',
    admin1Label: '#928779',
    halo: 'rgba(252,251,247,0.9)',
    glacier: '#eef4f8', // pale, cooler than the land
    glacierEdge: '#d8e5ed',
    rangeLabel: '#9a8a76',
    peak: '#8c7b68',
    town: '#6b625a',
    townLabel: '#4f4842',
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
  /**
   * One symbol per sector, as SVG path data in a 24×24 box. The map draws them on a canvas
   * (Path2D) and the legend as inline SVG, so both always agree.
   */
  symbol: {
    transport: 'M4 4h16v16H4z', // square
    energy: 'M12 2l10 10-10 10L2 12z', // diamond
    mining: 'M12 3l10 18H2z', // triangle
    industry: 'M7 3h10l5 9-5 9H7l-5-9z', // hexagon
    social: 'M9 3h6v6h6v6h-6v6H9v-6H3V9h6z', // cross
    agriculture: 'M12 2c4 6 7 9.5 7 13a7 7 0 0 1-14 0c0-3.5 3-7 7-13z', // drop
  } satisfies Record<Sector, string>,
  /** Line patterns by kind (map/style/atlas.ts LINE_PATTERN): rail ties, road casing, pipe core. */
  line: { mark: '#4a4540', casing: '#6b3a12', core: '#ffffff' },
  /** The phone's bottom sheet: its peek height as a share of the stage (styles.css .panel). */
  sheet: { peek: 0.45 },
  /** The widest window laid out as a phone (styles.css: @media (max-width: 700px)). */
  /**
   * At most this many project points in one map tile are drawn as symbols; where a tile
   * holds more they are dots in their sector's colour (map/features.ts), and the legend says so.
   */
  symbolsPerTile: 2000,
  phoneMaxWidth: 700,
  city: { fill: '#1f2d3d', stroke: '#ffffff', label: '#1f2d3d' },
  /** Towns, crossings, passes and sites the projects name: quieter than meeting cities. */
  place: { fill: '#ffffff', crossing: '#5a6675', stroke: '#3d4a5a', label: '#3d4a5a' },
  selection: '#ffcc00',
  /** Records linked to the selection (a summit's projects, a project's summits). */
  linked: '#0b5cad',
  /** The reader's own data (map/style/user.ts): a neutral grey, unlike any sector. */
  user: { line: '#666666', fill: '#666666', halo: '#ffffff' },
  /** A point the reader picked, and the circle of "what lies within N km" around it. */
  probe: { point: '#111111', ring: '#ffffff', radius: '#0b5cad' },
  /** Status is drawn by fill: built things solid, plans hollow. */
  statusHollow: ['proposed', 'cancelled'] satisfies Status[],
} as const;
