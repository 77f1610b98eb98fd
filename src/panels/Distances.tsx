/**
 * A city's distance to every project on the map (to the nearest point of a line), computed
 * only when the reader opens the list, and shown nearest first, the first CAP of them until
 * asked for all: a city click costs the same however many projects the atlas holds.
 */
import { useMemo, useState } from 'react';
import { formatQuantity } from '../i18n/format.ts';
import { useAtlas } from '../state/index.ts';
import { loadMeasure } from './lazyGeo.ts';
import { ProjectRow } from './ProjectRow.tsx';
import { useSettled } from './useSettled.ts';
import { useT } from './useT.ts';

/** How many of the nearest projects are listed before "Show all". */
export const CAP = 30;

export function Distances({ at }: { at: readonly [number, number] }) {
  const [open, setOpen] = useState(false);
  return (
    <details className="distances" onToggle={(e) => setOpen(e.currentTarget.open)}>
      <DistancesSummary />
      {open ? <DistanceList at={at} /> : null}
    </details>
  );
}

function DistancesSummary() {
  const [t] = useT();
  return (
    <>
      <summary>{t('distances.title')}</summary>
      <p className="muted small">{t('distances.note')}</p>
    </>
  );
}

function DistanceList({ at }: { at: readonly [number, number] }) {
  const [t, lang] = useT();
  const projects = useAtlas((s) => s.atlas.projects);
  const measure = useSettled(loadMeasure);
  const [all, setAll] = useState(false);
  const m = measure?.ok ? measure.value : null;
  const list = useMemo(
    () => (m ? m.byDistance([at[0], at[1]], projects, (p) => p.geometry) : []),
    [m, at, projects],
  );
  if (!measure) return <p role="status">{t('measure.loading')}</p>;
  if (!measure.ok) return <p>{t('tools.failed', { error: measure.error.message })}</p>;
  if (list.length === 0) return <p>{t('distances.none')}</p>;
  const shown = all ? list : list.slice(0, CAP);
  return (
    <>
      <ol className="near-list">
        {shown.map(({ item, km }) => (
          <ProjectRow
            key={item.properties.id}
            project={item}
            aside={t('measure.approx', {
              value: formatQuantity({ value: Math.round(km), unit: 'km' }, lang),
            })}
          />
        ))}
      </ol>
      {shown.length < list.length ? (
        <button type="button" className="linklike show-all" onClick={() => setAll(true)}>
          {t('list.showAll', { count: list.length })}
        </button>
      ) : null}
    </>
  );
}
