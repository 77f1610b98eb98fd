import { describe, expect, it, vi } from 'vitest';
import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { App } from '../../src/App.tsx';
import { SidePanel } from '../../src/panels/SidePanel.tsx';
import { loadAtlas } from './atlas.ts';

// The legend fails to render: the rest of the page must not go with it.
vi.mock('../../src/panels/Legend.tsx', () => ({
  Legend: () => {
    throw new Error('legend exploded');
  },
}));

// A project whose details fail to render (a record the panel cannot show).
vi.mock('../../src/panels/ProjectDetails.tsx', () => ({
  ProjectDetails: () => {
    throw new Error('details exploded');
  },
}));

describe('failures are contained (defect 5)', () => {
  it('a part that throws shows a message naming it; header, timeline and side panel still work', () => {
    loadAtlas();
    // React reports the caught error on the console; the boundary is what is under test.
    const quiet = vi.spyOn(console, 'error').mockImplementation(() => {});
    render(<App />);
    quiet.mockRestore();
    expect(screen.getByRole('alert').textContent).toBe(
      'Layers could not be shown (legend exploded); the rest of the atlas works.',
    );
    expect(screen.getByRole('heading', { level: 1, name: 'Silk Road Atlas' })).toBeTruthy();
    expect(screen.getByRole('region', { name: 'Period' })).toBeTruthy();
    expect(screen.getByRole('button', { name: /^bishkek/ })).toBeTruthy();
  });

  it('a record that fails to show costs only itself: Close works and the list comes back', async () => {
    const store = loadAtlas();
    const user = userEvent.setup();
    render(<SidePanel />);
    const quiet = vi.spyOn(console, 'error').mockImplementation(() => {});
    act(() => store.getState().select('project', 'road-a'));
    const panel = within(screen.getByTestId('panel'));
    // The project's panel is a lazy chunk: it fails once it has arrived.
    expect((await panel.findByRole('alert')).textContent).toMatch(/details exploded/);
    quiet.mockRestore();
    await user.click(panel.getByRole('button', { name: 'Close' }));
    expect(panel.queryByRole('alert')).toBeNull();
    expect(panel.getByRole('button', { name: /^bishkek/ })).toBeTruthy();
  });
});
