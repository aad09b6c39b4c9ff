// A statutory table as it will print: the same GRIDS layout as the form, values read-only.
// In review mode a click on a value cell anchors a comment there.
import { GRIDS, TABLE_NAMES, describeCell, formatCellValue, type Cells, type TableId } from '../../../shared';
import { ColGroup, LabelCell } from '../tables/grid-parts';
import type { Marks } from '../validation/cell-marks';

export function PrintTable({ table, cells, marks, commented, onCell }: { table: TableId; cells: Cells; marks: Marks; commented: ReadonlySet<string>; onCell(key: string): void }) {
  const grid = GRIDS[table];
  return (
    <table className={`print-table print-table-${table}`} aria-label={TABLE_NAMES[table]}>
      <ColGroup grid={grid} />
      <tbody>
        {grid.rows.map((row, r) => (
          <tr key={r}>
            {row.map((cell) => {
              if (cell.type === 'label') return <LabelCell key={`${cell.row}:${cell.col}`} cell={cell} />;
              const v = cells[cell.key] ?? null;
              const mark = marks.cells.get(cell.key);
              const cls = [v === null ? 'blank' : '', mark ? `cell-${mark.severity}` : '', commented.has(cell.key) ? 'has-comment' : ''].filter(Boolean).join(' ');
              return (
                <td
                  key={cell.key}
                  colSpan={cell.colSpan}
                  className={cls}
                  id={`rv-${cell.key}`}
                  data-cell={cell.key}
                  title={[describeCell(cell.key), v === null ? '未填写（导出时写 0）' : '', ...(mark?.messages ?? []), '点击可对此单元格提出意见'].filter(Boolean).join('\n')}
                  onClick={() => onCell(cell.key)}
                >
                  {v === null ? '0' : formatCellValue(v)}
                </td>
              );
            })}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
