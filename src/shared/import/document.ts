// The one shape every input format is turned into before recognition: lines of cells.
// A Word or Excel table row, an HTML <tr>, a tab- or pipe-separated text line becomes one
// line with real cell boundaries (`structured`); a paragraph or a text line holding a single
// cell does not. Recognition then works the same whatever the format was.
import { parsesAsValue } from '../values/cell-value';
import { joinWrappedLabels } from './wrapped-labels';

export interface SourceLine {
  readonly cells: readonly string[];
  /** True when the cell boundaries are real (table row, tabs, pipes, a label followed by numbers). */
  readonly structured: boolean;
  /** Where the line is, in words for the import log: 「第12行」「第2个表格第5行」. */
  readonly where: string;
  /** The line as written (paragraph text keeps its own spacing). */
  readonly raw: string;
  /**
   * Set on the last line of a text that stops mid-line (a copy cut off): its last cell may be
   * a number cut short ("315" of "31510"), so it is not read.
   */
  readonly cutOff?: boolean;
  /**
   * A one-cell line closed by a cell delimiter ("0 |"), or a line of empty cells ("|", "||"):
   * in such a copy (one cell per line, with pipes) a run of these lines is a row's cells in
   * order, empty ones included, so the columns of what is shown can be counted.
   */
  readonly cellEnd?: boolean;
  /**
   * The line is a table row whose last cell is the table's last column (a Word or web table
   * row, a tab-separated copy of one): padding after a spanning label is at its start, so a
   * blank last number is not taken for padding.
   */
  readonly alignEnd?: boolean;
}

export type InputFormat = 'text' | 'html' | 'docx' | 'xlsx' | 'pdf';

export const FORMAT_LABELS: Readonly<Record<InputFormat, string>> = {
  text: '纯文本',
  html: '网页（HTML）',
  docx: 'Word 文档（.docx）',
  xlsx: 'Excel 工作簿（.xlsx）',
  pdf: 'PDF 文件（.pdf）',
};

/** A number or a not-applicable mark: what may stand in a table's value cell. */
export const isValueText = parsesAsValue;

const VALUE_WORD = String.raw`(?:[0-9０-９]+(?:[.．][0-9０-９]+)?|[/／—–－\-]+|不适用|不適用)`;
const TRAILING_VALUES = new RegExp(String.raw`^(.*?\S)((?:[ \u3000]+${VALUE_WORD})+)[ \u3000]*$`);

function splitPlainLine(line: string): { cells: string[]; structured: boolean } {
  const text = line.trim();
  const words = text.split(/[ \u3000]+/);
  // "0 0 0 0 0 …" (a table row copied from a PDF) or "四、结转下年度继续办理 0 0 0 0 0 0 0".
  if (words.length > 1 && words.every(isValueText)) return { cells: words, structured: true };
  const m = TRAILING_VALUES.exec(text);
  if (m && !isValueText(m[1]!) && m[1]!.length <= 60) {
    const values = m[2]!.trim().split(/[ \u3000]+/);
    return { cells: [m[1]!.trim(), ...values], structured: true };
  }
  return { cells: [text], structured: false };
}

/**
 * Plain text as copied from a web page or a PDF: tabs and pipes separate cells; a line of a
 * single cell is a paragraph or one table cell per line; blank lines carry no information.
 */
export function linesFromText(text: string): SourceLine[] {
  const out: SourceLine[] = [];
  text.split(/\r\n|\r|\n/).forEach((raw, i) => {
    const where = `第${i + 1}行`;
    const line = raw.replace(/\u00a0/g, ' ');
    if (line.trim() === '') return;
    let cells: string[];
    const tabs = line.includes('\t');
    if (tabs) cells = line.split('\t').map((c) => c.trim());
    else if (line.includes('|')) {
      cells = line.split('|').map((c) => c.trim());
      if (line.trimStart().startsWith('|')) cells.shift();
      if (line.trimEnd().endsWith('|')) cells.pop();
    } else {
      const plain = splitPlainLine(line);
      out.push({ cells: plain.cells, structured: plain.structured, where, raw: line.trim() });
      return;
    }
    // A tab-separated row keeps its empty last cells (a blank 总计 is a cell of the row).
    const filled = cells.filter((c) => c !== '').length;
    if (!tabs || filled <= 1) while (cells.length > 0 && cells[cells.length - 1] === '') cells.pop();
    if (filled === 0) {
      // "|" or "|||": as many empty cells as delimiters (kept so that positions count).
      const empty = (line.match(/\|/g) ?? []).length;
      out.push({ cells: Array<string>(empty).fill(''), structured: false, where, raw: '', cellEnd: true });
      return;
    }
    // "规章 |": one cell per line, no row structure to rely on, but the cell is delimited.
    if (filled === 1 && cells.length === 1) out.push({ cells, structured: false, where, raw: line.trim(), cellEnd: true });
    else out.push({ cells, structured: true, where, raw: line.trim(), ...(tabs ? { alignEnd: true } : {}) });
  });
  const last = out[out.length - 1];
  if (last && !/[\n\r|\t]\s*$/.test(text)) out[out.length - 1] = { ...last, cutOff: true };
  return joinWrappedLabels(out);
}
