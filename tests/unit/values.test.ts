import { describe, expect, it } from 'vitest';
import { sourcesDiffer } from '../../src/panels/Values.tsx';
import type { Quantity } from '../../src/data/schema.ts';

const q = (value: number, error?: string): Quantity => ({
  value,
  unit: 'ordinal',
  citations: [{ source: 's' }],
  ...(error ? { sourceError: { reason: { ky: error, ru: error, en: error } } } : {}),
});

describe('sourcesDiffer', () => {
  it('flags two sources that give different values for the same thing', () => {
    expect(sourcesDiffer([q(23), q(22)])).toBe(true);
  });

  it('does not count a value marked as an error in its source as a disagreement', () => {
    expect(sourcesDiffer([q(23), q(22, 'Samarkand 2022 was the 22nd')])).toBe(false);
    expect(sourcesDiffer([q(7), q(6, 'six summits before it'), q(8)])).toBe(true);
  });
});
