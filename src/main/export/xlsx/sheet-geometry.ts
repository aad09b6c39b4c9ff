// Column widths and row heights for Chinese text. Excel measures a column in widths of the
// digit "0" of the default font; a CJK character (and full-width punctuation such as （）“”)
// is about two of those. Excel never sizes a row to the wrapped text of a merged cell, and
// LibreOffice only does so for unmerged ones, so every row height is computed here from the
// text and the width it gets.

/** Width of one character in column units: CJK, full-width forms and CJK punctuation are double. */
function charUnits(code: number): number {
  if (code >= 0x2e80) return code >= 0xff61 && code <= 0xffdc ? 1 : 2; // half-width katakana/hangul forms are single
  if (code >= 0x2010 && code <= 0x206f) return 2; // — “ ” … as CJK fonts draw them
  return 1;
}

/** Width of a line of text in column units. */
export function textUnits(text: string): number {
  let n = 0;
  for (const ch of text) n += charUnits(ch.codePointAt(0)!);
  return n;
}

/** Room a column loses to the cell's left and right padding, in column units. */
export const CELL_PADDING = 2;

/**
 * How many lines `text` takes in `width` column units, breaking anywhere (Chinese breaks between
 * any two characters) and at every newline.
 */
export function lineCount(text: string, width: number): number {
  const room = Math.max(1, width - CELL_PADDING);
  let lines = 0;
  for (const paragraph of text.split('\n')) {
    let used = 0;
    let count = 1;
    for (const ch of paragraph) {
      const w = charUnits(ch.codePointAt(0)!);
      if (used + w > room && used > 0) {
        count++;
        used = 0;
      }
      used += w;
    }
    lines += count;
  }
  return lines;
}

/** Points per line of 11 pt CJK text (CJK faces are taller than Latin ones), and the cell's air. */
export const LINE_HEIGHT = 15;
export const ROW_PADDING = 6;

export function heightForLines(lines: number): number {
  return lines * LINE_HEIGHT + ROW_PADDING;
}

/** A piece of text placed over a block of rows and columns. */
export interface PlacedText {
  readonly text: string;
  readonly row: number;
  readonly col: number;
  readonly rowSpan: number;
  readonly colSpan: number;
}

/**
 * Column widths: each column as wide as its widest single-column text, within [min, cap]. Longer
 * text wraps (the caps keep tables 三 and 四 printable on one page width).
 */
export function columnWidths(texts: readonly PlacedText[], columns: number, min: readonly number[], cap: readonly number[]): number[] {
  const widths = Array.from({ length: columns }, (_, c) => min[c]!);
  for (const t of texts) {
    if (t.colSpan !== 1) continue;
    const want = Math.min(textUnits(t.text) + CELL_PADDING, cap[t.col]!);
    if (want > widths[t.col]!) widths[t.col] = want;
  }
  return widths;
}

/**
 * Row heights (points) so every text shows whole: a one-row cell sets its row's height; a cell
 * spanning rows, if the rows together are too short, makes its last row taller.
 */
export function rowHeights(texts: readonly PlacedText[], rows: number, widths: readonly number[], minHeight: number): number[] {
  const heights = Array<number>(rows).fill(minHeight);
  const spanWidth = (t: PlacedText) => widths.slice(t.col, t.col + t.colSpan).reduce((a, b) => a + b, 0);
  const need = (t: PlacedText) => heightForLines(lineCount(t.text, spanWidth(t)));
  for (const t of texts) if (t.rowSpan === 1) heights[t.row] = Math.max(heights[t.row]!, need(t));
  for (const t of texts) {
    if (t.rowSpan === 1) continue;
    const have = heights.slice(t.row, t.row + t.rowSpan).reduce((a, b) => a + b, 0);
    const last = t.row + t.rowSpan - 1;
    if (need(t) > have) heights[last] = heights[last]! + need(t) - have;
  }
  return heights;
}
