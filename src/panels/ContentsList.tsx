/**
 * Everything the filters leave, as a keyboard-usable list in step with the map (both read
 * the same visible set): the map's text alternative, and the whole content without a map.
 */
import { SECTORS } from '../data/schema.ts';
import { useAtlas, useVisible } from '../state/index.ts';
import { Filters } from './Filters.tsx';
import { MeetingCard } from './PlaceDetails.tsx';
import { SectorSymbol } from './SectorSymbol.tsx';
import { useT } from './useT.ts';

export function ContentsList() {
  const [t, lang] = useT();
  const lookup = useAtlas((s) => s.lookup);
  const projects = useAtlas((s) => s.atlas.projects);
  const select = useAtlas((s) => s.select);
  const visible = useVisible();
  const collator = new Intl.Collator(lang);
  const cities = Object.entries(visible.cities)
    .flatMap(([id, count]) => {
      const place = lookup.places.get(id);
      return place ? [{ id, name: place.properties.name[lang], count }] : [];
    })
    .sort((a, b) => collator.compare(a.name, b.name));
  const shown = projects.filter((p) => p.properties.id in visible.projects);
  const placeless = visible.meetings.filter((m) => !m.place);

  return (
    <nav aria-labelledby="contents-title" id="contents">
      <Filters />
      <h2 id="contents-title">{t('list.title')}</h2>
      {!cities.length && !shown.length && !placeless.length ? <p>{t('list.empty')}</p> : null}
      {cities.length ? (
        <>
          <h3>{t('list.cities')}</h3>
          <ul className="contents">
            {cities.map(({ id, name, count }) => (
              <li key={id}>
                <button type="button" onClick={() => select('place', id, 'list')}>
                  {name}
                  <span className="count">{count}</span>
                </button>
              </li>
            ))}
          </ul>
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
            <ul className="contents">
              {list.map((p) => {
                const status = visible.projects[p.properties.id];
                return (
                  <li key={p.properties.id}>
                    <button
                      type="button"
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
              })}
            </ul>
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
    </nav>
  );
}
