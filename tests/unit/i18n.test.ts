import { describe, expect, it } from 'vitest';
import { messages, preferredLang, translator } from '../../src/i18n/index.ts';
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
