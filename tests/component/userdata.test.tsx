import { describe, expect, it } from 'vitest';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { UserLegend } from '../../src/panels/UserLegend.tsx';
import { UserFeature } from '../../src/panels/UserFeature.tsx';
import UserData from '../../src/panels/UserData.tsx';
import { USER_PALETTE } from '../../src/userdata/palette.ts';
import type { ParsedLayer } from '../../src/userdata/types.ts';
import { loadAtlas } from './atlas.ts';

const hostile: ParsedLayer & { id: string } = {
  id: 'h1',
  file: 'sites.geojson',
  format: 'geojson',
  data: {
    type: 'FeatureCollection',
    features: [
      {
        type: 'Feature',
        id: 0,
        geometry: { type: 'Point', coordinates: [74.6, 42.87] },
        properties: {
          _label: '<b>Office</b>',
          name: '<b>Office</b>',
          html: '<img src=x onerror=alert(1)>',
          script: 'javascript:alert(1)',
          site: 'https://example.org/office',
          staff: 12,
          empty: null,
        },
      },
      {
        type: 'Feature',
        id: 1,
        geometry: { type: 'Point', coordinates: [72.8, 40.5] },
        properties: { _label: '' },
      },
    ],
  },
  counts: { points: 2, lines: 0, areas: 0 },
  skipped: [],
  moreSkipped: 0,
};

const withLayer = () => {
  const store = loadAtlas();
  for (const l of store.getState().userLayers) store.getState().removeUserLayer(l.id);
  store.getState().addUserLayer(hostile);
  return store;
};

describe('the reader’s layers in the panels', () => {
  it('the legend lists each layer with its colour and count, and hides it', async () => {
    const store = withLayer();
    const user = userEvent.setup();
    render(<UserLegend />);
    const box = screen.getByRole('checkbox', { name: /sites\.geojson/ }) as HTMLInputElement;
    expect(box.checked).toBe(true);
    expect(screen.getByLabelText('2 features')).toBeTruthy();
    await user.click(box);
    expect(store.getState().userLayers[0]?.hidden).toBe(true);
    expect(box.checked).toBe(false);
  });

  it('a clicked feature’s values are text; only the http(s) one is a link', () => {
    const store = withLayer();
    const { container } = render(<UserFeature feature={{ layerId: 'h1', index: 0 }} />);
    expect(screen.getByRole('heading', { level: 2 }).textContent).toBe('<b>Office</b>');
    expect(container.querySelector('img, b, script')).toBeNull();
    expect(container.textContent).toContain('<img src=x onerror=alert(1)>');
    expect(container.textContent).toContain('javascript:alert(1)');
    const links = screen.getAllByRole('link');
    expect(links.map((a) => a.getAttribute('href'))).toEqual(['https://example.org/office']);
    expect(links[0]?.getAttribute('rel')).toBe('noopener noreferrer');
    expect(container.textContent).toContain('(empty)');
    expect(container.textContent).toContain('From your file sites.geojson');
    // A feature without a name is named by its number.
    store.getState().showUserFeature({ layerId: 'h1', index: 1 });
    render(<UserFeature feature={{ layerId: 'h1', index: 1 }} />);
    expect(screen.getByRole('heading', { level: 2, name: 'Feature 2' })).toBeTruthy();
  });

  it('the data panel changes the colour, the opacity, the place and removes the layer', async () => {
    const store = withLayer();
    const user = userEvent.setup();
    render(<UserData />);
    const item = within(screen.getByTestId('user-layer-h1'));
    await user.click(item.getByRole('radio', { name: 'colour 2' }));
    expect(store.getState().userLayers[0]?.color).toBe(USER_PALETTE[1]);
    await user.click(item.getByRole('checkbox', { name: 'Above the atlas’s symbols' }));
    expect(store.getState().userLayers[0]?.above).toBe(true);
    await user.click(item.getByRole('button', { name: 'Remove sites.geojson from the map' }));
    expect(store.getState().userLayers).toEqual([]);
  });
});
