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

/** `text`: the line, trimmed. */
function splitPlainLine(text: string): { cells: string[]; structured: boolean } {
  // Without a space there is one word and no trailing values: most prose lines.
  if (!text.includes(' ') && !text.includes('\u3000')) return { cells: [text], structured: false };
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

/** `line` split at `sep`, each cell trimmed. */
function splitCells(line: string, sep: string): string[] {
  const cells = line.split(sep);
  for (let k = 0; k < cells.length; k++) cells[k] = cells[k]!.trim();
  return cells;
}

const WHITESPACE = /\s/;

/** Does the text end with a line break, tab or pipe, then only whitespace (/[\n\r|\t]\s*$/)? */
function endsAtDelimiter(text: string): boolean {
  let j = text.length - 1;
  for (; j >= 0 && WHITESPACE.test(text[j]!); j--) {
    const c = text.charCodeAt(j);
    if (c === 10 || c === 13 || c === 9) return true;
  }
  return j >= 0 && text.charCodeAt(j) === 124;
}

/**
 * Plain text as copied from a web page or a PDF: tabs and pipes separate cells; a line of a
 * single cell is a paragraph or one table cell per line; blank lines carry no information.
 */
export function linesFromText(text: string): SourceLine[] {
  const out: SourceLine[] = [];
  // Every report of a batch passes through here: no closure per line, each line trimmed once.
  const raws = text.includes('\r') ? text.split(/\r\n|\r|\n/) : text.split('\n');
  for (let i = 0; i < raws.length; i++) {
    const raw = raws[i]!;
    const line = raw.includes('\u00a0') ? raw.replace(/\u00a0/g, ' ') : raw;
    const trimmed = line.trim();
    if (trimmed === '') continue;
    const where = `第${i + 1}行`;
    let cells: string[];
    const tabs = line.includes('\t');
    if (tabs) cells = splitCells(line, '\t');
    else if (line.includes('|')) {
      cells = splitCells(line, '|');
      if (trimmed.startsWith('|')) cells.shift();
      if (trimmed.endsWith('|')) cells.pop();
    } else {
      const plain = splitPlainLine(trimmed);
      out.push({ cells: plain.cells, structured: plain.structured, where, raw: trimmed });
      continue;
    }
    // A tab-separated row keeps its empty last cells (a blank 总计 is a cell of the row).
    let filled = 0;
    for (let k = 0; k < cells.length; k++) if (cells[k] !== '') filled++;
    if (!tabs || filled <= 1) while (cells.length > 0 && cells[cells.length - 1] === '') cells.pop();
    if (filled === 0) {
      // "|" or "|||": as many empty cells as delimiters (kept so that positions count).
      let empty = 0;
      for (let k = line.indexOf('|'); k >= 0; k = line.indexOf('|', k + 1)) empty++;
      out.push({ cells: Array<string>(empty).fill(''), structured: false, where, raw: '', cellEnd: true });
      continue;
    }
    // "规章 |": one cell per line, no row structure to rely on, but the cell is delimited.
    if (filled === 1 && cells.length === 1) out.push({ cells, structured: false, where, raw: trimmed, cellEnd: true });
    else if (tabs) out.push({ cells, structured: true, where, raw: trimmed, alignEnd: true });
    else out.push({ cells, structured: true, where, raw: trimmed });
  }
  const last = out[out.length - 1];
  if (last && !endsAtDelimiter(text)) out[out.length - 1] = { ...last, cutOff: true };
  return joinWrappedLabels(out);
}
