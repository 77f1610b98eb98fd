import { describe, expect, it } from 'vitest';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { ContentsList } from '../../src/panels/ContentsList.tsx';
import { fixtureAtlas, loadAtlas } from './atlas.ts';
import { project } from '../unit/fixtures.ts';

describe('the contents list', () => {
  it('lists a large group a page at a time, never the whole dataset at once', async () => {
    // 230 energy projects: 25 at first, then 100 more per press, then the last 5.
    const many = Array.from({ length: 230 }, (_, i) =>
      project(`e${String(i).padStart(3, '0')}`, 'energy'),
    );
    loadAtlas({ ...fixtureAtlas(), projects: many });
    const user = userEvent.setup();
    render(<ContentsList />);
    const group = () => screen.getByRole('heading', { level: 4, name: /Energy/ }).parentElement!;
    const rows = () => within(group()).getAllByRole('listitem').length;
    expect(rows()).toBe(25);
    await user.click(within(group()).getByRole('button', { name: 'Show 100 more of 230' }));
    expect(rows()).toBe(125);
    await user.click(within(group()).getByRole('button', { name: 'Show 100 more of 230' }));
    expect(rows()).toBe(225);
    await user.click(within(group()).getByRole('button', { name: 'Show 5 more of 230' }));
    expect(rows()).toBe(230);
    expect(within(group()).queryByRole('button', { name: /more of/ })).toBeNull();
  });
});
