/** The sourced links of a record, each one a way to the record at its other end. */
import type { Link } from '../data/schema.ts';
import { useAtlas } from '../state/index.ts';
import type { Lookup } from '../data/lookup.ts';
import type { Lang } from '../data/schema.ts';
import { Cite } from './Cite.tsx';
import { useT } from './useT.ts';

interface Target {
  title: string;
  /** What selecting it opens, when it is on the map. */
  open?: { kind: 'place' | 'project'; id: string };
}

function describe(
  id: string,
  lookup: Lookup,
  atlasIndicators: { id: string; title: Record<Lang, string> }[],
  lang: Lang,
): Target {
  const project = lookup.projects.get(id);
  if (project) return { title: project.properties.name[lang], open: { kind: 'project', id } };
  const meeting = lookup.meetings.get(id);
  if (meeting)
    return {
      title: meeting.title[lang],
      open: meeting.place ? { kind: 'place', id: meeting.place } : undefined,
    };
  const outcome = lookup.outcomes.get(id);
  if (outcome) {
    const place = outcome.meeting.place;
    return {
      title: outcome.outcome.title[lang],
      open: place ? { kind: 'place', id: place } : undefined,
    };
  }
  const indicator = atlasIndicators.find((i) => i.id === id);
  return { title: indicator ? indicator.title[lang] : id };
}

export function Related({ id }: { id: string }) {
  const [t, lang] = useT();
  const lookup = useAtlas((s) => s.lookup);
  const indicators = useAtlas((s) => s.atlas.indicators);
  const select = useAtlas((s) => s.select);
  const links: readonly Link[] = lookup.linksOf.get(id) ?? [];
  if (!links.length) return null;
  return (
    <div className="related">
      <h4>{t('panel.related')}</h4>
      <ul>
        {links.map((l, i) => {
          const outgoing = l.from === id;
          const target = describe(outgoing ? l.to : l.from, lookup, indicators, lang);
          const open = target.open;
          return (
            <li key={i}>
              <span className="muted">
                {t(outgoing ? `link.${l.relation}` : `linkrev.${l.relation}`)}:{' '}
              </span>
              {open ? (
                <button
                  type="button"
                  className="linklike"
                  onClick={() => select(open.kind, open.id, 'list')}
                >
                  {target.title}
                </button>
              ) : (
                target.title
              )}{' '}
              <Cite citations={l.citations} />
            </li>
          );
        })}
      </ul>
    </div>
  );
}
