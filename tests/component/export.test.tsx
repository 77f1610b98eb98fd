import { afterEach, describe, expect, it, vi } from 'vitest';
import { act, fireEvent, render, screen } from '@testing-library/react';
import Export from '../../src/panels/Export.tsx';
import { SNAPSHOT_TIMEOUT_MS } from '../../src/export/timeout.ts';
import type { MapPicture, SnapshotOptions } from '../../src/state/slices/panels.ts';
import { loadAtlas } from './atlas.ts';

afterEach(() => {
  vi.useRealTimers();
});

describe('Export', () => {
  it('counts what the filters show, and follows them', () => {
    const store = loadAtlas();
    render(<Export />);
    expect(screen.getByText(/projects: 2, meeting cities: 2, meetings: 2/)).toBeTruthy();
    act(() => store.getState().toggleSector('energy'));
    expect(screen.getByText(/projects: 1,/)).toBeTruthy();
  });

  it('recovers when the map never draws a frame: a message, and the buttons work again (defect 9)', async () => {
    vi.useFakeTimers();
    const store = loadAtlas();
    // A snapshot that never settles, as after a lost WebGL context.
    const asked: SnapshotOptions[] = [];
    store.getState().setMapSnapshot((options) => {
      asked.push(options);
      return new Promise<MapPicture>(() => {});
    });
    render(<Export />);
    const png = screen.getByRole('button', { name: 'Download the map as PNG' });
    fireEvent.click(png);
    expect(screen.getByText('Preparing…')).toBeTruthy();
    expect((png as HTMLButtonElement).disabled).toBe(true);
    await act(async () => {
      await vi.advanceTimersByTimeAsync(SNAPSHOT_TIMEOUT_MS);
    });
    expect(screen.getByText(/did not draw a picture in time/)).toBeTruthy();
    // Asked for the default 2× picture, and told to give up (and restore the map) on time.
    expect(asked.map((o) => o.pixelRatio)).toEqual([2]);
    expect(asked[0]?.signal?.aborted).toBe(true);
    expect((png as HTMLButtonElement).disabled).toBe(false);
    expect(
      (screen.getByRole('button', { name: 'Download CSV' }) as HTMLButtonElement).disabled,
    ).toBe(false);
  });
});
