// Where Ctrl+Z / Ctrl+Y (and the menu's 撤销 / 重做) go. A text field — the prose of a section,
// the preamble, a name or address, a reason being written — keeps the browser's own text undo,
// letter by letter. Everywhere else, the cells of the table grid included, they take back the
// last edit of the report (the app's history), so a block pasted into the wrong place is one
// Ctrl+Z away.
import { useEffect, useRef } from 'react';

export type HistoryCommand = 'undo' | 'redo';

const TEXT_INPUT_TYPES = new Set(['text', 'search', 'email', 'tel', 'url', 'password', 'number', '']);

/** True when the focused element undoes its own typing: a writable text field outside the table grid. */
export function hasNativeTextUndo(el: Element | null): boolean {
  if (el instanceof HTMLTextAreaElement) return !el.readOnly && !el.disabled;
  if (el instanceof HTMLInputElement) return el.dataset.cell === undefined && !el.readOnly && !el.disabled && TEXT_INPUT_TYPES.has(el.type);
  return el instanceof HTMLElement && el.isContentEditable;
}

/** Ctrl+Z → undo; Ctrl+Y and Ctrl+Shift+Z → redo (⌘ on a Mac); anything else null. */
export function historyCommandOf(e: Pick<KeyboardEvent, 'key' | 'ctrlKey' | 'metaKey' | 'altKey' | 'shiftKey'>): HistoryCommand | null {
  if (!(e.ctrlKey || e.metaKey) || e.altKey) return null;
  const k = e.key.toLowerCase();
  if (k === 'z') return e.shiftKey ? 'redo' : 'undo';
  if (k === 'y' && !e.shiftKey) return 'redo';
  return null;
}

/**
 * A menu's 撤销 / 重做: in a text field the browser's text undo (the menu took the key away
 * from it), elsewhere the app's.
 */
export function runHistoryCommand(command: HistoryCommand, appHistory: (command: HistoryCommand) => void): void {
  if (hasNativeTextUndo(document.activeElement)) document.execCommand(command);
  else appHistory(command);
}

/** The keyboard shortcuts: the app's history unless a text field handles them itself. */
export function useHistoryKeys(appHistory: (command: HistoryCommand) => void): void {
  const run = useRef(appHistory);
  run.current = appHistory;
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      const command = historyCommandOf(e);
      // Keys pressed while an IME composes belong to it.
      if (!command || e.isComposing || e.defaultPrevented || hasNativeTextUndo(document.activeElement)) return;
      // A dialog in front of the report: its keys are not edits of the report.
      if (document.activeElement?.closest('[role="dialog"]')) return;
      e.preventDefault();
      run.current(command);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
}
