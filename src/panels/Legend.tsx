/**
 * The legend is also the layer switch: one toggle per sector (with its symbol, colour and
 * how many features it holds) and one for the meeting cities; it explains line styles and
 * the selected and linked halos. It folds to its head; the choice is remembered
 * (useStoredFlag), and it starts open on a wide screen, folded on a phone.
 */
import { SECTORS, SEGMENT_CLASSES, type SegmentClass } from '../data/vocab.ts';
import { useAtlas, useFacetCounts, useVisible } from '../state/index.ts';
import { theme } from '../theme.ts';
import { LINE_KINDS, LineSymbol, SectorSymbol } from './SectorSymbol.tsx';
import { BasemapPicker } from './BasemapPicker.tsx';
import { UserLegend } from './UserLegend.tsx';
import { useStoredFlag } from './useStoredFlag.ts';
import { useT } from './useT.ts';

/** Where the legend's open or folded state is remembered. */
export const LEGEND_OPEN_KEY = 'atlas.legend.open';

/** The same three line classes the map draws (style/atlas.ts DASHES), scaled for 3 px. */
export const DASH_SVG: Record<SegmentClass, string | undefined> = {
  traced: undefined,
  'named-points': '8 4',
  schematic: '2 3',
};

export function Legend() {
  const [t] = useT();
  const sectors = useAtlas((s) => s.filters.sectors);
  const showCities = useAtlas((s) => s.filters.showCities);
  const counts = useFacetCounts().sector;
  const meetings = useVisible().meetings;
  const cityCount = new Set(meetings.map((m) => m.place).filter(Boolean)).size;
  // More projects than a tile may hold as symbols: somewhere the map may draw them as dots.
  const crowded = useAtlas((s) => s.atlas.projects.length > theme.symbolsPerTile);
  const toggleSector = useAtlas((s) => s.toggleSector);
  const toggleCities = useAtlas((s) => s.toggleCities);
  const [open, setOpen] = useStoredFlag(
    LEGEND_OPEN_KEY,
    () => typeof window === 'undefined' || window.innerWidth > theme.phoneMaxWidth,
  );

  return (
    <section className={`legend ${open ? 'is-open' : ''}`} aria-labelledby="legend-title">
      <h2 id="legend-title" className="legend-head">
        <button
          type="button"
          aria-expanded={open}
          onClick={() => setOpen(!open)}
          aria-controls="legend-body"
        >
          {t('legend.title')}
          <span aria-hidden="true">{open ? ' ▾' : ' ▸'}</span>
        </button>
      </h2>
      <div id="legend-body" hidden={!open}>
        <ul className="toggles">
          <li>
            <label>
              <input type="checkbox" checked={showCities} onChange={toggleCities} />
              <svg width="16" height="16" viewBox="0 0 16 16" aria-hidden="true" className="symbol">
                <circle
                  cx="8"
                  cy="8"
                  r="6"
                  fill={theme.city.fill}
                  stroke="#fff"
                  strokeWidth="1.5"
                />
              </svg>
              <span className="toggle-label">{t('legend.cities')}</span>
              <span className="count">{cityCount}</span>
            </label>
          </li>
          {SECTORS.map((s) => (
            <li key={s}>
              <label>
                <input
                  type="checkbox"
                  checked={sectors.includes(s)}
                  onChange={() => toggleSector(s)}
                />
                <SectorSymbol sector={s} />
                <span className="toggle-label">{t(`sector.${s}`)}</span>
                <span className="count" aria-label={t('legend.count', { count: counts[s] })}>
                  {counts[s]}
                </span>
              </label>
            </li>
          ))}
        </ul>
        <UserLegend />
        <p className="legend-note">{t('legend.citiesHint')}</p>
        <p className="legend-note">{t('legend.lines')}</p>
        <ul className="line-styles line-kinds">
          {LINE_KINDS.map((k) => (
            <li key={k} data-kind={k}>
              <LineSymbol kind={k} />
              {t(`subsector.${k}`)}
            </li>
          ))}
        </ul>
        <p className="legend-note">{t('legend.precision')}</p>
        <ul className="line-styles">
          {SEGMENT_CLASSES.map((p) => (
            <li key={p} data-segment={p}>
              <svg width="36" height="8" aria-hidden="true">
                <line
                  x1="1"
                  y1="4"
                  x2="35"
                  y2="4"
                  stroke="#555"
                  strokeWidth="3"
                  strokeDasharray={DASH_SVG[p]}
                />
              </svg>
              {t(`segment.${p}`)}
            </li>
          ))}
        </ul>
        <p className="legend-note">
          <SectorSymbol sector="energy" hollow /> {t('legend.hollow')}
        </p>
        {crowded && (
          <p className="legend-note" data-testid="legend-crowded">
            <svg width="16" height="16" viewBox="0 0 16 16" aria-hidden="true" className="symbol">
              <circle cx="8" cy="8" r="3.5" fill={theme.sector.energy} />
            </svg>{' '}
            {t('legend.crowded')}
          </p>
        )}
        <ul className="highlights">
          {(
            [
              ['selected', theme.selection, 'legend.selected'],
              ['linked', theme.linked, 'legend.linked'],
            ] as const
          ).map(([id, colour, label]) => (
            <li key={id} data-highlight={id}>
              <svg width="16" height="16" viewBox="0 0 16 16" aria-hidden="true" className="symbol">
                <circle
                  cx="8"
                  cy="8"
                  r="5"
                  fill={theme.city.fill}
                  stroke={colour}
                  strokeWidth="3"
                />
              </svg>
              {t(label)}
            </li>
          ))}
        </ul>
        <BasemapPicker />
      </div>
    </section>
  );
}
