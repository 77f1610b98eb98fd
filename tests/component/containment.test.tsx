import { describe, expect, it, vi } from 'vitest';
import { render, screen } from '@testing-library/react';
import { App } from '../../src/App.tsx';
import { loadAtlas } from './atlas.ts';

// The legend fails to render: the rest of the page must not go with it.
vi.mock('../../src/panels/Legend.tsx', () => ({
  Legend: () => {
    throw new Error('legend exploded');
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
});
