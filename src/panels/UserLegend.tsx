/**
 * The reader's own layers in the legend, under the atlas's: each with its colour, its file
 * name, how many features it holds, and a switch to show or hide it. Rendered by Legend.tsx;
 * nothing when the reader has brought no file.
 */
import { formatNumber } from '../i18n/format.ts';
import { useAtlas } from '../state/index.ts';
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
                <svg
                  width="16"
                  height="16"
                  viewBox="0 0 16 16"
                  aria-hidden="true"
                  className="symbol"
                >
                  <circle
                    cx="8"
                    cy="8"
                    r="5"
                    fill={l.color}
                    fillOpacity={l.opacity}
                    stroke="#fff"
                    strokeWidth="1.5"
                  />
                </svg>
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
