// 生成段落: writes the standard sentences for a section from its table (一: the 依申请公开
// paragraph from 表三), at the caret — or over the paragraph generated earlier, found by its
// wording, so that it is brought up to date when the figures change.
import type { RefObject } from 'react';
import { flushSync } from 'react-dom';
import { generatedIsStale, generatedLine, withGeneratedParagraph, type NarratedSection, type Project } from '../../../shared';

export function GenerateParagraph({
  project,
  section,
  text,
  area,
  onText,
}: {
  project: Project;
  section: NarratedSection;
  text: string;
  area: RefObject<HTMLTextAreaElement | null>;
  /** Writes the section's new text (after dropping what the field was holding). */
  onText(text: string): void;
}) {
  const exists = generatedLine(text, project, section) >= 0;
  const stale = exists && generatedIsStale(text, project, section);
  function generate() {
    const el = area.current;
    const caret = el && document.activeElement === el ? el.selectionStart : null;
    const next = withGeneratedParagraph(text, project, section, caret);
    flushSync(() => onText(next.text));
    el?.focus();
    el?.setSelectionRange(next.start, next.end);
  }
  return (
    <div className="generate">
      {/* Pressing the button keeps the focus (and caret) in the text: the paragraph goes where she was writing. */}
      <button type="button" className="chip" onMouseDown={(e) => e.preventDefault()} onClick={generate} title="按表格中的数字写出标准段落；已生成过的段落按最新数字更新">
        {exists ? '更新生成段落' : section === 'overview' ? '生成段落：依申请公开（取自表三）' : '生成段落（取自表格）'}
      </button>
      {stale && (
        <span className="stale-note" role="status">
          由表格生成的段落中的数字与表格已不一致，请点“更新生成段落”。
        </span>
      )}
      {exists && !stale && <span className="ok-note">生成段落与表格一致</span>}
    </div>
  );
}
