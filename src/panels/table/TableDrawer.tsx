/**
 * The project table and the meetings table, below the map (`view=table`, `view=meetings`):
 * the same visible set as the map and the counts, sortable by every column, virtualised.
 * Choosing a row selects its record through the side-panel state, as the map does. With the
 * table open, the side panel's contents list gives way to it (one text alternative, not two).
 * Loaded only when opened (it measures lines with turf).
 */
import { useMemo, useState } from 'react';
import type { Atlas } from '../../data/registry.ts';
import { isLinear, lengthKm } from '../../geo/measure.ts';
import { useAtlas, useVisible } from '../../state/index.ts';
import { useT } from '../useT.ts';
import {
  meetingColumns,
  projectColumns,
  type MeetingRowData,
  type ProjectRowData,
} from './columns.tsx';
import { sortRows, VirtualTable, type SortState } from './VirtualTable.tsx';

const kmCache = new WeakMap<Atlas, Map<string, number>>();
/** Each line's computed length, once per content. */
function computedKm(atlas: Atlas): Map<string, number> {
  let km = kmCache.get(atlas);
  if (!km) {
    km = new Map();
    for (const p of atlas.projects)
      if (isLinear(p.geometry)) km.set(p.properties.id, lengthKm(p.geometry));
    kmCache.set(atlas, km);
  }
  return km;
}

export default function TableDrawer() {
  const [t, lang] = useT();
  const table = useAtlas((s) => s.table);
  const setTable = useAtlas((s) => s.setTable);
  const atlas = useAtlas((s) => s.atlas);
  const lookup = useAtlas((s) => s.lookup);
  const select = useAtlas((s) => s.select);
  const selection = useAtlas((s) => s.selection);
  const visible = useVisible();
  const [projectSort, setProjectSort] = useState<SortState | null>(null);
  const [meetingSort, setMeetingSort] = useState<SortState | null>({
    column: 'date',
    dir: 'asc',
  });

  const ctx = useMemo(
    () => ({
      t,
      lang,
      lookup,
      regionName: new Intl.DisplayNames([lang, 'en'], { type: 'region' }),
      choose: (kind: 'place' | 'project', id: string) => select(kind, id, 'list'),
    }),
    [t, lang, lookup, select],
  );
  const collator = useMemo(() => new Intl.Collator(lang), [lang]);
  const pColumns = useMemo(() => projectColumns(ctx), [ctx]);
  const mColumns = useMemo(() => meetingColumns(ctx), [ctx]);

  const projects = useMemo(() => {
    const km = computedKm(atlas);
    const rows: ProjectRowData[] = [];
    for (const p of atlas.projects) {
      const status = visible.projects[p.properties.id];
      if (status) rows.push({ p, status, km: km.get(p.properties.id) ?? null });
    }
    return sortRows(rows, pColumns, projectSort, collator);
  }, [atlas, visible, pColumns, projectSort, collator]);

  const meetings = useMemo(() => {
    const rows: MeetingRowData[] = visible.meetings.map((m) => ({
      m,
      city: m.place ? (lookup.places.get(m.place)?.properties.name[lang] ?? null) : null,
    }));
    return sortRows(rows, mColumns, meetingSort, collator);
  }, [visible, lookup, lang, mColumns, meetingSort, collator]);

  if (!table) return null;
  const sortLabel = (column: string) => t('table.sortBy', { column });
  return (
    <section className="table-drawer" aria-labelledby="table-title" data-testid="table">
      <div className="table-bar">
        <h2 id="table-title" className="sr-only">
          {t('table.title')}
        </h2>
        <div className="table-tabs" role="group" aria-label={t('table.title')}>
          <button type="button" aria-pressed={table === 'table'} onClick={() => setTable('table')}>
            {t('table.projects', { count: projects.length })}
          </button>
          <button
            type="button"
            aria-pressed={table === 'meetings'}
            onClick={() => setTable('meetings')}
          >
            {t('table.meetings', { count: meetings.length })}
          </button>
        </div>
        <button type="button" className="table-close" onClick={() => setTable(null)}>
          {t('table.close')}
        </button>
      </div>
      {table === 'table' ? (
        <VirtualTable
          caption={t('table.projectsCaption', { count: projects.length })}
          columns={pColumns}
          rows={projects}
          rowKey={(r) => `project:${r.p.properties.id}`}
          sort={projectSort}
          onSort={setProjectSort}
          sortLabel={sortLabel}
          selected={selection?.kind === 'project' ? `project:${selection.id}` : null}
          onChoose={(r) => ctx.choose('project', r.p.properties.id)}
        />
      ) : (
        <VirtualTable
          caption={t('table.meetingsCaption', { count: meetings.length })}
          columns={mColumns}
          rows={meetings}
          rowKey={(r) => `meeting:${r.m.id}`}
          sort={meetingSort}
          onSort={setMeetingSort}
          sortLabel={sortLabel}
          selected={null}
          onChoose={(r) => r.m.place && ctx.choose('place', r.m.place)}
        />
      )}
    </section>
  );
}
