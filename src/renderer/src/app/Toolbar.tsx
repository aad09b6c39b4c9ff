// The bar above the work area: which file, whether it has unsaved edits, and the file commands.
import { reportTitle } from '../../../shared';
import type { OpenDoc } from '../state/store';
import { isDirty } from '../state/store';
import { reviewStatusLabel } from '../review/ReviewView';
import type { HistoryCommand } from './undo-routing';

export interface ToolbarProps {
  readonly doc: OpenDoc;
  readonly mode: 'edit' | 'review';
  onSave(): void;
  onSaveAs(): void;
  onExport(): void;
  /** 上年度: link last year's report, compare year over year. */
  onPrior?(): void;
  /** 发布核对: the copy on the website against this report. */
  onPublishCheck?(): void;
  onMode(mode: 'edit' | 'review'): void;
  onClose(): void;
  /** What 撤销 / 重做 would take back (null: nothing). */
  undoLabel?: string | null;
  redoLabel?: string | null;
  onHistory?(command: HistoryCommand): void;
}

export function Toolbar({ doc, mode, onSave, onSaveAs, onExport, onPrior, onPublishCheck, onMode, onClose, undoLabel = null, redoLabel = null, onHistory }: ToolbarProps) {
  const dirty = isDirty(doc);
  const status = doc.project.review.status;
  return (
    <header className="toolbar">
      <div className="doc-name">
        <span className="app-name">年报 Studio</span>
        <span className="file" title={doc.filePath ?? '尚未保存到文件'}>
          {doc.name}
        </span>
        <span className="report-title">{reportTitle(doc.project.meta.issuer, doc.project.meta.year)}</span>
        {dirty && (
          <span className="unsaved" data-testid="unsaved" title="有尚未保存的修改">
            ● 未保存
          </span>
        )}
        <span className={`status status-${status}`} title={doc.project.review.approved ? `审核通过版本 SHA-256：${doc.project.review.approved.fingerprint}` : undefined}>
          {reviewStatusLabel(doc.project)}
        </span>
      </div>
      {onHistory && (
        // Shown in 审核 mode too (disabled) so that the toolbar does not shift under the mouse.
        <div className="history-buttons" role="group" aria-label="撤销与重做">
          <button type="button" disabled={!undoLabel || mode !== 'edit'} onClick={() => onHistory('undo')} title={historyTitle('撤销', undoLabel, 'Ctrl+Z', mode)}>
            撤销
          </button>
          <button type="button" disabled={!redoLabel || mode !== 'edit'} onClick={() => onHistory('redo')} title={historyTitle('重做', redoLabel, 'Ctrl+Y', mode)}>
            重做
          </button>
        </div>
      )}
      <div className="mode-switch" role="group" aria-label="模式">
        <button type="button" aria-pressed={mode === 'edit'} onClick={() => onMode('edit')}>
          编写
        </button>
        <button type="button" aria-pressed={mode === 'review'} onClick={() => onMode('review')}>
          审核
        </button>
      </div>
      <div className="commands">
        <button type="button" onClick={onSave} title="保存（Ctrl+S）">
          保存
        </button>
        <button type="button" onClick={onSaveAs} title="另存为（Ctrl+Shift+S）">
          另存为…
        </button>
        {onPrior && (
          <button type="button" onClick={onPrior} title="关联上年度报告，预填上年结转，逐项对比">
            上年度…
          </button>
        )}
        {onPublishCheck && (
          <button type="button" onClick={onPublishCheck} title="把网站上发布的版本与本报告逐格、逐段比对">
            发布核对…
          </button>
        )}
        <button type="button" className="primary" onClick={onExport} title="导出 Word / Excel / 网页（Ctrl+E）">
          导出…
        </button>
        <button type="button" onClick={onClose} title="关闭报告，回到开始页">
          关闭
        </button>
      </div>
    </header>
  );
}

function historyTitle(verb: string, label: string | null, keys: string, mode: 'edit' | 'review'): string {
  if (mode !== 'edit') return `审核模式下不能${verb}修改`;
  return label ? `${verb}：${label}（${keys}）` : `没有可${verb}的修改`;
}
