import { useEffect, useState } from 'react';
import type { Settled } from './lazyGeo.ts';

/** The result of a settling promise once it is there (null before). */
export function useSettled<T>(load: () => Promise<Settled<T>>): Settled<T> | null {
  const [result, setResult] = useState<Settled<T> | null>(null);
  useEffect(() => {
    let live = true;
    void load().then((r) => {
      if (live) setResult(r);
    });
    return () => {
      live = false;
    };
  }, [load]);
  return result;
}
