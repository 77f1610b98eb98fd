/**
 * The map's tooltip: what the feature under the pointer (or the keyboard's focus on the map)
 * is — its name, and for a project its sector, kind and status in the chosen period, for a
 * place its kind and the meetings held there. React text only: nothing from the data becomes
 * HTML. The map (map/MapView.tsx) says which feature and where; this never touches MapLibre.
 */
import { useAtlas, useVisible } from '../state/index.ts';
import { useT } from './useT.ts';

export interface TooltipTarget {
  kind: 'place' | 'project';
  id: string;
  /** Where to point, in pixels from the map's top-left corner. */
  x: number;
  y: number;
}

export function Tooltip({ target }: { target: TooltipTarget | null }) {
  const [t, lang] = useT();
  const lookup = useAtlas((s) => s.lookup);
  const visible = useVisible();
  if (!target) return null;
  const lines = (): [string, string] | null => {
    if (target.kind === 'project') {
      const p = lookup.projects.get(target.id)?.properties;
      if (!p) return null;
      const status = visible.projects[target.id];
      const what = `${t(`sector.${p.sector}`)} · ${t(`subsector.${p.subsector}`)}`;
      return [p.name[lang], status ? `${what} · ${t(`status.${status}`)}` : what];
    }
    const p = lookup.places.get(target.id)?.properties;
    if (!p) return null;
    const meetings = visible.cities[target.id] ?? 0;
    const kind = t(`place.kind.${p.kind}`);
    return [
      p.name[lang],
      meetings ? `${kind} · ${t('panel.meetingsHere', { count: meetings })}` : kind,
    ];
  };
  const text = lines();
  if (!text) return null;
  return (
    <div
      className="map-tooltip"
      role="tooltip"
      id="map-tooltip"
      data-testid="map-tooltip"
      // React sets this through the CSSOM, which the CSP's style-src-attr does not govern.
      style={{ transform: `translate(${Math.round(target.x)}px, ${Math.round(target.y)}px)` }}
    >
      <strong>{text[0]}</strong>
      <span>{text[1]}</span>
    </div>
  );
}
