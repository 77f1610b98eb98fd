/** Dates and quantities in the reader's language, with Intl. Pure. */
import type { IsoDate, Lang, Quantity, Unit } from '../data/schema.ts';

const LOCALE: Record<Lang, string> = { ky: 'ky-KG', ru: 'ru-RU', en: 'en-GB' };

const UNIT_LABEL: Record<
  Exclude<Unit, 'USD' | 'CNY' | 'KGS' | 'percent' | 'count' | 'ordinal'>,
  Record<Lang, string>
> = {
  't/yr': { ky: 'т/жыл', ru: 'т/год', en: 't/yr' },
  t: { ky: 'т', ru: 'т', en: 't' },
  oz: { ky: 'унция', ru: 'унций', en: 'oz' },
  kV: { ky: 'кВ', ru: 'кВ', en: 'kV' },
  km: { ky: 'км', ru: 'км', en: 'km' },
  MW: { ky: 'МВт', ru: 'МВт', en: 'MW' },
  'm3/yr': { ky: 'м³/жыл', ru: 'м³/год', en: 'm³/yr' },
  people: { ky: 'адам', ru: 'чел.', en: 'people' },
};

const parts = (d: IsoDate) => d.split('-').map(Number) as [number, number?, number?];
const utc = (y: number, m = 1, day = 1) => new Date(Date.UTC(y, m - 1, day));

/**
 * Kyrgyz dates are written by hand: the ICU data browsers carry for `ky` gives forms such
 * as "2004 M09 22–23". Kyrgyz writes "2004-ж., 22-сентябрь" and "2004-ж., 22–23-сентябрь".
 */
const KY_MONTHS = [
  'январь',
  'февраль',
  'март',
  'апрель',
  'май',
  'июнь',
  'июль',
  'август',
  'сентябрь',
  'октябрь',
  'ноябрь',
  'декабрь',
];
function kyDate(y: number, m: number, days?: string): string {
  return `${y}-ж., ${days ? `${days}-` : ''}${KY_MONTHS[m - 1]}`;
}

/** "2004", "September 2004", "22 September 2004" — as precise as the date is. */
export function formatDate(date: IsoDate, lang: Lang): string {
  const [y, m, d] = parts(date);
  if (m === undefined) return String(y);
  if (lang === 'ky') return kyDate(y, m, d === undefined ? undefined : String(d));
  const opts: Intl.DateTimeFormatOptions = { year: 'numeric', month: 'long', timeZone: 'UTC' };
  if (d !== undefined) opts.day = 'numeric';
  return new Intl.DateTimeFormat(LOCALE[lang], opts).format(utc(y, m, d));
}

/** A date or a range ("22–23 September 2004"), at the precision of the coarser end. */
export function formatDateRange(start: IsoDate, end: IsoDate | undefined, lang: Lang): string {
  if (!end || end === start) return formatDate(start, lang);
  if (start.length !== end.length) return `${formatDate(start, lang)} – ${formatDate(end, lang)}`;
  const [y1, m1, d1] = parts(start);
  const [y2, m2, d2] = parts(end);
  if (m1 === undefined || m2 === undefined) return `${y1}–${y2}`;
  if (lang === 'ky' && y1 === y2 && m1 === m2 && d1 !== undefined && d2 !== undefined)
    return kyDate(y1, m1, `${d1}–${d2}`);
  if (lang === 'ky') return `${formatDate(start, lang)} – ${formatDate(end, lang)}`;
  const opts: Intl.DateTimeFormatOptions = { year: 'numeric', month: 'long', timeZone: 'UTC' };
  if (d1 !== undefined) opts.day = 'numeric';
  return new Intl.DateTimeFormat(LOCALE[lang], opts).formatRange(utc(y1, m1, d1), utc(y2, m2, d2));
}

export function formatNumber(value: number, lang: Lang): string {
  return new Intl.NumberFormat(LOCALE[lang], { maximumFractionDigits: 2 }).format(value);
}

/** A quantity in the reader's language: "4.34 billion USD", "800,000 t/yr", "60 %". */
export function formatQuantity(q: Pick<Quantity, 'value' | 'unit'>, lang: Lang): string {
  const locale = LOCALE[lang];
  switch (q.unit) {
    case 'USD':
    case 'CNY':
    case 'KGS':
      // "4.34 billion USD": the ISO code reads the same in all three languages.
      return `${new Intl.NumberFormat(locale, {
        notation: q.value >= 1e6 ? 'compact' : 'standard',
        compactDisplay: 'long',
        maximumFractionDigits: 2,
      }).format(q.value)} ${q.unit}`;
    case 'percent':
      return new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 2 }).format(
        q.value / 100,
      );
    case 'count':
    case 'ordinal':
      return formatNumber(q.value, lang);
    default:
      return `${formatNumber(q.value, lang)} ${UNIT_LABEL[q.unit][lang]}`;
  }
}

/**
 * An article's bracketed reference in the reader's language: the articles print "[5, 1-б.]"
 * (source 5, page 1; "бет" is Kyrgyz for page), which reads "[5, p. 1]" in English and
 * "[5, с. 1]" in Russian. A reference of any other form is shown as printed.
 */
export function formatRef(ref: string, lang: Lang): string {
  const m = /^\[(\d+),\s*([\d–-]+)-б\.\]$/.exec(ref);
  if (!m || lang === 'ky') return ref;
  const [, n, pages] = m as unknown as [string, string, string];
  const range = /[–-]/.test(pages);
  const word = lang === 'ru' ? 'с.' : range ? 'pp.' : 'p.';
  return `[${n}, ${word} ${pages.replace('-', '–')}]`;
}
