/**
 * A sortable table that renders only the rows in view (plus a margin), so 100,000 rows cost
 * what a screenful does: the rows above and below are one spacer row each. Rows have one
 * fixed height; a long cell is cut with "…" and whole in its title. A real <table> with
 * aria-rowcount and aria-rowindex, so screen readers know where they are.
 */
import { useEffect, useLayoutEffect, useRef, useState, type ReactNode } from 'react';

export const ROW_PX = 40;
const MARGIN = 8;

export interface Column<R> {
  id: string;
  label: string;
  /** What the column sorts by; null sorts last either way. */
  sort: (row: R) => string | number | null;
  cell: (row: R) => ReactNode;
  /** The whole text of a cell cut short. */
  title?: (row: R) => string;
  className?: string;
}

export type SortState = { column: string; dir: 'asc' | 'desc' };

/** Rows sorted by a column, stably; empty values last in both directions. Pure. */
export function sortRows<R>(
  rows: readonly R[],
  columns: readonly Column<R>[],
  sort: SortState | null,
  collator: Intl.Collator,
): readonly R[] {
  const col = sort && columns.find((c) => c.id === sort.column);
  if (!col || !sort) return rows;
  const sign = sort.dir === 'asc' ? 1 : -1;
  const keyed = rows.map((row, i) => ({ row, i, k: col.sort(row) }));
  keyed.sort((a, b) => {
    if (a.k === null || b.k === null) return a.k === b.k ? a.i - b.i : a.k === null ? 1 : -1;
    const d =
      typeof a.k === 'number' && typeof b.k === 'number'
        ? a.k - b.k
        : collator.compare(String(a.k), String(b.k));
    return d === 0 ? a.i - b.i : sign * d;
  });
  return keyed.map((x) => x.row);
}

/** Which rows to render for a scroll position: [first, end). Pure. */
export function windowOf(scrollTop: number, height: number, count: number): [number, number] {
  const first = Math.max(0, Math.floor(scrollTop / ROW_PX) - MARGIN);
  const end = Math.min(count, Math.ceil((scrollTop + height) / ROW_PX) + MARGIN);
  return [first, Math.max(first, end)];
}

export function VirtualTable<R>({
  caption,
  columns,
  rows,
  rowKey,
  sort,
  onSort,
  sortLabel,
  selected,
  onChoose,
}: {
  caption: string;
  columns: readonly Column<R>[];
  rows: readonly R[];
  rowKey: (row: R) => string;
  sort: SortState | null;
  onSort: (s: SortState) => void;
  sortLabel: (column: string) => string;
  /** The key of the row selected on the map, if any. */
  selected: string | null;
  onChoose: (row: R) => void;
}) {
  const scroller = useRef<HTMLDivElement>(null);
  const [view, setView] = useState({ top: 0, height: 600 });

  useLayoutEffect(() => {
    const el = scroller.current;
    if (!el) return;
    const measure = () =>
      setView({ top: el.scrollTop, height: el.clientHeight || 600 /* no layout: a screenful */ });
    measure();
    const ro = typeof ResizeObserver === 'undefined' ? null : new ResizeObserver(measure);
    ro?.observe(el);
    return () => ro?.disconnect();
  }, []);

  // A selection made on the map scrolls its row into view.
  const index = selected === null ? -1 : rows.findIndex((r) => rowKey(r) === selected);
  useEffect(() => {
    const el = scroller.current;
    if (!el || index < 0) return;
    const y = index * ROW_PX;
    if (y < el.scrollTop || y + ROW_PX > el.scrollTop + el.clientHeight - ROW_PX)
      el.scrollTop = Math.max(0, y - el.clientHeight / 2);
  }, [index]);

  const [first, end] = windowOf(view.top, view.height, rows.length);
  const shown = rows.slice(first, end);

  return (
    <div
      className="table-scroll"
      ref={scroller}
      onScroll={(e) =>
        setView({ top: e.currentTarget.scrollTop, height: e.currentTarget.clientHeight || 600 })
      }
    >
      <table className="data-table" aria-rowcount={rows.length + 1}>
        <caption className="sr-only">{caption}</caption>
        <thead>
          <tr aria-rowindex={1}>
            {columns.map((c) => {
              const dir = sort?.column === c.id ? sort.dir : null;
              return (
                <th
                  key={c.id}
                  scope="col"
                  className={c.className}
                  aria-sort={dir === 'asc' ? 'ascending' : dir === 'desc' ? 'descending' : 'none'}
                >
                  <button
                    type="button"
                    className="sort"
                    title={sortLabel(c.label)}
                    onClick={() => onSort({ column: c.id, dir: dir === 'asc' ? 'desc' : 'asc' })}
                  >
                    {c.label}
                    <span aria-hidden="true" className="sort-mark">
                      {dir === 'asc' ? ' ▲' : dir === 'desc' ? ' ▼' : ''}
                    </span>
                  </button>
                </th>
              );
            })}
          </tr>
        </thead>
        <tbody>
          {first > 0 ? (
            <tr aria-hidden="true" className="spacer">
              <td colSpan={columns.length} style={{ height: first * ROW_PX }} />
            </tr>
          ) : null}
          {shown.map((row, i) => {
            const key = rowKey(row);
            return (
              <tr
                key={key}
                aria-rowindex={first + i + 2}
                data-key={key}
                className={key === selected ? 'is-selected' : undefined}
                aria-current={key === selected ? 'true' : undefined}
                onClick={(e) => {
                  // The name's own button handles its click (and the keyboard).
                  if (!(e.target as Element).closest('button')) onChoose(row);
                }}
              >
                {columns.map((c) => (
                  <td key={c.id} className={c.className} title={c.title?.(row)}>
                    {c.cell(row)}
                  </td>
                ))}
              </tr>
            );
          })}
          {end < rows.length ? (
            <tr aria-hidden="true" className="spacer">
              <td colSpan={columns.length} style={{ height: (rows.length - end) * ROW_PX }} />
            </tr>
          ) : null}
        </tbody>
      </table>
    </div>
  );
}
