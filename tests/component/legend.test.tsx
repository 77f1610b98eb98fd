import { describe, expect, it } from 'vitest';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Legend } from '../../src/panels/Legend.tsx';
import { selectVisible } from '../../src/state/derived.ts';
import { loadAtlas } from './atlas.ts';

const toggle = (name: string) =>
  screen.getByRole('checkbox', { name: new RegExp(`^${name}`) }) as HTMLInputElement;

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
});
