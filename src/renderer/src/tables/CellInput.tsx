// One value cell of a statutory table: typed like a spreadsheet cell, read-only when it is a
// computed 总计, coloured and self-explaining when a finding points at it.
import { memo, useRef, type KeyboardEvent } from 'react';
import { describeCell, formatCellValue, type CellValue } from '../../../shared';
import { useImeInput } from '../input/use-ime-input';
import type { Mark } from '../validation/cell-marks';
import { fitStyle } from './fit-text';
import type { Move } from './grid-model';

export interface CellInputProps {
  readonly cellKey: string;
  readonly value: CellValue;
  readonly derived: boolean;
  readonly mark: Mark | undefined;
  /** Open review comments on this cell. */
  readonly comment?: string | undefined;
  readonly readOnly?: boolean;
  onCommit(key: string, text: string): void;
  onMove(key: string, how: Move): void;
  /** Returns true when the text was a block (several cells) and has been written. */
  onPasteBlock(key: string, text: string): boolean;
}

const KEY_MOVES: Record<string, Move> = { ArrowUp: 'up', ArrowDown: 'down', Enter: 'enter', Tab: 'next' };

function CellInputImpl({ cellKey, value, derived, mark, comment, readOnly, onCommit, onMove, onPasteBlock }: CellInputProps) {
  const ime = useImeInput(formatCellValue(value), (text) => onCommit(cellKey, text));
  // What the cell held when the clerk entered it: Escape puts it back, as in a spreadsheet.
  const atFocus = useRef<string>('');

  function onKeyDown(e: KeyboardEvent<HTMLInputElement>) {
    // Keys pressed while the IME is composing pick characters; they are not navigation.
    if (ime.isComposing() || e.nativeEvent.isComposing || e.keyCode === 229) return;
    const input = e.currentTarget;
    if (e.key === 'Escape' && !derived && !readOnly) {
      e.preventDefault();
      if (input.value !== atFocus.current) onCommit(cellKey, atFocus.current);
      ime.reset();
      requestAnimationFrame(() => input.select());
      return;
    }
    let how: Move | undefined = KEY_MOVES[e.key];
    if (how === 'enter' && e.shiftKey) how = 'enterUp';
    if (how === 'next' && e.shiftKey) how = 'prev';
    // Spreadsheet keys: Home / End along the row, Ctrl+Home / Ctrl+End to the table's first and
    // last cells, PageUp / PageDown ten rows.
    if (!e.altKey && !e.shiftKey) {
      const ctrl = e.ctrlKey || e.metaKey;
      if (e.key === 'Home') how = ctrl ? 'first' : 'rowStart';
      else if (e.key === 'End') how = ctrl ? 'last' : 'rowEnd';
      else if (e.key === 'PageUp' && !ctrl) how = 'pageUp';
      else if (e.key === 'PageDown' && !ctrl) how = 'pageDown';
    }
    if (e.key === 'ArrowLeft' || e.key === 'ArrowRight') {
      // Inside a value the arrows move the caret; at its edge (or with the whole value selected) they leave the cell.
      const all = input.selectionStart === 0 && input.selectionEnd === input.value.length;
      const atEdge = e.key === 'ArrowLeft' ? input.selectionEnd === 0 : input.selectionStart === input.value.length;
      if (all || atEdge) how = e.key === 'ArrowLeft' ? 'left' : 'right';
    }
    if (!how) return;
    e.preventDefault();
    onMove(cellKey, how);
  }

  const state = `${mark ? ` cell-${mark.severity}` : ''}${value === null ? ' cell-blank' : ''}${comment ? ' cell-commented' : ''}`;
  const place = describeCell(cellKey);
  const title = [derived ? `${place}（总计，由软件自动计算，不可输入）` : place, ...(mark?.messages ?? []), ...(comment ? [comment] : [])].join('\n');
  return (
    <input
      className={`cell${derived ? ' cell-derived' : ''}${state}`}
      data-cell={cellKey}
      data-focus-key={`cell:${cellKey}`}
      aria-label={place}
      aria-invalid={mark?.severity === 'error' || undefined}
      // Blank is shown in words, not only by its colour (colour-blind users, a glance at the table).
      placeholder={value === null && !derived ? '未填' : undefined}
      title={title}
      inputMode="decimal"
      autoComplete="off"
      spellCheck={false}
      readOnly={derived || readOnly}
      tabIndex={derived ? -1 : 0}
      style={fitStyle(ime.props.value)}
      {...ime.props}
      onFocus={(e) => {
        atFocus.current = formatCellValue(value);
        e.currentTarget.select();
      }}
      onKeyDown={onKeyDown}
      onPaste={(e) => {
        if (derived || readOnly) return;
        if (onPasteBlock(cellKey, e.clipboardData.getData('text/plain'))) {
          e.preventDefault();
          ime.reset();
        }
      }}
    />
  );
}

export const CellInput = memo(CellInputImpl);
