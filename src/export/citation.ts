/** A ready-to-paste citation of the current view, with the link that reopens it. Pure. */
import type { T } from '../i18n/index.ts';

export interface ViewSummary {
  period: readonly [number, number];
  /** Whether any filter differs from the defaults. */
  filtered: boolean;
  /** The name of the open record, in the reader's language. */
  selection?: string;
}

/** A calendar date as YYYY-MM-DD, in the reader's own time zone. */
export function isoDate(d: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

export function describeView(view: ViewSummary, t: T): string {
  const parts = [
    view.filtered ? t('export.view.filtered') : t('export.view.all'),
    t('export.view.period', { from: view.period[0], to: view.period[1] }),
  ];
  if (view.selection) parts.push(t('export.view.selection', { name: view.selection }));
  return parts.join(', ');
}

export function buildCitation(t: T, view: ViewSummary, url: string, accessed: Date): string {
  return t('export.citation', {
    title: t('app.title'),
    subtitle: t('app.subtitle'),
    view: describeView(view, t),
    url,
    date: isoDate(accessed),
  });
}

/** "silk-road-atlas-2026-11-21.csv" */
export const exportFileName = (ext: string, accessed: Date) =>
  `silk-road-atlas-${isoDate(accessed)}.${ext}`;
