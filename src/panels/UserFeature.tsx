/**
 * One feature of the reader's own data, clicked on the map: its file, and every property
 * the file gave it, as text (a value is never read as markup; an http(s) address becomes a
 * link, anything else stays text). Nothing here comes from the atlas's sources.
 */
import { useAtlas, type UserFeatureRef } from '../state/index.ts';
import { httpUrl, shownProperties } from '../userdata/values.ts';
import type { UserValue } from '../userdata/types.ts';
import { useT } from './useT.ts';

function Value({ value }: { value: UserValue }) {
  const [t] = useT();
  const href = httpUrl(value);
  if (href)
    return (
      <a href={href} target="_blank" rel="noopener noreferrer">
        {String(value)}
      </a>
    );
  if (value === null || value === '') return <span className="muted">{t('userdata.noValue')}</span>;
  // As the file wrote it: a reader's figure is not rounded or regrouped.
  return <>{String(value)}</>;
}

export function UserFeature({ feature }: { feature: UserFeatureRef }) {
  const [t] = useT();
  const layer = useAtlas((s) => s.userLayers.find((l) => l.id === feature.layerId));
  const f = layer?.data.features[feature.index];
  if (!layer || !f) return null;
  const props = shownProperties(f.properties);
  const geometry = f.geometry;
  return (
    <section aria-labelledby="details-title" className="user-feature" data-testid="user-feature">
      <p className="eyebrow">
        <span className="swatch" style={{ backgroundColor: layer.color }} aria-hidden="true" />{' '}
        {t('userdata.featureOf', { file: layer.file })}
      </p>
      <h2 id="details-title" tabIndex={-1}>
        {f.properties._label || t('userdata.featureNumber', { index: feature.index + 1 })}
      </h2>
      <p className="muted small">{t('userdata.notAtlas')}</p>
      {geometry.type === 'Point' ? (
        <p>
          {t('userdata.position', {
            lat: String(geometry.coordinates[1]),
            lng: String(geometry.coordinates[0]),
          })}
        </p>
      ) : null}
      {props.length ? (
        <dl className="user-props">
          {props.map(([k, v]) => (
            <div key={k}>
              <dt>{k}</dt>
              <dd>
                <Value value={v} />
              </dd>
            </div>
          ))}
        </dl>
      ) : (
        <p className="muted">{t('userdata.noProperties')}</p>
      )}
    </section>
  );
}
