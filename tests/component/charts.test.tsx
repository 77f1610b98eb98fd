import { describe, expect, it } from 'vitest';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import Charts from '../../src/panels/charts/Charts.tsx';
import { loadAtlas } from './atlas.ts';

describe('Charts', () => {
  it('without the indicators says which are missing; the status chart comes as a table too', async () => {
    loadAtlas();
    const user = userEvent.setup();
    render(<Charts />);
    expect(
      screen.getAllByText(/The figures for this chart are missing from the data/),
    ).toHaveLength(2);
    const figure = screen.getByTestId('chart-status');
    const show = within(figure).getByRole('button', { name: 'Show as a table' });
    await user.click(show);
    expect(show.getAttribute('aria-expanded')).toBe('true');
    const rows = within(within(figure).getByRole('table')).getAllByRole('row');
    // The fixture's two projects are operating from 2015: the first row with any is 2015.
    expect(rows[1]!.textContent).toMatch(/^2015/);
    expect(rows.at(-1)!.textContent).toMatch(/2$/);
  });
});
