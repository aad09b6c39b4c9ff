// Undo / redo as plain data: a list of steps behind the current content and a list ahead of it.
// Each step keeps the content as it was before (or, once undone, after) the step — snapshots,
// not inverse operations, so that undoing can never drift from what was on screen. Generic in
// the content (the store keeps the editable part of a project in it) and in what a step says
// about itself (a label for the buttons, where it happened).
//
// Coalescing: edits with the same group key (one cell being typed into, one text field) join
// the step that is still open, so typing “1234” is one step, not four. A step closes when an
// edit of another group (or none) comes, or when the caller says so (the focus moved).

export interface Step<T, I> {
  /** The content to go back to (in `past`) or forward to (in `future`). */
  readonly content: T;
  readonly info: I;
}

export interface History<T, I> {
  /** Oldest first; the last one is undone first. */
  readonly past: readonly Step<T, I>[];
  /** Nearest first: the first one is redone first. */
  readonly future: readonly Step<T, I>[];
  /** The group key of the last step while it still takes further edits of that group. */
  readonly open: string | null;
}

/** How many steps are kept; the oldest fall off. */
export const HISTORY_LIMIT = 200;

export function emptyHistory<T, I>(): History<T, I> {
  return { past: [], future: [], open: null };
}

export interface Edit<T, I> {
  readonly before: T;
  readonly after: T;
  readonly info: I;
  /** Same key as the open step: joins it. null: always a step of its own (a pasted block). */
  readonly group: string | null;
}

/**
 * Records an edit. An edit that changes nothing is not a step; an open step whose edits have
 * come back to where it started (typed, then Escape) disappears.
 */
export function record<T, I>(h: History<T, I>, edit: Edit<T, I>, equals: (a: T, b: T) => boolean, limit = HISTORY_LIMIT): History<T, I> {
  const top = h.past.at(-1);
  if (edit.group !== null && h.open === edit.group && top) {
    return equals(top.content, edit.after) ? { past: h.past.slice(0, -1), future: h.future, open: null } : h;
  }
  if (equals(edit.before, edit.after)) return h.open === null ? h : { ...h, open: null };
  const past = [...h.past, { content: edit.before, info: edit.info }];
  return { past: past.length > limit ? past.slice(past.length - limit) : past, future: [], open: edit.group };
}

/** Closes the open step: the next edit starts a new one even in the same group. */
export function closeStep<T, I>(h: History<T, I>): History<T, I> {
  return h.open === null ? h : { ...h, open: null };
}

export interface Moved<T, I> {
  readonly history: History<T, I>;
  /** The content to show now. */
  readonly content: T;
  /** The step that was undone or redone. */
  readonly info: I;
}

/** Goes back one step from `current`; null when there is nothing to undo. */
export function undo<T, I>(h: History<T, I>, current: T): Moved<T, I> | null {
  const step = h.past.at(-1);
  if (!step) return null;
  return {
    history: { past: h.past.slice(0, -1), future: [{ content: current, info: step.info }, ...h.future], open: null },
    content: step.content,
    info: step.info,
  };
}

/** Goes forward again one undone step; null when there is nothing to redo. */
export function redo<T, I>(h: History<T, I>, current: T): Moved<T, I> | null {
  const step = h.future[0];
  if (!step) return null;
  return {
    history: { past: [...h.past, { content: current, info: step.info }], future: h.future.slice(1), open: null },
    content: step.content,
    info: step.info,
  };
}
