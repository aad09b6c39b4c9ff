// The one project store: the open report, where it lives on disk, whether it has unsaved
// edits, and which part of it the clerk is looking at. Edits go through the reducer so that
// every 总计 is recomputed (deriveTotals) in the same step as the cell that feeds it, and so
// that every edit of the report's content is a step that 撤销 / 重做 can take back (history.ts).
import {
  DERIVED_CELLS,
  META_NAMES,
  SECTION_BY_ID,
  contentFingerprint,
  deriveTotals,
  describeCell,
  isApprovedContent,
  isDerivedCell,
  reportContent,
  type Acknowledgement,
  type CellValue,
  type Cells,
  type Comment,
  type Meta,
  type PriorYear,
  type Profile,
  type Project,
  type ReviewDecision,
  type SectionId,
} from '../../../shared';
import { closeStep, emptyHistory, record, redo, undo, type History } from './history';
import { sectionOfCell, type Place } from './places';

/** What the middle of the window shows: the basic-info form or one of the six sections. */
export type View = 'basic' | SectionId;

export type FocusTarget =
  | { readonly kind: 'cell'; readonly key: string }
  | { readonly kind: 'section'; readonly section: SectionId; readonly quotes?: readonly string[] }
  | { readonly kind: 'basic'; readonly field?: string; readonly quotes?: readonly string[] };

export interface OpenDoc {
  readonly project: Project;
  /** Where the project was opened from or saved to; null for a new, never-saved report. */
  readonly filePath: string | null;
  /** File name shown in the title bar (未命名 for a new report). */
  readonly name: string;
  /** Identity of this document's recovery draft (autosave). */
  readonly recoveryKey: string;
  /** What main told us about the file when we read or wrote it; passed back on save to detect changes on disk. */
  readonly diskStamp: string | null;
  /** Bumped on every edit. */
  readonly revision: number;
  readonly savedRevision: number;
}

/**
 * What 撤销 / 重做 take back: the report's figures and text. Acknowledgements, comments, the
 * review decision and the link to last year are deliberate acts with their own undo (remove,
 * resolve, decide again, unlink) and are left as they are.
 */
export type Content = Pick<Project, 'cells' | 'meta' | 'sections'>;

export interface StepInfo {
  /** What the step did, e.g. 粘贴 30 个单元格 (shown on the 撤销 / 重做 buttons). */
  readonly label: string;
  /** Where it happened: undoing shows that part of the report. */
  readonly place: Place;
}

export interface State {
  readonly doc: OpenDoc | null;
  readonly view: View;
  readonly mode: 'edit' | 'review';
  /** A request to move the keyboard focus; `seq` makes a repeated request distinct. */
  readonly focus: { readonly target: FocusTarget; readonly seq: number } | null;
  readonly history: History<Content, StepInfo>;
  /** Bumped by every undo and redo: fields drop what is being typed and show the restored value. */
  readonly restored: number;
  /** What the last undo or redo did (已撤销：…), until the next edit. */
  readonly historyNote: string | null;
}

export type Action =
  | {
      type: 'open';
      project: Project;
      filePath: string | null;
      name: string;
      diskStamp: string | null;
      recoveryKey: string;
      /** A recovered draft opens with unsaved changes. */
      dirty?: boolean;
    }
  | { type: 'close' }
  /** `label` names the step for 撤销 (e.g. 粘贴 9 个单元格); by default the cell or the count. */
  | { type: 'setCells'; updates: Readonly<Record<string, CellValue>>; label?: string }
  | { type: 'setMeta'; patch: Partial<Omit<Meta, 'contact'>> }
  | { type: 'setContact'; patch: Partial<Meta['contact']> }
  | { type: 'setSection'; section: SectionId; text: string }
  /** Link (or unlink, null) last year's report snapshot: the checks against last year use it. */
  | { type: 'setPrior'; prior: PriorYear | null }
  /** 本地要求: the profile to check against; null for the national format only. */
  | { type: 'setProfile'; profile: Profile | null }
  | { type: 'acknowledge'; ack: Acknowledgement }
  | { type: 'unacknowledge'; fingerprint: string }
  | { type: 'addComment'; comment: Comment }
  | { type: 'resolveComment'; id: string; by: string; at: string; resolution: string }
  | { type: 'decide'; decision: ReviewDecision }
  | { type: 'saved'; filePath: string; name: string; revision: number; diskStamp: string | null }
  | { type: 'navigate'; view: View }
  | { type: 'focus'; target: FocusTarget }
  | { type: 'setMode'; mode: 'edit' | 'review' }
  | { type: 'undo' }
  | { type: 'redo' }
  /** The keyboard focus moved: the next edit is a new step even in the same field. */
  | { type: 'closeStep' }
  /** Fields drop what is being typed and show the stored value (an edit that was not made). */
  | { type: 'revert' };

export const initialState: State = { doc: null, view: 'basic', mode: 'edit', focus: null, history: emptyHistory(), restored: 0, historyNote: null };

export function isDirty(doc: OpenDoc): boolean {
  return doc.revision !== doc.savedRevision;
}

/** The view that shows a focus target. */
export function viewOf(target: FocusTarget): View {
  if (target.kind === 'cell') return sectionOfCell(target.key) ?? 'basic';
  if (target.kind === 'section') return target.section;
  return 'basic';
}

/**
 * Recomputes the totals that depend on the edited cells (directly, or through another total
 * such as 表三's （七）总计 · 总计). Other totals stay as stored.
 */
export function recomputeTotals(cells: Cells, edited: readonly string[]): Cells {
  const affected = new Set<string>();
  let frontier = new Set(edited);
  while (frontier.size > 0) {
    const next = new Set<string>();
    for (const d of DERIVED_CELLS) if (!affected.has(d.key) && d.sumOf!.some((k) => frontier.has(k))) next.add(d.key);
    for (const k of next) affected.add(k);
    frontier = next;
  }
  if (affected.size === 0) return cells;
  const derived = deriveTotals(cells);
  const out = { ...cells };
  for (const k of affected) out[k] = derived[k]!;
  return out;
}

function edit(state: State, change: (p: Project) => Project): State {
  if (!state.doc) return state;
  return { ...state, doc: { ...state.doc, project: change(state.doc.project), revision: state.doc.revision + 1 } };
}

/**
 * An edit of the report's content. A sign-off covers the report as it was reviewed: changing
 * it afterwards puts it back to 草稿 (the decision stays in the history).
 */
function editContent(state: State, change: (p: Project) => Project): State {
  return edit(state, (p) => {
    const next = change(p);
    // Back to exactly the approved version (撤销, or the old value retyped): approved again.
    const approved = next.review.approved;
    const lastDecision = next.review.history.at(-1)?.decision;
    if (approved && lastDecision === 'approved') {
      const status = isApprovedContent(approved, next) ? 'approved' : 'draft';
      return status === next.review.status ? next : { ...next, review: { ...next.review, status } };
    }
    return next.review.status === 'approved' ? { ...next, review: { ...next.review, status: 'draft' } } : next;
  });
}

/** Whether an action would change the report's content (what an approval covers). */
export function editsContent(action: Action): boolean {
  return action.type === 'setCells' || action.type === 'setMeta' || action.type === 'setContact' || action.type === 'setSection' || action.type === 'undo' || action.type === 'redo';
}

/** The undo step an action makes, with the group that lets typing in one field coalesce; null: not undoable. */
function stepOf(action: Action): { info: StepInfo; group: string | null } | null {
  switch (action.type) {
    case 'setCells': {
      const keys = Object.keys(action.updates);
      const first = keys[0];
      if (!first) return null;
      const place = sectionOfCell(first) ?? 'basic';
      if (keys.length === 1) return { info: { label: action.label ?? `修改 ${describeCell(first)}`, place }, group: `cell:${first}` };
      return { info: { label: action.label ?? `修改 ${keys.length} 个单元格`, place }, group: null };
    }
    case 'setMeta':
    case 'setContact': {
      const fields = Object.keys(action.patch).sort();
      const names = action.type === 'setContact' ? [META_NAMES.contact] : fields.map((f) => META_NAMES[f] ?? f);
      return { info: { label: `修改${names.join('、')}`, place: 'basic' }, group: `${action.type}:${fields.join(',')}` };
    }
    case 'setSection':
      return { info: { label: `编辑“${SECTION_BY_ID[action.section].heading}”`, place: action.section }, group: `section:${action.section}` };
    default:
      return null;
  }
}

function contentOf(p: Project): Content {
  return { cells: p.cells, meta: p.meta, sections: p.sections };
}

const same = (a: unknown, b: unknown) => a === b || JSON.stringify(a) === JSON.stringify(b);

function sameContent(a: Content, b: Content): boolean {
  if (!same(a.meta, b.meta) || !same(a.sections, b.sections)) return false;
  if (a.cells === b.cells) return true;
  const keys = new Set([...Object.keys(a.cells), ...Object.keys(b.cells)]);
  for (const k of keys) if (!same(a.cells[k] ?? null, b.cells[k] ?? null)) return false;
  return true;
}

export function canUndo(state: State): string | null {
  return state.history.past.at(-1)?.info.label ?? null;
}

export function canRedo(state: State): string | null {
  return state.history.future[0]?.info.label ?? null;
}

export function reduce(state: State, action: Action): State {
  const next = apply(state, action);
  const step = stepOf(action);
  if (!step || !state.doc || !next.doc) return next;
  const history = record(state.history, { before: contentOf(state.doc.project), after: contentOf(next.doc.project), ...step }, sameContent);
  return { ...next, history, historyNote: null };
}

function apply(state: State, action: Action): State {
  switch (action.type) {
    case 'open': {
      // Totals are kept as stored: an imported report's own (possibly wrong) 总计 stays visible
      // and flagged until a part it sums is edited.
      return {
        ...initialState,
        doc: {
          project: action.project,
          filePath: action.filePath,
          name: action.name,
          diskStamp: action.diskStamp,
          recoveryKey: action.recoveryKey,
          revision: action.dirty ? 1 : 0,
          savedRevision: 0,
        },
      };
    }
    case 'close':
      return initialState;
    case 'setCells':
      return editContent(state, (p) => {
        const cells = { ...p.cells };
        for (const [key, value] of Object.entries(action.updates)) if (!isDerivedCell(key)) cells[key] = value;
        return { ...p, cells: recomputeTotals(cells, Object.keys(action.updates)) };
      });
    case 'setMeta':
      return editContent(state, (p) => ({ ...p, meta: { ...p.meta, ...action.patch } }));
    case 'setContact':
      return editContent(state, (p) => ({ ...p, meta: { ...p.meta, contact: { ...p.meta.contact, ...action.patch } } }));
    case 'setSection':
      return editContent(state, (p) => ({ ...p, sections: { ...p.sections, [action.section]: action.text } }));
    case 'setPrior':
      return edit(state, (p) => ({ ...p, prior: action.prior }));
    case 'setProfile':
      return edit(state, (p) => {
        const { profile: _old, ...rest } = p;
        return action.profile ? { ...rest, profile: action.profile } : rest;
      });
    case 'acknowledge':
      return edit(state, (p) => ({
        ...p,
        acknowledgements: [...p.acknowledgements.filter((a) => a.fingerprint !== action.ack.fingerprint), action.ack],
      }));
    case 'unacknowledge':
      return edit(state, (p) => ({ ...p, acknowledgements: p.acknowledgements.filter((a) => a.fingerprint !== action.fingerprint) }));
    case 'addComment':
      return edit(state, (p) => ({ ...p, review: { ...p.review, comments: [...p.review.comments, action.comment] } }));
    case 'resolveComment':
      return edit(state, (p) => ({
        ...p,
        review: {
          ...p.review,
          comments: p.review.comments.map((c) =>
            c.id === action.id
              ? { ...c, resolved: true, resolvedBy: action.by, resolvedAt: action.at, ...(action.resolution ? { resolution: action.resolution } : {}) }
              : c,
          ),
        },
      }));
    case 'decide':
      return edit(state, (p) => {
        if (action.decision.decision !== 'approved') {
          return { ...p, review: { ...p.review, status: 'returned', history: [...p.review.history, action.decision] } };
        }
        // 通过 freezes the version approved, with its fingerprint (SHA-256 of the canonical content).
        const fingerprint = contentFingerprint(p);
        const decision = { ...action.decision, fingerprint };
        const approved = { fingerprint, by: decision.by, at: decision.at, content: reportContent(p) };
        return { ...p, review: { ...p.review, status: 'approved', history: [...p.review.history, decision], approved } };
      });
    case 'revert':
      // An edit refused (e.g. not to lose an approval): fields drop what was typed.
      return { ...state, restored: state.restored + 1 };
    case 'saved':
      if (!state.doc) return state;
      return {
        ...state,
        doc: { ...state.doc, filePath: action.filePath, name: action.name, diskStamp: action.diskStamp, savedRevision: action.revision },
      };
    case 'navigate':
      return { ...state, view: action.view };
    case 'focus':
      return {
        ...state,
        view: viewOf(action.target),
        focus: { target: action.target, seq: (state.focus?.seq ?? 0) + 1 },
      };
    case 'setMode':
      return { ...state, mode: action.mode };
    case 'undo':
    case 'redo': {
      // The review mode shows the report read-only: nothing to take back there.
      if (!state.doc || state.mode !== 'edit') return state;
      const moved = (action.type === 'undo' ? undo : redo)(state.history, contentOf(state.doc.project));
      if (!moved) return state;
      return {
        ...editContent(state, (p) => ({ ...p, ...moved.content })),
        history: moved.history,
        view: moved.info.place,
        restored: state.restored + 1,
        historyNote: `已${action.type === 'undo' ? '撤销' : '重做'}：${moved.info.label}`,
      };
    }
    case 'closeStep': {
      const history = closeStep(state.history);
      return history === state.history ? state : { ...state, history };
    }
  }
}
