// Pieces shared by the editable table and the printed one: column widths and label cells, both
// straight from GRIDS.
import type { GridCell, TableGrid } from '../../../shared';

export function ColGroup({ grid }: { grid: TableGrid }) {
  const total = grid.columnWeights.reduce((a, b) => a + b, 0);
  return (
    <colgroup>
      {grid.columnWeights.map((w, i) => (
        <col key={i} style={{ width: `${((w / total) * 100).toFixed(2)}%` }} />
      ))}
    </colgroup>
  );
}

export function LabelCell({ cell }: { cell: Extract<GridCell, { type: 'label' }> }) {
  return (
    <th className={`label-${cell.role}${cell.rowSpan > 1 ? ' label-group' : ''}`} rowSpan={cell.rowSpan} colSpan={cell.colSpan} scope={cell.role === 'header' ? 'col' : 'row'}>
      {cell.text}
    </th>
  );
}
