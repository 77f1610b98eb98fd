import { afterEach, describe, expect, it, vi } from 'vitest';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Legend, LEGEND_OPEN_KEY } from '../../src/panels/Legend.tsx';
import { theme } from '../../src/theme.ts';
import { selectVisible } from '../../src/state/derived.ts';
import { fixtureAtlas, loadAtlas } from './atlas.ts';
import { project } from '../unit/fixtures.ts';
import { SYMBOLS_PER_TILE } from '../../src/map/features.ts';

const toggle = (name: string) =>
  screen.getByRole('checkbox', { name: new RegExp(`^${name}`) }) as HTMLInputElement;

afterEach(() => {
  window.localStorage.clear();
  vi.restoreAllMocks();
});

describe('Legend', () => {
  it('each sector toggle says how many it holds and switches the layer in the store', async () => {
    const store = loadAtlas();
    const user = userEvent.setup();
    render(<Legend />);
    expect(screen.getAllByLabelText('1 feature', { selector: '.count' })).toHaveLength(2);
    expect(screen.getAllByLabelText('0 features', { selector: '.count' })).toHaveLength(4);
    expect(toggle('Energy').checked).toBe(true);
    await user.click(toggle('Energy'));
    expect(toggle('Energy').checked).toBe(false);
    expect(store.getState().filters.sectors).not.toContain('energy');
    expect(Object.keys(selectVisible(store.getState()).projects)).toEqual(['road-a']);
    await user.click(toggle('Energy'));
    expect(Object.keys(selectVisible(store.getState()).projects).sort()).toEqual([
      'line-a',
      'road-a',
    ]);
  });

  it('the meeting cities toggle hides the cities and counts them', async () => {
    const store = loadAtlas();
    const user = userEvent.setup();
    render(<Legend />);
    const cities = toggle('Meeting cities');
    expect(cities.parentElement!.textContent).toMatch(/2$/);
    await user.click(cities);
    expect(store.getState().filters.showCities).toBe(false);
    expect(selectVisible(store.getState()).cities).toEqual({});
  });

  it('explains the dots only when there are enough projects for the map to draw dots', () => {
    loadAtlas();
    const { unmount } = render(<Legend />);
    expect(screen.queryByTestId('legend-crowded')).toBeNull();
    unmount();
    const crowd = Array.from({ length: SYMBOLS_PER_TILE + 1 }, (_, i) =>
      project(`p${i}`, 'energy'),
    );
    loadAtlas({ ...fixtureAtlas(), projects: crowd });
    render(<Legend />);
    expect(screen.getByTestId('legend-crowded').textContent).toMatch(/dot in its sector/);
  });

  it('folds away with its head button', async () => {
    loadAtlas();
    const user = userEvent.setup();
    const { container } = render(<Legend />);
    const head = screen.getByRole('button', { name: /^Layers/ });
    const body = container.querySelector<HTMLElement>('#legend-body')!;
    const wasOpen = head.getAttribute('aria-expanded') === 'true';
    await user.click(head);
    expect(head.getAttribute('aria-expanded')).toBe(String(!wasOpen));
    expect(body.hidden).toBe(wasOpen);
  });

  it('remembers being folded: a new legend (a reload) starts folded, and open again once opened', async () => {
    loadAtlas();
    const user = userEvent.setup();
    const first = render(<Legend />);
    const head = () => screen.getByRole('button', { name: /^Layers/ });
    expect(head().getAttribute('aria-expanded')).toBe('true'); // a wide screen's default
    await user.click(head());
    expect(window.localStorage.getItem(LEGEND_OPEN_KEY)).toBe('0');
    first.unmount();
    const second = render(<Legend />);
    expect(head().getAttribute('aria-expanded')).toBe('false');
    await user.click(head());
    second.unmount();
    render(<Legend />);
    expect(head().getAttribute('aria-expanded')).toBe('true');
  });

  it('still folds when storage throws (private mode, a sandboxed frame)', async () => {
    loadAtlas();
    const user = userEvent.setup();
    vi.spyOn(Storage.prototype, 'getItem').mockImplementation(() => {
      throw new DOMException('denied', 'SecurityError');
    });
    vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw new DOMException('full', 'QuotaExceededError');
    });
    render(<Legend />);
    const head = screen.getByRole('button', { name: /^Layers/ });
    expect(head.getAttribute('aria-expanded')).toBe('true');
    await user.click(head);
    expect(head.getAttribute('aria-expanded')).toBe('false');
  });

  it('explains the yellow selected halo and the blue linked halo, in the map’s colours', () => {
    loadAtlas();
    const { container } = render(<Legend />);
    const row = (id: string) => container.querySelector(`[data-highlight="${id}"]`)!;
    expect(row('linked').textContent).toBe(
      'Linked to the selection (a summit’s projects, a project’s summits)',
    );
    expect(row('linked').querySelector('circle')!.getAttribute('stroke')).toBe(theme.linked);
    expect(row('selected').textContent).toBe('Selected');
    expect(row('selected').querySelector('circle')!.getAttribute('stroke')).toBe(theme.selection);
  });
});
