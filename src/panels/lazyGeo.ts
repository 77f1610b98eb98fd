/**
 * The measuring code (turf) and Kyrgyzstan's outline, loaded the first time a panel shows a
 * measurement, so that neither weighs on the first map. Each promise settles (never rejects)
 * and is kept; a failure is forgotten, so the next panel tries again.
 */
import type { Area } from '../geo/measure.ts';

export type MeasureModule = typeof import('../geo/measure.ts');
export type Settled<T> = { ok: true; value: T } | { ok: false; error: Error };

function cached<T>(load: () => Promise<T>): () => Promise<Settled<T>> {
  let pending: Promise<Settled<T>> | null = null;
  return () =>
    (pending ??= load().then(
      (value) => ({ ok: true as const, value }),
      (e: unknown) => {
        pending = null;
        return { ok: false as const, error: e instanceof Error ? e : new Error(String(e)) };
      },
    ));
}

export const loadMeasure = cached(() => import('../geo/measure.ts'));
export const loadKyrgyzstanOutline = cached<Area>(() =>
  import('../geo/kyrgyzstan.ts').then((m) => m.loadKyrgyzstan()),
);
