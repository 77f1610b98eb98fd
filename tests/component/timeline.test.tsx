import { describe, expect, it } from 'vitest';
import { fireEvent, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Timeline } from '../../src/panels/Timeline.tsx';
import { FIRST_YEAR, LAST_YEAR } from '../../src/state/filters.ts';
import { loadAtlas } from './atlas.ts';

const summary = () => screen.getByRole('status').textContent;

describe('Timeline', () => {
  it('shows the period and what it holds; a step back changes the period and the counts', async () => {
    const store = loadAtlas();
    const user = userEvent.setup();
    render(<Timeline />);
    expect(summary()).toBe(`${FIRST_YEAR}–${LAST_YEAR}: 2 projects, 2 meetings`);
    const back = screen.getByRole('button', { name: 'One year back' });
    const forward = screen.getByRole('button', { name: 'One year on' });
    expect((forward as HTMLButtonElement).disabled).toBe(true);
    await user.click(back);
    expect(store.getState().filters.period).toEqual([FIRST_YEAR, LAST_YEAR - 1]);
    expect((forward as HTMLButtonElement).disabled).toBe(false);
    await user.click(forward);
    expect(store.getState().filters.period).toEqual([FIRST_YEAR, LAST_YEAR]);
  });

  it('the end slider narrows the period: the projects (from 2015) and a meeting drop out', () => {
    const store = loadAtlas();
    render(<Timeline />);
    fireEvent.change(screen.getByRole('slider', { name: 'To' }), { target: { value: '2010' } });
    expect(store.getState().filters.period).toEqual([FIRST_YEAR, 2010]);
    expect(summary()).toBe(`${FIRST_YEAR}–2010: 0 projects, 1 meeting`);
    // The start slider cannot pass the end.
    fireEvent.change(screen.getByRole('slider', { name: 'From' }), { target: { value: '2012' } });
    expect(store.getState().filters.period).toEqual([2012, 2012]);
    expect(
      (screen.getByRole('button', { name: 'One year back' }) as HTMLButtonElement).disabled,
    ).toBe(true);
  });
});
