// The reviewer's open comments by where they point, so the form can show them in place: a
// marked cell that explains itself on hover, a note above a section's text.
import type { Project } from '../../../shared';

export interface OpenComments {
  /** Cell key → the comments' texts, one line each with the author. */
  readonly cells: ReadonlyMap<string, string>;
  /** Section id (or 'preamble') → the comments' texts. */
  readonly places: ReadonlyMap<string, readonly string[]>;
}

export function openComments(project: Project): OpenComments {
  const cells = new Map<string, string>();
  const places = new Map<string, string[]>();
  for (const c of project.review.comments) {
    if (c.resolved) continue;
    const line = `审核意见（${c.author || '审核人'}）：${c.text}`;
    if (c.anchor.type === 'cell') cells.set(c.anchor.cell, cells.has(c.anchor.cell) ? `${cells.get(c.anchor.cell)}\n${line}` : line);
    else {
      const key = c.anchor.type === 'section' ? c.anchor.section : 'preamble';
      places.set(key, [...(places.get(key) ?? []), line]);
    }
  }
  return { cells, places };
}
