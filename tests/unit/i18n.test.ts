import { describe, expect, it } from 'vitest';
import {
  createI18n,
  format,
  langOfSearch,
  messages,
  preferredLang,
  translator,
  type Key,
  type T,
} from '../../src/i18n/index.ts';
import { LANGS } from '../../src/data/schema.ts';

const base = (k: string) => k.replace(/_(one|few|many|other)$/, '');

describe('interface languages', () => {
  it.each(LANGS)('%s has every key English has, and nothing empty', (lang) => {
    const have = new Set(Object.keys(messages[lang]).map(base));
    const missing = Object.keys(messages.en)
      .map(base)
      .filter((k) => !have.has(k));
    expect(missing).toEqual([]);
    expect(Object.entries(messages[lang]).filter(([, v]) => !v.trim())).toEqual([]);
  });

  it('has every plural form each language needs', () => {
    for (const lang of LANGS) {
      const forms = new Intl.PluralRules(lang).resolvedOptions().pluralCategories;
      const pluralKeys = Object.keys(messages.en)
        .filter((k) => k.endsWith('_other'))
        .map(base);
      for (const k of pluralKeys)
        for (const form of forms)
          expect(messages[lang], `${lang} ${k}_${form}`).toHaveProperty(`${k}_${form}`);
    }
  });

  it('uses Russian plural rules', () => {
    const t = translator('ru');
    expect(t('panel.meetingsHere', { count: 1 })).toBe('1 встреча в этом городе');
    expect(t('panel.meetingsHere', { count: 3 })).toBe('3 встречи в этом городе');
    expect(t('panel.meetingsHere', { count: 5 })).toBe('5 встреч в этом городе');
  });

  it('picks the first of the browser languages the atlas speaks', () => {
    expect(preferredLang(['de-DE', 'ru-RU', 'en'])).toBe('ru');
    expect(preferredLang(['ky-KG'])).toBe('ky');
    expect(preferredLang(['fr'])).toBe('en');
  });
});

describe('interface text loading', () => {
  const strings = {
    en: { hello: 'Hello {{name}}', n_one: '{{count}} city', n_other: '{{count}} cities' },
    ru: {
      hello: 'Привет, {{name}}',
      n_one: '{{count}} город',
      n_few: '{{count}} города',
      n_many: '{{count}} городов',
      n_other: '{{count}} города',
    },
    ky: { hello: 'Салам, {{name}}', n_other: '{{count}} шаар' },
  };
  const setup = () => {
    const asked: string[] = [];
    const i18n = createI18n({
      en: () => (asked.push('en'), Promise.resolve(strings.en)),
      ru: () => (asked.push('ru'), Promise.resolve(strings.ru)),
      ky: () => (asked.push('ky'), Promise.resolve(strings.ky)),
    });
    return { i18n, asked };
  };
  // The real keys are typed; these test strings are not.
  const say = (t: T, key: string, o?: Record<string, string | number>) => t(key as Key, o);

  it('loads only the language asked for, once', async () => {
    const { i18n, asked } = setup();
    await Promise.all([i18n.load('ru'), i18n.load('ru')]);
    expect(asked).toEqual(['ru']);
    expect(Object.keys(i18n.messages)).toEqual(['ru']);
    expect(say(i18n.translator('ru'), 'n', { count: 5 })).toBe('5 городов');
  });

  it('answers from a loaded language until the asked one arrives, then tells its listeners', async () => {
    const { i18n, asked } = setup();
    await i18n.load('en');
    const heard: number[] = [];
    i18n.subscribe(() => heard.push(i18n.version()));
    const ky = i18n.translator('ky');
    expect(say(ky, 'hello', { name: 'Ош' })).toBe('Hello Ош');
    expect(asked).toEqual(['en', 'ky']);
    await i18n.load('ky');
    expect(heard).toEqual([2]);
    expect(say(ky, 'hello', { name: 'Ош' })).toBe('Салам, Ош');
    expect(i18n.translator('ky')).toBe(ky);
  });

  it('keeps showing the language shown before while the next one loads', async () => {
    const { i18n } = setup();
    await i18n.load('ru');
    expect(i18n.shown('ru')).toBe('ru');
    expect(i18n.shown('ky')).toBe('ru');
    await i18n.load('ky');
    expect(i18n.shown('ky')).toBe('ky');
  });

  it('formats placeholders and plural forms, falling back to _other and to the key', () => {
    const ru = new Intl.PluralRules('ru');
    expect(format(strings.ru, ru, 'n', { count: 1 })).toBe('1 город');
    expect(format(strings.ru, ru, 'n', { count: 3 })).toBe('3 города');
    expect(format(strings.ky, new Intl.PluralRules('ky'), 'n', { count: 1 })).toBe('1 шаар');
    expect(format(strings.en, ru, 'missing.key')).toBe('missing.key');
    expect(format(strings.en, ru, 'hello')).toBe('Hello ');
  });

  it('reads the language a link asks for', () => {
    expect(langOfSearch('?lang=ky&sel=place:osh')).toBe('ky');
    expect(langOfSearch('?lang=de')).toBeNull();
    expect(langOfSearch('')).toBeNull();
  });
});
