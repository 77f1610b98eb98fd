import { describe, expect, it } from 'vitest';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Filters } from '../../src/panels/Filters.tsx';
import { Legend } from '../../src/panels/Legend.tsx';
import { selectVisible } from '../../src/state/derived.ts';
import { loadAtlas } from './atlas.ts';

const legendToggle = (name: string) =>
  screen.getByRole('checkbox', { name: new RegExp(`^${name}`) });

describe('Filters and the legend', () => {
  it('ticking an option filters the store and updates the counts shown', async () => {
    const store = loadAtlas();
    const user = userEvent.setup();
    render(
      <>
        <Legend />
        <Filters />
      </>,
    );
    await user.click(screen.getByText('Filters'));
    const kind = screen.getByRole('group', { name: 'Kind of project' });
    await user.click(within(kind).getByRole('checkbox', { name: /^Road/ }));
    expect(store.getState().filters.subsectors).toEqual(['road']);
    expect(Object.keys(selectVisible(store.getState()).projects)).toEqual(['road-a']);
    // The legend counts what the other filters leave: no energy project is a road.
    expect(legendToggle('Energy')).toHaveProperty(
      'parentElement.textContent',
      expect.stringMatching(/Energy0$/),
    );
    expect(screen.getByText('1 filter on')).toBeTruthy();
  });

  it('switching a sector off drops its chosen kinds: no filter stays on without a box to undo it (defect 6)', async () => {
    const store = loadAtlas();
    const user = userEvent.setup();
    render(
      <>
        <Legend />
        <Filters />
      </>,
    );
    await user.click(screen.getByText('Filters'));
    const kind = screen.getByRole('group', { name: 'Kind of project' });
    await user.click(within(kind).getByRole('checkbox', { name: /^Road/ }));
    await user.click(legendToggle('Transport'));
    // Energy projects come back; the Road option is gone and so is its filter.
    expect(store.getState().filters.subsectors).toEqual([]);
    expect(Object.keys(selectVisible(store.getState()).projects)).toEqual(['line-a']);
    expect(within(kind).queryByRole('checkbox', { name: /^Road/ })).toBeNull();
    expect(
      within(kind)
        .getAllByRole('checkbox')
        .every((c) => !(c as HTMLInputElement).checked),
    ).toBe(true);
    expect(screen.getByText('1 filter on')).toBeTruthy();
  });
});
