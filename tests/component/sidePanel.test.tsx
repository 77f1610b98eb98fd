import { describe, expect, it } from 'vitest';
import { act, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { SidePanel } from '../../src/panels/SidePanel.tsx';
import { App } from '../../src/App.tsx';
import { loadAtlas, panelShown } from './atlas.ts';

const panel = () => within(screen.getByTestId('panel'));
const listItem = (name: string) => panel().getByRole('button', { name: new RegExp(`^${name}`) });

describe('the side panel', () => {
  it('shows the contents, then the selected record; Close returns focus to the list item (defect 17)', async () => {
    const store = loadAtlas();
    const user = userEvent.setup();
    render(<SidePanel />);
    await user.click(listItem('bishkek'));
    // The city's panel is a lazy chunk: its heading takes focus once it has arrived.
    const heading = await panel().findByRole('heading', { level: 2, name: 'bishkek' });
    expect(store.getState().selection).toEqual({ kind: 'place', id: 'bishkek', origin: 'list' });
    await waitFor(() => expect(document.activeElement).toBe(heading));
    await user.click(panel().getByRole('button', { name: 'Close' }));
    expect(panel().queryByRole('heading', { level: 2, name: 'bishkek' })).toBeNull();
    expect(store.getState().selection).toBeNull();
    // The list is drawn afresh: focus is on the new item for the same record.
    expect(document.activeElement).toBe(listItem('bishkek'));
  });

  it('a tool opens on top of the record and Close shows the record again; the same record brought up from beneath (defect 11)', async () => {
    const store = loadAtlas();
    render(<SidePanel />);
    act(() => store.getState().select('project', 'road-a'));
    expect(await panel().findByRole('heading', { level: 2, name: 'road-a' })).toBeTruthy();
    act(() => store.getState().openPanel('charts'));
    expect(panel().queryByRole('heading', { level: 2, name: 'road-a' })).toBeNull();
    // Picking the highlighted record again (on the map, in search) brings its panel back.
    act(() => store.getState().select('project', 'road-a', 'map'));
    expect(panel().getByRole('heading', { level: 2, name: 'road-a' })).toBeTruthy();
    expect(store.getState().sidePanel).toMatchObject({ top: 'record', under: { name: 'charts' } });
  });

  it('a record picked on the map returns focus to the map when it closes (defect 17)', async () => {
    const store = loadAtlas();
    const user = userEvent.setup();
    const { container } = render(
      <>
        <div className="map-area">
          <canvas tabIndex={0} aria-label="Map" />
        </div>
        <SidePanel />
      </>,
    );
    act(() => store.getState().select('place', 'osh', 'map'));
    await panelShown();
    await user.click(panel().getByRole('button', { name: 'Close' }));
    expect(document.activeElement).toBe(container.querySelector('.map-area canvas'));
  });

  it('Escape closes the record opened from search and returns focus to the search box (defect 17)', async () => {
    const store = loadAtlas();
    const user = userEvent.setup();
    render(<App />);
    const box = screen.getByRole('combobox', { name: /^Search/ });
    await user.click(box);
    await user.keyboard('osh{Enter}');
    expect(store.getState().selection?.id).toBe('osh');
    const heading = await panel().findByRole('heading', { level: 2, name: 'osh' });
    await waitFor(() => expect(document.activeElement).toBe(heading));
    await user.keyboard('{Escape}');
    expect(store.getState().selection).toBeNull();
    expect(document.activeElement).toBe(box);
  });

  it('Escape closes only the tool on top, then the record beneath', async () => {
    const store = loadAtlas();
    const user = userEvent.setup();
    render(<App />);
    await user.click(listItem('bishkek'));
    await panelShown();
    await user.click(screen.getAllByRole('button', { name: 'Charts' })[0]!);
    expect(store.getState().sidePanel.top).toBe('tool');
    await user.keyboard('{Escape}');
    expect(await panel().findByRole('heading', { level: 2, name: 'bishkek' })).toBeTruthy();
    await user.keyboard('{Escape}');
    expect(store.getState().sidePanel.top).toBe('contents');
  });
});
