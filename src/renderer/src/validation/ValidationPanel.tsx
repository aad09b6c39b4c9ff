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

const KIND_LABELS = { error: '错误', warning: '提示', acknowledged: '已确认', unverifiable: '无法判断' } as const;

/** `dispatch` present: the clerk's panel (acknowledge / withdraw); absent: read-only (review). */
function FindingItem({ f, onGo, dispatch }: { f: Finding; onGo(f: Finding): void; dispatch?: Dispatch<Action> }) {
  const [acking, setAcking] = useState(false);
  const kind = f.severity === 'error' ? 'error' : f.severity === 'unverifiable' ? 'unverifiable' : f.acknowledged ? 'acknowledged' : 'warning';
  return (
    <li className={`finding finding-${kind}`} data-rule={f.rule}>
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

export function FindingGroups({ findings, onGo, dispatch }: { findings: readonly Finding[]; onGo(f: Finding): void; dispatch?: Dispatch<Action> }) {
  if (findings.length === 0) return <p className="all-clear">未发现问题：各项勾稽关系和格式要求均已满足。</p>;
  // What could not be judged (cells the import could not read) stands apart from errors and warnings.
  const judged = findings.filter((f) => f.severity !== 'unverifiable');
  const unverifiable = findings.filter((f) => f.severity === 'unverifiable');
  return (
    <>
      {PLACES.map((place) => {
        const list = judged.filter((f) => placeOfFinding(f) === place);
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
