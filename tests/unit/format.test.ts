import { describe, expect, it } from 'vitest';
import * as f from '../../src/i18n/format.ts';

// Intl uses no-break and thin spaces; compare with plain ones.
const plain =
  <A extends unknown[]>(fn: (...a: A) => string) =>
  (...a: A) =>
    fn(...a).replace(/\s/g, ' ');
const formatDate = plain(f.formatDate);
const formatDateRange = plain(f.formatDateRange);
const formatQuantity = plain(f.formatQuantity);

describe('formatting', () => {
  it('keeps a date exactly as precise as it is', () => {
    expect(formatDate('2004', 'en')).toBe('2004');
    expect(formatDate('2003-09', 'en')).toBe('September 2003');
    expect(formatDate('2007-08-16', 'en')).toBe('16 August 2007');
    expect(formatDate('2007-08-16', 'ru')).toBe('16 августа 2007 г.');
  });

  it('formats a two-day meeting as one range', () => {
    expect(formatDateRange('2004-09-22', '2004-09-23', 'ru')).toBe('22–23 сентября 2004 г.');
    expect(formatDateRange('2008-08-27', '2008-08-27', 'en')).toBe('27 August 2008');
    expect(formatDateRange('2004-09-22', '2004-09-23', 'ky')).toBe('2004-ж., 22–23-сентябрь');
    expect(formatDate('2003-09', 'ky')).toBe('2003-ж., сентябрь');
  });

  it('formats money, percentages and units per language', () => {
    expect(formatQuantity({ value: 4_340_000_000, unit: 'USD' }, 'en')).toBe('4.34 billion USD');
    expect(formatQuantity({ value: 58_000_000, unit: 'USD' }, 'ru')).toBe('58 миллионов USD');
    expect(formatQuantity({ value: 60.7, unit: 'percent' }, 'en')).toBe('60.7%');
    expect(formatQuantity({ value: 800_000, unit: 't/yr' }, 'en')).toBe('800,000 t/yr');
    expect(formatQuantity({ value: 133_335, unit: 'oz' }, 'ky')).toBe('133 335 унция');
  });
});

describe('formatRef', () => {
  it('renders an article page reference in the interface language', () => {
    expect(f.formatRef('[5, 1-б.]', 'ky')).toBe('[5, 1-б.]');
    expect(f.formatRef('[5, 1-б.]', 'ru')).toBe('[5, с. 1]');
    expect(f.formatRef('[5, 1-б.]', 'en')).toBe('[5, p. 1]');
    expect(f.formatRef('[2, 5-6-б.]', 'en')).toBe('[2, pp. 5–6]');
    expect(f.formatRef('[3]', 'en')).toBe('[3]');
  });
});

describe('Intl objects made once', () => {
  it('gives the same collator and country names for a language, different ones per language', () => {
    expect(f.collatorFor('ru')).toBe(f.collatorFor('ru'));
    expect(f.regionNamesFor('ru')).toBe(f.regionNamesFor('ru'));
    expect(f.regionNamesFor('ru')).not.toBe(f.regionNamesFor('en'));
    expect(f.regionNamesFor('en').of('CN')).toBe('China');
    expect(f.regionNamesFor('ru').of('KG')).toBe('Киргизия');
    expect(f.collatorFor('ru').compare('Ош', 'Бишкек')).toBeGreaterThan(0);
  });
});
