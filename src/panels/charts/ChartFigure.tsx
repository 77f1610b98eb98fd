/**
 * A chart's frame: its title, the drawing (hidden from screen readers), the same numbers as
 * a table (always read by screen readers; shown on request), and its sources.
 */
import { useId, useState, type ReactNode } from 'react';
import type { Citation } from '../../data/schema.ts';
import { Cite } from '../Cite.tsx';
import { useT } from '../useT.ts';

export function ChartFigure({
  title,
  chart,
  table,
  notes,
  citations,
  testId,
}: {
  title: string;
  chart: ReactNode;
  /** The table's rows and head; the frame adds the caption. */
  table: { head: string[]; rows: (string | number)[][] };
  notes?: ReactNode;
  citations: readonly Citation[];
  testId: string;
}) {
  const [t] = useT();
  const [showTable, setShowTable] = useState(false);
  const id = useId();
  return (
    <figure className="chart" aria-labelledby={`${id}-title`} data-testid={testId}>
      <h3 id={`${id}-title`}>{title}</h3>
      <div aria-hidden="true">{chart}</div>
      {notes}
      <button
        type="button"
        className="small-button"
        aria-expanded={showTable}
        aria-controls={`${id}-table`}
        onClick={() => setShowTable(!showTable)}
      >
        {showTable ? t('charts.hideTable') : t('charts.showTable')}
      </button>
      <table id={`${id}-table`} className={showTable ? 'chart-table' : 'chart-table sr-only'}>
        <caption>{title}</caption>
        <thead>
          <tr>
            {table.head.map((h, i) => (
              <th key={i} scope="col">
                {h}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {table.rows.map((r, i) => (
            <tr key={i}>
              {r.map((c, j) =>
                j === 0 ? (
                  <th key={j} scope="row">
                    {c}
                  </th>
                ) : (
                  <td key={j}>{c}</td>
                ),
              )}
            </tr>
          ))}
        </tbody>
      </table>
      <figcaption className="muted small">
        {t('charts.sources')}: <Cite citations={citations} />
      </figcaption>
    </figure>
  );
}
