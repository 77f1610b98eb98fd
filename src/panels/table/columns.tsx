/**
 * The project and meeting tables' columns: what each shows, how it sorts, and its whole
 * text for a cut cell. Every value comes from export/fields.ts, as in the exports.
 */
import type { Lookup } from '../../data/lookup.ts';
import { meetingStart } from '../../data/lookup.ts';
import type { ProjectFeatureT } from '../../data/registry.ts';
import type { Lang, Meeting, Quantity, Status } from '../../data/schema.ts';
import {
  completionOf,
  documentsOf,
  partiesOf,
  shortSource,
  startOf,
  usdOf,
  type Dated,
} from '../../export/fields.ts';
import { formatDateRange, formatNumber, formatQuantity } from '../../i18n/format.ts';
import type { Key, T } from '../../i18n/index.ts';
import { PARTY_FACETS } from '../../state/filters.ts';
import { SectorSymbol } from '../SectorSymbol.tsx';
import type { Column } from './VirtualTable.tsx';

export interface ProjectRowData {
  p: ProjectFeatureT;
  status: Status;
  /** Computed from the geometry (lines only), km. */
  km: number | null;
}

export interface MeetingRowData {
  m: Meeting;
  city: string | null;
}

interface Ctx {
  t: T;
  lang: Lang;
  lookup: Lookup;
  regionName: Intl.DisplayNames;
  choose: (kind: 'place' | 'project', id: string) => void;
}

/** "390 million USD (Eurasianet 2012) · 342 million USD (Azattyk)": every value, its sources. */
const quantities = (items: readonly Quantity[], { lang, t, lookup }: Ctx) =>
  items
    .map(
      (q) =>
        `${q.label ? `${q.label[lang]}: ` : ''}${q.approx ? `${t('panel.about')} ` : ''}${formatQuantity(q, lang)}${q.year ? ` (${q.year})` : ''} [${q.citations.map((c) => shortSource(c, lookup)).join('; ')}]`,
    )
    .join(' · ');

const dated = (d: Dated | null, { lang, t }: Ctx) =>
  d
    ? `${formatDateRange(d.date, undefined, lang)}${d.planned ? ` (${t('panel.planned')})` : ''}`
    : '';

const firstValue = (items: readonly Quantity[]) => items[0]?.value ?? null;

/** A text column: the same string sorts, shows and titles. */
function text<R>(
  id: string,
  label: string,
  value: (r: R) => string,
  className?: string,
): Column<R> {
  return {
    id,
    label,
    sort: (r) => value(r) || null,
    cell: value,
    title: value,
    ...(className ? { className } : {}),
  };
}

export function projectColumns(ctx: Ctx): Column<ProjectRowData>[] {
  const { t, lang, regionName } = ctx;
  const party = (facet: (typeof PARTY_FACETS)[number]['facet']) => (r: ProjectRowData) =>
    partiesOf(r.p, facet)
      .map((x) => x.name[lang])
      .join('; ');
  return [
    {
      id: 'name',
      label: t('table.col.name'),
      sort: (r) => r.p.properties.name[lang],
      title: (r) => r.p.properties.name[lang],
      className: 'col-name',
      cell: (r) => (
        <button
          type="button"
          className="linklike"
          data-opener={`record:project:${r.p.properties.id}`}
          onClick={() => ctx.choose('project', r.p.properties.id)}
        >
          <SectorSymbol sector={r.p.properties.sector} size={12} /> {r.p.properties.name[lang]}
          {r.p.geometry ? null : <span className="muted"> · {t('table.notOnMap')}</span>}
        </button>
      ),
    },
    text(
      'sector',
      t('table.col.sector'),
      (r) =>
        `${t(`sector.${r.p.properties.sector}`)} · ${t(`subsector.${r.p.properties.subsector}` as Key)}`,
    ),
    {
      id: 'status',
      label: t('table.col.status'),
      sort: (r) => r.status,
      title: (r) => t(`status.${r.status}`),
      cell: (r) => (
        <span className={`status status-${r.status} small`}>{t(`status.${r.status}`)}</span>
      ),
    },
    {
      ...text('start', t('table.col.start'), (r) => dated(startOf(r.p), ctx)),
      sort: (r) => startOf(r.p)?.date ?? null,
    },
    {
      ...text('completion', t('table.col.completion'), (r) => dated(completionOf(r.p), ctx)),
      sort: (r) => completionOf(r.p)?.date ?? null,
    },
    {
      ...text('cost', t('panel.cost'), (r) => quantities(r.p.properties.cost, ctx), 'col-wide'),
      sort: (r) => usdOf(r.p.properties.cost) ?? firstValue(r.p.properties.cost),
    },
    text('financier', t('panel.role.financier'), party('financier'), 'col-wide'),
    text('builder', t('panel.role.builder'), party('builder'), 'col-wide'),
    text('operator', t('table.col.operator'), party('operator'), 'col-wide'),
    {
      ...text('capacity', t('panel.capacity'), (r) => quantities(r.p.properties.capacity, ctx)),
      sort: (r) => firstValue(r.p.properties.capacity),
    },
    {
      ...text('length', t('table.col.length'), (r) => quantities(r.p.properties.length, ctx)),
      sort: (r) => firstValue(r.p.properties.length),
    },
    {
      ...text('km', t('table.col.computed'), (r) =>
        r.km === null ? '' : `${formatNumber(Math.round(r.km), lang)} km`,
      ),
      sort: (r) => r.km,
      className: 'col-num',
    },
    text('countries', t('table.col.countries'), (r) =>
      r.p.properties.countries.map((c) => regionName.of(c) ?? c).join(', '),
    ),
  ];
}

export function meetingColumns(ctx: Ctx): Column<MeetingRowData>[] {
  const { t, lang } = ctx;
  return [
    {
      ...text('date', t('table.col.date'), (r) => {
        const d = r.m.dates[0];
        return d ? formatDateRange(d.start, d.end, lang) : '';
      }),
      sort: (r) => meetingStart(r.m),
    },
    {
      id: 'title',
      label: t('table.col.meeting'),
      sort: (r) => r.m.title[lang],
      title: (r) => r.m.title[lang],
      className: 'col-name',
      cell: (r) =>
        r.m.place ? (
          <button
            type="button"
            className="linklike"
            data-opener={`record:place:${r.m.place}`}
            onClick={() => r.m.place && ctx.choose('place', r.m.place)}
          >
            {r.m.title[lang]}
          </button>
        ) : (
          r.m.title[lang]
        ),
    },
    text('city', t('table.col.city'), (r) => r.city ?? t('table.noPlace')),
    text('kind', t('table.col.kind'), (r) => t(`meeting.${r.m.kind}`)),
    {
      ...text('ordinal', t('panel.ordinal'), (r) => quantities(r.m.ordinal ?? [], ctx)),
      sort: (r) => r.m.ordinal?.[0]?.value ?? null,
      className: 'col-num',
    },
    {
      ...text(
        'documents',
        t('panel.outcomes'),
        (r) =>
          documentsOf(r.m)
            .map((o) => o.title[lang])
            .join('; '),
        'col-wide',
      ),
      sort: (r) => documentsOf(r.m).length,
    },
  ];
}
