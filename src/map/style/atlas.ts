/**
 * The atlas's own layers, as data: pure functions, built once. They read only the fields
 * that map/features.ts writes (checked by a contract test). What the filters leave visible,
 * hover and selection are feature-state, so they never re-process a source.
 */
import type { ExpressionSpecification, LayerSpecification, SourceSpecification } from 'maplibre-gl';
import type { FeatureCollection } from 'geojson';
import {
  SECTORS,
  SEGMENT_CLASSES,
  type Lang,
  type Sector,
  type SegmentClass,
  type Subsector,
} from '../../data/vocab.ts';
import { theme } from '../../theme.ts';
import { FONT_BOLD, FONT_REGULAR } from './fonts.ts';

export const CITIES = 'cities';
export const PROJECTS = 'projects';

const empty: FeatureCollection = { type: 'FeatureCollection', features: [] };

/** Sources start empty; the map component fills them when the content has loaded. */
export const atlasSources = (): Record<string, SourceSpecification> => ({
  [CITIES]: { type: 'geojson', data: empty, promoteId: 'id' },
  [PROJECTS]: {
    type: 'geojson',
    data: empty,
    promoteId: 'id',
    attribution: ROUTES_ATTRIBUTION,
  },
});

/**
 * Traced routes come from AidData's footprints (ODC-By), built from OpenStreetMap ways (ODbL),
 * shown in the map's attribution control. (Waypoints and towns are GeoNames positions, credited
 * by the control's own "GeoNames" line in map/MapView.tsx.)
 */
export const ROUTES_ATTRIBUTION = 'AidData · © OpenStreetMap contributors';

/**
 * Only the language reaches the style as global state (labels read `name_` + it). What the
 * filters leave visible does not: a global-state value read by a filter or by a
 * data-driven paint property makes MapLibre re-parse every tile of the source in its worker
 * (`Style._applyGlobalStateChanges`), so a toggle would cost time in proportion to the data.
 */
export interface AtlasGlobalState {
  lang: Lang;
}
export const defaultGlobalState = (): AtlasGlobalState => ({ lang: 'en' });

/**
 * The visible set reaches the map as feature-state, set by map/reconcile.ts for just the
 * features whose value changed (state/filters.ts stays the one definition of what is
 * visible): `hidden` (the filters leave it out), `hollow` (its status in the period is a
 * plan or a cancellation) and, for meeting cities, `meetings` (held there in the period).
 * Feature-state only repaints: no source is reloaded, no tile re-parsed.
 */
export const VIS = { hidden: 'hidden', hollow: 'hollow', meetings: 'meetings' } as const;
export type VisState = { hidden: boolean; hollow?: boolean; meetings?: number };

const hiddenByFilters: ExpressionSpecification = ['boolean', ['feature-state', VIS.hidden], false];
/** The opacity properties of each layer type, which `filtered` ties to the visible set. */
const OPACITY: Partial<Record<LayerSpecification['type'], readonly string[]>> = {
  line: ['line-opacity'],
  circle: ['circle-opacity', 'circle-stroke-opacity'],
  symbol: ['icon-opacity', 'text-opacity'],
  fill: ['fill-opacity'],
};

/**
 * The size properties of each layer type. Where a feature is not drawn its size is 0 too, so
 * its geometry collapses to nothing: with opacity 0 alone every pixel of it would still be
 * shaded (in software WebGL, as many readers' machines have, that is most of a frame's cost
 * at 10,000 features). Symbols have no paint size (`icon-size` cannot read feature-state).
 */
const SIZE: Partial<Record<LayerSpecification['type'], readonly string[]>> = {
  line: ['line-width', 'line-gap-width'],
  circle: ['circle-radius', 'circle-stroke-width'],
};

/** MapLibre's defaults of the sizes that are never 0 by default (gap and stroke are). */
const DEFAULT_SIZE: Record<string, number> = { 'line-width': 1, 'circle-radius': 5 };

/**
 * A number-valued paint value that is 0 where `when` holds and keeps its value elsewhere. A
 * zoom curve stays the top-level expression (MapLibre requires it), with each stop's output
 * made conditional.
 */
export function zeroWhen(when: ExpressionSpecification, value: unknown): ExpressionSpecification {
  if (
    Array.isArray(value) &&
    value[0] === 'interpolate' &&
    JSON.stringify(value[2]) === '["zoom"]'
  ) {
    const [op, how, input, ...stops] = value as unknown[];
    return [
      op,
      how,
      input,
      ...stops.map((v, i) => (i % 2 ? ['case', when, 0, v] : v)),
    ] as unknown as ExpressionSpecification;
  }
  return ['case', when, 0, value] as unknown as ExpressionSpecification;
}

/**
 * The one visibility rule of every atlas layer that draws filtered features: each opacity
 * of the layer, and each size, becomes 0 for a feature the filters hide (feature-state
 * `hidden`) and keeps its value otherwise. map/pick.ts ignores hidden features, so they are
 * neither hovered nor clicked. A new layer on the atlas's sources goes through this function
 * too.
 */
export function filtered<L extends LayerSpecification>(layer: L): L {
  const paint: Record<string, unknown> = { ...(('paint' in layer && layer.paint) || {}) };
  for (const key of OPACITY[layer.type] ?? [])
    paint[key] = ['case', hiddenByFilters, 0, paint[key] ?? 1];
  for (const key of SIZE[layer.type] ?? [])
    if (key in paint || key in DEFAULT_SIZE)
      paint[key] = zeroWhen(hiddenByFilters, paint[key] ?? DEFAULT_SIZE[key]);
  return { ...layer, paint } as L;
}

/** The name of the icon image drawn for a sector (see map/icons.ts). */
export const iconName = (sector: Sector, hollow: boolean) =>
  `sector-${sector}${hollow ? '-hollow' : ''}`;

const sectorColor: ExpressionSpecification = [
  'match',
  ['get', 'sector'],
  ...SECTORS.flatMap((s) => [s, theme.sector[s]]),
  '#666666',
] as unknown as ExpressionSpecification;

const state = (key: 'hover' | 'selected' | 'linked'): ExpressionSpecification => [
  'boolean',
  ['feature-state', key],
  false,
];
const emphasised: ExpressionSpecification = ['any', state('hover'), state('selected')];
/** Neither hovered, selected nor linked: its halo has no size, so nothing of it is drawn. */
const unmarked: ExpressionSpecification = [
  '!',
  ['any', state('hover'), state('selected'), state('linked')],
];

/** The label in the reader's language: `name_ky`, `name_ru` or `name_en`. */
export const nameField: ExpressionSpecification = [
  'get',
  ['concat', 'name_', ['global-state', 'lang']],
];

/** Its status in the period is a plan, or was cancelled: drawn hollow or faint. */
const hollow: ExpressionSpecification = ['boolean', ['feature-state', VIS.hollow], false];
const meetingsHere: ExpressionSpecification = ['number', ['feature-state', VIS.meetings], 0];

/**
 * Dashes say how each stretch was drawn: solid traced, long dashes along named points, dots
 * schematic (the legend shows the same three, see panels/Legend.tsx).
 */
export const DASHES: Record<SegmentClass, number[] | undefined> = {
  traced: undefined,
  'named-points': [4, 2],
  schematic: [1, 1.6],
};

const lines: ExpressionSpecification = [
  'in',
  ['geometry-type'],
  ['literal', ['LineString', 'MultiLineString']],
];
const pointGeometry: ExpressionSpecification = [
  'in',
  ['geometry-type'],
  ['literal', ['Point', 'MultiPoint']],
];
/** A project's site (not a label anchor, see map/features.ts `anchor`). */
const points: ExpressionSpecification = ['all', pointGeometry, ['==', ['get', 'anchor'], false]];
/**
 * Where a point's tile is crowded it is a dot until the zoom that thins it (map/features.ts
 * `symbol_z`, 0 for the atlas's own data); from there its icon and label are drawn.
 */
const asSymbol: ExpressionSpecification = ['>=', ['zoom'], ['get', 'symbol_z']];
const asDot: ExpressionSpecification = ['<', ['zoom'], ['get', 'symbol_z']];
/** Below this zoom a line project is labelled at its anchor point, from it along the line. */
const LINE_LABELS_ALONG = 6;
/** What the point-label layer labels: sites, and line projects' anchors at small zooms. */
const labelled: ExpressionSpecification = [
  'all',
  ['any', points, ['all', pointGeometry, ['<', ['zoom'], LINE_LABELS_ALONG]]],
  asSymbol,
];

/**
 * The filter of a project layer: its kind of geometry and what the layer adds. What the
 * filters leave visible is not in it: `filtered` hides those features by their opacity.
 */
const shownProjects = (
  geometry: ExpressionSpecification,
  ...more: ExpressionSpecification[]
): ExpressionSpecification => (more.length ? ['all', geometry, ...more] : geometry);
const subsector = (value: Subsector): ExpressionSpecification => [
  '==',
  ['get', 'subsector'],
  value,
];

/** A line width that grows with zoom, as k times the projects' line width (2 px at z3, 4.5 at z8). */
const lineWidth = (k: number): ExpressionSpecification => [
  'interpolate',
  ['linear'],
  ['zoom'],
  3,
  2 * k,
  8,
  4.5 * k,
];
/** Centre-to-centre distance of two lines drawn side by side, in project line widths. */
const OFFSET_WIDTHS = 1.9;
/**
 * Where two projects share a stretch (features.ts `offset`), each is drawn beside the other:
 * the offset is in project line widths, so they touch without overlapping at any zoom.
 */
const lineOffset: ExpressionSpecification = [
  'interpolate',
  ['linear'],
  ['zoom'],
  3,
  ['*', ['get', 'offset'], 2 * OFFSET_WIDTHS],
  8,
  ['*', ['get', 'offset'], 4.5 * OFFSET_WIDTHS],
];
/**
 * A stretch's precision dashes for a line k times as wide as the project line, scaled so
 * that they fall where the project line's own dashes fall (dashes are in line widths).
 */
const precisionDashes = (k: number): ExpressionSpecification =>
  [
    'match',
    ['get', 'segment'],
    ...SEGMENT_CLASSES.flatMap((c) => [c, ['literal', (DASHES[c] ?? [1, 0]).map((d) => d / k)]]),
    ['literal', [1, 0]],
  ] as unknown as ExpressionSpecification;

/**
 * Each kind of line has its own pattern beside its colour (the legend draws the same, see
 * panels/SectorSymbol.tsx LineSymbol): a railway has dark cross ties under it, a road a dark
 * casing either side, a pipeline a pale core, a power line beads (its pylons) along it. The
 * precision dashes stay on the coloured line, and the casing and the core follow them.
 */
export const LINE_PATTERN = {
  ties: { width: 2.6, dash: [0.3, 2.2] },
  casing: { width: 0.38 },
  core: { width: 0.4 },
  pylons: { width: 2.2, dash: [0, 4] },
} as const;

export const lineLayerId = (c: SegmentClass) => `projects-line-${c}`;
export const LAYER = {
  placesDot: 'places-dot',
  placesLabel: 'places-label',
  citiesCircle: 'cities-circle',
  citiesLabel: 'cities-label',
  linesHit: 'projects-line-hit',
  railTies: 'projects-line-railway-ties',
  roadCasing: 'projects-line-road-casing',
  pipeCore: 'projects-line-pipeline-core',
  pylons: 'projects-line-power-pylons',
  linesHalo: 'projects-line-halo',
  pointsHalo: 'projects-point-halo',
  pointsDot: 'projects-point-dot',
  points: 'projects-point',
  pointsHollow: 'projects-point-hollow',
  lineLabels: 'projects-line-label',
  pointLabels: 'projects-point-label',
} as const;

/** Layers a click or hover can pick, most specific first (see map/pick.ts). */
export const INTERACTIVE_LAYERS = [
  LAYER.citiesCircle,
  LAYER.points,
  LAYER.pointsDot,
  LAYER.placesDot,
  LAYER.placesLabel,
  LAYER.linesHit,
];

/** A place that is not a meeting city: a town, crossing, pass or site a project names. */
const namedPlace: ExpressionSpecification = ['==', ['get', 'host'], false];
const host: ExpressionSpecification = ['==', ['get', 'host'], true];
/** Crossings and passes get a dark fill, so a route's gateways stand out among the towns. */
const crossing: ExpressionSpecification = [
  'in',
  ['get', 'kind'],
  ['literal', ['border-crossing', 'pass']],
];

/**
 * The named places, small and calm, under the projects: a dot (ringed for crossings and
 * passes) and a label in the reader's language from zoom 5.5, so the home view stays clear.
 */
function placeLayers(): LayerSpecification[] {
  return [
    {
      id: LAYER.placesDot,
      type: 'circle',
      source: CITIES,
      filter: namedPlace,
      paint: {
        'circle-radius': ['interpolate', ['linear'], ['zoom'], 4, 2.2, 8, 4],
        'circle-color': ['case', crossing, theme.place.crossing, theme.place.fill],
        'circle-stroke-color': [
          'case',
          emphasised,
          theme.selection,
          state('linked'),
          theme.linked,
          theme.place.stroke,
        ],
        'circle-stroke-width': ['case', emphasised, 3, state('linked'), 2.5, 1],
      },
    },
    {
      id: LAYER.placesLabel,
      type: 'symbol',
      source: CITIES,
      minzoom: 5.5,
      filter: namedPlace,
      layout: {
        'text-field': nameField,
        'text-font': FONT_REGULAR,
        'text-size': ['interpolate', ['linear'], ['zoom'], 5.5, 10.5, 9, 13],
        'text-variable-anchor': ['top', 'bottom', 'left', 'right'],
        'text-radial-offset': 0.6,
        'text-justify': 'auto',
        'text-optional': true,
        'text-max-width': 8,
      },
      paint: {
        'text-color': theme.place.label,
        'text-halo-color': theme.basemap.halo,
        'text-halo-width': 1.4,
      },
    },
  ];
}

/** Projects are labelled from the phone's home view on (about z 3.9; desktop about 4.8). */
export const PROJECT_LABELS_MINZOOM = 3.5;

export function atlasLayers(): LayerSpecification[] {
  return [
    ...placeLayers(),
    ...filteredLayers().map((l) => (l.id === LAYER.linesHit ? l : filtered(l))),
  ];
}

/** The layers that draw what the filters choose (projects and meeting cities). */
function filteredLayers(): LayerSpecification[] {
  const faint: ExpressionSpecification = ['case', hollow, 0.6, 1];

  const projectLines: LayerSpecification[] = SEGMENT_CLASSES.map((p) => ({
    id: lineLayerId(p),
    type: 'line',
    source: PROJECTS,
    filter: shownProjects(lines, ['==', ['get', 'segment'], p]),
    layout: { 'line-cap': p === 'traced' ? 'round' : 'butt', 'line-join': 'round' },
    paint: {
      'line-color': sectorColor,
      'line-width': lineWidth(1),
      'line-offset': lineOffset,
      'line-opacity': faint,
      ...(DASHES[p] ? { 'line-dasharray': DASHES[p] } : {}),
    },
  }));

  /** Patterns under the coloured line (ties, casing) and over it (core, pylons). */
  const under: LayerSpecification[] = [
    {
      id: LAYER.railTies,
      type: 'line',
      source: PROJECTS,
      filter: shownProjects(lines, subsector('railway')),
      layout: { 'line-cap': 'butt', 'line-join': 'round' },
      paint: {
        'line-color': theme.line.mark,
        'line-width': lineWidth(LINE_PATTERN.ties.width),
        'line-dasharray': [...LINE_PATTERN.ties.dash],
        'line-offset': lineOffset,
        'line-opacity': faint,
      },
    },
    {
      id: LAYER.roadCasing,
      type: 'line',
      source: PROJECTS,
      filter: shownProjects(lines, subsector('road')),
      layout: { 'line-cap': 'butt', 'line-join': 'round' },
      paint: {
        'line-color': theme.line.casing,
        'line-width': lineWidth(LINE_PATTERN.casing.width),
        'line-gap-width': lineWidth(1),
        'line-dasharray': precisionDashes(LINE_PATTERN.casing.width),
        'line-offset': lineOffset,
        'line-opacity': faint,
      },
    },
  ];
  const over: LayerSpecification[] = [
    {
      id: LAYER.pipeCore,
      type: 'line',
      source: PROJECTS,
      filter: shownProjects(lines, subsector('gas-pipeline')),
      layout: { 'line-cap': 'butt', 'line-join': 'round' },
      paint: {
        'line-color': theme.line.core,
        'line-width': lineWidth(LINE_PATTERN.core.width),
        'line-dasharray': precisionDashes(LINE_PATTERN.core.width),
        'line-offset': lineOffset,
      },
    },
    {
      id: LAYER.pylons,
      type: 'line',
      source: PROJECTS,
      filter: shownProjects(lines, subsector('power-line')),
      layout: { 'line-cap': 'round', 'line-join': 'round' },
      paint: {
        'line-color': sectorColor,
        'line-width': lineWidth(LINE_PATTERN.pylons.width),
        'line-dasharray': [...LINE_PATTERN.pylons.dash],
        'line-offset': lineOffset,
        'line-opacity': faint,
      },
    },
  ];

  return [
    {
      id: LAYER.linesHalo,
      type: 'line',
      source: PROJECTS,
      filter: lines,
      layout: { 'line-cap': 'round', 'line-join': 'round' },
      paint: {
        'line-color': ['case', emphasised, theme.selection, theme.linked],
        'line-width': zeroWhen(unmarked, ['interpolate', ['linear'], ['zoom'], 3, 8, 8, 14]),
        'line-offset': lineOffset,
        'line-opacity': [
          'case',
          state('selected'),
          0.9,
          state('hover'),
          0.5,
          state('linked'),
          0.4,
          0,
        ],
      },
    },
    ...under,
    ...projectLines,
    ...over,
    {
      // Invisible and wide: makes thin lines easy to click and hover. Its opacity is the
      // constant 0, so MapLibre never draws it (not even hidden features: map/pick.ts skips
      // those), and it stays out of `filtered`.
      id: LAYER.linesHit,
      type: 'line',
      source: PROJECTS,
      filter: lines,
      paint: { 'line-color': '#000000', 'line-width': 16, 'line-opacity': 0 },
    },
    {
      id: LAYER.pointsHalo,
      type: 'circle',
      source: PROJECTS,
      filter: points,
      paint: {
        'circle-radius': zeroWhen(unmarked, 15),
        'circle-color': ['case', emphasised, theme.selection, theme.linked],
        'circle-opacity': [
          'case',
          state('selected'),
          0.9,
          state('hover'),
          0.5,
          state('linked'),
          0.4,
          0,
        ],
      },
    },
    {
      // A crowded tile's points: dots in the sector's colour, white where it is a plan.
      id: LAYER.pointsDot,
      type: 'circle',
      source: PROJECTS,
      filter: ['all', points, asDot],
      paint: {
        'circle-radius': ['interpolate', ['linear'], ['zoom'], 3, 2.5, 9, 4],
        'circle-color': ['case', hollow, theme.basemap.halo, sectorColor],
        'circle-stroke-color': sectorColor,
        'circle-stroke-width': ['case', hollow, 1.2, 0],
      },
    },
    {
      id: LAYER.points,
      type: 'symbol',
      source: PROJECTS,
      filter: ['all', points, asSymbol],
      layout: {
        'icon-image': ['concat', 'sector-', ['get', 'sector']],
        'icon-size': ['interpolate', ['linear'], ['zoom'], 3, 0.75, 8, 1],
        'icon-allow-overlap': true,
        'icon-ignore-placement': true,
      },
    },
    {
      // The hollow symbol, drawn over the solid one where the status in the period is a plan
      // (icon-image is layout, which feature-state cannot reach; opacity is paint).
      id: LAYER.pointsHollow,
      type: 'symbol',
      source: PROJECTS,
      filter: ['all', points, asSymbol],
      layout: {
        'icon-image': ['concat', 'sector-', ['get', 'sector'], '-hollow'],
        'icon-size': ['interpolate', ['linear'], ['zoom'], 3, 0.75, 8, 1],
        'icon-allow-overlap': true,
        'icon-ignore-placement': true,
      },
      paint: { 'icon-opacity': ['case', hollow, 1, 0] },
    },
    {
      id: LAYER.citiesCircle,
      type: 'circle',
      source: CITIES,
      filter: host,
      paint: {
        'circle-radius': ['interpolate', ['linear'], meetingsHere, 1, 4.5, 3, 7, 8, 11],
        'circle-color': theme.city.fill,
        'circle-opacity': 0.85,
        'circle-stroke-color': [
          'case',
          emphasised,
          theme.selection,
          state('linked'),
          theme.linked,
          theme.city.stroke,
        ],
        'circle-stroke-width': [
          'case',
          state('selected'),
          4,
          state('hover'),
          3,
          state('linked'),
          3,
          1.5,
        ],
      },
    },
    {
      // One label per project, along its longest stretch shared with no other (features.ts);
      // below LINE_LABELS_ALONG the point-label layer writes it beside its anchor instead.
      id: LAYER.lineLabels,
      type: 'symbol',
      source: PROJECTS,
      minzoom: LINE_LABELS_ALONG,
      filter: shownProjects(lines, ['==', ['get', 'label'], true]),
      layout: {
        'text-field': nameField,
        'text-font': FONT_REGULAR,
        'text-size': ['interpolate', ['linear'], ['zoom'], 4, 11, 8, 12.5],
        'symbol-placement': 'line-center',
        'text-offset': [0, -0.9],
        'text-max-angle': 30,
      },
      paint: {
        'text-color': sectorColor,
        'text-halo-color': theme.basemap.halo,
        'text-halo-width': 1.6,
      },
    },
    {
      id: LAYER.pointLabels,
      type: 'symbol',
      source: PROJECTS,
      minzoom: PROJECT_LABELS_MINZOOM,
      filter: labelled,
      layout: {
        'text-field': nameField,
        'text-font': FONT_REGULAR,
        'text-size': ['interpolate', ['linear'], ['zoom'], 4, 11, 8, 12.5],
        'text-variable-anchor': ['left', 'right', 'top', 'bottom'],
        'text-radial-offset': 1.2,
        'text-optional': true,
        'text-max-width': 10,
      },
      paint: {
        'text-color': sectorColor,
        'text-halo-color': theme.basemap.halo,
        'text-halo-width': 1.6,
      },
    },
    // Last, so placed first: a meeting city keeps its name where a project's label would cover it.
    {
      id: LAYER.citiesLabel,
      type: 'symbol',
      source: CITIES,
      filter: host,
      layout: {
        'text-field': nameField,
        'text-font': FONT_BOLD,
        'text-size': ['interpolate', ['linear'], ['zoom'], 3, 11, 8, 14],
        'text-variable-anchor': ['top', 'bottom', 'left', 'right'],
        'text-radial-offset': 0.9,
        'text-justify': 'auto',
        'text-optional': true,
        // Layout cannot read feature-state: the busiest cities over all years win space.
        'symbol-sort-key': ['-', 0, ['get', 'meetings']],
      },
      paint: {
        'text-color': theme.city.label,
        'text-halo-color': theme.basemap.halo,
        'text-halo-width': 1.6,
      },
    },
  ];
}
