// A statutory table as it will print: the same GRIDS layout as the form, values read-only.
// In review mode a click on a value cell anchors a comment there.
import { describeCell, formatCellValue, type Cells, type TableId } from '../../../shared';
import { fitStyle } from '../tables/fit-text';
import { ReportGrid } from '../tables/ReportGrid';
import type { Marks } from '../validation/cell-marks';

export function PrintTable({ table, cells, marks, commented, onCell }: { table: TableId; cells: Cells; marks: Marks; commented: ReadonlySet<string>; onCell(key: string): void }) {
  return (
    <ReportGrid
      table={table}
      className={`print-table print-table-${table}`}
      valueCell={(cell) => {
        const v = cells[cell.key] ?? null;
        const mark = marks.cells.get(cell.key);
        const text = v === null ? '0' : formatCellValue(v);
        const cls = [v === null ? 'blank' : '', mark ? `cell-${mark.severity}` : '', commented.has(cell.key) ? 'has-comment' : ''].filter(Boolean).join(' ');
        return (
          <td
            colSpan={cell.colSpan}
            className={cls}
            id={`rv-${cell.key}`}
            data-cell={cell.key}
            title={[describeCell(cell.key), v === null ? '未填写（导出时写 0）' : '', ...(mark?.messages ?? []), '点击可对此单元格提出意见'].filter(Boolean).join('\n')}
            onClick={() => onCell(cell.key)}
          >
            <div className="fit">
              <span className="fit-text" style={fitStyle(text)}>
                {text}
              </span>
            </div>
          </td>
        );
      }}
    />
  );
}
