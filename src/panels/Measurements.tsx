/**
 * A linear project's length measured on its geometry — as a whole, and within Kyrgyzstan
 * (clipped at the border) — next to the lengths the sources state. Computed values are
 * marked as computed from the drawn (schematic or approximate) line, never as a source's.
 */
import type { ProjectFeatureT } from '../data/registry.ts';
import { formatQuantity } from '../i18n/format.ts';
import { loadKyrgyzstanOutline, loadMeasure } from './lazyGeo.ts';
import { useSettled } from './useSettled.ts';
import { useT } from './useT.ts';
import { Quantities } from './Values.tsx';
import { tracedShare } from '../geo/share.ts';

export function Measurements({ project }: { project: ProjectFeatureT }) {
  const [t, lang] = useT();
  const measure = useSettled(loadMeasure);
  const border = useSettled(loadKyrgyzstanOutline);
  const g = project.geometry;
  if (g?.type !== 'LineString' && g?.type !== 'MultiLineString') return null;
  const p = project.properties;
  const km = (value: number) =>
    t('measure.approx', { value: formatQuantity({ value: Math.round(value), unit: 'km' }, lang) });
  const m = measure?.ok ? measure.value : null;
  const failed =
    measure && !measure.ok ? t('tools.failed', { error: measure.error.message }) : null;
  return (
    <section className="measure" aria-labelledby="measure-title">
      <h4 id="measure-title">{t('measure.title')}</h4>
      <p className="muted small">
        {t('measure.note', { precision: t(`precision.${p.geo.precision}`).toLowerCase() })}
      </p>
      <dl className="facts">
        <dt>
          {t('measure.total')} <span className="badge badge-computed">{t('measure.computed')}</span>
        </dt>
        <dd data-testid="measure-total">
          {m ? <strong>{km(m.lengthKm(g))}</strong> : (failed ?? t('measure.loading'))}
        </dd>
        {p.countries.includes('KG') ? (
          <>
            <dt>
              {t('measure.withinKg')}{' '}
              <span className="badge badge-computed">{t('measure.computed')}</span>
            </dt>
            <dd data-testid="measure-kg">
              {border && !border.ok ? (
                <span className="muted">
                  {t('measure.failed', { error: border.error.message })}
                </span>
              ) : m && border ? (
                <strong>{km(m.lengthWithinKm(g, border.value))}</strong>
              ) : (
                (failed ?? t('measure.loading'))
              )}
            </dd>
          </>
        ) : null}
        {m && p.geo.segments && g.type === 'MultiLineString' ? (
          <TracedShare
            km={g.coordinates.map((c) => m.lengthKm({ type: 'LineString', coordinates: c }))}
            traced={p.geo.segments.map((s) => s.class === 'traced')}
            stated={p.length.map((q) => q.value)}
          />
        ) : null}
        {p.length.length ? (
          <Quantities label={t('measure.stated')} items={p.length} />
        ) : (
          <>
            <dt>{t('measure.stated')}</dt>
            <dd className="muted">{t('measure.noneStated')}</dd>
          </>
        )}
      </dl>
    </section>
  );
}

/** How much of the line is traced, and how the traced length compares with the stated ones. */
function TracedShare(props: { km: number[]; traced: boolean[]; stated: number[] }) {
  const [t, lang] = useT();
  const r = tracedShare(props.km, props.traced, props.stated);
  const pct = (v: number) => `${(v * 100).toFixed(v < 0.1 ? 1 : 0)} %`;
  const km = (v: number) => formatQuantity({ value: v, unit: 'km' }, lang);
  return (
    <>
      <dt>
        {t('measure.tracedShare', { share: pct(r.share) })}{' '}
        <span className="badge badge-computed">{t('measure.computed')}</span>
      </dt>
      <dd data-testid="measure-traced">
        {r.share >= 0.999 && r.nearest !== null
          ? t('measure.closest', { stated: km(r.nearest), pct: pct(r.deviation) })
          : t('measure.shortNote', { share: pct(r.share) })}
      </dd>
    </>
  );
}
