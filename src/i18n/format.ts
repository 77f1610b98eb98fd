/**
 * Dates and quantities in the reader's language, with Intl. Pure. Building an Intl formatter
 * costs far more than using one, so each (language, options) formatter is made once.
 */
import type { IsoDate, Lang, Quantity, Unit } from '../data/schema.ts';

const LOCALE: Record<Lang, string> = { ky: 'ky-KG', ru: 'ru-RU', en: 'en-GB' };

const cache = new Map<string, Intl.NumberFormat | Intl.DateTimeFormat>();
function cached<F extends Intl.NumberFormat | Intl.DateTimeFormat>(key: string, make: () => F): F {
  let f = cache.get(key) as F | undefined;
  if (!f) cache.set(key, (f = make()));
  return f;
}
/** A collator for the reader's language, made once (sorting names calls it many times). */
const collators = new Map<Lang, Intl.Collator>();
export const collatorFor = (lang: Lang): Intl.Collator => {
  let c = collators.get(lang);
  if (!c) collators.set(lang, (c = new Intl.Collator(lang)));
  return c;
};

/** Country names in the reader's language (English where it has none), made once. */
const regionNames = new Map<Lang, Intl.DisplayNames>();
export const regionNamesFor = (lang: Lang): Intl.DisplayNames => {
  let r = regionNames.get(lang);
  if (!r) regionNames.set(lang, (r = new Intl.DisplayNames([lang, 'en'], { type: 'region' })));
  return r;
};

const dateFormat = (lang: Lang, day: boolean) =>
  cached(`date ${lang} ${day}`, () => {
    const opts: Intl.DateTimeFormatOptions = { year: 'numeric', month: 'long', timeZone: 'UTC' };
    if (day) opts.day = 'numeric';
    return new Intl.DateTimeFormat(LOCALE[lang], opts);
  });
const numberFormat = (lang: Lang, kind: 'plain' | 'money' | 'compact' | 'percent') =>
  cached(`number ${lang} ${kind}`, () =>
    kind === 'percent'
      ? new Intl.NumberFormat(LOCALE[lang], { style: 'percent', maximumFractionDigits: 2 })
      : kind === 'plain'
        ? new Intl.NumberFormat(LOCALE[lang], { maximumFractionDigits: 2 })
        : new Intl.NumberFormat(LOCALE[lang], {
            notation: kind === 'compact' ? 'compact' : 'standard',
            compactDisplay: 'long',
            maximumFractionDigits: 2,
          }),
  );

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
  return dateFormat(lang, d !== undefined).format(utc(y, m, d));
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
  return dateFormat(lang, d1 !== undefined).formatRange(utc(y1, m1, d1), utc(y2, m2, d2));
}

export function formatNumber(value: number, lang: Lang): string {
  return numberFormat(lang, 'plain').format(value);
}

/** A quantity in the reader's language: "4.34 billion USD", "800,000 t/yr", "60 %". */
export function formatQuantity(q: Pick<Quantity, 'value' | 'unit'>, lang: Lang): string {
  switch (q.unit) {
    case 'USD':
    case 'CNY':
    case 'KGS':
      // "4.34 billion USD": the ISO code reads the same in all three languages.
      return `${numberFormat(lang, q.value >= 1e6 ? 'compact' : 'money').format(q.value)} ${q.unit}`;
    case 'percent':
      return numberFormat(lang, 'percent').format(q.value / 100);
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
