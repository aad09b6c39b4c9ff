// A table whose column headers sort it (click again to reverse), for the units and findings of
// a folder run. Large folders are cut to the first rows shown; the filters narrow them down.
import { useMemo, useState, type ReactNode } from 'react';

export interface Column<T> {
  readonly id: string;
  readonly label: string;
  /** What the column sorts by. */
  sortValue(row: T): string | number;
  render(row: T): ReactNode;
  readonly numeric?: boolean;
}

const SHOW_AT_MOST = 500;
const collator = new Intl.Collator('zh-Hans-CN', { numeric: true });

export function SortableTable<T>({ label, columns, rows, rowKey, rowClass }: { label: string; columns: readonly Column<T>[]; rows: readonly T[]; rowKey(row: T, i: number): string; rowClass?(row: T): string }) {
  const [sort, setSort] = useState<{ id: string; dir: 1 | -1 } | null>(null);
  const sorted = useMemo(() => {
    if (!sort) return rows;
    const col = columns.find((c) => c.id === sort.id);
    if (!col) return rows;
    return [...rows].sort((a, b) => {
      const x = col.sortValue(a);
      const y = col.sortValue(b);
      const d = typeof x === 'number' && typeof y === 'number' ? x - y : collator.compare(String(x), String(y));
      return d * sort.dir;
    });
  }, [rows, columns, sort]);
  const shown = sorted.slice(0, SHOW_AT_MOST);
  return (
    <>
      <table className="data-table sortable" aria-label={label}>
        <thead>
          <tr>
            {columns.map((c) => {
              const dir = sort?.id === c.id ? sort.dir : 0;
              return (
                <th key={c.id} className={c.numeric ? 'num' : undefined} aria-sort={dir === 1 ? 'ascending' : dir === -1 ? 'descending' : 'none'}>
                  <button type="button" className="sort" onClick={() => setSort({ id: c.id, dir: dir === 1 ? -1 : 1 })}>
                    {c.label}
                    <span className="sort-mark" aria-hidden="true">
                      {dir === 1 ? '▲' : dir === -1 ? '▼' : '↕'}
                    </span>
                  </button>
                </th>
              );
            })}
          </tr>
        </thead>
        <tbody>
          {shown.map((r, i) => (
            <tr key={rowKey(r, i)} className={rowClass?.(r)}>
              {columns.map((c) => (
                <td key={c.id} className={c.numeric ? 'num' : undefined}>
                  {c.render(r)}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
      {sorted.length > SHOW_AT_MOST && <p className="muted">共 {sorted.length} 行，仅显示前 {SHOW_AT_MOST} 行；请用上方的筛选缩小范围，或导出工作簿查看全部。</p>}
    </>
  );
}
