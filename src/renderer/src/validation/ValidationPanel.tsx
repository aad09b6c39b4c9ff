// The right column: the shared engine's findings after every edit, grouped by section. A click
// takes the clerk to the cell or paragraph; a warning can be acknowledged with a reason.
import { useState, type Dispatch } from 'react';
import { summarize, type Finding, type Project } from '../../../shared';
import { CommentList } from '../review/CommentList';
import { PLACES, PLACE_LABELS, placeOfFinding } from '../state/places';
import type { Action } from '../state/store';
import { AckForm } from './AckForm';
import { RuleLabel } from './RuleLabel';
import { targetOfFinding } from './focus-target';

/** `dispatch` present: the clerk's panel (acknowledge / withdraw); absent: read-only (review). */
function FindingItem({ f, onGo, dispatch }: { f: Finding; onGo(f: Finding): void; dispatch?: Dispatch<Action> }) {
  const [acking, setAcking] = useState(false);
  const kind = f.severity === 'error' ? 'error' : f.acknowledged ? 'acknowledged' : 'warning';
  return (
    <li className={`finding finding-${kind}`} data-rule={f.rule}>
      <button type="button" className="finding-main" onClick={() => onGo(f)} title="转到相关单元格或段落">
        <span className={`sev sev-${kind}`}>{kind === 'error' ? '错误' : kind === 'warning' ? '提示' : '已确认'}</span>
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

export function FindingGroups({ findings, onGo, dispatch }: { findings: readonly Finding[]; onGo(f: Finding): void; dispatch?: Dispatch<Action> }) {
  if (findings.length === 0) return <p className="all-clear">未发现问题：各项勾稽关系和格式要求均已满足。</p>;
  return (
    <>
      {PLACES.map((place) => {
        const list = findings.filter((f) => placeOfFinding(f) === place);
        if (list.length === 0) return null;
        return (
          <section key={place} className="finding-group" data-place={place}>
            <h3>
              {PLACE_LABELS[place]} <span className="count">{list.length}</span>
            </h3>
            <ul>
              {list.map((f) => (
                <FindingItem key={f.fingerprint} f={f} onGo={onGo} {...(dispatch ? { dispatch } : {})} />
              ))}
            </ul>
          </section>
        );
      })}
    </>
  );
}

export function SummaryChips({ findings }: { findings: readonly Finding[] }) {
  const s = summarize(findings);
  return (
    <p className="summary" aria-live="polite">
      <span className={`chip-sum ${s.errors ? 'sum-error' : 'sum-ok'}`}>错误 {s.errors}</span>
      <span className={`chip-sum ${s.warnings ? 'sum-warning' : 'sum-ok'}`}>提示 {s.warnings}</span>
      <span className="chip-sum sum-muted">已确认 {s.acknowledged}</span>
    </p>
  );
}

export function ValidationPanel({ project, findings, dispatch }: { project: Project; findings: readonly Finding[]; dispatch: Dispatch<Action> }) {
  const open = project.review.comments.filter((c) => !c.resolved).length;
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
        <div className="panel-body" data-testid="findings">
          <SummaryChips findings={findings} />
          <FindingGroups findings={findings} onGo={(f) => dispatch({ type: 'focus', target: targetOfFinding(f) })} dispatch={dispatch} />
        </div>
      ) : (
        <div className="panel-body">
          <CommentList project={project} dispatch={dispatch} role="clerk" />
        </div>
      )}
    </aside>
  );
}
