/**
 * The assembled style against the MapLibre style specification, and every property a layer
 * reads against the features the map is actually given.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  Color,
  expression,
  featureFilter,
  latest,
  validateStyleMin,
  type StylePropertyExpression,
  type StylePropertySpecification,
} from '@maplibre/maplibre-gl-style-spec';
import type { LayerSpecification } from 'maplibre-gl';
import { atlasStyle } from '../../src/map/style/index.ts';
import {
  atlasLayers,
  CITIES,
  iconName,
  INTERACTIVE_LAYERS,
  LAYER,
  lineLayerId,
  PROJECT_LABELS_MINZOOM,
  PROJECTS,
} from '../../src/map/style/atlas.ts';
import { theme } from '../../src/theme.ts';
import { basemapPart } from '../../src/map/style/online.ts';
import { BASEMAPS } from '../../src/basemaps.ts';
import { cityFeatures, projectFeatures } from '../../src/map/features.ts';
import { buildAtlas } from '../../src/data/validate.ts';
import { buildLookup } from '../../src/data/lookup.ts';
import { datasets, DATASET_KEYS } from '../../src/data/registry.ts';
import {
  LANGS,
  PRECISIONS,
  SECTORS,
  SEGMENT_CLASSES,
  SUBSECTORS,
  type Sector,
} from '../../src/data/schema.ts';

const root = join(import.meta.dirname, '..', '..', 'geodata');
const { atlas } = buildAtlas(
  Object.fromEntries(
    DATASET_KEYS.map((k) => [k, readFileSync(join(root, datasets[k].file), 'utf8')]),
  ),
);
const lookup = buildLookup(atlas);
const featuresOf: Record<string, { properties: Record<string, unknown> }[]> = {
  [CITIES]: cityFeatures(atlas, lookup).features as never,
  [PROJECTS]: projectFeatures(atlas).features as never,
};

/** Every property name a layer reads with ["get", …]; a dynamic name_{lang} counts as all three. */
function propertiesRead(layer: LayerSpecification): string[] {
  const out = new Set<string>();
  const walk = (v: unknown): void => {
    if (!Array.isArray(v)) {
      if (v && typeof v === 'object') Object.values(v).forEach(walk);
      return;
    }
    if (v[0] === 'get' && typeof v[1] === 'string') out.add(v[1]);
    else if (v[0] === 'get' && Array.isArray(v[1]) && v[1][0] === 'concat' && v[1][1] === 'name_')
      LANGS.forEach((l) => out.add(`name_${l}`));
    v.forEach(walk);
  };
  walk({
    filter: 'filter' in layer ? layer.filter : undefined,
    layout: layer.layout,
    paint: layer.paint,
  });
  return [...out];
}

describe('map style', () => {
  it('passes the MapLibre style specification', () => {
    const errors = validateStyleMin(atlasStyle() as never);
    expect(errors.map((e) => e.message)).toEqual([]);
  });

  it('has unique layer ids, and every interactive layer exists', () => {
    const ids = atlasStyle().layers.map((l) => l.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of INTERACTIVE_LAYERS) expect(ids).toContain(id);
  });

  it.each(BASEMAPS)('%s: draws the atlas layers above the basemap but below its labels', (b) => {
    const ids = atlasStyle(b).layers.map((l) => l.id);
    const basemap = basemapPart(b).layers;
    const labels = basemap.filter((l) => l.type === 'symbol').map((l) => l.id);
    const under = basemap.filter((l) => l.type !== 'symbol').map((l) => l.id);
    expect(labels.length, 'the basemap has labels').toBeGreaterThan(0);
    const firstLabel = Math.min(...labels.map((id) => ids.indexOf(id)));
    const lastUnder = Math.max(...under.map((id) => ids.indexOf(id)));
    for (const layer of atlasLayers()) {
      const at = ids.indexOf(layer.id);
      expect(at, `${layer.id} is below the basemap labels`).toBeLessThan(firstLabel);
      expect(at, `${layer.id} is above the basemap's fills and lines`).toBeGreaterThan(lastUnder);
    }
    // Nothing lost or duplicated on the way.
    expect([...ids].sort()).toEqual(
      [...basemap.map((l) => l.id), ...atlasLayers().map((l) => l.id)].sort(),
    );
  });

  it('reads only properties that every feature of its source has', () => {
    for (const layer of atlasLayers()) {
      const source = 'source' in layer ? String(layer.source) : '';
      const features = featuresOf[source];
      expect(features?.length, `${layer.id}: source ${source} has features`).toBeGreaterThan(0);
      for (const prop of propertiesRead(layer))
        for (const f of features!)
          expect(f.properties, `${layer.id} reads ${prop}`).toHaveProperty(prop);
    }
  });

  it('matches only values from the data’s vocabularies', () => {
    const vocab: Record<string, readonly string[]> = {
      sector: SECTORS,
      precision: PRECISIONS,
      segment: SEGMENT_CLASSES,
      subsector: Object.values(SUBSECTORS).flat(),
    };
    const compared: string[] = [];
    const walk = (v: unknown): void => {
      if (!Array.isArray(v)) {
        if (v && typeof v === 'object') Object.values(v).forEach(walk);
        return;
      }
      const [op, input] = v as [unknown, unknown];
      const field = Array.isArray(input) && input[0] === 'get' ? input[1] : undefined;
      if (typeof field === 'string' && field in vocab) {
        // ["match", ["get", f], label, output, …, fallback] and ["==", ["get", f], value]
        const labels =
          op === 'match' ? v.slice(2, -1).filter((_, i) => i % 2 === 0) : op === '==' ? [v[2]] : [];
        for (const l of labels.flat()) {
          expect(vocab[field], `${field} has ${String(l)}`).toContain(l);
          compared.push(`${field}:${String(l)}`);
        }
      }
      v.forEach(walk);
    };
    walk(atlasLayers());
    // The walk found what it checks: sectors, the three classes, the patterned kinds of line.
    for (const k of ['sector:energy', 'segment:schematic', 'subsector:railway', 'subsector:road'])
      expect(compared).toContain(k);
  });

  it('draws every sector that has a project, with its own colour', () => {
    // Every project as the map is given it, and one of them recast in each sector (one
    // sector's only project has no geometry yet), evaluated through the style's own
    // expressions by MapLibre's evaluator: lines and labels in the sector's theme colour,
    // points with the sector's symbol.
    const drawn = featuresOf[PROJECTS]!;
    const features = [
      ...drawn,
      ...SECTORS.map((sector) => ({
        ...drawn[0]!,
        properties: { ...drawn[0]!.properties, id: `probe-${sector}`, sector },
      })),
    ];
    const colours = Object.values(theme.sector);
    expect(new Set(colours).size, 'one colour per sector').toBe(colours.length);
    const globalState = { lang: 'en' };

    const coloured = atlasLayers().filter(
      (l) => 'source' in l && l.source === PROJECTS && (l.type === 'line' || l.type === 'symbol'),
    );
    const checked = new Set<string>();
    for (const layer of coloured) {
      const paint = (layer.paint ?? {}) as Record<string, unknown>;
      const key = layer.type === 'line' ? 'line-color' : 'text-color';
      if (!(key in paint) || !JSON.stringify(paint[key]).includes('"sector"')) continue;
      const spec = (
        latest as unknown as Record<string, Record<string, StylePropertySpecification>>
      )[`paint_${layer.type}`]![key]!;
      const parsed = expression.createPropertyExpression(paint[key], key, spec, globalState);
      expect(parsed.result, `${layer.id} ${key} parses`).toBe('success');
      const colour = parsed.value as StylePropertyExpression;
      for (const f of features) {
        const sector = f.properties.sector as Sector;
        const got = colour.evaluate({ zoom: 6 } as never, f as never) as Color;
        expect(got.toString(), `${layer.id}: ${String(f.properties.id)} (${sector})`).toBe(
          Color.parse(theme.sector[sector])!.toString(),
        );
        checked.add(sector);
      }
    }
    expect([...checked].sort(), 'a coloured layer for every sector').toEqual([...SECTORS].sort());

    // Points: the solid symbol, with the hollow one drawn over it where feature-state says
    // the status in the period is a plan; neither where the filters hide the project.
    const evaluate = (layerId: string, group: 'layout' | 'paint', key: string) => {
      const layer = atlasLayers().find((l) => l.id === layerId)!;
      const parsed = expression.createPropertyExpression(
        (layer[group as keyof typeof layer] as Record<string, unknown>)[key],
        key,
        (latest as unknown as Record<string, Record<string, StylePropertySpecification>>)[
          `${group}_symbol`
        ]![key]!,
        globalState,
      );
      expect(parsed.result, `${layerId} ${key} parses`).toBe('success');
      const e = parsed.value as StylePropertyExpression;
      return (f: (typeof features)[number], state: Record<string, unknown> = {}) =>
        e.evaluate({ zoom: 6 } as never, f as never, state as never);
    };
    const solid = evaluate(LAYER.points, 'layout', 'icon-image');
    const hollowIcon = evaluate(LAYER.pointsHollow, 'layout', 'icon-image');
    const hollowOpacity = evaluate(LAYER.pointsHollow, 'paint', 'icon-opacity');
    const solidOpacity = evaluate(LAYER.points, 'paint', 'icon-opacity');
    for (const f of features) {
      const sector = f.properties.sector as Sector;
      expect(String(solid(f)), String(f.properties.id)).toBe(iconName(sector, false));
      expect(String(hollowIcon(f)), String(f.properties.id)).toBe(iconName(sector, true));
      expect(hollowOpacity(f)).toBe(0);
      expect(hollowOpacity(f, { hollow: true })).toBe(1);
      expect(hollowOpacity(f, { hollow: true, hidden: true })).toBe(0);
      expect(solidOpacity(f)).toBe(1);
      expect(solidOpacity(f, { hidden: true })).toBe(0);
    }
  });

  it('draws each project point once at every zoom: a dot where its tile is crowded, else its symbols', () => {
    // Through MapLibre's own filter evaluator (whole zooms, as a tile's): a point with
    // symbol_z 0 (the atlas's data) is an icon at every zoom; one with symbol_z 7 is a dot
    // below 7 and an icon, hollow twin and label from 7 on; never both, never neither.
    const filterOf = (id: string) => {
      const layer = atlasLayers().find((l) => l.id === id);
      if (!layer || !('filter' in layer)) throw new Error(`no filter on ${id}`);
      const f = featureFilter(layer.filter, 'filter', { lang: 'en' });
      return (zoom: number, props: Record<string, unknown>) =>
        f.filter({ zoom } as never, { type: 1, properties: props } as never);
    };
    const dot = filterOf(LAYER.pointsDot);
    const icon = filterOf(LAYER.points);
    const hollowTwin = filterOf(LAYER.pointsHollow);
    const label = filterOf(LAYER.pointLabels);
    const site = projectFeatures(atlas).features.find(
      (f) => f.geometry.type === 'Point' && f.properties.anchor === false,
    )!.properties;
    for (const symbolZ of [0, 7])
      for (let zoom = 0; zoom <= 12; zoom++) {
        const p = { ...site, symbol_z: symbolZ };
        const asIcon = zoom >= symbolZ;
        const at = `symbol_z ${symbolZ}, zoom ${zoom}`;
        expect(icon(zoom, p), `icon, ${at}`).toBe(asIcon);
        expect(hollowTwin(zoom, p), `hollow twin, ${at}`).toBe(asIcon);
        expect(dot(zoom, p), `dot, ${at}`).toBe(!asIcon);
        if (zoom >= PROJECT_LABELS_MINZOOM) expect(label(zoom, p), `label, ${at}`).toBe(asIcon);
      }
    // The dot is the sector's colour, and the page colour ringed in it where it is a plan.
    const paint = atlasLayers().find((l) => l.id === LAYER.pointsDot)!.paint as Record<
      string,
      unknown
    >;
    const colourOf = (key: string) => {
      const parsed = expression.createPropertyExpression(
        paint[key],
        key,
        (latest as unknown as Record<string, Record<string, StylePropertySpecification>>)
          .paint_circle![key]!,
        { lang: 'en' },
      );
      expect(parsed.result, `${key} parses`).toBe('success');
      const e = parsed.value as StylePropertyExpression;
      return (state: Record<string, unknown>) =>
        (
          e.evaluate({ zoom: 5 } as never, { properties: site } as never, state as never) as Color
        ).toString();
    };
    const sector = Color.parse(theme.sector[site.sector as Sector])!.toString();
    expect(colourOf('circle-color')({})).toBe(sector);
    expect(colourOf('circle-color')({ hollow: true })).toBe(
      Color.parse(theme.basemap.halo)!.toString(),
    );
    expect(colourOf('circle-stroke-color')({ hollow: true })).toBe(sector);
  });

  it('hides what the filters hide in every layer that draws projects or meeting cities', () => {
    // Each opacity of such a layer is 0 for a feature with feature-state `hidden`, and the
    // filters reach no layer through global state (that would reload the source).
    const drawnByFilters = atlasLayers().filter(
      (l) =>
        'source' in l &&
        (l.source === PROJECTS || JSON.stringify(l.filter ?? null).includes('"host"],true')),
    );
    expect(drawnByFilters.map((l) => l.id)).toEqual(
      expect.arrayContaining([LAYER.points, LAYER.citiesCircle, LAYER.citiesLabel]),
    );
    const opacity: Record<string, string[]> = {
      line: ['line-opacity'],
      circle: ['circle-opacity', 'circle-stroke-opacity'],
      symbol: ['icon-opacity', 'text-opacity'],
    };
    for (const l of drawnByFilters) {
      const paint = ('paint' in l ? l.paint : {}) as Record<string, unknown>;
      // The hit layer is never drawn: its opacity is the constant 0, which MapLibre skips.
      if (l.id === LAYER.linesHit) {
        expect(paint['line-opacity'], l.id).toBe(0);
        continue;
      }
      for (const key of opacity[l.type] ?? [])
        expect(JSON.stringify(paint[key]), `${l.id} ${key}`).toMatch(
          /^\["case",\["boolean",\["feature-state","hidden"\],false\],0,/,
        );
      expect(JSON.stringify(l), l.id).not.toMatch(/global-state","(projects|cities)/);
    }
  });

  it('gives what is not drawn no size, so none of its pixels is shaded', () => {
    // Opacity 0 alone still rasterises a feature's every pixel. A hidden feature's line width
    // (and gap) or circle radius (and stroke) is 0 at every zoom, and keeps its value when
    // shown; a halo has size only while its feature is hovered, selected or linked.
    const sizeOf = (layerId: string, key: string) => {
      const layer = atlasLayers().find((l) => l.id === layerId)!;
      const spec = (
        latest as unknown as Record<string, Record<string, StylePropertySpecification>>
      )[`paint_${layer.type}`]![key]!;
      const parsed = expression.createPropertyExpression(
        ((layer as { paint?: Record<string, unknown> }).paint ?? {})[key] ?? spec.default,
        key,
        spec,
        { lang: 'en' },
      );
      expect(parsed.result, `${layerId} ${key} parses`).toBe('success');
      const e = parsed.value as StylePropertyExpression;
      return (zoom: number, state: Record<string, unknown>) =>
        e.evaluate({ zoom } as never, { properties: {} } as never, state as never) as number;
    };
    const sized = atlasLayers().filter(
      (l) =>
        l.id !== LAYER.linesHit &&
        'source' in l &&
        (l.source === PROJECTS || JSON.stringify(l.filter ?? null).includes('"host"],true')) &&
        (l.type === 'line' || l.type === 'circle'),
    );
    expect(sized.map((l) => l.id)).toEqual(
      expect.arrayContaining([
        LAYER.pointsDot,
        LAYER.citiesCircle,
        lineLayerId('traced'),
        LAYER.roadCasing,
        LAYER.linesHalo,
        LAYER.pointsHalo,
      ]),
    );
    const halos = new Set<string>([LAYER.linesHalo, LAYER.pointsHalo]);
    for (const l of sized) {
      const keys =
        l.type === 'line'
          ? ['line-width', 'line-gap-width']
          : ['circle-radius', 'circle-stroke-width'];
      const shown = halos.has(l.id) ? { selected: true } : {};
      for (const key of keys) {
        const size = sizeOf(l.id, key);
        for (const zoom of [3, 5.5, 8, 11]) {
          expect(size(zoom, { ...shown, hidden: true }), `${l.id} ${key} hidden, z${zoom}`).toBe(0);
          expect(
            size(zoom, { ...shown, hollow: true, meetings: 3, hidden: true }),
            `${l.id} ${key}`,
          ).toBe(0);
        }
      }
      const main = sizeOf(l.id, keys[0]!);
      expect(main(5, shown), `${l.id} ${keys[0]} shown`).toBeGreaterThan(0);
    }
    for (const id of halos) {
      const key = id === LAYER.linesHalo ? 'line-width' : 'circle-radius';
      const size = sizeOf(id, key);
      expect(size(5, {}), `${id} unmarked`).toBe(0);
      for (const mark of ['hover', 'selected', 'linked'])
        expect(size(5, { [mark]: true }), `${id} ${mark}`).toBeGreaterThan(0);
    }
  });
});
