// The one project store: the open report, where it lives on disk, whether it has unsaved
// edits, and which part of it the clerk is looking at. Edits go through the reducer so that
// every 总计 is recomputed (deriveTotals) in the same step as the cell that feeds it.
import {
  DERIVED_CELLS,
  deriveTotals,
  isDerivedCell,
  type Acknowledgement,
  type CellValue,
  type Cells,
  type Comment,
  type Meta,
  type PriorYear,
  type Project,
  type ReviewDecision,
  type SectionId,
} from '../../../shared';
import { sectionOfCell } from './places';

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

export interface State {
  readonly doc: OpenDoc | null;
  readonly view: View;
  readonly mode: 'edit' | 'review';
  /** A request to move the keyboard focus; `seq` makes a repeated request distinct. */
  readonly focus: { readonly target: FocusTarget; readonly seq: number } | null;
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
  | { type: 'setCells'; updates: Readonly<Record<string, CellValue>> }
  | { type: 'setMeta'; patch: Partial<Omit<Meta, 'contact'>> }
  | { type: 'setContact'; patch: Partial<Meta['contact']> }
  | { type: 'setSection'; section: SectionId; text: string }
  /** Link (or unlink, null) last year's report snapshot: the checks against last year use it. */
  | { type: 'setPrior'; prior: PriorYear | null }
  | { type: 'acknowledge'; ack: Acknowledgement }
  | { type: 'unacknowledge'; fingerprint: string }
  | { type: 'addComment'; comment: Comment }
  | { type: 'resolveComment'; id: string; by: string; at: string; resolution: string }
  | { type: 'decide'; decision: ReviewDecision }
  | { type: 'saved'; filePath: string; name: string; revision: number; diskStamp: string | null }
  | { type: 'navigate'; view: View }
  | { type: 'focus'; target: FocusTarget }
  | { type: 'setMode'; mode: 'edit' | 'review' };

export const initialState: State = { doc: null, view: 'basic', mode: 'edit', focus: null };

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
    return next.review.status === 'approved' ? { ...next, review: { ...next.review, status: 'draft' } } : next;
  });
}

export function reduce(state: State, action: Action): State {
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
      return edit(state, (p) => ({
        ...p,
        review: { ...p.review, status: action.decision.decision, history: [...p.review.history, action.decision] },
      }));
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
  }
}
