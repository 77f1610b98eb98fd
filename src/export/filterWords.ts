/**
 * The filters in words, for the exported picture's footer: one phrase per filter that
 * differs from the defaults ("Status in the period: Operating, Proposed"). Pure: names the
 * caller cannot translate with `t` (countries, parties) come through `names`.
 */
import { SECTORS } from '../data/vocab.ts';
import type { Key, T } from '../i18n/index.ts';
import { defaultFilters, PARTY_FACETS, type Filters, type PartyFacet } from '../state/filters.ts';

export interface FilterNames {
  /** A country's name from its ISO code. */
  country: (code: string) => string;
  /** A party's name from its key, in the reader's language. */
  party: (facet: PartyFacet, key: string) => string;
}

export function filterWords(f: Filters, t: T, names: FilterNames): string[] {
  const d = defaultFilters();
  const out: string[] = [];
  const add = (heading: string, values: readonly string[]) => {
    if (values.length) out.push(`${heading}: ${values.join(', ')}`);
  };
  if (f.sectors.length !== d.sectors.length)
    add(
      t('export.png.sectors'),
      SECTORS.filter((s) => f.sectors.includes(s)).map((s) => t(`sector.${s}`)),
    );
  if (f.sectors.length === 0) out.push(t('export.png.noSectors'));
  if (!f.showCities) out.push(t('export.png.noCities'));
  add(
    t('filters.subsector'),
    f.subsectors.map((s) => t(`subsector.${s}` as Key)),
  );
  add(
    t('filters.status'),
    f.statuses.map((s) => t(`status.${s}`)),
  );
  add(t('filters.country'), f.countries.map(names.country));
  for (const { facet, field } of PARTY_FACETS)
    add(
      t(`filters.${facet}`),
      f[field].map((key) => names.party(facet, key)),
    );
  add(
    t('filters.meetingKind'),
    f.meetingKinds.map((k) => t(`meeting.${k}`)),
  );
  return out;
}
