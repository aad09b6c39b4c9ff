// The prose of 一, 五 and 六: what the section must contain beside a plain editor, with the
// conventional sub-headings of 一 and the 信息处理费 statement of 六 one click away.
import { useRef, type Dispatch } from 'react';
import { flushSync } from 'react-dom';
import { FEE_NIL_STATEMENT, sectionParts, type Project, type SectionDef } from '../../../shared';
import { useImeInput } from '../input/use-ime-input';
import type { Action } from '../state/store';
import type { Mark } from '../validation/cell-marks';
import { GenerateParagraph } from './GenerateParagraph';
import { insertParagraph } from './insert-paragraph';

export interface NarrativeEditorProps {
  readonly section: SectionDef;
  readonly project: Project;
  readonly text: string;
  readonly mark: Mark | undefined;
  readonly dispatch: Dispatch<Action>;
}

export function NarrativeEditor({ section, project, text, mark, dispatch }: NarrativeEditorProps) {
  const area = useRef<HTMLTextAreaElement>(null);
  const commit = (value: string) => dispatch({ type: 'setSection', section: section.id, text: value });
  const ime = useImeInput<HTMLTextAreaElement>(text, commit);

  function insert(snippet: string) {
    const el = area.current;
    const { text: next, caret } = insertParagraph(ime.props.value, el && document.activeElement === el ? el.selectionStart : null, snippet);
    // Render the new text now, so that focus and caret are in place before the next key press
    // (which would otherwise land on the button, or before a caret that moves later).
    flushSync(() => {
      ime.reset();
      commit(next);
    });
    el?.focus();
    el?.setSelectionRange(caret, caret);
  }

  const offers = section.id === 'other' ? [FEE_NIL_STATEMENT] : section.subheadings;
  // Each required item judged in the clerk's own words (a placeholder 【…】 says nothing).
  const parts = sectionParts(project, section.id);
  const hasFeeStatement = section.id === 'other' && parts[0]!.done;
  return (
    <div className="narrative">
      <div className="guide">
        <h3>本部分应当包含</h3>
        <ul className="must-contain">
          {section.mustContain.map((m, i) => {
            const done = parts[i]?.done ?? false;
            return (
              <li key={m} className={done ? 'part-done' : 'part-missing'} data-done={done}>
                <span className="part-mark" aria-hidden="true">
                  {done ? '✓' : '○'}
                </span>
                {m}
                <span className="visually-hidden">{done ? '（已写）' : '（未写）'}</span>
              </li>
            );
          })}
        </ul>
        <p className="guidance">{section.guidance}</p>
        {offers.length > 0 && (
          <div className="offers">
            <span className="offers-label">{section.id === 'other' ? '信息处理费说明：' : '常用小标题：'}</span>
            {offers.map((o) => (
              <button key={o} type="button" className="chip" onClick={() => insert(o)} title={`在光标处插入“${o}”`}>
                插入 {o}
              </button>
            ))}
            {hasFeeStatement && <span className="ok-note">已说明信息处理费情况</span>}
          </div>
        )}
        {section.id === 'overview' && (
          <GenerateParagraph
            project={project}
            section="overview"
            text={ime.props.value}
            area={area}
            onText={(t) => {
              ime.reset();
              commit(t);
            }}
          />
        )}
      </div>
      {mark && (
        <ul className={`section-findings mark-${mark.severity}`}>
          {mark.messages.map((m) => (
            <li key={m}>{m}</li>
          ))}
        </ul>
      )}
      <textarea
        ref={area}
        className="narrative-text"
        data-focus-key={`section:${section.id}`}
        aria-label={`${section.heading} 正文`}
        placeholder={`在此撰写“${section.heading}”。每段一行，小标题单独成行。`}
        spellCheck={false}
        {...ime.props}
      />
      <p className="count">{ime.props.value.replace(/\s/g, '').length} 字</p>
    </div>
  );
}
