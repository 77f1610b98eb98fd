/**
 * Everything the atlas holds, as a keyboard-usable list: the map's text alternative, and
 * the whole content when there is no map at all.
 */
import { SECTORS } from '../data/schema.ts';
import { useAtlas } from '../state/index.ts';
import { MeetingCard } from './PlaceDetails.tsx';
import { SectorSymbol } from './SectorSymbol.tsx';
import { useT } from './useT.ts';

export function ContentsList() {
  const [t, lang] = useT();
  const lookup = useAtlas((s) => s.lookup);
  const projects = useAtlas((s) => s.atlas.projects);
  const places = useAtlas((s) => s.atlas.places);
  const select = useAtlas((s) => s.select);
  const collator = new Intl.Collator(lang);
  const cities = places
    .filter((p) => lookup.meetingsAt.has(p.properties.id))
    .sort((a, b) => collator.compare(a.properties.name[lang], b.properties.name[lang]));

  return (
    <nav aria-labelledby="contents-title" id="contents">
      <h2 id="contents-title">{t('list.title')}</h2>
      <h3>{t('list.cities')}</h3>
      <ul className="contents">
        {cities.map((c) => (
          <li key={c.properties.id}>
            <button type="button" onClick={() => select('place', c.properties.id, 'list')}>
              {c.properties.name[lang]}
              <span className="count">{lookup.meetingsAt.get(c.properties.id)?.length}</span>
            </button>
          </li>
        ))}
      </ul>
      <h3>{t('list.projects')}</h3>
      {SECTORS.map((s) => {
        const list = projects.filter((p) => p.properties.sector === s);
        if (!list.length) return null;
        return (
          <div key={s}>
            <h4>
              <SectorSymbol sector={s} /> {t(`sector.${s}`)}
            </h4>
            <ul className="contents">
              {list.map((p) => (
                <li key={p.properties.id}>
                  <button type="button" onClick={() => select('project', p.properties.id, 'list')}>
                    {p.properties.name[lang]}
                    {p.geometry ? null : <span className="muted"> · {t('panel.notOnMap')}</span>}
                  </button>
                </li>
              ))}
            </ul>
          </div>
        );
      })}
      {lookup.placelessMeetings.length ? (
        <>
          <h3>{t('list.meetings')}</h3>
          {lookup.placelessMeetings.map((m) => (
            <MeetingCard key={m.id} meeting={m} />
          ))}
        </>
      ) : null}
    </nav>
  );
}
