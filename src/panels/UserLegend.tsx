/**
 * The reader's own layers in the legend, under the atlas's: each with its colour, its file
 * name, how many features it holds, and a switch to show or hide it. Rendered by Legend.tsx;
 * nothing when the reader has brought no file.
 */
import { formatNumber } from '../i18n/format.ts';
import { useAtlas } from '../state/index.ts';
import { isDense } from '../userdata/palette.ts';
import { useT } from './useT.ts';
import './userdata.css';

export function UserLegend() {
  const [t, lang] = useT();
  const layers = useAtlas((s) => s.userLayers);
  const setLook = useAtlas((s) => s.setUserLook);
  if (!layers.length) return null;
  return (
    <div className="user-legend" data-testid="user-legend">
      <p className="legend-note">{t('userdata.legend')}</p>
      <ul className="toggles">
        {layers.map((l) => {
          const count = l.data.features.length;
          return (
            <li key={l.id}>
              <label>
                <input
                  type="checkbox"
                  checked={!l.hidden}
                  onChange={(e) => setLook(l.id, { hidden: !e.target.checked })}
                />
                <UserSwatch color={l.color} opacity={l.opacity} dense={isDense(l.counts.points)} />
                <span className="toggle-label">{l.file}</span>
                <span className="count" aria-label={t('legend.count', { count })}>
                  {formatNumber(count, lang)}
                </span>
              </label>
            </li>
          );
        })}
      </ul>
    </div>
  );
}

/**
 * A layer's swatch, drawn as its points are: a dot with a white rim, or for a dense layer a
 * small dot without one (userdata/palette.ts isDense, as map/style/user.ts draws it).
 */
export function UserSwatch({
  color,
  opacity,
  dense,
}: {
  color: string;
  opacity: number;
  dense: boolean;
}) {
  return (
    <svg width="16" height="16" viewBox="0 0 16 16" aria-hidden="true" className="symbol">
      <circle
        cx="8"
        cy="8"
        r={dense ? 3 : 5}
        fill={color}
        fillOpacity={opacity}
        {...(dense ? {} : { stroke: '#fff', strokeWidth: 1.5 })}
      />
    </svg>
  );
}
