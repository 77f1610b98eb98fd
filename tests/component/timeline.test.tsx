import { afterEach, describe, expect, it, vi } from 'vitest';
import { act, fireEvent, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { STEP_MS, Timeline } from '../../src/panels/Timeline.tsx';
import { FIRST_YEAR, LAST_YEAR } from '../../src/state/filters.ts';
import { useAtlas } from '../../src/state/index.ts';
import { translator } from '../../src/i18n/index.ts';
import { LANGS } from '../../src/data/schema.ts';
import { loadAtlas } from './atlas.ts';

const summary = () => screen.getByRole('status').textContent;
const slider = (name: string) => screen.getByRole('slider', { name }) as HTMLInputElement;

afterEach(() => {
  vi.useRealTimers();
});

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

  it('one range, two labelled handles: the end narrows the period; a handle stops at the other', () => {
    const store = loadAtlas();
    render(<Timeline />);
    expect(screen.getAllByRole('slider')).toHaveLength(2);
    fireEvent.change(slider('To'), { target: { value: '2010' } });
    expect(store.getState().filters.period).toEqual([FIRST_YEAR, 2010]);
    // One meeting, singular (no more "1 meetings").
    expect(summary()).toBe(`${FIRST_YEAR}–2010: 0 projects, 1 meeting`);
    // The start cannot pass the end: it stops there.
    fireEvent.change(slider('From'), { target: { value: '2012' } });
    expect(store.getState().filters.period).toEqual([2010, 2010]);
    expect(slider('From').value).toBe('2010');
    expect(
      (screen.getByRole('button', { name: 'One year back' }) as HTMLButtonElement).disabled,
    ).toBe(true);
  });

  it('the handles follow a period set elsewhere (a link, playback, Back)', () => {
    const store = loadAtlas();
    render(<Timeline />);
    fireEvent.change(slider('From'), { target: { value: '2000' } });
    act(() => store.getState().setPeriod(2005, 2014));
    expect(slider('From').value).toBe('2005');
    expect(slider('To').value).toBe('2014');
  });

  it('draws a density strip, summit ticks and a year axis, described in each language', () => {
    loadAtlas();
    const { container } = render(<Timeline />);
    const strip = screen.getByRole('img');
    expect(strip.getAttribute('aria-label')).toBe(
      'Each year: meetings held and projects whose status changed. Heads-of-state summits: 2007, 2013',
    );
    // The fixture: a meeting in 2007 and one in 2013, two projects changing status in 2015.
    expect(container.querySelectorAll('.bar-meetings')).toHaveLength(2);
    expect(container.querySelectorAll('.bar-projects')).toHaveLength(1);
    expect(container.querySelectorAll('.summit-tick')).toHaveLength(2);
    const axis = [...container.querySelectorAll('.axis-year')].map((e) => e.textContent);
    expect(axis[0]).toBe(String(FIRST_YEAR));
    expect(axis.at(-1)).toBe(String(LAST_YEAR));
    expect(axis).toContain('2000');
    for (const lang of LANGS) {
      const t = translator(lang);
      expect(t('timeline.density', { summits: '2007' })).toContain('2007');
      expect(t('timeline.from')).not.toBe(t('timeline.to'));
    }
  });

  it('playback starts at the first year with content and steps to the next (fake timers)', () => {
    vi.useFakeTimers();
    const store = loadAtlas();
    render(<Timeline />);
    fireEvent.click(screen.getByRole('button', { name: 'Play the years' }));
    // Not 1992 on an empty map: the fixture's first content is the 2007 summit.
    expect(store.getState().filters.period).toEqual([2007, 2007]);
    expect(summary()).toBe('2007–2007: 0 projects, 1 meeting');
    act(() => vi.advanceTimersByTime(STEP_MS));
    expect(store.getState().filters.period).toEqual([2007, 2013]);
    act(() => vi.advanceTimersByTime(STEP_MS));
    expect(store.getState().filters.period).toEqual([2007, 2015]);
    act(() => vi.advanceTimersByTime(STEP_MS));
    expect(store.getState().filters.period).toEqual([2007, LAST_YEAR]);
    // At the end it stops, and says so.
    expect(screen.getByRole('button', { name: 'Play the years' })).toBeTruthy();
    act(() => vi.advanceTimersByTime(5 * STEP_MS));
    expect(useAtlas.getState().filters.period).toEqual([2007, LAST_YEAR]);
  });

  it('pausing keeps the period; playing again resumes from it', () => {
    vi.useFakeTimers();
    const store = loadAtlas();
    render(<Timeline />);
    fireEvent.click(screen.getByRole('button', { name: 'Play the years' }));
    act(() => vi.advanceTimersByTime(STEP_MS));
    fireEvent.click(screen.getByRole('button', { name: 'Pause' }));
    act(() => vi.advanceTimersByTime(3 * STEP_MS));
    expect(store.getState().filters.period).toEqual([2007, 2013]);
    fireEvent.click(screen.getByRole('button', { name: 'Play the years' }));
    expect(store.getState().filters.period).toEqual([2007, 2013]);
    act(() => vi.advanceTimersByTime(STEP_MS));
    expect(store.getState().filters.period).toEqual([2007, 2015]);
  });
});
