// The first thing a clerk sees: a new report from the template for their kind of issuer, an
// existing project, the recent files, and any draft a crash left behind.
import { useEffect, useState, type FormEvent } from 'react';
import { ISSUER_LEVELS, reportTitle, type IssuerLevel } from '../../../shared';
import { IssuerLevelSelect } from '../input/IssuerLevelSelect';
import { YEAR_PROBLEM, parseYear } from '../input/parse-year';
import type { BatchKind, RecentFile, RecoveryEntry } from '../../../shared/ipc';
import type { DocumentControls } from '../files/use-document';
import { ipc } from '../ipc/client';
import { formatTime } from '../review/format-time';

/** Templates named after an issuer level preselect that level. */
const LEVEL_OF_TEMPLATE: Readonly<Record<string, IssuerLevel>> = Object.fromEntries(ISSUER_LEVELS.map((l) => [l, l]));

function NewReportForm({ controls }: { controls: DocumentControls }) {
  const [templates, setTemplates] = useState<{ name: string; description: string }[]>([]);
  const [template, setTemplate] = useState('department');
  const [issuer, setIssuer] = useState('');
  const [level, setLevel] = useState<IssuerLevel>('department');
  const [year, setYear] = useState(String(new Date().getFullYear() - 1));
  const [busy, setBusy] = useState(false);
  useEffect(() => {
    void ipc()?.project.templates({}).then((r) => r.ok && setTemplates(r.value));
  }, []);
  const y = parseYear(year);
  const yearOk = y !== null;
  async function submit(e: FormEvent) {
    e.preventDefault();
    if (!issuer.trim() || y === null) return;
    setBusy(true);
    const known = templates.some((t) => t.name === template);
    await controls.newReport({ issuer: issuer.trim(), year: y, issuerLevel: level, ...(known ? { template } : {}) });
    setBusy(false);
  }
  return (
    <form className="card new-report" onSubmit={submit} aria-label="新建年度报告">
      <h2>新建年度报告</h2>
      {templates.length > 0 && (
        <fieldset className="templates">
          <legend>模板</legend>
          {templates.map((t) => (
            <label key={t.name} className={`level${template === t.name ? ' level-on' : ''}`}>
              <input
                type="radio"
                name="template"
                value={t.name}
                checked={template === t.name}
                onChange={() => {
                  setTemplate(t.name);
                  const l = LEVEL_OF_TEMPLATE[t.name];
                  if (l) setLevel(l);
                }}
              />
              {t.description}
            </label>
          ))}
        </fieldset>
      )}
      <label className="field">
        <span>发布机关</span>
        <input type="text" value={issuer} onChange={(e) => setIssuer(e.target.value)} placeholder="例如：某某市行政审批服务局" aria-label="发布机关" />
      </label>
      <div className="two">
        <IssuerLevelSelect value={level} onChange={setLevel} />
        <label className="field">
          <span>报告年度</span>
          <input type="text" inputMode="numeric" value={year} onChange={(e) => setYear(e.target.value)} aria-label="报告年度" aria-invalid={!yearOk || undefined} />
          {!yearOk && <em className="field-error">{YEAR_PROBLEM}</em>}
        </label>
      </div>
      {issuer.trim() && y !== null && <p className="muted">将创建：{reportTitle(issuer.trim(), y)}</p>}
      <button type="submit" className="primary big" disabled={busy || !issuer.trim() || !yearOk}>
        创建报告
      </button>
    </form>
  );
}

export function StartScreen({ controls, onBatch }: { controls: DocumentControls; onBatch?: (kind: BatchKind) => void }) {
  const [recent, setRecent] = useState<RecentFile[]>([]);
  const [drafts, setDrafts] = useState<RecoveryEntry[]>([]);
  useEffect(() => {
    const client = ipc();
    if (!client) return;
    void client.recent.list({}).then((r) => r.ok && setRecent(r.value));
    void client.recovery.list({}).then((r) => r.ok && setDrafts(r.value));
  }, []);

  async function discard(key: string) {
    const r = await ipc()?.recovery.discard({ key });
    if (r?.ok) setDrafts((d) => d.filter((x) => x.key !== key));
  }

  async function forget(path: string) {
    const r = await ipc()?.recent.remove({ path });
    if (r?.ok) setRecent(r.value);
  }

  return (
    <main className="start">
      <header className="start-head">
        <h1>年报 Studio</h1>
        <p>政府信息公开工作年度报告 编写 · 校验 · 导出（国办公开办函〔2021〕30号格式）</p>
      </header>
      {drafts.length > 0 && (
        <section className="card recovery" aria-label="恢复未保存的草稿">
          <h2>发现未保存的草稿</h2>
          <p>上次退出时以下报告有尚未保存的修改，已自动保存为恢复草稿：</p>
          <ul>
            {drafts.map((d) => (
              <li key={d.key}>
                <span className="draft-name">
                  <strong>{reportTitle(d.project.meta.issuer, d.project.meta.year)}</strong>
                  <span className="muted">
                    {d.path ?? '（从未保存）'} · 草稿时间 {formatTime(d.savedAt)}
                  </span>
                </span>
                <button type="button" className="primary" onClick={() => controls.openRecovered(d)}>
                  恢复
                </button>
                <button type="button" onClick={() => void discard(d.key)}>
                  丢弃
                </button>
              </li>
            ))}
          </ul>
        </section>
      )}
      <div className="start-grid">
        <NewReportForm controls={controls} />
        <section className="card" aria-label="打开">
          <h2>打开</h2>
          <div className="actions">
            <button type="button" onClick={() => void controls.open()}>
              打开项目文件…
            </button>
            <button type="button" onClick={() => void controls.importReport()}>
              导入已有报告（Word / Excel / 网页）…
            </button>
          </div>
          <h3>最近打开</h3>
          {recent.length === 0 ? (
            <p className="muted">暂无最近打开的文件。</p>
          ) : (
            <ul className="recent">
              {recent.map((f) => (
                <li key={f.path} className={f.exists ? '' : 'missing'}>
                  <button type="button" className="link" disabled={!f.exists} onClick={() => void controls.openPath(f.path)} title={f.path}>
                    {f.name}
                  </button>
                  <span className="muted">{f.exists ? formatTime(f.openedAt) : '文件已移动或删除'}</span>
                  <button type="button" className="link remove" onClick={() => void forget(f.path)} title="从列表中移除">
                    移除
                  </button>
                </li>
              ))}
            </ul>
          )}
          {onBatch && (
            <>
              <h3>政务公开办：汇总与审核下属单位年报</h3>
              <div className="actions">
                <button type="button" onClick={() => onBatch('aggregate')}>
                  汇总…
                </button>
                <button type="button" onClick={() => onBatch('audit')}>
                  批量审核…
                </button>
              </div>
            </>
          )}
        </section>
      </div>
    </main>
  );
}
