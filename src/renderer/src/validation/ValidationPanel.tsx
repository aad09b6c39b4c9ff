// The right column: the shared engine's findings after every edit, grouped by section, the
// section the clerk is in first. It follows her: moving to another part scrolls it to that
// part's findings, entering a cell brings the findings about that cell into view. A click takes
// her to the cell or paragraph; 下一个问题 / 上一个问题 (F8 / Shift+F8) walk through them all;
// a warning can be acknowledged with a reason.
import { useEffect, useRef, useState, type Dispatch } from 'react';
import { summarize, type Finding, type Project } from '../../../shared';
import { CommentList } from '../review/CommentList';
import { PLACES, PLACE_LABELS, placeOfFinding, type Place } from '../state/places';
import type { Action } from '../state/store';
import { AckForm } from './AckForm';
import { RuleLabel } from './RuleLabel';
import { walkOrder } from './finding-walk';
import { targetOfFinding } from './focus-target';

const KIND_LABELS = { error: '错误', warning: '提示', acknowledged: '已确认', unverifiable: '无法判断' } as const;

/** `dispatch` present: the clerk's panel (acknowledge / withdraw); absent: read-only (review). */
interface Highlight {
  /** The finding last visited (click, 下一个问题). */
  readonly active?: string | null;
  /** The cell the clerk is in: findings about it stand out. */
  readonly cell?: string | null;
}

function FindingItem({ f, onGo, dispatch, highlight }: { f: Finding; onGo(f: Finding): void; dispatch?: Dispatch<Action>; highlight?: Highlight }) {
  const [acking, setAcking] = useState(false);
  const kind = f.severity === 'error' ? 'error' : f.severity === 'unverifiable' ? 'unverifiable' : f.acknowledged ? 'acknowledged' : 'warning';
  const active = highlight?.active === f.fingerprint;
  const here = Boolean(highlight?.cell && f.cells.includes(highlight.cell));
  return (
    <li className={`finding finding-${kind}${active ? ' finding-active' : ''}${here ? ' finding-here' : ''}`} data-rule={f.rule} data-active={active || undefined} data-here={here || undefined}>
      <button type="button" className="finding-main" onClick={() => onGo(f)} title="转到相关单元格或段落">
        <span className={`sev sev-${kind}`}>{KIND_LABELS[kind]}</span>
        <RuleLabel f={f} />
        <span className="message">{f.message}</span>
      </button>
      {f.acknowledged && (
        <p className="ack-note">
          确认理由：{f.acknowledged.reason}
          {f.acknowledged.by && `（${f.acknowledged.by}）`}
          {dispatch && (
            <button type="button" className="link" onClick={() => dispatch({ type: 'unacknowledge', fingerprint: f.fingerprint })}>
              撤销确认
            </button>
          )}
        </p>
      )}
      {dispatch && f.severity === 'warning' && !f.acknowledged && !acking && (
        <button type="button" className="link ack-open" onClick={() => setAcking(true)}>
          确认无误…
        </button>
      )}
      {dispatch && acking && (
        <AckForm
          finding={f}
          onCancel={() => setAcking(false)}
          onDone={(ack) => {
            setAcking(false);
            dispatch({ type: 'acknowledge', ack });
          }}
        />
      )}
    </li>
  );
}

export function FindingGroups({
  findings,
  onGo,
  dispatch,
  first,
  highlight,
}: {
  findings: readonly Finding[];
  onGo(f: Finding): void;
  dispatch?: Dispatch<Action>;
  /** The part the clerk is in: its findings come first. */
  first?: Place;
  highlight?: Highlight;
}) {
  if (findings.length === 0) return <p className="all-clear">未发现问题：各项勾稽关系和格式要求均已满足。</p>;
  // What could not be judged (cells the import could not read) stands apart from errors and warnings.
  const judged = findings.filter((f) => f.severity !== 'unverifiable');
  const unverifiable = findings.filter((f) => f.severity === 'unverifiable');
  const order = first ? [first, ...PLACES.filter((p) => p !== first)] : PLACES;
  return (
    <>
      {first && !judged.some((f) => placeOfFinding(f) === first) && (
        <p className="finding-group-current all-clear-here" data-place={first}>
          {PLACE_LABELS[first]}：本部分未发现问题。
        </p>
      )}
      {order.map((place) => {
        const list = judged.filter((f) => placeOfFinding(f) === place);
        if (list.length === 0) return null;
        const current = place === first;
        return (
          <section key={place} className={`finding-group${current ? ' finding-group-current' : ''}`} data-place={place}>
            <h3>
              <span>
                {PLACE_LABELS[place]}
                {current && <span className="here-tag">当前部分</span>}
              </span>
              <span className="count">{list.length}</span>
            </h3>
            <ul>
              {list.map((f) => (
                <FindingItem key={f.fingerprint} f={f} onGo={onGo} {...(dispatch ? { dispatch } : {})} {...(highlight ? { highlight } : {})} />
              ))}
            </ul>
          </section>
        );
      })}
      {unverifiable.length > 0 && (
        <section className="finding-group finding-group-unverifiable" data-place="unverifiable">
          <h3>
            无法判断 <span className="count">{unverifiable.length}</span>
          </h3>
          <p className="group-note">以下规则用到的单元格未能从导入的原文读出，既不算通过也不算错误：请对照原件补填。</p>
          <ul>
            {unverifiable.map((f) => (
              <FindingItem key={f.fingerprint} f={f} onGo={onGo} />
            ))}
          </ul>
        </section>
      )}
    </>
  );
}

/** 上一个问题 / 下一个问题 with where the walk stands. */
function WalkBar({ findings, active, onWalk }: { findings: readonly Finding[]; active: string | null; onWalk(dir: 1 | -1): void }) {
  const list = walkOrder(findings);
  const at = active ? list.findIndex((f) => f.fingerprint === active) : -1;
  return (
    <div className="walk-bar" role="group" aria-label="逐个查看问题">
      <button type="button" disabled={list.length === 0} onClick={() => onWalk(-1)} title="上一个问题（Shift+F8）">
        ↑ 上一个问题
      </button>
      <button type="button" disabled={list.length === 0} onClick={() => onWalk(1)} title="下一个问题（F8）">
        ↓ 下一个问题
      </button>
      <span className="walk-pos" aria-live="polite">
        {list.length === 0 ? '' : at >= 0 ? `第 ${at + 1} / ${list.length} 个` : `共 ${list.length} 个`}
      </span>
    </div>
  );
}

export function SummaryChips({ findings }: { findings: readonly Finding[] }) {
  const s = summarize(findings);
  return (
    <p className="summary" aria-live="polite">
      <span className={`chip-sum ${s.errors ? 'sum-error' : 'sum-ok'}`}>错误 {s.errors}</span>
      <span className={`chip-sum ${s.warnings ? 'sum-warning' : 'sum-ok'}`}>提示 {s.warnings}</span>
      <span className="chip-sum sum-muted">已确认 {s.acknowledged}</span>
      {s.unverifiable > 0 && <span className="chip-sum sum-unverifiable">无法判断 {s.unverifiable}</span>}
    </p>
  );
}

export interface ValidationPanelProps {
  readonly project: Project;
  readonly findings: readonly Finding[];
  readonly dispatch: Dispatch<Action>;
  /** The part the clerk is in: its findings first, and the panel scrolls there when she moves. */
  readonly current?: Place;
  /** The finding last visited. */
  readonly active?: string | null;
  onVisit?(fingerprint: string): void;
  onWalk?(dir: 1 | -1): void;
}

export function ValidationPanel({ project, findings, dispatch, current, active = null, onVisit, onWalk }: ValidationPanelProps) {
  const open = project.review.comments.filter((c) => !c.resolved).length;
  const body = useRef<HTMLDivElement>(null);
  const [cell, setCell] = useState<string | null>(null);
  // Moving to another part: its findings are first, show them from the top.
  useEffect(() => {
    body.current?.scrollTo({ top: 0 });
  }, [current]);
  // The cell the clerk enters: its findings are brought into view and stand out.
  useEffect(() => {
    const onFocus = (e: FocusEvent) => {
      const key = e.target instanceof HTMLElement ? (e.target.dataset.cell ?? null) : null;
      if (key !== null || (e.target instanceof HTMLElement && !e.target.closest('.panel'))) setCell(key);
    };
    document.addEventListener('focusin', onFocus);
    return () => document.removeEventListener('focusin', onFocus);
  }, []);
  useEffect(() => {
    const el = body.current?.querySelector('[data-active="true"]') ?? (cell ? body.current?.querySelector('[data-here="true"]') : null);
    el?.scrollIntoView({ block: 'nearest' });
  }, [active, cell, findings]);
  // A report sent back by the reviewer opens on the comments that say why.
  const [tab, setTab] = useState<'findings' | 'comments'>(() => (project.review.status === 'returned' && open > 0 ? 'comments' : 'findings'));
  return (
    <aside className="panel" aria-label="校验结果">
      <div className="tabs" role="tablist">
        <button type="button" role="tab" aria-selected={tab === 'findings'} onClick={() => setTab('findings')}>
          校验结果
        </button>
        <button type="button" role="tab" aria-selected={tab === 'comments'} onClick={() => setTab('comments')}>
          审核意见{open > 0 && <span className="badge badge-warning">{open}</span>}
        </button>
      </div>
      {tab === 'findings' ? (
        <div className="panel-body" data-testid="findings" ref={body}>
          <SummaryChips findings={findings} />
          {onWalk && <WalkBar findings={findings} active={active} onWalk={onWalk} />}
          <FindingGroups
            findings={findings}
            onGo={(f) => {
              onVisit?.(f.fingerprint);
              dispatch({ type: 'focus', target: targetOfFinding(f) });
            }}
            dispatch={dispatch}
            {...(current ? { first: current } : {})}
            highlight={{ active, cell }}
          />
        </div>
      ) : (
        <div className="panel-body">
          <CommentList project={project} dispatch={dispatch} role="clerk" />
        </div>
      )}
    </aside>
  );
}
