/**
 * Derived state, memoised on the inputs' identity: each is computed once per change of
 * content or filters, however many components read it.
 */
import { facetCounts, visibleSet, type FacetCounts, type Visible } from './filters.ts';
import type { AtlasState } from './store.ts';

function memo<R>(fn: (s: AtlasState) => R, deps: (s: AtlasState) => readonly unknown[]) {
  let last: readonly unknown[] | null = null;
  let value: R;
  return (s: AtlasState): R => {
    const d = deps(s);
    const prev = last;
    if (!prev || d.some((x, i) => x !== prev[i])) {
      value = fn(s);
      last = d;
    }
    return value;
  };
}

export const selectVisible: (s: AtlasState) => Visible = memo(
  (s) => visibleSet(s.atlas, s.lookup, s.filters),
  (s) => [s.atlas, s.lookup, s.filters],
);

export const selectFacetCounts: (s: AtlasState) => FacetCounts = memo(
  (s) => facetCounts(s.atlas, s.lookup, s.filters),
  (s) => [s.atlas, s.lookup, s.filters],
);
