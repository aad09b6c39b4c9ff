// Text copied from a PDF or a page breaks a long row label over two or three lines, with the
// numbers on any of them: 「（二）部分公开（区分处理的，只计这一情」 / 「形，不计其他情形） 447 7 0 0 0 0 454」.
// Neighbouring lines are joined only where the pieces together are a standard row label
// exactly and the first piece alone is not: a label is never made up.
import { parsesAsValue } from '../values/cell-value';
import type { SourceLine } from './document';
import { isGroupPiece, matchRow } from './labels';

const exact = (text: string) => {
  const m = matchRow(text);
  return m !== null && m.exact && !m.changed;
};

/** A number or a not-applicable mark (as document.ts's isValueText): never part of a label. */
const isValue = (text: string) => parsesAsValue(text.trim());

/** A line that is only label text: one cell, not a number, short enough to be part of a label. */
const labelOnly = (l: SourceLine | undefined): l is SourceLine => l !== undefined && !l.cutOff && !l.structured && !l.cellEnd && l.cells.length === 1 && l.cells[0]!.length <= 60 && !isValue(l.cells[0]!);
/** A label followed by numbers on one line (「形，不计其他情形） 447 7 0 0 0 0 454」). */
const labelled = (l: SourceLine | undefined): l is SourceLine => l !== undefined && !l.cutOff && l.structured && !l.alignEnd && l.cells.length > 1 && l.cells[0]!.length <= 60;

/**
 * A continuation line's text, and the same without a leading word that is a piece of a group
 * label printed beside it (「他处理 用、行政机关…」: 他处理 is （六）其他处理's second line).
 */
function continuations(text: string): string[] {
  const t = text.trim();
  const m = /^(\S{1,8})[ \u3000]+(\S.*)$/.exec(t);
  return m && isGroupPiece(m[1]!) ? [t, m[2]!] : [t];
}

export function joinWrappedLabels(lines: readonly SourceLine[]): SourceLine[] {
  const out: SourceLine[] = [];
  for (let i = 0; i < lines.length; i++) {
    const a = lines[i]!;
    const b = lines[i + 1];
    const c = lines[i + 2];
    if (labelOnly(a) && !exact(a.cells[0]!)) {
      const head = a.cells[0]!.trim();
      if (labelled(b)) {
        let joined = false;
        for (const mid of continuations(b.cells[0]!)) {
          const label = head + mid;
          if (exact(label)) {
            out.push({ ...b, cells: [label, ...b.cells.slice(1)], raw: `${a.raw} ${b.raw}` });
            i += 1;
            joined = true;
            break;
          }
          // Three lines, the numbers on the middle one, the label's end below.
          const end = labelOnly(c) ? continuations(c.cells[0]!).find((e) => exact(label + e)) : undefined;
          if (end !== undefined) {
            out.push({ ...b, cells: [label + end, ...b.cells.slice(1)], raw: `${a.raw} ${b.raw} ${c!.raw}` });
            i += 2;
            joined = true;
            break;
          }
        }
        if (joined) continue;
      }
      if (labelOnly(b) && !exact(b.cells[0]!)) {
        // Two lines of label, the numbers on the next line (read as a row's numbers after its label).
        const label = head + b.cells[0]!.trim();
        if (exact(label)) {
          out.push({ ...a, cells: [label], raw: `${a.raw}${b.raw}` });
          i += 1;
          continue;
        }
        if (labelOnly(c) && exact(label + c.cells[0]!.trim())) {
          out.push({ ...a, cells: [label + c.cells[0]!.trim()], raw: `${a.raw}${b.raw}${c.raw}` });
          i += 2;
          continue;
        }
      }
    }
    // The numbers on the first line, the label's end on the next.
    if (labelled(a) && !exact(a.cells[0]!) && labelOnly(b) && exact(a.cells[0]!.trim() + b.cells[0]!.trim())) {
      out.push({ ...a, cells: [a.cells[0]!.trim() + b.cells[0]!.trim(), ...a.cells.slice(1)], raw: `${a.raw} ${b.raw}` });
      i += 1;
      continue;
    }
    out.push(a);
  }
  return out;
}
