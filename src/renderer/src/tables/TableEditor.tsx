// Table 二, 三 or 四 as an editable form that looks like the official table: the header and
// label cells come from GRIDS with their merges (ReportGrid); each value cell is a CellInput.
import { useCallback, useContext, useLayoutEffect, useRef, useState, type Dispatch } from 'react';
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

/** Where a note sits in the editor: just under a cell or a block of cells, at its left edge. */
interface NotePlace {
  readonly top: number;
  readonly left: number;
}

const NOTE_WIDTH = 380;

/** The place under the given cells (their union), relative to the editor, kept inside it. */
function placeUnder(wrap: HTMLElement, keys: readonly string[]): NotePlace | null {
  const box = wrap.getBoundingClientRect();
  let bottom = -Infinity;
  let left = Infinity;
  for (const key of keys) {
    const td = wrap.querySelector(`input[data-cell="${key}"]`)?.closest('td');
    if (!td) continue;
    const r = td.getBoundingClientRect();
    bottom = Math.max(bottom, r.bottom);
    left = Math.min(left, r.left);
  }
  if (!Number.isFinite(bottom)) return null;
  return { top: bottom - box.top + 2, left: Math.max(0, Math.min(left - box.left, box.width - NOTE_WIDTH)) };
}

export function TableEditor({ table, cells, marks, comments, dispatch }: TableEditorProps) {
  const model = gridModel(table);
  const wrap = useRef<HTMLDivElement>(null);
  const [pasteNote, setPasteNote] = useState('');
  // The pasted block: its note appears right under it, where the clerk is looking.
  const [pasted, setPasted] = useState<readonly string[]>([]);
  const [pastePlace, setPastePlace] = useState<NotePlace | null>(null);
  // The cell the clerk is in: what is wrong with it is written under it, not only on hover.
  const [focused, setFocused] = useState<string | null>(null);
  const [calloutPlace, setCalloutPlace] = useState<NotePlace | null>(null);
  const focusedMark = focused ? marks.cells.get(focused) : undefined;
  // A blank cell is plain to see (and listed once per table); the note is for what is wrong.
  const calloutLines = focusedMark ? focusedMark.messages.filter((_, i) => focusedMark.rules[i] !== 'G-BLANK') : [];
  // After 撤销 / 重做 the note about the last paste no longer describes the table.
  const epoch = useContext(RestoreEpoch);
  const [noteEpoch, setNoteEpoch] = useState(epoch);
  if (noteEpoch !== epoch) {
    setNoteEpoch(epoch);
    setPasteNote('');
    setPasted([]);
  }

  useLayoutEffect(() => {
    setPastePlace(wrap.current && pasted.length ? placeUnder(wrap.current, pasted) : null);
  }, [pasted]);
  useLayoutEffect(() => {
    setCalloutPlace(wrap.current && focused && calloutLines.length ? placeUnder(wrap.current, [focused]) : null);
  }, [focused, calloutLines.length, focusedMark]);

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
      setPasted(Object.keys(plan.updates));
      return true;
    },
    [model, dispatch],
  );

  return (
    <div
      className="table-editor"
      ref={wrap}
      onFocus={(e) => {
        const key = (e.target as HTMLElement).dataset.cell ?? null;
        setFocused(key);
        // Moving on from the pasted block: its note has been read.
        if (key && pasted.length && !pasted.includes(key)) setPasted([]);
      }}
      onBlur={(e) => {
        if (!e.currentTarget.contains(e.relatedTarget as Node | null)) setFocused(null);
      }}
    >
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
      {focused && focusedMark && calloutLines.length > 0 && (
        <ul
          className={`cell-callout mark-${focusedMark.severity}`}
          data-testid="cell-callout"
          style={calloutPlace ? { top: calloutPlace.top, left: calloutPlace.left, width: NOTE_WIDTH } : { visibility: 'hidden' }}
        >
          {calloutLines.map((m) => (
            <li key={m}>{m}</li>
          ))}
        </ul>
      )}
      <p
        className={`paste-note${pasted.length && pastePlace ? ' paste-note-floating' : ''}`}
        role="status"
        aria-live="polite"
        style={pasted.length && pastePlace ? { top: pastePlace.top, left: pastePlace.left, width: NOTE_WIDTH } : undefined}
      >
        {pasteNote}
      </p>
    </div>
  );
}
