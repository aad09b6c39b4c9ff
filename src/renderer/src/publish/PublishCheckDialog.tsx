// 工具 → 发布核对…: the copy published on the website (saved web page, copied text, .docx)
// against the open report. Each difference is one row, the report's text and the published
// text side by side, so the clerk sees what the content system changed and where.
import { useState } from 'react';
import type { Project } from '../../../shared';
import type { ChannelOutput } from '../../../shared/ipc';
import { Modal } from '../files/Modal';
import { ipc } from '../ipc/client';
import './publish.css';

type Result = NonNullable<ChannelOutput<'publish.check'>>;
type Phase = { kind: 'choose' } | { kind: 'running' } | { kind: 'done'; result: Result } | { kind: 'failed'; message: string };

const VERDICT: Record<Result['status'], string> = {
  0: '发布稿与报告一致：表格每一格、正文每一段都相同。',
  1: '发布稿的文字与报告有出入（数字和表格一致）。',
  2: '发布稿的数字或表格与报告不一致，请尽快更正网站上的版本。',
};

export function PublishCheckDialog({ project, onClose }: { project: Project; onClose(): void }) {
  const [phase, setPhase] = useState<Phase>({ kind: 'choose' });

  async function run() {
    const client = ipc();
    if (!client) return setPhase({ kind: 'failed', message: '无法连接年报 Studio 主进程。' });
    setPhase({ kind: 'running' });
    const r = await client.publish.check({ project });
    if (!r.ok) setPhase({ kind: 'failed', message: r.error });
    else if (!r.value) setPhase({ kind: 'choose' });
    else setPhase({ kind: 'done', result: r.value });
  }

  return (
    <Modal title="发布核对" onClose={phase.kind === 'running' ? undefined : onClose}>
      {phase.kind === 'choose' && (
        <>
          <p>选择网站上实际发布的版本：另存的网页（.html）、从网页复制的文字（.txt）、网站上的 PDF 或发布用的 Word 文档（.docx）。将与本报告逐格、逐段比对，找出丢失的表格、改动的数字、被改坏的文号和日期、改动的标题和段落。</p>
          <div className="actions">
            <button type="button" className="primary" onClick={() => void run()}>
              选择发布稿…
            </button>
            <button type="button" onClick={onClose}>
              取消
            </button>
          </div>
        </>
      )}
      {phase.kind === 'running' && <p role="status">正在比对……</p>}
      {phase.kind === 'failed' && (
        <div role="alert">
          <p className="error-text">发布核对失败：{phase.message}</p>
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
      {phase.kind === 'done' && (
        <div className="publish-check" role="status">
          <p className={phase.result.status === 0 ? 'ok-note' : phase.result.status === 2 ? 'error-text verdict' : 'warn-box'}>
            “{phase.result.source}”：{VERDICT[phase.result.status]}
            {phase.result.differences.length > 0 && `共 ${phase.result.differences.length} 处不同。`}
          </p>
          {phase.result.differences.length > 0 && (
            <div className="diff-scroll">
              <table className="diff-table">
                <thead>
                  <tr>
                    <th>位置与说明</th>
                    <th>报告（审定稿）</th>
                    <th>发布稿（网站）</th>
                  </tr>
                </thead>
                <tbody>
                  {phase.result.differences.map((d, i) => (
                    <tr key={i} data-kind={d.kind} className={d.weight === 'figures' ? 'figures' : 'text'}>
                      <td>
                        <span className="tag">{d.weight === 'figures' ? '数字/表格' : '文字'}</span>
                        {d.message}
                      </td>
                      <td className="approved">{d.approved || '（无）'}</td>
                      <td className="published">{d.published || '（无）'}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
          <div className="actions">
            <button type="button" onClick={() => setPhase({ kind: 'choose' })}>
              核对另一份…
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
