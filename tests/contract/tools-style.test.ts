/** The layers of the reader's data and of the picked point, against the style specification. */
import { validateStyleMin } from '@maplibre/maplibre-gl-style-spec';
import { describe, expect, it } from 'vitest';
import { atlasStyle } from '../../src/map/style/index.ts';
import { PROBE, PROBE_LAYERS, probeLayers } from '../../src/map/style/probe.ts';
import { USER_PREFIX, userLayers, userSourceId } from '../../src/map/style/user.ts';
import { theme } from '../../src/theme.ts';

const empty = {
  type: 'geojson' as const,
  data: { type: 'FeatureCollection' as const, features: [] },
};

describe('tool layers', () => {
  const base = atlasStyle();
  const style = {
    ...base,
    sources: {
      ...base.sources,
      [PROBE]: empty,
      [userSourceId('u1')]: empty,
      [userSourceId('u2')]: empty,
    },
    layers: [
      ...base.layers,
      ...userLayers('u1'),
      ...userLayers('u2', undefined, { dense: true }),
      ...probeLayers(),
    ],
  };

  it('pass the MapLibre style specification beside the atlas’s own', () => {
    expect(validateStyleMin(style as never).map((e) => e.message)).toEqual([]);
    const ids = style.layers.map((l) => l.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('name every layer of a file after its source, and never use a sector colour', () => {
    for (const l of userLayers('u7')) {
      expect(l.id.startsWith(`${USER_PREFIX}u7-`)).toBe(true);
      expect('source' in l && l.source).toBe(userSourceId('u7'));
    }
    const json = JSON.stringify(userLayers('u1'));
    for (const c of Object.values(theme.sector)) expect(json).not.toContain(c);
  });

  it('draw the probe point on top of its radius', () => {
    expect(probeLayers().map((l) => l.id)).toEqual([
      PROBE_LAYERS.radiusFill,
      PROBE_LAYERS.radiusLine,
      PROBE_LAYERS.point,
    ]);
  });
});
