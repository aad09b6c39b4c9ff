// Supervisor review: the report as it will print (read-only), the validation summary, comments
// anchored to a section or a cell, and the decision — 退回 or 通过 — with name and time.
import { useMemo, useState, type Dispatch } from 'react';
import { CONTACT_NAMES, SECTIONS, reportTitle, summarize, type Anchor, type Comment, type ContentChange, type Finding, type Project, type SectionId } from '../../../shared';
import type { FocusTarget } from '../state/store';
import type { Action } from '../state/store';
import { useUserName } from '../state/user-name';
import type { Marks } from '../validation/cell-marks';
import { describeAnchor } from '../validation/focus-target';
import { FindingGroups, SummaryChips } from '../validation/ValidationPanel';
import { ApprovalRecord } from './ApprovalRecord';
import { CommentList } from './CommentList';
import { ConfirmDialog, type Confirm } from './ConfirmDialog';
import { NameDialog } from './NameDialog';
import { formatTime } from './format-time';
import { PrintTable } from './PrintTable';

export const REVIEW_STATUS_LABELS = { draft: '草稿（未审核）', returned: '已退回修改', approved: '审核通过' } as const;

/** The status as shown: a draft edited after its approval says so, rather than just 草稿. */
export function reviewStatusLabel(project: Project): string {
  const r = project.review;
  if (r.status === 'draft' && r.approved && r.history.at(-1)?.decision === 'approved') return '审核通过后已修改（待重新审核）';
  return REVIEW_STATUS_LABELS[r.status];
}

/** Conventional sub-headings （一）… and 1. stand out from body paragraphs. */
function Paragraphs({ text, empty = '（本部分尚未填写）' }: { text: string; empty?: string }) {
  const lines = text.split('\n').map((l) => l.trim()).filter(Boolean);
  if (lines.length === 0) return <p className="empty-section">{empty}</p>;
  return (
    <>
      {lines.map((l, i) =>
        /^（[一二三四五六七八九十]+）/.test(l) && l.length <= 30 ? (
          <h3 key={i} className="print-subheading">
            {l}
          </h3>
        ) : (
          <p key={i}>{l}</p>
        ),
      )}
    </>
  );
}

function anchorId(a: Anchor): string {
  return a.type === 'cell' ? `rv-${a.cell}` : a.type === 'section' ? `rv-section-${a.section}` : 'rv-preamble';
}

function anchorOfFinding(f: Finding): Anchor {
  if (f.cells[0]) return { type: 'cell', cell: f.cells[0] };
  return f.section ? { type: 'section', section: f.section } : { type: 'preamble' };
}

function scrollToAnchor(a: Anchor) {
  document.getElementById(anchorId(a))?.scrollIntoView({ block: 'center', behavior: 'smooth' });
}

/** Where a change since approval is edited. */
export function targetOfChange(c: ContentChange): FocusTarget {
  const t = c.target;
  if ('cell' in t) return { kind: 'cell', key: t.cell };
  if ('section' in t) return { kind: 'section', section: t.section as SectionId, quotes: c.after ? [c.after] : [] };
  return { kind: 'basic', field: t.field in CONTACT_NAMES ? `contact.${t.field}` : t.field };
}

function CommentButton({ anchor, onPick }: { anchor: Anchor; onPick(a: Anchor): void }) {
  return (
    <button type="button" className="comment-here" onClick={() => onPick(anchor)} title="对此部分提出意见">
      提意见
    </button>
  );
}

export function ReviewView({ project, findings, marks, dispatch }: { project: Project; findings: readonly Finding[]; marks: Marks; dispatch: Dispatch<Action> }) {
  const [name, setName] = useUserName();
  const [anchor, setAnchor] = useState<Anchor | null>(null);
  const [text, setText] = useState('');
  const [note, setNote] = useState('');
  // An act that needs the reviewer's name waits here while the name is asked for (once).
  const [askName, setAskName] = useState<{ purpose: string; then(name: string): void } | null>(null);
  const [confirm, setConfirm] = useState<Confirm | null>(null);
  const { errors } = summarize(findings);
  const openComments = project.review.comments.filter((c) => !c.resolved).length;

  function withName(purpose: string, then: (name: string) => void) {
    if (name.trim()) then(name.trim());
    else
      setAskName({
        purpose,
        then: (n) => {
          setName(n);
          then(n);
        },
      });
  }
  const commented = useMemo(() => new Set(project.review.comments.filter((c) => !c.resolved && c.anchor.type === 'cell').map((c) => (c.anchor as { cell: string }).cell)), [project.review.comments]);
  const last = project.review.history.at(-1);
  const m = project.meta;

  function pick(a: Anchor) {
    setAnchor(a);
    requestAnimationFrame(() => document.getElementById('comment-text')?.focus());
  }

  function addComment() {
    if (!anchor || !text.trim()) return;
    withName('审核意见', (author) => {
      const comment: Comment = { id: `c-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 7)}`, anchor, text: text.trim(), author, at: new Date().toISOString(), resolved: false };
      dispatch({ type: 'addComment', comment });
      setText('');
      setAnchor(null);
    });
  }

  function decide(decision: 'returned' | 'approved') {
    withName(decision === 'approved' ? '审核结论' : '退回意见', (by) => {
      const act = () => {
        dispatch({ type: 'decide', decision: { decision, by, at: new Date().toISOString(), note: note.trim() } });
        setNote('');
      };
      if (decision !== 'approved' || openComments === 0) return act();
      setConfirm({
        title: '仍有待处理的审核意见',
        message: `还有 ${openComments} 条审核意见尚未处理。确定审核通过吗？通过后这些意见仍保留为待处理。`,
        confirmLabel: '仍然审核通过',
        onConfirm: () => {
          setConfirm(null);
          act();
        },
        onCancel: () => setConfirm(null),
      });
    });
  }

  return (
    <div className="review">
      <div className="review-doc" aria-label="报告预览">
        <article className="paper">
          <h1 className="print-title">{reportTitle(m.issuer, m.year)}</h1>
          <div id="rv-preamble" className="print-section">
            <CommentButton anchor={{ type: 'preamble' }} onPick={pick} />
            <Paragraphs text={m.preamble} empty="（前言尚未填写）" />
          </div>
          {SECTIONS.map((s) => (
            <section key={s.id} id={`rv-section-${s.id}`} className="print-section">
              <h2 className="print-heading">
                {s.heading}
                <CommentButton anchor={{ type: 'section', section: s.id }} onPick={pick} />
              </h2>
              {s.table ? <PrintTable table={s.table} cells={project.cells} marks={marks} commented={commented} onCell={(key) => pick({ type: 'cell', cell: key })} /> : <Paragraphs text={project.sections[s.id]} />}
            </section>
          ))}
          {m.publishDate && <p className="print-date">{m.publishDate.replace(/^(\d{4})-0?(\d+)-0?(\d+)$/, '$1年$2月$3日')}</p>}
        </article>
      </div>
      <aside className="panel review-panel" aria-label="审核">
        <div className="panel-body">
          <section className="decision">
            <h3>审核状态</h3>
            <p className={`status status-${project.review.status}`} data-testid="review-status">
              {reviewStatusLabel(project)}
              {last && `（${last.by}，${formatTime(last.at)}）`}
            </p>
            <label className="field">
              <span>审核人</span>
              <input type="text" value={name} onChange={(e) => setName(e.target.value)} placeholder="姓名" aria-label="审核人" />
            </label>
            <label className="field">
              <span>审核意见（可选）</span>
              <textarea value={note} onChange={(e) => setNote(e.target.value)} aria-label="审核结论说明" />
            </label>
            <div className="actions">
              <button type="button" className="danger" onClick={() => decide('returned')}>
                退回修改
              </button>
              <button type="button" className="primary" disabled={errors > 0 || project.review.status === 'approved'} onClick={() => decide('approved')}>
                审核通过
              </button>
            </div>
            {!name.trim() && <p className="muted">首次提意见或作出结论时会请您填写姓名。</p>}
            {openComments > 0 && <p className="muted">尚有 {openComments} 条审核意见待处理。</p>}
            <ApprovalRecord
              project={project}
              onGo={(c) => {
                dispatch({ type: 'setMode', mode: 'edit' });
                dispatch({ type: 'focus', target: targetOfChange(c) });
              }}
            />
            {errors > 0 && <p className="muted">报告仍有 {errors} 个错误，更正后方可审核通过。</p>}
            {project.review.history.length > 0 && (
              <details>
                <summary>审核记录 {project.review.history.length}</summary>
                <ol className="history">
                  {project.review.history.map((h, i) => (
                    <li key={i}>
                      {h.decision === 'approved' ? '通过' : '退回'} · {h.by} · {formatTime(h.at)}
                      {h.fingerprint && <code className="fingerprint-short"> SHA-256 {h.fingerprint.slice(0, 16)}…</code>}
                      {h.note && `：${h.note}`}
                    </li>
                  ))}
                </ol>
              </details>
            )}
          </section>
          <section className="add-comment">
            <h3>提出意见</h3>
            {anchor ? (
              <>
                <p className="anchor-label">
                  位置：<strong>{describeAnchor(anchor)}</strong>
                </p>
                <textarea id="comment-text" value={text} onChange={(e) => setText(e.target.value)} aria-label="意见内容" placeholder="意见内容" />
                <div className="actions">
                  <button type="button" className="primary" disabled={!text.trim()} onClick={addComment}>
                    添加意见
                  </button>
                  <button type="button" onClick={() => setAnchor(null)}>
                    取消
                  </button>
                </div>
              </>
            ) : (
              <p className="muted">点击左侧报告中的单元格，或标题旁的“提意见”，对该处提出意见。</p>
            )}
          </section>
          <section>
            <h3>校验摘要</h3>
            <SummaryChips findings={findings} />
            <FindingGroups findings={findings.filter((f) => f.severity === 'error' || !f.acknowledged)} onGo={(f) => scrollToAnchor(anchorOfFinding(f))} />
          </section>
          <section>
            <h3>审核意见</h3>
            <CommentList project={project} dispatch={dispatch} role="reviewer" onGo={(c) => scrollToAnchor(c.anchor)} />
          </section>
        </div>
      </aside>
      {askName && (
        <NameDialog
          purpose={askName.purpose}
          onCancel={() => setAskName(null)}
          onDone={(n) => {
            const then = askName.then;
            setAskName(null);
            then(n);
          }}
        />
      )}
      {confirm && <ConfirmDialog confirm={confirm} />}
    </div>
  );
}
