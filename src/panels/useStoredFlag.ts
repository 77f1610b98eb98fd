/**
 * A yes/no choice remembered in localStorage (the legend folded or open). Storage that is
 * missing, full or forbidden (private modes, sandboxed frames, a blocked cookie setting:
 * reading `localStorage` itself can throw) leaves the choice for this visit only.
 */
import { useState } from 'react';

export function readFlag(key: string, fallback: boolean): boolean {
  try {
    const v = window.localStorage.getItem(key);
    return v === '1' ? true : v === '0' ? false : fallback;
  } catch {
    return fallback;
  }
}

export function writeFlag(key: string, value: boolean): void {
  try {
    window.localStorage.setItem(key, value ? '1' : '0');
  } catch {
    // Not remembered; the choice still holds until the page closes.
  }
}

export function useStoredFlag(
  key: string,
  fallback: () => boolean,
): [boolean, (v: boolean) => void] {
  const [value, setValue] = useState(() => readFlag(key, fallback()));
  const set = (v: boolean) => {
    setValue(v);
    writeFlag(key, v);
  };
  return [value, set];
}
