/**
 * Interface text: typed keys (English is the reference), `{{name}}` placeholders, plural
 * forms by the language's own rules (Intl.PluralRules: `key_one`, `key_few`, `key_many`,
 * `key_other`), and one fixed translator per language handed to components.
 *
 * Each language's strings are a chunk of their own, loaded when that language is first
 * asked for: the page loads the reader's language before it first renders (main.tsx), and
 * another only when the reader switches to it. Until it has arrived, a translator answers
 * from a language already loaded, and `subscribe` tells components to render again.
 */
import type { Lang } from '../data/schema.ts';
import type { MessageKey } from './en.ts';

/** Every language must give every key (plural keys by their base form). */
type Base<K> = K extends `${infer B}_${'one' | 'few' | 'many' | 'other'}` ? B : K;
export type Messages = { [K in MessageKey as Base<K> extends K ? K : never]: string } & {
  [K in MessageKey as Base<K> extends K ? never : `${Base<K>}_other`]: string;
} & Partial<Record<string, string>>;

type Strings = Readonly<Record<string, string>>;

/** Keys as callers write them: plural keys by their base form. */
export type Key = Base<MessageKey>;
export type T = (key: Key, options?: Record<string, string | number>) => string;

const LANG_ORDER: readonly Lang[] = ['en', 'ru', 'ky'];

/** Fills `{{name}}` from `options`; `count` also chooses the plural form. Pure. */
export function format(
  strings: Strings,
  plural: Intl.PluralRules,
  key: string,
  options: Record<string, string | number> = {},
): string {
  const count = options.count;
  const text =
    (typeof count === 'number'
      ? (strings[`${key}_${plural.select(count)}`] ?? strings[`${key}_other`])
      : undefined) ??
    strings[key] ??
    key;
  return text.replace(/\{\{\s*([\w.]+)\s*\}\}/g, (_, name: string) =>
    options[name] === undefined ? '' : String(options[name]),
  );
}

export interface I18n {
  /** The languages loaded so far, by language (a language not yet loaded is absent). */
  messages: Partial<Record<Lang, Strings>>;
  /** Loads a language's strings (once; later calls share the first). */
  load: (lang: Lang) => Promise<void>;
  has: (lang: Lang) => boolean;
  /** The translator for a language: the same function each time. */
  translator: (lang: Lang) => T;
  /**
   * The language to show when `lang` is asked for: `lang` once it has loaded (asking for
   * it if not), until then the one shown before.
   */
  shown: (lang: Lang) => Lang;
  /** Called whenever a language arrives; returns the unsubscribe. */
  subscribe: (listener: () => void) => () => void;
  /** Changes each time a language arrives (for useSyncExternalStore). */
  version: () => number;
}

/** An interface-text instance over per-language loaders (the app's is `i18n`, below). */
export function createI18n(loaders: Record<Lang, () => Promise<Strings>>): I18n {
  const messages: Partial<Record<Lang, Strings>> = {};
  const pending = new Map<Lang, Promise<void>>();
  const listeners = new Set<() => void>();
  const fixed = new Map<Lang, T>();
  let version = 0;
  let lastShown: Lang | null = null;

  const load = (lang: Lang) => {
    let p = pending.get(lang);
    if (!p) {
      p = loaders[lang]().then((strings) => {
        messages[lang] = strings;
        version++;
        listeners.forEach((l) => l());
      });
      // A failed load may be tried again.
      p.catch(() => pending.delete(lang));
      pending.set(lang, p);
    }
    return p;
  };

  const translator = (lang: Lang): T => {
    let t = fixed.get(lang);
    if (!t) {
      const plural = new Intl.PluralRules(lang);
      t = (key, options) => {
        const own = messages[lang];
        if (own) return format(own, plural, key, options);
        void load(lang).catch(() => {});
        const other = LANG_ORDER.find((l) => messages[l]);
        return other
          ? format(messages[other] ?? {}, new Intl.PluralRules(other), key, options)
          : key;
      };
      fixed.set(lang, t);
    }
    return t;
  };

  return {
    messages,
    load,
    has: (lang) => !!messages[lang],
    translator,
    shown: (lang) => {
      if (messages[lang]) return (lastShown = lang);
      void load(lang).catch(() => {});
      return lastShown ?? LANG_ORDER.find((l) => messages[l]) ?? lang;
    },
    subscribe: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    version: () => version,
  };
}

export const i18n = createI18n({
  en: () => import('./en.ts').then((m) => m.en),
  ru: () => import('./ru.ts').then((m) => m.ru),
  ky: () => import('./ky.ts').then((m) => m.ky),
});

/** The languages loaded so far (all of them, in tests: see tests/setup-i18n.ts). */
export const messages = i18n.messages as Readonly<Record<Lang, Strings>>;
export const translator = i18n.translator;
export const loadLang = i18n.load;

/** The reader's preferred interface language among ours, from the browser's list. */
export function preferredLang(languages: readonly string[]): Lang {
  for (const l of languages) {
    const base = l.toLowerCase().split('-')[0];
    if (base === 'ky' || base === 'ru' || base === 'en') return base;
  }
  return 'en';
}

/** The language a link asks for (`?lang=ru`), if it names one of ours. */
export function langOfSearch(search: string): Lang | null {
  const lang = new URLSearchParams(search).get('lang');
  return lang === 'ky' || lang === 'ru' || lang === 'en' ? lang : null;
}
