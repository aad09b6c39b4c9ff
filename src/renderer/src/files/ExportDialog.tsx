// Export to Word or Excel through main (the export issue's code): choose the format, see that
// it is running, then where the file went with a button to open its folder. A report that
// still has errors can only go out as a draft marked 草稿.
import { useState } from 'react';
import { findingTitle, type Finding, type Project } from '../../../shared';
import type { ExportFormat } from '../../../shared/ipc';
import { ipc } from '../ipc/client';
import { Modal } from './Modal';

const FORMAT_LABELS: Record<ExportFormat, string> = {
  docx: 'Word 文档（.docx，用于印发和公开）',
  xlsx: 'Excel 工作簿（.xlsx，用于核对和汇总）',
  html: '网页（.html，用于在网站公开）',
};
const FORMAT_NAMES: Record<ExportFormat, string> = { docx: 'Word 文档', xlsx: 'Excel 工作簿', html: '网页' };

type Phase = { kind: 'choose' } | { kind: 'running' } | { kind: 'copied'; draft: boolean } | { kind: 'done'; path: string; bytes: number; draft: boolean } | { kind: 'failed'; message: string; details?: readonly string[] };

/** What is still open before export, each a way back to its place: errors (of a draft) and unacknowledged warnings. */
function OpenFindings({ findings, onGo }: { findings: readonly Finding[]; onGo(f: Finding): void }) {
  const errors = findings.filter((f) => f.severity === 'error');
  const warnings = findings.filter((f) => f.severity === 'warning' && !f.acknowledged);
  if (errors.length + warnings.length === 0) return null;
  const item = (f: Finding) => (
    <li key={f.fingerprint} className={`export-finding export-finding-${f.severity}`}>
      <button type="button" className="link" onClick={() => onGo(f)} title="关闭此对话框，转到相关单元格或段落">
        <strong>{findingTitle(f)}</strong>：{f.message}
      </button>
    </li>
  );
  return (
    <div className="export-findings">
      {errors.length > 0 && (
        <>
          <h3>错误 {errors.length} 个（须改正后才能导出正式文件）</h3>
          <ul aria-label="尚未改正的错误">{errors.map(item)}</ul>
        </>
      )}
      {warnings.length > 0 && (
        <>
          <h3>未确认的提示 {warnings.length} 个（请核实，或在校验结果中“确认无误”）</h3>
          <ul aria-label="未确认的提示">{warnings.map(item)}</ul>
        </>
      )}
    </div>
  );
}

export function ExportDialog({
  project,
  projectPath,
  errors,
  findings = [],
  onGo,
  initialFormat,
  onClose,
}: {
  project: Project;
  projectPath: string | null;
  errors: number;
  /** The current findings: the dialog lists what is still open, each clickable. */
  findings?: readonly Finding[];
  onGo?(f: Finding): void;
  initialFormat?: ExportFormat;
  onClose(): void;
}) {
  const [format, setFormat] = useState<ExportFormat>(initialFormat ?? 'docx');
  const [phase, setPhase] = useState<Phase>({ kind: 'choose' });
  const draft = errors > 0;

  async function run() {
    const client = ipc();
    if (!client) return setPhase({ kind: 'failed', message: '无法连接年报 Studio 主进程。' });
    setPhase({ kind: 'running' });
    const r = await client.export.run({ project, format, draft, projectPath });
    if (!r.ok) setPhase({ kind: 'failed', message: r.error, ...(r.details ? { details: r.details } : {}) });
    else if (!r.value) setPhase({ kind: 'choose' });
    else setPhase({ kind: 'done', path: r.value.path, bytes: r.value.bytes, draft: r.value.draft });
  }

  /** 复制网页版: the same page as the .html export, on the clipboard for the site's editor. */
  async function copyHtml() {
    const client = ipc();
    if (!client) return setPhase({ kind: 'failed', message: '无法连接年报 Studio 主进程。' });
    const r = await client.export.copyHtml({ project, draft });
    if (!r.ok) setPhase({ kind: 'failed', message: r.error, ...(r.details ? { details: r.details } : {}) });
    else setPhase({ kind: 'copied', draft: r.value.draft });
  }

  return (
    <Modal title="导出报告" onClose={phase.kind === 'running' ? undefined : onClose}>
      {phase.kind === 'choose' && (
        <>
          <fieldset className="formats">
            <legend>格式</legend>
            {(Object.keys(FORMAT_LABELS) as ExportFormat[]).map((f) => (
              <label key={f}>
                <input type="radio" name="format" checked={format === f} onChange={() => setFormat(f)} />
                {FORMAT_LABELS[f]}
              </label>
            ))}
          </fieldset>
          {draft ? (
            <p className="warn-box">报告仍有 {errors} 个错误，只能导出草稿：文件将醒目标注“草稿”，不能用于报送。更正全部错误后可导出正式文件。</p>
          ) : (
            <p className="muted">校验未发现错误，将导出正式文件。</p>
          )}
          {onGo && <OpenFindings findings={findings} onGo={onGo} />}
          <div className="actions">
            <button type="button" className="primary" onClick={() => void run()}>
              {draft ? '导出草稿…' : '导出…'}
            </button>
            <button type="button" onClick={() => void copyHtml()} title="把网页版（表格、标题、落款）放到剪贴板，粘贴到网站的编辑器中">
              {draft ? '复制网页版（草稿）' : '复制网页版'}
            </button>
            <button type="button" onClick={onClose}>
              取消
            </button>
          </div>
        </>
      )}
      {phase.kind === 'copied' && (
        <div className="result" role="status">
          <p className="ok-note">{phase.draft ? '网页版草稿已复制到剪贴板' : '网页版已复制到剪贴板'}</p>
          <p className="muted">可在网站内容管理系统的编辑器中直接粘贴。发布后请用“工具 → 发布核对…”或 nianbao check-published 核对网站上的版本。</p>
          <div className="actions">
            <button type="button" onClick={onClose}>
              关闭
            </button>
          </div>
        </div>
      )}
      {phase.kind === 'running' && (
        <div className="progress-box" role="status">
          <p>正在生成{FORMAT_NAMES[format]}……</p>
          <div className="indeterminate" aria-hidden="true">
            <span />
          </div>
        </div>
      )}
      {phase.kind === 'done' && (
        <div className="result" role="status">
          <p className="ok-note">{phase.draft ? '草稿已导出' : '导出完成'}（{(phase.bytes / 1024).toFixed(0)} KB）</p>
          <p>
            文件位置：<code className="path">{phase.path}</code>
          </p>
          <div className="actions">
            <button type="button" className="primary" onClick={() => void ipc()?.shell.showItemInFolder({ path: phase.path })}>
              打开所在文件夹
            </button>
            <button type="button" onClick={onClose}>
              关闭
            </button>
          </div>
        </div>
      )}
      {phase.kind === 'failed' && (
        <div className="result" role="alert">
          <p className="error-text">导出失败：{phase.message}</p>
          {phase.details && (
            <ul className="details">
              {phase.details.map((d) => (
                <li key={d}>{d}</li>
              ))}
            </ul>
          )}
          <div className="actions">
            <button type="button" onClick={() => setPhase({ kind: 'choose' })}>
              返回
            </button>
            <button type="button" onClick={onClose}>
              关闭
            </button>
          </div>
        </div>
      )}
    </Modal>
  );
}
