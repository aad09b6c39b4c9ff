// Table 二, 三 or 四 as an editable form that looks like the official table: the header and
// label cells come from GRIDS with their merges (ReportGrid); each value cell is a CellInput.
import { useCallback, useContext, useState, type Dispatch } from 'react';
import { isDerivedCell, parseCellInput, type Cells, type TableId } from '../../../shared';
import { RestoreEpoch } from '../input/restore-epoch';
import type { Action } from '../state/store';
import type { Marks } from '../validation/cell-marks';
import { CellInput } from './CellInput';
import { focusPlace } from './focus-cell';
import { ReportGrid } from './ReportGrid';
import { gridModel, move, planPaste, type Move } from './grid-model';
import { parseTsv } from './tsv';

export interface TableEditorProps {
  readonly table: TableId;
  readonly cells: Cells;
  readonly marks: Marks;
  /** Open review comments on cells of this table (cell key → text). */
  readonly comments: ReadonlyMap<string, string>;
  readonly dispatch: Dispatch<Action>;
}

export function TableEditor({ table, cells, marks, comments, dispatch }: TableEditorProps) {
  const model = gridModel(table);
  const [pasteNote, setPasteNote] = useState('');
  // After 撤销 / 重做 the note about the last paste no longer describes the table.
  const epoch = useContext(RestoreEpoch);
  const [noteEpoch, setNoteEpoch] = useState(epoch);
  if (noteEpoch !== epoch) {
    setNoteEpoch(epoch);
    setPasteNote('');
  }

  const onCommit = useCallback((key: string, text: string) => dispatch({ type: 'setCells', updates: { [key]: parseCellInput(text) } }), [dispatch]);
  const onMove = useCallback((key: string, how: Move) => {
    const next = move(model, key, how);
    if (next) focusPlace(`cell:${next}`);
  }, [model]);
  const onPasteBlock = useCallback(
    (key: string, text: string) => {
      const block = parseTsv(text);
      // A single value is an ordinary paste into the cell being typed in.
      if (block.length <= 1 && (block[0]?.length ?? 0) <= 1) return false;
      const plan = planPaste(model, key, block);
      const label = `粘贴 ${Object.keys(plan.updates).length} 个单元格`;
      dispatch({ type: 'setCells', updates: plan.updates, label });
      const parts = [`已${label}`];
      if (plan.skippedDerived) parts.push(`${plan.skippedDerived} 个落在总计上的值未写入（总计由软件计算）`);
      if (plan.outside) parts.push(`${plan.outside} 个值超出表格范围，未写入`);
      setPasteNote(`${parts.join('；')}。`);
      return true;
    },
    [model, dispatch],
  );

  return (
    <div className="table-editor">
      <ReportGrid
        table={table}
        className={`report-table report-table-${table}`}
        valueCell={(cell) => (
          <td colSpan={cell.colSpan} className="value">
            <div className="fit">
              <CellInput
                cellKey={cell.key}
                value={cells[cell.key] ?? null}
                derived={isDerivedCell(cell.key)}
                mark={marks.cells.get(cell.key)}
                comment={comments.get(cell.key)}
                onCommit={onCommit}
                onMove={onMove}
                onPasteBlock={onPasteBlock}
              />
            </div>
          </td>
        )}
      />
      <p className="paste-note" role="status" aria-live="polite">
        {pasteNote}
      </p>
    </div>
  );
}
