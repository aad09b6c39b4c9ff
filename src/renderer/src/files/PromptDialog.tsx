// The questions a save or a close can raise: the file changed on disk since it was opened,
// or there are unsaved edits.
import type { DocumentControls, Prompt } from './use-document';
import { Modal } from './Modal';

export function PromptDialog({ prompt, answer }: { prompt: Prompt; answer: DocumentControls['answer'] }) {
  if (prompt.kind === 'conflict')
    return (
      <Modal title="文件已在磁盘上被修改" onClose={() => void answer('cancel')}>
        <p>{prompt.message}</p>
        <p className="muted">
          文件：<code className="path">{prompt.path}</code>
        </p>
        <p className="muted">覆盖时，磁盘上现有的版本保留为同名 .bak 备份。</p>
        <div className="actions">
          <button type="button" className="danger" onClick={() => void answer('overwrite')}>
            覆盖保存
          </button>
          <button type="button" className="primary" onClick={() => void answer('saveAs')}>
            另存为…
          </button>
          <button type="button" onClick={() => void answer('cancel')}>
            取消
          </button>
        </div>
      </Modal>
    );
  return (
    <Modal title="有尚未保存的修改" onClose={() => void answer('cancel')}>
      <p>当前报告有尚未保存的修改。关闭它之前是否保存？不保存将丢弃这些修改（包括自动保存的恢复草稿）。</p>
      <div className="actions">
        <button type="button" className="primary" onClick={() => void answer('save')}>
          保存
        </button>
        <button type="button" className="danger" onClick={() => void answer('discard')}>
          不保存
        </button>
        <button type="button" onClick={() => void answer('cancel')}>
          取消
        </button>
      </div>
    </Modal>
  );
}
