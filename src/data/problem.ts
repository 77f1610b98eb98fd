/**
 * What a data problem is and how it reads, and the empty atlas: shared by the loader, the
 * validator and the store, without the schemas (so the first map does not load them).
 */
import type { Atlas } from './registry.ts';

export interface Problem {
  file: string;
  /** The record's id, or its position when it has no readable id. */
  record: string;
  /** Dotted path inside the record, e.g. `properties.cost[0].value`. */
  field: string;
  message: string;
}

export const formatProblem = (p: Problem): string =>
  `${p.file} › ${p.record} › ${p.field || '(whole record)'} › ${p.message}`;

export const emptyAtlas = (): Atlas => ({
  sources: [],
  places: [],
  meetings: [],
  projects: [],
  indicators: [],
  links: [],
  context: [],
});
