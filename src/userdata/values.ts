/** A reader's property value as the side panel shows it: plain text, a link only if http(s). */
import type { UserProps, UserValue } from './types.ts';

/** The value as an http(s) address, or null (javascript:, data:, relative, with spaces…). */
export function httpUrl(v: UserValue): string | null {
  if (typeof v !== 'string') return null;
  const s = v.trim();
  if (!/^https?:\/\/\S+$/i.test(s)) return null;
  try {
    const u = new URL(s);
    return u.protocol === 'http:' || u.protocol === 'https:' ? u.href : null;
  } catch {
    return null;
  }
}

/** The properties to list, in the file's order, without the atlas's own `_label`. */
export const shownProperties = (props: UserProps): [string, UserValue][] =>
  Object.entries(props).filter(([k]) => k !== '_label');
