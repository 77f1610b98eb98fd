/**
 * A reader's correction as a report: what record and field, what the atlas says now and on
 * which sources, what the reader thinks is wrong and right and on what source, the link,
 * the data version and the language. Pure: composing, writing as text or JSON, reading a
 * report back, and the prefilled link to a corrections target (http(s) or mailto only).
 */
import type { Citation, Lang } from '../data/schema.ts';

export const REPORT_FORMAT = 'silk-road-atlas/correction@1';

export interface CorrectionInput {
  record: { kind: string; id: string; name: string };
  field: string;
  current: string;
  sources: readonly Citation[];
  wrong: string;
  right: string;
  readerSource: string;
  permalink: string;
  dataVersion: string;
  lang: Lang;
  /** ISO timestamp; given by the caller so that composing stays pure. */
  createdAt: string;
}

export interface CorrectionReport {
  format: typeof REPORT_FORMAT;
  record: { kind: string; id: string; name: string };
  field: string;
  current: string;
  sources: { source: string; ref?: string; passage?: string }[];
  correction: { wrong: string; right: string; source: string };
  permalink: string;
  dataVersion: string;
  lang: Lang;
  createdAt: string;
}

const clip = (s: string, max = 4000) => s.trim().slice(0, max);

export function composeCorrection(input: CorrectionInput): CorrectionReport {
  return {
    format: REPORT_FORMAT,
    record: { ...input.record },
    field: input.field,
    current: input.current,
    sources: input.sources.map((c) => ({
      source: c.source,
      ...(c.ref ? { ref: c.ref } : {}),
      ...(c.passage ? { passage: c.passage } : {}),
    })),
    correction: {
      wrong: clip(input.wrong),
      right: clip(input.right),
      source: clip(input.readerSource, 1000),
    },
    permalink: input.permalink,
    dataVersion: input.dataVersion,
    lang: input.lang,
    createdAt: input.createdAt,
  };
}

export const reportTitle = (r: CorrectionReport) =>
  `Correction: ${r.record.name} (${r.record.id}) — ${r.field}`;

/** The report as plain text, for the clipboard, an e-mail or an issue. */
export function reportText(r: CorrectionReport): string {
  const lines = [
    reportTitle(r),
    '',
    `Record: ${r.record.kind} ${r.record.id} (${r.record.name})`,
    `Field: ${r.field}`,
    `Current value: ${r.current}`,
    `Current sources: ${r.sources.map((s) => `${s.source}${s.ref ? ` ${s.ref}` : ''}`).join('; ') || '—'}`,
    '',
    `What is wrong: ${r.correction.wrong || '—'}`,
    `What is right: ${r.correction.right || '—'}`,
    `Reader's source: ${r.correction.source || '—'}`,
    '',
    `Link: ${r.permalink}`,
    `Data version: ${r.dataVersion}`,
    `Language: ${r.lang}`,
    `Written: ${r.createdAt}`,
  ];
  return lines.join('\n');
}

export const reportJson = (r: CorrectionReport) => `${JSON.stringify(r, null, 2)}\n`;

export const reportFileName = (r: CorrectionReport) =>
  `correction-${r.record.id}-${r.createdAt.slice(0, 10)}.json`;

const isString = (v: unknown): v is string => typeof v === 'string';

/** Reads a downloaded report back; null if it is not one. */
export function parseCorrection(json: string): CorrectionReport | null {
  let v: unknown;
  try {
    v = JSON.parse(json);
  } catch {
    return null;
  }
  if (!v || typeof v !== 'object') return null;
  const r = v as Partial<CorrectionReport>;
  if (r.format !== REPORT_FORMAT || !r.record || !isString(r.record.id) || !isString(r.field))
    return null;
  if (!r.correction || !isString(r.correction.wrong) || !isString(r.correction.right)) return null;
  return r as CorrectionReport;
}

/**
 * The prefilled link to a corrections target set at build time: an http(s) URL template
 * with `{title}` and `{body}` (e.g. an issue tracker's "new issue" page), or a `mailto:`
 * address (subject and body are added). Anything else yields null.
 */
export function targetLink(target: string | undefined, r: CorrectionReport): string | null {
  const t = target?.trim();
  if (!t) return null;
  const title = encodeURIComponent(reportTitle(r));
  const body = encodeURIComponent(reportText(r));
  if (/^mailto:[^\s?]+@[^\s?]+(\?.*)?$/i.test(t)) {
    if (t.includes('{title}') || t.includes('{body}'))
      return t.replaceAll('{title}', title).replaceAll('{body}', body);
    return `${t}${t.includes('?') ? '&' : '?'}subject=${title}&body=${body}`;
  }
  let url: URL;
  try {
    url = new URL(t);
  } catch {
    return null;
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return null;
  return t.replaceAll('{title}', title).replaceAll('{body}', body);
}

/** The host a target contacts, to name it before the reader clicks. */
export function targetHost(target: string | undefined): string | null {
  const t = target?.trim() ?? '';
  const mail = /^mailto:([^?]+)/i.exec(t);
  if (mail?.[1]) return mail[1];
  try {
    const url = new URL(t);
    return url.protocol === 'https:' || url.protocol === 'http:' ? url.host : null;
  } catch {
    return null;
  }
}
