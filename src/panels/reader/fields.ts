/** Names a record's field for people: `properties.cost[0]` → "Cost". */
import type { Key, T } from '../../i18n/index.ts';

const KNOWN: Record<string, Key> = {
  cost: 'panel.cost',
  capacity: 'panel.capacity',
  output: 'panel.output',
  jobs: 'panel.jobs',
  length: 'panel.length',
  parties: 'panel.parties',
  summary: 'panel.summary',
  impacts: 'panel.impacts',
  timeline: 'panel.timeline',
  ordinal: 'panel.ordinal',
  outcomes: 'panel.outcomes',
  geo: 'panel.geometry',
};

export function fieldLabel(field: string, t: T): string {
  const key = /^(?:properties\.)?([a-zA-Z]+)/.exec(field)?.[1] ?? '';
  const known = KNOWN[key];
  return known ? t(known) : key || t('correction.record');
}
