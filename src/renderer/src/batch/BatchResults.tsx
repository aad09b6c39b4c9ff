// The result of a folder run: a tally by status, filters (status, rule, unit, text), the
// per-unit status table, and — for 批量审核 — every finding; for 汇总 the consolidated main
// figures, the cells that could not be summed, and the button that opens the report.
import { useMemo, useState } from 'react';
import {
  SEVERITY_LABELS,
  UNIT_STATUSES,
  UNIT_STATUS_LABELS,
  countStatuses,
  describeCell,
  findingTitle,
  formatCellValue,
  type Project,
  type UnitStatus,
} from '../../../shared';
import type { BatchOutcome } from '../../../shared/ipc';
import { ipc } from '../ipc/client';
import { MAIN_FIGURES, figureLabel } from '../prior/main-figures';
import { RuleLabel } from '../validation/RuleLabel';
import { SortableTable, type Column } from './SortableTable';

type UnitRow = BatchOutcome['rows'][number];
type UnitFinding = BatchOutcome['findings'][number];

const STATUS_ORDER = new Map(UNIT_STATUSES.map((s, i) => [s, i]));

const UNIT_COLUMNS: readonly Column<UnitRow>[] = [
  { id: 'unit', label: '单位名称', sortValue: (r) => r.unit, render: (r) => r.unit },
  { id: 'file', label: '文件', sortValue: (r) => r.file, render: (r) => (r.file ? <code className="path">{r.file}</code> : '—') },
  { id: 'year', label: '年度', numeric: true, sortValue: (r) => r.year ?? 0, render: (r) => r.year ?? '—' },
  {
    id: 'status',
    label: '状态',
    sortValue: (r) => STATUS_ORDER.get(r.status) ?? 0,
    render: (r) => <span className={`unit-status status-${r.status}`}>{UNIT_STATUS_LABELS[r.status]}</span>,
  },
  { id: 'errors', label: '错误', numeric: true, sortValue: (r) => r.errors, render: (r) => r.errors || '' },
  { id: 'warnings', label: '提示', numeric: true, sortValue: (r) => r.warnings, render: (r) => r.warnings || '' },
  { id: 'unverifiable', label: '无法判断', numeric: true, sortValue: (r) => r.unverifiable ?? 0, render: (r) => r.unverifiable || '' },
  { id: 'message', label: '说明', sortValue: (r) => r.message, render: (r) => r.message },
];

const FINDING_COLUMNS: readonly Column<UnitFinding>[] = [
  { id: 'unit', label: '单位名称', sortValue: (f) => f.unit, render: (f) => f.unit },
  { id: 'rule', label: '规则', sortValue: (f) => findingTitle(f.finding), render: (f) => <RuleLabel f={f.finding} /> },
  {
    id: 'severity',
    label: '严重程度',
    sortValue: (f) => (f.finding.severity === 'error' ? 0 : f.finding.severity === 'warning' ? 1 : 2),
    render: (f) => <span className={`sev sev-${f.finding.acknowledged ? 'acknowledged' : f.finding.severity}`}>{SEVERITY_LABELS[f.finding.severity]}</span>,
  },
  { id: 'place', label: '位置', sortValue: (f) => f.finding.cells[0] ?? f.finding.section ?? '', render: (f) => placeOf(f) },
  { id: 'message', label: '说明', sortValue: (f) => f.finding.message, render: (f) => f.finding.message },
];

function placeOf(f: UnitFinding): string {
  const cells = f.finding.cells;
  if (cells.length === 0) return '';
  return cells.length === 1 ? describeCell(cells[0]!) : `${describeCell(cells[0]!)} 等 ${cells.length} 格`;
}

const matches = (text: string, q: string) => !q || text.toLowerCase().includes(q);

export function BatchResults({
  outcome,
  onOpenProject,
  onOpenFile,
}: {
  outcome: BatchOutcome;
  onOpenProject(project: Project): void;
  /** Opens a unit's report (a project file opens, a published report is imported). */
  onOpenFile?(path: string, isProject: boolean): void;
}) {
  const [openError, setOpenError] = useState<string | null>(null);
  const unitColumns = useMemo<readonly Column<UnitRow>[]>(
    () =>
      onOpenFile
        ? [
            ...UNIT_COLUMNS,
            {
              id: 'open',
              label: '报告',
              sortValue: () => 0,
              render: (r) =>
                r.file && r.status !== 'unreadable' ? (
                  <button
                    type="button"
                    className="link"
                    aria-label={`打开${r.unit}的报告`}
                    onClick={async () => {
                      // Main grants the file (one the run read) before it can be opened.
                      const res = await ipc()?.batch.openUnit({ runId: outcome.runId, file: r.file });
                      if (!res) return;
                      if (!res.ok) return setOpenError(res.error);
                      onOpenFile(res.value.path, res.value.project);
                    }}
                  >
                    打开
                  </button>
                ) : (
                  ''
                ),
            },
          ]
        : UNIT_COLUMNS,
    [onOpenFile, outcome.runId],
  );
  const [status, setStatus] = useState<UnitStatus | ''>('');
  const [rule, setRule] = useState('');
  const [unit, setUnit] = useState('');
  const [text, setText] = useState('');
  const [exported, setExported] = useState<{ path: string } | { error: string } | null>(null);
  const counts = useMemo(() => countStatuses(outcome.rows), [outcome.rows]);
  // The filter lists rules by their Chinese names; the id follows as the secondary tag.
  const rules = useMemo(() => {
    const byId = new Map(outcome.findings.map((f) => [f.finding.rule, findingTitle(f.finding)]));
    return [...byId].map(([id, name]) => ({ id, name })).sort((a, b) => a.name.localeCompare(b.name, 'zh-CN'));
  }, [outcome.findings]);
  const units = useMemo(() => [...new Set(outcome.rows.map((r) => r.unit))], [outcome.rows]);
  const q = text.trim().toLowerCase();

  const statusOfFile = useMemo(() => new Map(outcome.rows.map((r) => [r.file, r.status])), [outcome.rows]);
  const rows = useMemo(
    () =>
      outcome.rows.filter(
        (r) =>
          (!status || r.status === status) &&
          (!unit || r.unit === unit) &&
          (!rule || outcome.findings.some((f) => f.file === r.file && f.finding.rule === rule)) &&
          matches(`${r.unit} ${r.file} ${r.message}`, q),
      ),
    [outcome, status, unit, rule, q],
  );
  const findings = useMemo(
    () =>
      outcome.findings.filter(
        (f) =>
          (!status || statusOfFile.get(f.file) === status) &&
          (!unit || f.unit === unit) &&
          (!rule || f.finding.rule === rule) &&
          matches(`${f.unit} ${f.file} ${findingTitle(f.finding)} ${f.finding.rule} ${f.finding.message} ${placeOf(f)}`, q),
      ),
    [outcome.findings, statusOfFile, status, unit, rule, q],
  );

  async function exportWorkbook() {
    const r = await ipc()?.batch.export({ runId: outcome.runId });
    if (!r) return;
    if (!r.ok) setExported({ error: r.error });
    else if (r.value) setExported({ path: r.value.path });
  }

  const c = outcome.consolidation;
  const isAggregate = outcome.kind === 'aggregate';
  return (
    <section className="batch-results" aria-label="结果">
      <div className="card">
        <h2>
          {isAggregate && c ? `已汇总 ${c.units} 个单位的 ${outcome.year} 年度报告` : `已审核 ${outcome.rows.filter((r) => r.file).length} 份报告${outcome.year ? `（${outcome.year} 年度）` : ''}，发现问题 ${outcome.findings.length} 条`}
        </h2>
        <p className="muted">
          文件夹 <code className="path">{outcome.dir}</code>
        </p>
        {outcome.ignored.length > 0 && (
          // Each with its reason when it has one (a symlink leading out of the folder is listed, never read).
          <details className="ignored-files muted">
            <summary>已忽略 {outcome.ignored.length} 个不是报告或未读取的文件</summary>
            <ul>
              {outcome.ignored.map((f) => (
                <li key={f}>{f}</li>
              ))}
            </ul>
          </details>
        )}
        <p className="summary status-tally" data-testid="status-tally">
          {UNIT_STATUSES.filter((s) => counts[s]).map((s) => (
            <button key={s} type="button" className={`chip-sum tally-${s}`} aria-pressed={status === s} onClick={() => setStatus(status === s ? '' : s)}>
              {UNIT_STATUS_LABELS[s]} {counts[s]}
            </button>
          ))}
        </p>
        <div className="actions">
          {isAggregate && c && (
            <button type="button" className="primary" onClick={() => onOpenProject(c.project)}>
              在编辑器中打开汇总报告
            </button>
          )}
          <button type="button" onClick={() => void exportWorkbook()}>
            {isAggregate ? '导出汇总工作簿…' : '导出审核工作簿…'}
          </button>
        </div>
        {exported && 'path' in exported && (
          <p className="ok-note" role="status">
            已导出到 <code className="path">{exported.path}</code>{' '}
            <button type="button" className="link" onClick={() => void ipc()?.shell.showItemInFolder({ path: exported.path })}>
              打开所在文件夹
            </button>
          </p>
        )}
        {exported && 'error' in exported && (
          <p className="error-text" role="alert">
            {exported.error}
          </p>
        )}
      </div>

      {isAggregate && c && outcome.against && <AgainstParent against={outcome.against} year={outcome.year} />}
      {isAggregate && c && <ConsolidatedFigures outcome={outcome} />}

      <div className="card">
        <div className="filters" role="group" aria-label="筛选">
          <label className="field">
            <span>状态</span>
            <select value={status} onChange={(e) => setStatus(e.target.value as UnitStatus | '')} aria-label="按状态筛选">
              <option value="">全部状态</option>
              {UNIT_STATUSES.filter((s) => counts[s]).map((s) => (
                <option key={s} value={s}>
                  {UNIT_STATUS_LABELS[s]}（{counts[s]}）
                </option>
              ))}
            </select>
          </label>
          {!isAggregate && (
            <label className="field">
              <span>规则</span>
              <select value={rule} onChange={(e) => setRule(e.target.value)} aria-label="按规则筛选">
                <option value="">全部规则</option>
                {rules.map((r) => (
                  <option key={r.id} value={r.id}>
                    {r.name}（{r.id}）
                  </option>
                ))}
              </select>
            </label>
          )}
          <label className="field">
            <span>单位</span>
            <select value={unit} onChange={(e) => setUnit(e.target.value)} aria-label="按单位筛选">
              <option value="">全部单位</option>
              {units.map((u) => (
                <option key={u} value={u}>
                  {u}
                </option>
              ))}
            </select>
          </label>
          <label className="field grow">
            <span>查找</span>
            <input type="text" value={text} onChange={(e) => setText(e.target.value)} placeholder="单位、文件、规则或说明中的文字" aria-label="查找" />
          </label>
        </div>
        <h3>
          各单位状态（{rows.length} / {outcome.rows.length}）
        </h3>
        {openError && (
          <p className="error-text" role="alert">
            {openError}
          </p>
        )}
        <SortableTable label="各单位状态" columns={unitColumns} rows={rows} rowKey={(r, i) => `${r.file}|${r.unit}|${i}`} rowClass={(r) => `row-${r.status}`} />
        {!isAggregate && (
          <>
            <h3>
              问题清单（{findings.length} / {outcome.findings.length}）
            </h3>
            <SortableTable label="问题清单" columns={FINDING_COLUMNS} rows={findings} rowKey={(f, i) => `${f.file}|${f.finding.fingerprint}|${i}`} />
          </>
        )}
      </div>
    </section>
  );
}

/** The consolidated report's main figures, and what could not be summed. */
function ConsolidatedFigures({ outcome }: { outcome: BatchOutcome }) {
  const c = outcome.consolidation!;
  return (
    <div className="card">
      <h2>汇总结果：主要数据</h2>
      <div className="figure-groups">
        {MAIN_FIGURES.map((g) => (
          <table key={g.table} className="data-table" aria-label={g.title}>
            <caption>{g.title}</caption>
            <tbody>
              {g.keys.map((k) => (
                <tr key={k} data-cell={k}>
                  <td>{figureLabel(k)}</td>
                  <td className="num">{formatCellValue(c.project.cells[k]) || '空'}</td>
                </tr>
              ))}
            </tbody>
          </table>
        ))}
      </div>
      {(c.uncomputable.length > 0 || c.totalMismatches.length > 0) && (
        <div className="warn-box">
          <ul>
            {c.uncomputable.slice(0, 30).map((u) => (
              <li key={`${u.key}|${u.unit}`}>
                无法汇总：{u.place}——{u.unit} 填写“{u.text}”
              </li>
            ))}
            {c.totalMismatches.slice(0, 30).map((m) => (
              <li key={m.key}>
                单位总计与明细不符（汇总按明细相加）：{m.place}——{m.units.slice(0, 5).join('、')}
                {m.units.length > 5 ? ` 等 ${m.units.length} 个单位` : ''}
              </li>
            ))}
          </ul>
        </div>
      )}
    </div>
  );
}

/** 汇总 against the government's own report: every differing cell (AGG-PARENT), then the units that sent nothing. */
function AgainstParent({ against, year }: { against: NonNullable<BatchOutcome['against']>; year: number | null }) {
  return (
    <section className="card against" aria-label="本级报告比对">
      <h2>
        本级报告“{against.issuer}”与各单位合计{against.findings.length ? `有 ${against.findings.length} 处不符` : '一致'}
      </h2>
      <p className="muted">
        本级报告 <code className="path">{against.file}</code>
        {year !== null && against.year !== year && `（${against.year} 年度，汇总为 ${year} 年度）`}
      </p>
      {against.findings.length > 0 && (
        <ul className="against-list" data-testid="against-findings">
          {against.findings.map((f) => (
            <li key={f.fingerprint} className="finding" data-rule={f.rule}>
              <RuleLabel f={f} />
              <div>{f.message}</div>
            </li>
          ))}
        </ul>
      )}
      {against.missing.length > 0 && <p className="error-text">应报未报的单位（差异可能来自这些单位）：{against.missing.join('、')}</p>}
    </section>
  );
}
