/**
 * Everything the filters leave, as a keyboard-usable list in step with the map (both read
 * the same visible set): the map's text alternative, and the whole content without a map.
 * It is the compact view of the project table (panels/table/): "Table" opens the full table
 * below the map, and while it is open the list gives way to it.
 */
import { useState, type ReactNode } from 'react';
import { SECTORS } from '../data/vocab.ts';
import type { ProjectFeatureT } from '../data/registry.ts';
import type { Meeting } from '../data/schema.ts';
import type { Visible } from '../state/filters.ts';
import { useAtlas, useVisible, type AtlasState } from '../state/index.ts';
import { Filters } from './Filters.tsx';
import { MeetingCard } from './MeetingCard.tsx';
import { SectorSymbol } from './SectorSymbol.tsx';
import { useT } from './useT.ts';
import { collatorFor } from '../i18n/format.ts';

/**
 * How many items a group lists at first, and how many more each press of its button adds:
 * the page holds what a reader asked to see, never a whole large dataset at once (the
 * project table, virtualised, is the way through all of them).
 */
const FIRST = 25;
const MORE = 100;

/** A list that shows its first items, and more on request. */
function Capped<T>({ items, render }: { items: readonly T[]; render: (item: T) => ReactNode }) {
  const [t] = useT();
  const [count, setCount] = useState(FIRST);
  const shown = items.slice(0, count);
  const next = Math.min(MORE, items.length - shown.length);
  return (
    <>
      <ul className="contents">{shown.map(render)}</ul>
      {next > 0 ? (
        <button type="button" className="linklike show-all" onClick={() => setCount(count + MORE)}>
          {t('list.showMore', { count: next, total: items.length })}
        </button>
      ) : null}
    </>
  );
}

export function ContentsList() {
  const [t, lang] = useT();
  const lookup = useAtlas((s) => s.lookup);
  const projects = useAtlas((s) => s.atlas.projects);
  const select = useAtlas((s) => s.select);
  const table = useAtlas((s) => s.table);
  const setTable = useAtlas((s) => s.setTable);
  const visible = useVisible();
  const collator = collatorFor(lang);
  const cities = Object.entries(visible.cities)
    .flatMap(([id, count]) => {
      const place = lookup.places.get(id);
      return place ? [{ id, name: place.properties.name[lang], count }] : [];
    })
    .sort((a, b) => collator.compare(a.name, b.name));
  const shown = projects.filter((p) => p.properties.id in visible.projects);
  const placeless = visible.meetings.filter((m) => !m.place);

  return (
    <nav aria-labelledby="contents-title" id="contents" tabIndex={-1}>
      <Filters />
      <div className="contents-head">
        <h2 id="contents-title">{t('list.title')}</h2>
        <button
          type="button"
          className="table-toggle"
          aria-pressed={table !== null}
          onClick={() => setTable(table ? null : 'table')}
        >
          {t('table.open')}
        </button>
      </div>
      {table ? (
        <p className="muted">{t('table.shownBelow')}</p>
      ) : (
        <ListBody
          cities={cities}
          shown={shown}
          placeless={placeless}
          select={select}
          visible={visible}
        />
      )}
    </nav>
  );
}

function ListBody({
  cities,
  shown,
  placeless,
  select,
  visible,
}: {
  cities: { id: string; name: string; count: number }[];
  shown: ProjectFeatureT[];
  placeless: Meeting[];
  select: AtlasState['select'];
  visible: Visible;
}) {
  const [t, lang] = useT();
  return (
    <>
      {!cities.length && !shown.length && !placeless.length ? <p>{t('list.empty')}</p> : null}
      {cities.length ? (
        <>
          <h3>{t('list.cities')}</h3>
          <Capped
            items={cities}
            render={({ id, name, count }) => (
              <li key={id}>
                <button
                  type="button"
                  data-opener={`record:place:${id}`}
                  onClick={() => select('place', id, 'list')}
                >
                  {name}
                  <span className="count">{count}</span>
                </button>
              </li>
            )}
          />
        </>
      ) : null}
      {shown.length ? <h3>{t('list.projects')}</h3> : null}
      {SECTORS.map((s) => {
        const list = shown.filter((p) => p.properties.sector === s);
        if (!list.length) return null;
        return (
          <div key={s}>
            <h4>
              <SectorSymbol sector={s} /> {t(`sector.${s}`)}
            </h4>
            <Capped
              items={list}
              render={(p) => {
                const status = visible.projects[p.properties.id];
                return (
                  <li key={p.properties.id}>
                    <button
                      type="button"
                      data-opener={`record:project:${p.properties.id}`}
                      onClick={() => select('project', p.properties.id, 'list')}
                    >
                      <span>
                        {p.properties.name[lang]}
                        {p.geometry ? null : (
                          <span className="muted"> · {t('panel.notOnMap')}</span>
                        )}
                      </span>
                      {status ? (
                        <span className={`status status-${status} small`}>
                          {t(`status.${status}`)}
                        </span>
                      ) : null}
                    </button>
                  </li>
                );
              }}
            />
          </div>
        );
      })}
      {placeless.length ? (
        <>
          <h3>{t('list.meetings')}</h3>
          {placeless.map((m) => (
            <MeetingCard key={m.id} meeting={m} />
          ))}
        </>
      ) : null}
    </>
  );
}
