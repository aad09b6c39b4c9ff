// A statutory table as it will print: the same GRIDS layout as the form, values read-only.
// In review mode a click on a value cell anchors a comment there.
import { GRIDS, TABLE_NAMES, describeCell, formatCellValue, type Cells, type TableId } from '../../../shared';
import type { Marks } from '../validation/cell-marks';

export function PrintTable({ table, cells, marks, commented, onCell }: { table: TableId; cells: Cells; marks: Marks; commented: ReadonlySet<string>; onCell(key: string): void }) {
  const grid = GRIDS[table];
  const total = grid.columnWeights.reduce((a, b) => a + b, 0);
  return (
    <table className={`print-table print-table-${table}`} aria-label={TABLE_NAMES[table]}>
      <colgroup>
        {grid.columnWeights.map((w, i) => (
          <col key={i} style={{ width: `${((w / total) * 100).toFixed(2)}%` }} />
        ))}
      </colgroup>
      <tbody>
        {grid.rows.map((row, r) => (
          <tr key={r}>
            {row.map((cell) => {
              if (cell.type === 'label')
                return (
                  <th key={`${cell.row}:${cell.col}`} rowSpan={cell.rowSpan} colSpan={cell.colSpan} className={`label-${cell.role}${cell.rowSpan > 1 ? ' label-group' : ''}`}>
                    {cell.text}
                  </th>
                );
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
