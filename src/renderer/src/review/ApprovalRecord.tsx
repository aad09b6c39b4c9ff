// The approved version: its fingerprint (SHA-256 of the canonical content), and — once the
// report has been edited since — every cell, field and paragraph that changed, old → new.
import { useMemo } from 'react';
import { approvalStatus, changesSince, type ContentChange, type Project } from '../../../shared';
import { formatTime } from './format-time';

export function ApprovalRecord({ project, onGo }: { project: Project; onGo?(c: ContentChange): void }) {
  const status = useMemo(() => approvalStatus(project), [project]);
  const changes = useMemo(() => (status && !status.intact ? changesSince(status.approved.content, project) : []), [status, project]);
  if (!status) return null;
  const { approved, intact } = status;
  return (
    <section className={`approval-record${intact ? '' : ' approval-changed'}`} data-testid="approval-record">
      <p>
        {intact ? '当前内容即审核通过的版本' : '审核通过的版本'}（{approved.by}，{formatTime(approved.at)}）
      </p>
      <p className="fingerprint">
        内容指纹 SHA-256：<code data-testid="approved-fingerprint">{approved.fingerprint}</code>
      </p>
      {!intact && (
        <>
          <p className="changed-head" role="status">
            审核通过后已修改 {changes.length} 处（当前指纹 <code>{status.current.slice(0, 16)}…</code>）：
          </p>
          <ol className="changes" aria-label="审核通过后的修改">
            {changes.map((c, i) => (
              <li key={i} data-kind={c.kind}>
                {onGo ? (
                  <button type="button" className="link change-place" onClick={() => onGo(c)}>
                    {c.place}
                  </button>
                ) : (
                  <span className="change-place">{c.place}</span>
                )}
                <span className="change-values">
                  <del>{c.before || '（无）'}</del>
                  <span aria-hidden="true"> → </span>
                  <span className="visually-hidden">改为</span>
                  <ins>{c.after || '（删除）'}</ins>
                </span>
              </li>
            ))}
          </ol>
        </>
      )}
    </section>
  );
}
