/**
 * The basemap picker (in the legend): the offline basemap, or — only when the reader asks —
 * a street map or satellite imagery. Before anything is fetched, each online option names the
 * host it contacts and links to its terms and licence. If an online basemap cannot be loaded,
 * the map falls back to offline and this says so.
 */
import { BASEMAPS, hostOf, PROVIDERS, type BasemapChoice } from '../basemaps.ts';
import { useAtlas } from '../state/index.ts';
import { useT } from './useT.ts';

export function BasemapPicker() {
  const [t] = useT();
  const basemap = useAtlas((s) => s.basemap);
  const failed = useAtlas((s) => s.basemapFailed);
  const setBasemap = useAtlas((s) => s.setBasemap);

  const note = (b: BasemapChoice) => {
    if (b === 'offline') return <>{t('basemap.offlineNote')}</>;
    const p = PROVIDERS[b];
    return (
      <>
        {t(`basemap.${b}Note`)} {t('basemap.contacts', { host: hostOf(b) })}{' '}
        <a href={p.termsUrl} target="_blank" rel="noopener noreferrer">
          {t('basemap.terms')}
        </a>
        {' · '}
        <a href={p.licenceUrl} target="_blank" rel="noopener noreferrer">
          {t('basemap.licence')}
        </a>
      </>
    );
  };

  return (
    <fieldset className="basemap-picker">
      <legend>{t('basemap.title')}</legend>
      {BASEMAPS.map((b) => (
        <div key={b} className="basemap-option">
          <label>
            <input
              type="radio"
              name="basemap"
              value={b}
              checked={basemap === b}
              onChange={() => setBasemap(b)}
              aria-describedby={`basemap-note-${b}`}
            />{' '}
            {t(`basemap.${b}`)}
          </label>
          <p className="legend-note" id={`basemap-note-${b}`}>
            {note(b)}
          </p>
        </div>
      ))}
      {failed ? (
        <p role="alert" className="basemap-failed">
          {t('basemap.failed', { name: t(`basemap.${failed}`), host: hostOf(failed) })}
        </p>
      ) : null}
    </fieldset>
  );
}
