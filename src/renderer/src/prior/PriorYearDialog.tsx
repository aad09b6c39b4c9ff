// 上年度: link last year's report (a project file, or the report as published) to the open
// one. 二、上年结转 is prefilled from last year's 四、结转下年度继续办理 where blank; a figure the
// clerk typed is never overwritten and a different one is listed. Then every changed figure and
// a chart of the main ones. The live validation panel checks T3-CARRY, T2-STOCK and
// N-BOILERPLATE against the linked year (project.prior).
import { useEffect, useState, type Dispatch } from 'react';
import { T3_ROWS, describeCell, formatCellValue, isDerivedCell, linkPriorYear, validate, type CellValue, type Project } from '../../../shared';
import { useUserName } from '../state/user-name';

const rowLabel = (key: string) => T3_ROWS.find((r) => r.key === key)!.label;
import { Modal } from '../files/Modal';
import { ipc } from '../ipc/client';
import type { Action } from '../state/store';
import { FigureChart } from './FigureChart';
import { YearOverYearTable } from './YearOverYearTable';
import '../batch/data-table.css';
import './prior.css';

interface LinkReport {
  source: string;
  prefilled: string[];
  conflicts: string[];
  notes: string[];
}

export function PriorYearDialog({ project, dispatch, onClose }: { project: Project; dispatch: Dispatch<Action>; onClose(): void }) {
  const [report, setReport] = useState<LinkReport | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const prior = project.prior;
  // A report of another year than the one before is refused unless the clerk confirms with a reason.
  type Read = { project: Project; source: string; notes: string[] };
  const [held, setHeld] = useState<Read | null>(null);
  const [reason, setReason] = useState('');
  const [name] = useUserName();
  const [ackReason, setAckReason] = useState<string | null>(null);
  // Once linked, the reason is recorded on the finding that says the year is wrong (saved in the file).
  useEffect(() => {
    if (ackReason === null || !project.prior) return;
    const f = validate(project).find((x) => x.rule === 'T3-CARRY' && x.fingerprint.includes(`prior-year:${project.prior!.year}`));
    if (f) dispatch({ type: 'acknowledge', ack: { rule: f.rule, fingerprint: f.fingerprint, reason: ackReason, by: name.trim(), at: new Date().toISOString() } });
    setAckReason(null);
  }, [ackReason, project, dispatch, name]);

  async function link() {
    const client = ipc();
    if (!client) return setError('无法连接年报 Studio 主进程：请从桌面应用中打开本页面。');
    setBusy(true);
    setError(null);
    const r = await client.prior.read({ fallbackYear: project.meta.year - 1 });
    setBusy(false);
    if (!r.ok) return setError(r.details?.length ? `${r.error}（${r.details.join('；')}）` : r.error);
    if (!r.value) return;
    if (r.value.project.meta.year !== project.meta.year - 1) {
      setReport(null);
      setReason('');
      return setHeld({ project: r.value.project, source: r.value.source, notes: r.value.notes });
    }
    apply(r.value);
  }

  function apply(value: Read, why?: string) {
    const linked = linkPriorYear(project, value.project, value.source);
    // 总计 cells are recomputed by the store from the prefilled parts.
    const updates: Record<string, CellValue> = {};
    for (const k of linked.prefilled) if (!isDerivedCell(k)) updates[k] = linked.project.cells[k] ?? null;
    if (Object.keys(updates).length) dispatch({ type: 'setCells', updates, label: '预填上年结转' });
    dispatch({ type: 'setPrior', prior: linked.project.prior });
    if (why) setAckReason(why);
    setReport({
      source: value.source,
      prefilled: linked.prefilled,
      conflicts: linked.conflicts.map((c) => c.message),
      notes: [...value.notes, ...linked.notes],
    });
  }

  function unlink() {
    dispatch({ type: 'setPrior', prior: null });
    setReport(null);
  }

  return (
    <Modal title="上年度报告" onClose={onClose}>
      <div className="prior-dialog">
        {prior ? (
          <p className="prior-linked">
            已关联 <strong>{prior.year} 年度</strong>报告{prior.issuer ? `（${prior.issuer}）` : ''}
            {prior.source && <code className="path">{prior.source}</code>}
          </p>
        ) : (
          <p className="muted">
            选择上年度的年报 Studio 项目文件，或上年度已发布的报告（Word、Excel、网页或文本）。本年“{rowLabel('carriedOver')}”将按上年“{rowLabel('carriedForward')}”预填（已填写的数字不会被覆盖），并与上年逐项对比。
          </p>
        )}
        <div className="actions">
          <button type="button" className="primary" disabled={busy} onClick={() => void link()}>
            {prior ? '重新关联上年度报告…' : '关联上年度报告…'}
          </button>
          {prior && (
            <button type="button" onClick={unlink}>
              取消关联
            </button>
          )}
          <button type="button" onClick={onClose}>
            关闭
          </button>
        </div>
        {error && (
          <p className="notice notice-error" role="alert">
            {error}
          </p>
        )}
        {held && (
          <div className="warn-box prior-refused" role="alert" data-testid="prior-refused">
            <p>
              <strong>未关联：</strong>所选报告为 {held.project.meta.year} 年度，而本报告为 {project.meta.year} 年度，上年度应为 {project.meta.year - 1} 年度。请选择 {project.meta.year - 1} 年度的报告。
            </p>
            <label className="field">
              <span>确需关联此报告时，请说明理由（记入文件）</span>
              <textarea value={reason} onChange={(e) => setReason(e.target.value)} aria-label="关联其他年度报告的理由" />
            </label>
            <div className="actions">
              <button
                type="button"
                className="danger"
                disabled={!reason.trim()}
                onClick={() => {
                  const value = held;
                  setHeld(null);
                  apply(value, reason.trim());
                }}
              >
                仍然关联
              </button>
              <button type="button" onClick={() => setHeld(null)}>
                不关联
              </button>
            </div>
          </div>
        )}
        {report && <LinkSummary report={report} project={project} />}
        {prior && (
          <>
            <h3>主要数据对比</h3>
            <FigureChart last={prior.cells} current={project.cells} lastYear={prior.year} year={project.meta.year} />
            <h3>与上年度相比有变化的数字</h3>
            <YearOverYearTable project={project} prior={prior} />
          </>
        )}
      </div>
    </Modal>
  );
}

function LinkSummary({ report, project }: { report: LinkReport; project: Project }) {
  return (
    <section className="link-summary" aria-label="关联结果">
      {report.prefilled.length > 0 ? (
        <>
          <p className="ok-note">已用上年度报告预填“二、上年结转” {report.prefilled.length} 格：</p>
          <ul className="prefilled">
            {report.prefilled.map((k) => (
              <li key={k}>
                {describeCell(k)}：<strong>{formatCellValue(project.cells[k])}</strong>
              </li>
            ))}
          </ul>
        </>
      ) : (
        <p className="muted">没有需要预填的单元格（已填写，或上年度为空）。</p>
      )}
      {report.conflicts.length > 0 && (
        <div className="warn-box" data-testid="carry-conflicts">
          <strong>与上年度不一致（未覆盖已填写的数字）：</strong>
          <ul>
            {report.conflicts.map((m) => (
              <li key={m}>{m}</li>
            ))}
          </ul>
        </div>
      )}
      {report.notes.length > 0 && (
        <ul className="prior-notes">
          {report.notes.map((m) => (
            <li key={m}>{m}</li>
          ))}
        </ul>
      )}
    </section>
  );
}
