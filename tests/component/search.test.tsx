import { describe, expect, it } from 'vitest';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Search } from '../../src/panels/Search.tsx';
import { loadAtlas } from './atlas.ts';

const box = () => screen.getByRole('combobox', { name: /^Search/ });

describe('Search', () => {
  it('typing shows results; Enter selects the first and closes the list', async () => {
    const store = loadAtlas();
    const user = userEvent.setup();
    render(<Search />);
    await user.type(box(), 'bish');
    const list = screen.getByRole('listbox');
    expect(box().getAttribute('aria-expanded')).toBe('true');
    const options = within(list).getAllByRole('option');
    expect(options[0]!.textContent).toMatch(/^bishkekCity/);
    expect(options[0]!.getAttribute('aria-selected')).toBe('true');
    await user.keyboard('{Enter}');
    expect(store.getState().selection).toEqual({ kind: 'place', id: 'bishkek', origin: 'list' });
    expect(box().getAttribute('aria-expanded')).toBe('false');
    expect((box() as HTMLInputElement).value).toBe('bishkek');
  });

  it('finds a name in another script; arrows move the active option; a click chooses', async () => {
    const store = loadAtlas();
    const user = userEvent.setup();
    render(<Search />);
    // The fixture's Russian names end in "(ru)".
    await user.type(box(), 'road-a (ru)');
    expect(within(screen.getByRole('listbox')).getAllByRole('option')[0]!.textContent).toMatch(
      /^road-aProject/,
    );
    await user.clear(box());
    await user.type(box(), 'a');
    const options = within(screen.getByRole('listbox')).getAllByRole('option');
    expect(options.length).toBeGreaterThan(1);
    await user.keyboard('{ArrowDown}');
    expect(box().getAttribute('aria-activedescendant')).toBe(options[1]!.id);
    await user.click(options[1]!);
    expect(store.getState().selection).not.toBeNull();
  });

  it('says when nothing matches, and Escape closes the list without closing the panel', async () => {
    const store = loadAtlas();
    store.getState().select('place', 'osh');
    const user = userEvent.setup();
    render(<Search />);
    await user.type(box(), 'zzzz');
    expect(screen.getByText('No match')).toBeTruthy();
    await user.keyboard('{Escape}');
    expect(box().getAttribute('aria-expanded')).toBe('false');
    expect(store.getState().selection?.id).toBe('osh');
  });
});
