/**
 * Faceted filters: every option shows how many projects or meetings it would leave given
 * the other filters; one action resets them all. Sectors are switched in the legend.
 */
import { MEETING_KINDS, SECTORS, STATUSES, SUBSECTORS } from '../data/schema.ts';
import { countriesIn, defaultFilters, type Filters as FilterState } from '../state/filters.ts';
import { useAtlas, useFacetCounts } from '../state/index.ts';
import { useT } from './useT.ts';
import type { Key } from '../i18n/index.ts';

type ListFacet = 'subsectors' | 'statuses' | 'countries' | 'meetingKinds';

/** How many filters differ from the defaults. */
export function activeFilters(f: FilterState): number {
  const d = defaultFilters();
  return (
    (f.sectors.length !== d.sectors.length ? 1 : 0) +
    (f.showCities ? 0 : 1) +
    f.subsectors.length +
    f.statuses.length +
    f.countries.length +
    f.meetingKinds.length +
    (f.period[0] !== d.period[0] || f.period[1] !== d.period[1] ? 1 : 0)
  );
}

function Facet<K extends ListFacet>({
  facet,
  title,
  options,
}: {
  facet: K;
  title: string;
  options: { value: FilterState[K][number]; label: string; count: number }[];
}) {
  const chosen = useAtlas((s) => s.filters[facet]) as readonly string[];
  const toggle = useAtlas((s) => s.toggleOption);
  return (
    <fieldset className="facet">
      <legend>{title}</legend>
      {options.map((o) => (
        <label
          key={o.value}
          className={o.count === 0 && !chosen.includes(o.value) ? 'is-empty' : ''}
        >
          <input
            type="checkbox"
            checked={chosen.includes(o.value)}
            onChange={() => toggle(facet, o.value)}
          />
          <span className="toggle-label">{o.label}</span>
          <span className="count">{o.count}</span>
        </label>
      ))}
    </fieldset>
  );
}

export function Filters() {
  const [t, lang] = useT();
  const filters = useAtlas((s) => s.filters);
  const atlas = useAtlas((s) => s.atlas);
  const reset = useAtlas((s) => s.resetFilters);
  const counts = useFacetCounts();
  const active = activeFilters(filters);
  const regionName = new Intl.DisplayNames([lang, 'en'], { type: 'region' });
  const visibleSubsectors = SECTORS.filter((s) => filters.sectors.includes(s)).flatMap(
    (s) => SUBSECTORS[s],
  );

  return (
    <details className="filters">
      <summary>
        {t('filters.title')}
        {active ? <span className="badge">{t('filters.active', { count: active })}</span> : null}
      </summary>
      <button type="button" className="reset" onClick={reset} disabled={active === 0}>
        {t('filters.reset')}
      </button>
      <Facet
        facet="statuses"
        title={t('filters.status')}
        options={STATUSES.map((s) => ({
          value: s,
          label: t(`status.${s}`),
          count: counts.status[s],
        }))}
      />
      <Facet
        facet="subsectors"
        title={t('filters.subsector')}
        options={visibleSubsectors.map((s) => ({
          value: s,
          label: t(`subsector.${s}` as Key),
          count: counts.subsector[s],
        }))}
      />
      <Facet
        facet="countries"
        title={t('filters.country')}
        options={countriesIn(atlas).map((c) => ({
          value: c,
          label: regionName.of(c) ?? c,
          count: counts.country[c] ?? 0,
        }))}
      />
      <Facet
        facet="meetingKinds"
        title={t('filters.meetingKind')}
        options={MEETING_KINDS.map((k) => ({
          value: k,
          label: t(`meeting.${k}`),
          count: counts.meetingKind[k],
        }))}
      />
    </details>
  );
}
