/**
 * A city's panel leads with what matters (Bishkek, the real content): a summary of its
 * meetings by kind and year and the main documents, a jump list with the summits first, the
 * detail folded under "more", and what a period leaves; citation chips that tell sources
 * apart, with the passage on focus, page references in the reader's language, and web
 * sources that say what the atlas has not recorded.
 */
import { describe, expect, it } from 'vitest';
import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { PlaceDetails } from '../../src/panels/PlaceDetails.tsx';
import { Cite } from '../../src/panels/Cite.tsx';
import { loadRealAtlas } from './realAtlas.ts';

describe("Bishkek's panel", () => {
  it('opens with a summary and a jump list, summits first; folds the detail', () => {
    loadRealAtlas();
    const { container } = render(<PlaceDetails id="bishkek" />);
    const summary = within(screen.getByRole('region', { name: 'At a glance' }));
    expect(summary.getByText(/^SCO summit \(heads of state\): 3/).textContent).toContain(
      '(2007, 2013, 2019)',
    );
    expect(summary.getByText(/^Heads of government: 1/)).toBeTruthy();
    expect(summary.getByRole('link', { name: 'Bishkek Declaration' })).toBeTruthy();
    const jumps = within(screen.getByRole('navigation', { name: 'Jump to a meeting' }))
      .getAllByRole('link')
      .map((a) => a.textContent);
    expect(jumps.slice(0, 3)).toEqual([
      'SCO summit (heads of state), 2007',
      'SCO summit (heads of state), 2013',
      'SCO summit (heads of state), 2019',
    ]);
    expect(jumps).toHaveLength(6);
    // The cards follow the same order, and each folds its detail under "More".
    const cards = container.querySelectorAll('article.card');
    expect(cards[0]!.id).toBe('meeting-sco-summit-bishkek-2007');
    expect(cards[0]!.querySelector('details.more > summary')!.textContent).toMatch(/^More: 3 more/);
    // No list holds anything but list items (axe: "list").
    for (const list of container.querySelectorAll('ul, ol'))
      for (const child of list.children) expect(child.tagName).toBe('LI');
    // No disclosure inside a paragraph (invalid nesting).
    expect(container.querySelector('p details')).toBeNull();
  });

  it('a jump opens the fold it lands in and moves focus there', async () => {
    loadRealAtlas();
    const user = userEvent.setup();
    const { container } = render(<PlaceDetails id="bishkek" />);
    await user.click(screen.getByRole('link', { name: 'Bishkek Declaration' }));
    const target = container.querySelector('[id^="o-"]:focus');
    expect(target?.textContent).toMatch(/^Bishkek Declaration/);
  });

  it('says how many meetings the period leaves: "1 of 6 meetings here in 2010–2015"', () => {
    const store = loadRealAtlas();
    act(() => store.getState().setPeriod(2010, 2015));
    render(<PlaceDetails id="bishkek" />);
    expect(screen.getByTestId('period-note').textContent).toBe('1 of 6 meetings here in 2010–2015');
    act(() => store.getState().setLang('ru'));
    expect(screen.getByTestId('period-note').textContent).toBe(
      '1 из 6 встреч здесь в 2010–2015 гг.',
    );
  });
});

describe('citation chips', () => {
  it('show the short reference, and the passage as the focusable chip’s description', async () => {
    loadRealAtlas();
    const { container } = render(<PlaceDetails id="bishkek" />);
    const labels = [...container.querySelectorAll('.cite-label')].map((l) => l.textContent);
    expect(labels).toContain('“Economic cooperation in the SCO” [3]');
    // Not the same cut-off title on every chip.
    expect(new Set(labels).size).toBeGreaterThan(5);
    // Each chip is a focusable control described by its passage (not a title= tooltip).
    const chip = [...container.querySelectorAll('summary')].find((s) =>
      s.textContent?.startsWith('“Economic cooperation in the SCO”'),
    )!;
    expect(chip.hasAttribute('title')).toBe(false);
    const peek = document.getElementById(chip.getAttribute('aria-describedby')!)!;
    expect(peek.getAttribute('role')).toBe('tooltip');
    expect(peek.querySelector('[lang="ky"]')!.textContent!.length).toBeGreaterThan(20);
    chip.focus();
    expect(document.activeElement).toBe(chip);
  });

  it('render an article page reference in the interface language: [5, 1-б.] → [5, p. 1], [5, с. 1]', () => {
    const store = loadRealAtlas();
    const { container } = render(
      <Cite citations={[{ source: 'article-bri', ref: '[5, 1-б.]' }]} />,
    );
    const label = () => container.querySelector('.cite-label')!.textContent;
    expect(label()).toBe('“One Belt – One Road” [5, p. 1]');
    act(() => store.getState().setLang('ru'));
    expect(label()).toBe('«Один пояс – один путь» [5, с. 1]');
    act(() => store.getState().setLang('ky'));
    expect(label()).toBe('«Бир алкак – бир жол» [5, 1-б.]');
  });

  it('a web source shows publisher and year, and says its passage and date are not recorded', () => {
    loadRealAtlas();
    const { container } = render(<PlaceDetails id="bishkek" />);
    const labels = [...container.querySelectorAll('.cite-label')].map((l) => l.textContent);
    expect(labels).toContain('UzDaily, 2007');
    const web = [...container.querySelectorAll('details.cite')].find(
      (d) => d.querySelector('.cite-label')?.textContent === 'UzDaily, 2007',
    )!;
    expect(web.querySelector('.cite-no-passage')!.textContent).toBe(
      'The words of this page the atlas relies on are not recorded.',
    );
    expect(web.querySelector('.cite-web-date')!.textContent).toBe(
      'Published in 2007; the exact date is not recorded in the atlas.',
    );
  });
});
