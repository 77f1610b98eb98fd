/**
 * Interface text through i18next: typed keys (English is the reference), plural rules per
 * language from Intl, and one fixed translator per language handed to components.
 */
import i18next, { type TFunction } from 'i18next';
import type { Lang } from '../data/schema.ts';
import { en, type MessageKey } from './en.ts';
import { ru } from './ru.ts';
import { ky } from './ky.ts';

/** Every language must give every key (plural keys by their base form). */
type Base<K> = K extends `${infer B}_${'one' | 'few' | 'many' | 'other'}` ? B : K;
export type Messages = { [K in MessageKey as Base<K> extends K ? K : never]: string } & {
  [K in MessageKey as Base<K> extends K ? never : `${Base<K>}_other`]: string;
} & Partial<Record<string, string>>;

export const messages: Record<Lang, Readonly<Record<string, string>>> = { en, ru, ky };

const instance = i18next.createInstance();
void instance.init({
  resources: Object.fromEntries(
    Object.entries(messages).map(([lng, m]) => [lng, { translation: m }]),
  ),
  lng: 'en',
  fallbackLng: 'en',
  initAsync: false,
  interpolation: { escapeValue: false }, // React escapes; nothing here becomes HTML
  keySeparator: false,
  nsSeparator: false,
  returnNull: false,
});

/** Keys as callers write them: plural keys by their base form. */
export type Key = Base<MessageKey>;
export type T = (key: Key, options?: Record<string, string | number>) => string;

const fixed = new Map<Lang, T>();
export function translator(lang: Lang): T {
  let t = fixed.get(lang);
  if (!t) {
    const ft: TFunction = instance.getFixedT(lang);
    t = (key, options) => ft(key, options ?? {}) as string;
    fixed.set(lang, t);
  }
  return t;
}

/** The reader's preferred interface language among ours, from the browser's list. */
export function preferredLang(languages: readonly string[]): Lang {
  for (const l of languages) {
    const base = l.toLowerCase().split('-')[0];
    if (base === 'ky' || base === 'ru' || base === 'en') return base;
  }
  return 'en';
}
