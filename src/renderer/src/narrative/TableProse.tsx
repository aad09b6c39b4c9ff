// The text after a table (二、三、四): optional, printed under the table in the .docx. Its
// usual content is the standard statement of the table's figures, which 生成段落 writes.
import { useRef, type Dispatch } from 'react';
import type { NarratedSection, Project, SectionDef } from '../../../shared';
import { useImeInput } from '../input/use-ime-input';
import type { Action } from '../state/store';
import { GenerateParagraph } from './GenerateParagraph';

export function TableProse({ section, project, dispatch }: { section: SectionDef & { id: NarratedSection }; project: Project; dispatch: Dispatch<Action> }) {
  const area = useRef<HTMLTextAreaElement>(null);
  const commit = (value: string) => dispatch({ type: 'setSection', section: section.id, text: value });
  const ime = useImeInput<HTMLTextAreaElement>(project.sections[section.id], commit);
  return (
    <div className="table-prose">
      <h3>表后说明（可选，导出时排在表格之后）</h3>
      <GenerateParagraph
        project={project}
        section={section.id}
        text={ime.props.value}
        area={area}
        onText={(t) => {
          ime.reset();
          commit(t);
        }}
      />
      <textarea
        ref={area}
        className="narrative-text table-prose-text"
        data-focus-key={`section:${section.id}`}
        aria-label={`${section.heading} 表后说明`}
        placeholder="可点“生成段落”按表格数字写出标准段落，或自行撰写。"
        spellCheck={false}
        {...ime.props}
      />
    </div>
  );
}
