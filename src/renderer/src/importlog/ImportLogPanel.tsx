// What the importer did, shown to the clerk right after an import in the right-hand column
// (in place of the validation panel until dismissed, so the form stays at hand for checking):
// what needs checking, what was recognised where (line, table row, sheet), and every cell left
// blank because the source did not show it. The importer never invents a number, so each
// blank cell is one to fill in.
import { useMemo } from 'react';
import { CELLS, TABLE_SHORT_NAMES, describeCell, type Project, type TableId } from '../../../shared';
import type { ImportLogEntry } from '../../../shared/ipc';
import './importlog.css';

/** One import as the app received it from main. */
export interface ImportRecord {
  /** The recovery key of the document the import opened: the log belongs to that document only. */
  readonly docKey: string;
  readonly sourcePath: string;
  readonly log: readonly ImportLogEntry[];
  readonly project: Project;
}

const LEVEL_LABELS: Readonly<Record<ImportLogEntry['level'], string>> = { info: '已识别', warning: '需核对', error: '未能读取' };

function blankCells(project: Project): Map<TableId, string[]> {
  const out = new Map<TableId, string[]>();
  for (const c of CELLS) {
    const v = project.cells[c.key];
    if (v !== null && v !== undefined) continue;
    let list = out.get(c.table);
    if (!list) out.set(c.table, (list = []));
    list.push(c.key);
  }
  return out;
}

function Entries({ entries }: { entries: readonly ImportLogEntry[] }) {
  return (
    <ul className="import-entries">
      {entries.map((e, i) => (
        <li key={i} className={`import-${e.level}`}>
          <span className={`sev sev-${e.level === 'info' ? 'acknowledged' : e.level === 'error' ? 'error' : 'warning'}`}>{LEVEL_LABELS[e.level]}</span>
          <span className="import-place">{e.place}</span>
          <span className="message">{e.message}</span>
        </li>
      ))}
    </ul>
  );
}

export function ImportLogPanel({ record, onClose }: { record: ImportRecord; onClose(): void }) {
  const problems = record.log.filter((e) => e.level !== 'info');
  const recognised = record.log.filter((e) => e.level === 'info');
  const blanks = useMemo(() => blankCells(record.project), [record.project]);
  const blankCount = [...blanks.values()].reduce((n, l) => n + l.length, 0);
  return (
    <aside className="panel import-log" aria-label="导入记录" data-testid="import-log">
      <header className="import-head">
        <h2>导入记录</h2>
        <button type="button" className="link" onClick={onClose} aria-label="关闭导入记录">
          ×
        </button>
      </header>
      <div className="panel-body">
        <p className="import-source">
          来源 <code className="path">{record.sourcePath}</code>
        </p>
        <p className="summary">
          <span className="chip-sum sum-ok">已识别 {recognised.length} 项</span>
          <span className={`chip-sum ${problems.length ? 'sum-warning' : 'sum-muted'}`}>需核对 {problems.length} 项</span>
          <span className={`chip-sum ${blankCount ? 'sum-warning' : 'sum-muted'}`}>留空 {blankCount} 格</span>
        </p>
        <div className="import-scroll">
          {problems.length > 0 && (
            <section aria-label="需核对">
              <h3>需核对</h3>
              <Entries entries={problems} />
            </section>
          )}
          {blankCount > 0 && (
            <section aria-label="留空的单元格">
              <h3>留空的单元格（原文未给出，未作推测，请核对后填写）</h3>
              {[...blanks].map(([table, keys]) => (
                <details key={table} open={keys.length <= 20}>
                  <summary>
                    {TABLE_SHORT_NAMES[table]}：{keys.length} 格
                  </summary>
                  <ul className="blank-cells">
                    {keys.map((k) => (
                      <li key={k} data-cell={k}>
                        {describeCell(k)}
                      </li>
                    ))}
                  </ul>
                </details>
              ))}
            </section>
          )}
          <section aria-label="已识别">
            <h3>已识别</h3>
            <Entries entries={recognised} />
          </section>
        </div>
      </div>
      <footer className="import-foot">
        <button type="button" className="primary" onClick={onClose}>
          开始核对（显示校验结果）
        </button>
      </footer>
    </aside>
  );
}
