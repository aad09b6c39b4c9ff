// The middle column in 编写 mode: the form for the part chosen in the navigator.
import { useMemo, type Dispatch } from 'react';
import { NARRATED_SECTIONS, SECTION_BY_ID, TABLE_NAMES, type NarratedSection, type Project, type SectionId } from '../../../shared';
import { TableProse } from '../narrative/TableProse';
import { BasicInfoForm } from '../narrative/BasicInfoForm';
import { NarrativeEditor } from '../narrative/NarrativeEditor';
import { openComments } from '../review/open-comments';
import { PLACE_LABELS } from '../state/places';
import type { Action, View } from '../state/store';
import { TableEditor } from '../tables/TableEditor';
import type { Marks } from '../validation/cell-marks';

export function Editor({ project, view, marks, dispatch }: { project: Project; view: View; marks: Marks; dispatch: Dispatch<Action> }) {
  const comments = useMemo(() => openComments(project), [project]);
  if (view === 'basic')
    return (
      <main className="editor" aria-label={PLACE_LABELS.basic}>
        <h2 className="editor-title">{PLACE_LABELS.basic}</h2>
        <CommentNotes lines={comments.places.get('preamble')} />
        <BasicInfoForm project={project} mark={marks.basic} dispatch={dispatch} />
      </main>
    );
  const section = SECTION_BY_ID[view];
  const mark = marks.sections.get(view);
  return (
    <main className="editor" aria-label={section.heading}>
      <h2 className="editor-title">{section.heading}</h2>
      <CommentNotes lines={comments.places.get(section.id)} />
      {section.table ? (
        <>
          <p className="guidance">{section.guidance}</p>
          {mark && (
            <ul className={`section-findings mark-${mark.severity}`}>
              {mark.messages.map((m) => (
                <li key={m}>{m}</li>
              ))}
            </ul>
          )}
          <h3 className="table-title">{TABLE_NAMES[section.table]}</h3>
          <TableEditor table={section.table} cells={project.cells} marks={marks} comments={comments.cells} dispatch={dispatch} />
          <p className="keys-help">
            方向键移动；Tab / Shift+Tab 到下一格 / 上一格；Enter 向下。可从 Excel 或 WPS 复制一块数据，在起始单元格中粘贴（Ctrl+V）。总计由软件自动计算。
          </p>
          {isNarrated(section.id) && <TableProse key={section.id} section={{ ...section, id: section.id }} project={project} dispatch={dispatch} />}
        </>
      ) : (
        <NarrativeEditor key={section.id} section={section} project={project} text={project.sections[section.id]} mark={mark} dispatch={dispatch} />
      )}
    </main>
  );
}

const isNarrated = (id: SectionId): id is NarratedSection => (NARRATED_SECTIONS as readonly SectionId[]).includes(id);

/** Open review comments on a section, shown above its form until resolved. */
function CommentNotes({ lines }: { lines: readonly string[] | undefined }) {
  if (!lines?.length) return null;
  return (
    <ul className="comment-notes" aria-label="待处理的审核意见">
      {lines.map((l) => (
        <li key={l}>{l}</li>
      ))}
    </ul>
  );
}
