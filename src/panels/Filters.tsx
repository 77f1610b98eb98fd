/**
 * Faceted filters: every option shows how many projects or meetings it would leave given
 * the other filters (projects and meetings counted apart, never under one number); one
 * action resets them all, another frames what is left. Sectors are switched in the legend.
 */
import { MEETING_KINDS, SECTORS, STATUSES, SUBSECTORS } from '../data/vocab.ts';
import {
  countriesIn,
  defaultFilters,
  PARTY_FACETS,
  partiesIn,
  type Filters as FilterState,
} from '../state/filters.ts';
import type { ListFacet } from '../state/slices/filters.ts';
import { boundsOf } from '../geo/bounds.ts';
import { useAtlas, useFacetCounts, useVisible } from '../state/index.ts';
import { useT } from './useT.ts';
import type { Key } from '../i18n/index.ts';
import { regionNamesFor } from '../i18n/format.ts';

/** How many filters differ from the defaults. */
export function activeFilters(f: FilterState): number {
  const d = defaultFilters();
  return (
    (f.sectors.length !== d.sectors.length ? 1 : 0) +
    (f.showCities ? 0 : 1) +
    f.subsectors.length +
    f.statuses.length +
    f.countries.length +
    f.financiers.length +
    f.builders.length +
    f.operators.length +
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
  options: {
    value: FilterState[K][number];
    label: string;
    count: number;
    /** Meetings, counted apart from the projects (the country facet). */
    meetings?: number;
  }[];
}) {
  const [t] = useT();
  const chosen = useAtlas((s) => s.filters[facet]) as readonly string[];
  const toggle = useAtlas((s) => s.toggleOption);
  return (
    <fieldset className="facet">
      <legend>{title}</legend>
      {options.map((o) => (
        <label
          key={o.value}
          className={o.count === 0 && !o.meetings && !chosen.includes(o.value) ? 'is-empty' : ''}
        >
          <input
            type="checkbox"
            checked={chosen.includes(o.value)}
            onChange={() => toggle(facet, o.value)}
          />
          <span className="toggle-label">{o.label}</span>
          {o.meetings === undefined ? (
            <span className="count">{o.count}</span>
          ) : (
            <span className="counts">
              <span className="count" title={t('filters.nProjects', { count: o.count })}>
                <span className="sr-only">{t('filters.nProjects', { count: o.count })}</span>
                <span aria-hidden="true">{o.count}</span>
              </span>
              <span
                className="count count-meetings"
                title={t('filters.nMeetings', { count: o.meetings })}
              >
                <span className="sr-only">{t('filters.nMeetings', { count: o.meetings })}</span>
                <span aria-hidden="true">{o.meetings}</span>
              </span>
            </span>
          )}
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
  const frameTo = useAtlas((s) => s.frameTo);
  const lookup = useAtlas((s) => s.lookup);
  const visible = useVisible();
  const counts = useFacetCounts();
  // "Zoom to results": the projects left, and the meeting cities unless a party is chosen
  // (parties filter projects only).
  const byParty = filters.financiers.length + filters.builders.length + filters.operators.length;
  // Their bounds are computed on the press, not on every render (a walk over every result's
  // coordinates); a render only asks whether one of them is on the map.
  function* resultGeometries() {
    for (const id of Object.keys(visible.projects)) yield lookup.projects.get(id)?.geometry;
    if (!byParty)
      for (const id of Object.keys(visible.cities)) yield lookup.places.get(id)?.geometry;
  }
  const anyOnMap = (() => {
    for (const g of resultGeometries()) if (g) return true;
    return false;
  })();
  const active = activeFilters(filters);
  const regionName = regionNamesFor(lang);
  const visibleSubsectors = SECTORS.filter((s) => filters.sectors.includes(s)).flatMap(
    (s) => SUBSECTORS[s],
  );

  return (
    <details className="filters">
      <summary>
        {t('filters.title')}
        {active ? <span className="badge">{t('filters.active', { count: active })}</span> : null}
      </summary>
      <p className="buttons filter-actions">
        <button type="button" className="reset" onClick={reset} disabled={active === 0}>
          {t('filters.reset')}
        </button>
        <button
          type="button"
          className="zoom-results"
          onClick={() => {
            const results = boundsOf(resultGeometries());
            if (results) frameTo(results);
          }}
          disabled={active === 0 || !anyOnMap}
        >
          {t('filters.zoom')}
        </button>
      </p>
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
          meetings: counts.countryMeetings[c] ?? 0,
        }))}
      />
      <p className="muted small">{t('filters.countryNote')}</p>
      {PARTY_FACETS.map(({ facet, field }) => (
        <Facet
          key={facet}
          facet={field}
          title={t(`filters.${facet}`)}
          options={[...partiesIn(atlas, facet)].map(([key, name]) => ({
            value: key,
            label: name[lang],
            count: counts[facet][key] ?? 0,
          }))}
        />
      ))}
      <p className="muted small">{t('filters.partiesNote')}</p>
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
