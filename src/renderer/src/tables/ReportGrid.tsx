// A statutory table laid out from GRIDS — column widths, header and label cells with their
// merges — shared by the editable form (TableEditor) and the printed page (PrintTable), which
// differ only in what a value cell shows.
import { Fragment, type ReactElement } from 'react';
import { GRIDS, TABLE_NAMES, type GridCell, type TableGrid, type TableId } from '../../../shared';

export type ValueGridCell = Extract<GridCell, { type: 'value' }>;

export interface ReportGridProps {
  readonly table: TableId;
  readonly className: string;
  /** The <td> of a value cell; it must carry the cell's colSpan. */
  valueCell(cell: ValueGridCell): ReactElement;
}

export function ReportGrid({ table, className, valueCell }: ReportGridProps) {
  const grid = GRIDS[table];
  return (
    <table className={className} aria-label={TABLE_NAMES[table]}>
      <ColGroup grid={grid} />
      <tbody>
        {grid.rows.map((row, r) => (
          <tr key={r}>
            {row.map((cell) =>
              cell.type === 'label' ? <LabelCell key={`${cell.row}:${cell.col}`} cell={cell} /> : <Fragment key={cell.key}>{valueCell(cell)}</Fragment>,
            )}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function ColGroup({ grid }: { grid: TableGrid }) {
  const total = grid.columnWeights.reduce((a, b) => a + b, 0);
  return (
    <colgroup>
      {grid.columnWeights.map((w, i) => (
        <col key={i} style={{ width: `${((w / total) * 100).toFixed(2)}%` }} />
      ))}
    </colgroup>
  );
}

function LabelCell({ cell }: { cell: Extract<GridCell, { type: 'label' }> }) {
  return (
    <th className={`label-${cell.role}${cell.rowSpan > 1 ? ' label-group' : ''}`} rowSpan={cell.rowSpan} colSpan={cell.colSpan} scope={cell.role === 'header' ? 'col' : 'row'}>
      {cell.text}
    </th>
  );
}
