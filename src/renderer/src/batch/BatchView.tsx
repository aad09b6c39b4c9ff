// 汇总 and 批量审核 for a disclosure office (政务公开办): point at a folder of subordinate
// units' reports (project files, .docx, .xlsx, web pages or text), watch the progress, then
// see every unit's status and — for 汇总 — open the consolidated report in the editor, or —
// for 批量审核 — every finding in a table to sort and filter. Both export their workbook.
import { useState, type FormEvent } from 'react';
import { parseExpectedList, type IssuerLevel, type Project } from '../../../shared';
import type { BatchKind } from '../../../shared/ipc';
import { IssuerLevelSelect } from '../input/IssuerLevelSelect';
import { YEAR_PROBLEM, parseYear } from '../input/parse-year';
import { BatchResults } from './BatchResults';
import { useBatchRun, type RunState } from './use-batch-run';
import './batch.css';
import './data-table.css';

export const BATCH_TITLES: Readonly<Record<BatchKind, string>> = { aggregate: '汇总各单位年报', audit: '批量审核各单位年报' };

const INTRO: Readonly<Record<BatchKind, string>> = {
  aggregate:
    '选择存放下属各单位年报的文件夹（可含子文件夹）：年报 Studio 项目文件，或 Word、Excel、网页、文本格式的已发布报告。各单位的表格逐格相加，生成一份汇总报告，并列出每个单位的状态；无法读取、年度不符或重复报送的不计入汇总。',
  audit:
    '选择存放下属各单位年报的文件夹（可含子文件夹）：逐份导入并校验，列出每个单位的状态和每一条问题，可按状态、规则、单位筛选和排序，并导出审核工作簿。',
};

export function BatchView({ kind, onClose, onOpenProject, onOpenFile }: { kind: BatchKind; onClose(): void; onOpenProject(project: Project): void; onOpenFile?(path: string, isProject: boolean): void }) {
  const { state, start } = useBatchRun(kind);
  const [issuer, setIssuer] = useState('');
  const [level, setLevel] = useState<IssuerLevel>('government');
  const [year, setYear] = useState('');
  const [expected, setExpected] = useState('');
  const [against, setAgainst] = useState(false);
  const y = year.trim() ? parseYear(year) : undefined;
  const yearOk = y !== null;
  const running = state.phase === 'running';

  function submit(e: FormEvent) {
    e.preventDefault();
    if (!yearOk || running) return;
    const names = parseExpectedList(expected);
    void start({
      ...(names.length ? { expected: names } : {}),
      ...(kind === 'aggregate' ? { issuerLevel: level, ...(issuer.trim() ? { issuer: issuer.trim() } : {}), ...(against ? { against: true } : {}) } : {}),
      ...(y !== undefined && y !== null ? { year: y } : {}),
    });
  }

  return (
    <main className="start batch" aria-label={BATCH_TITLES[kind]}>
      <header className="batch-head">
        <div>
          <h1>{BATCH_TITLES[kind]}</h1>
          <p className="muted">{INTRO[kind]}</p>
        </div>
        <button type="button" onClick={onClose} disabled={running}>
          返回开始页
        </button>
      </header>
      <form className="card batch-form" onSubmit={submit} aria-label="选择文件夹">
        {kind === 'aggregate' && (
          <>
            <label className="field">
              <span>汇总机关</span>
              <input type="text" value={issuer} onChange={(e) => setIssuer(e.target.value)} placeholder="例如：某某市人民政府办公室" aria-label="汇总机关" />
            </label>
            <IssuerLevelSelect value={level} onChange={setLevel} />
            <label className="field check">
              <input type="checkbox" checked={against} onChange={(e) => setAgainst(e.target.checked)} />
              <span>与本级报告比对（选择文件夹后再选本级人民政府自己的报告，逐格与各单位合计比对）</span>
            </label>
          </>
        )}
        <label className="field">
          <span>报告年度</span>
          <input type="text" inputMode="numeric" value={year} onChange={(e) => setYear(e.target.value)} placeholder="留空：按多数单位的年度" aria-label="报告年度" aria-invalid={!yearOk || undefined} />
          {!yearOk && <em className="field-error">{YEAR_PROBLEM}</em>}
        </label>
        <label className="field expected">
          <span>应报单位名单（可选）</span>
          <textarea
            rows={3}
            value={expected}
            onChange={(e) => setExpected(e.target.value)}
            placeholder="每行一个单位名称；名单上没有报告的单位列为“未报送”"
            aria-label="应报单位名单"
          />
        </label>
        <button type="submit" className="primary big" disabled={running || !yearOk}>
          {state.phase === 'done' ? '重新选择文件夹…' : '选择文件夹并开始…'}
        </button>
      </form>
      <RunStatus state={state} />
      {state.phase === 'done' && <BatchResults outcome={state.outcome} onOpenProject={onOpenProject} {...(onOpenFile ? { onOpenFile } : {})} />}
    </main>
  );
}

function RunStatus({ state }: { state: RunState }) {
  if (state.phase === 'running') {
    const p = state.progress;
    const known = p && p.total > 0;
    return (
      <section className="card batch-progress" aria-label="进度">
        {known ? (
          <div className="bar" role="progressbar" aria-valuemin={0} aria-valuemax={p.total} aria-valuenow={p.done}>
            <span style={{ width: `${Math.round((p.done / p.total) * 100)}%` }} />
          </div>
        ) : (
          <div className="indeterminate" role="progressbar">
            <span />
          </div>
        )}
        <p className="muted">{known ? `已处理 ${p.done} / ${p.total} 份：${p.file}` : '正在查找文件夹中的报告……'}</p>
      </section>
    );
  }
  if (state.phase === 'failed') {
    return (
      <div className="notice notice-error" role="alert">
        <div>
          <p>{state.message}</p>
          {state.details.length > 0 && (
            <ul>
              {state.details.slice(0, 20).map((d) => (
                <li key={d}>{d}</li>
              ))}
            </ul>
          )}
        </div>
      </div>
    );
  }
  return null;
}
