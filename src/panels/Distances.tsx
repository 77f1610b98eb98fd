/** A city's distance to every project on the map (to the nearest point of a line), computed. */
import { useMemo } from 'react';
import { formatQuantity } from '../i18n/format.ts';
import { useAtlas } from '../state/index.ts';
import { loadMeasure } from './lazyGeo.ts';
import { ProjectRow } from './ProjectRow.tsx';
import { useSettled } from './useSettled.ts';
import { useT } from './useT.ts';

export function Distances({ at }: { at: readonly [number, number] }) {
  const [t, lang] = useT();
  const projects = useAtlas((s) => s.atlas.projects);
  const measure = useSettled(loadMeasure);
  const m = measure?.ok ? measure.value : null;
  const list = useMemo(
    () => (m ? m.byDistance([at[0], at[1]], projects, (p) => p.geometry) : []),
    [m, at, projects],
  );
  return (
    <details className="distances">
      <summary>{t('distances.title')}</summary>
      <p className="muted small">{t('distances.note')}</p>
      {!measure ? (
        <p role="status">{t('measure.loading')}</p>
      ) : !measure.ok ? (
        <p>{t('tools.failed', { error: measure.error.message })}</p>
      ) : list.length === 0 ? (
        <p>{t('distances.none')}</p>
      ) : (
        <ol className="near-list">
          {list.map(({ item, km }) => (
            <ProjectRow
              key={item.properties.id}
              project={item}
              aside={t('measure.approx', {
                value: formatQuantity({ value: Math.round(km), unit: 'km' }, lang),
              })}
            />
          ))}
        </ol>
      )}
    </details>
  );
}
