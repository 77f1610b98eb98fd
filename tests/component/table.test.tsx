import { describe, expect, it } from 'vitest';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import {
  sortRows,
  VirtualTable,
  windowOf,
  type Column,
  type SortState,
} from '../../src/panels/table/VirtualTable.tsx';

interface Row {
  id: number;
  name: string;
  cost: number | null;
}

const columns: Column<Row>[] = [
  { id: 'name', label: 'Name', sort: (r) => r.name, cell: (r) => r.name },
  { id: 'cost', label: 'Cost', sort: (r) => r.cost, cell: (r) => String(r.cost ?? '') },
];

function Harness({ rows }: { rows: Row[] }) {
  const [sort, setSort] = useState<SortState | null>(null);
  const sorted = sortRows(rows, columns, sort, new Intl.Collator('en'));
  return (
    <VirtualTable
      caption="Rows"
      columns={columns}
      rows={sorted}
      rowKey={(r) => String(r.id)}
      sort={sort}
      onSort={setSort}
      sortLabel={(c) => `Sort by ${c}`}
      selected={null}
      onChoose={() => {}}
    />
  );
}

describe('the virtualised table', () => {
  it('renders a screenful of 100,000 rows, not all of them, and says how many there are', () => {
    const rows = Array.from({ length: 100_000 }, (_, i) => ({
      id: i,
      name: `row ${i}`,
      cost: i % 7 ? i : null,
    }));
    const { container } = render(<Harness rows={rows} />);
    const drawn = container.querySelectorAll('tbody tr[data-key]').length;
    expect(drawn).toBeGreaterThan(5);
    expect(drawn).toBeLessThan(60);
    expect(screen.getByRole('table').getAttribute('aria-rowcount')).toBe('100001');
  });

  it('sorts by a column both ways, empty values last', async () => {
    const user = userEvent.setup();
    const rows = [
      { id: 1, name: 'b', cost: 5 },
      { id: 2, name: 'a', cost: null },
      { id: 3, name: 'c', cost: 9 },
    ];
    const { container } = render(<Harness rows={rows} />);
    const keys = () =>
      [...container.querySelectorAll('tbody tr[data-key]')].map((r) => r.getAttribute('data-key'));
    await user.click(screen.getByRole('button', { name: 'Cost' }));
    expect(keys()).toEqual(['1', '3', '2']);
    await user.click(screen.getByRole('button', { name: 'Cost' }));
    expect(keys()).toEqual(['3', '1', '2']);
    expect(screen.getByRole('columnheader', { name: 'Cost' }).getAttribute('aria-sort')).toBe(
      'descending',
    );
  });

  it('windows rows around the scroll position', () => {
    expect(windowOf(0, 400, 100_000)).toEqual([0, 18]);
    expect(windowOf(40_000, 400, 100_000)).toEqual([992, 1018]);
    expect(windowOf(0, 400, 3)).toEqual([0, 3]);
  });
});
