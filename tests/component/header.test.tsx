import { describe, expect, it } from 'vitest';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { App } from '../../src/App.tsx';
import { loadAtlas } from './atlas.ts';

describe('the header', () => {
  it('the skip link moves focus to the list without putting #contents in the link (defect 17)', async () => {
    loadAtlas();
    history.replaceState(null, '', '/?lang=en');
    const user = userEvent.setup();
    render(<App />);
    await user.click(screen.getByRole('link', { name: 'Skip to the list of places and projects' }));
    expect(location.hash).toBe('');
    expect(document.activeElement).toBe(document.getElementById('contents'));
  });

  it('the about page opens on top, and the language switch changes the interface', async () => {
    const store = loadAtlas();
    const user = userEvent.setup();
    render(<App />);
    await user.click(screen.getByRole('button', { name: 'About & sources' }));
    expect(store.getState().sidePanel.top).toBe('about');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Language' }), 'ru');
    expect(store.getState().lang).toBe('ru');
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Атлас Шёлкового пути');
  });
});
