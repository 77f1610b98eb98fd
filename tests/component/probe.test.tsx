import { describe, expect, it } from 'vitest';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Probe } from '../../src/panels/Probe.tsx';
import { loadAtlas } from './atlas.ts';

const setup = () => {
  const store = loadAtlas();
  store.getState().setProbe({ lng: 74.6, lat: 42.87 });
  render(<Probe />);
  return { store, user: userEvent.setup() };
};

describe('the point tool', () => {
  it('shows the point, what lies near it, and moves to typed coordinates', async () => {
    const { store, user } = setup();
    expect(screen.getByTestId('probe-decimal').textContent).toBe('42.87000, 74.60000');
    expect(screen.getByRole('heading', { name: /1 meeting city within 50 km/ })).toBeTruthy();
    const lat = screen.getByRole('textbox', { name: 'Latitude' });
    await user.clear(lat);
    await user.type(lat, '40,5');
    const lng = screen.getByRole('textbox', { name: 'Longitude' });
    await user.clear(lng);
    await user.type(lng, '72.8');
    await user.click(screen.getByRole('button', { name: 'Show this point' }));
    expect(store.getState().probe).toEqual({ lat: 40.5, lng: 72.8 });
    expect(screen.getByTestId('probe-decimal').textContent).toBe('40.50000, 72.80000');
  });

  it('an empty or non-numeric field is not a number: no move to 0, a message instead (defect 10)', async () => {
    const { store, user } = setup();
    const lat = screen.getByRole('textbox', { name: 'Latitude' });
    const go = screen.getByRole('button', { name: 'Show this point' });
    await user.clear(lat);
    await user.click(go);
    expect(store.getState().probe).toEqual({ lng: 74.6, lat: 42.87 });
    expect(screen.getByText(/Enter a latitude from −90 to 90/)).toBeTruthy();
    expect((go as HTMLButtonElement).disabled).toBe(true);
    await user.type(lat, 'abc');
    await user.keyboard('{Enter}');
    expect(store.getState().probe).toEqual({ lng: 74.6, lat: 42.87 });
    await user.clear(lat);
    await user.type(lat, '41');
    expect((go as HTMLButtonElement).disabled).toBe(false);
    expect(screen.queryByText(/Enter a latitude/)).toBeNull();
  });
});
