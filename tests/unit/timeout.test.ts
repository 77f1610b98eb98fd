import { afterEach, describe, expect, it, vi } from 'vitest';
import { withTimeout } from '../../src/export/timeout.ts';

afterEach(() => {
  vi.useRealTimers();
});

describe('withTimeout', () => {
  it('passes an outcome through, and clears its timer', async () => {
    vi.useFakeTimers();
    await expect(withTimeout(Promise.resolve(1), 100, () => new Error('late'))).resolves.toBe(1);
    await expect(
      withTimeout(Promise.reject(new Error('no')), 100, () => new Error('late')),
    ).rejects.toThrow('no');
    expect(vi.getTimerCount()).toBe(0);
  });

  it('rejects with its own error once the time is up, not before', async () => {
    vi.useFakeTimers();
    let outcome = 'pending';
    const p = withTimeout(new Promise(() => {}), 100, () => new Error('late')).catch(
      (e: Error) => (outcome = e.message),
    );
    await vi.advanceTimersByTimeAsync(99);
    expect(outcome).toBe('pending');
    await vi.advanceTimersByTimeAsync(1);
    await p;
    expect(outcome).toBe('late');
  });
});
