// Reading the three tables' numbers out of lines of cells. Row labels are matched against
// the layout's own labels; the numbers after a label fill that row's cells in the standard's
// column order. Where a row shows fewer numbers than it has columns and nothing tells which
// columns they belong to, the row is left blank and logged — a number is never guessed.
import { describeCell, TABLE_SHORT_NAMES } from '../layout/cells';
import { SECTION_BY_ID, SECTIONS } from '../layout/sections';
import { T2_BLOCKS, T4_REVIEW_HEADING } from '../layout/tables';
import { isPlainDigits, parseCellInput, type CellValue } from '../values/cell-value';
import { isValueText, type SourceLine } from './document';
import type { ImportLog } from './import-log';
import { isT2BlockHeading, isTrialHeading, matchRow, ROW_TARGETS, T4_KEYS, type RowMatch, type RowTarget } from './labels';
import { bare, fold, hasWords, splitNumbering } from './normalize';
import { toSimplified } from './traditional';
import { checkTableShape, mergedRows, type SeenRow, type ShapeInput } from './table-shape';

const T4 = TABLE_SHORT_NAMES.t4;

export interface TableRead {
  /** Cells read, by key. Keys absent here were not read (blank). */
  readonly values: Map<string, CellValue>;
  /** Lines that belong to tables (labels, numbers, headings): not section text. */
  readonly used: Set<number>;
  /** Tables of which any row label (表二, 表三) or heading (表四) was found. */
  readonly seen: Set<'t2' | 't3' | 't4'>;
  /**
   * Cells that could not be read (row not found, copy cut off, columns not told), as distinct
   * from cells the report shows blank.
   */
  readonly unread: Set<string>;
}

interface Pos {
  line: number;
  cell: number;
}

interface RowReading {
  /** Values in column order; `undefined` where the cell was not shown. */
  values: (string | undefined)[];
  /** Lines whose cells were consumed. */
  lines: number[];
  /** Why the row (or part of it) could not be read. */
  problem?: string;
  /** True when the copy ends inside or right after this row. */
  truncated: boolean;
  /** The copy ends inside this row: what it shows is its first columns, if the layout is trusted. */
  partial?: 'structured' | 'stream';
  /** More numbers than the row has columns: how many (an added column, N-TABLE-SHAPE). */
  extra?: number;
}

const MAX_RUN = 40;

/** The first n items, undefined where there are fewer (Array.from with a map is slow in V8). */
function firstN<T>(items: readonly T[], n: number): (T | undefined)[] {
  const out: (T | undefined)[] = new Array<T | undefined>(n);
  for (let k = 0; k < n; k++) out[k] = items[k];
  return out;
}

/** The last non-empty cell of each lines array read (found once: asked for every candidate row). */
const LAST_FILLED = new WeakMap<readonly SourceLine[], Pos | null>();

function lastFilled(lines: readonly SourceLine[]): Pos | null {
  let last = LAST_FILLED.get(lines);
  if (last !== undefined) return last;
  last = null;
  for (let i = lines.length - 1; i >= 0 && !last; i--) {
    const cells = lines[i]!.cells;
    for (let j = cells.length - 1; j >= 0; j--) {
      if (cells[j]!.trim() !== '') {
        last = { line: i, cell: j };
        break;
      }
    }
  }
  LAST_FILLED.set(lines, last);
  return last;
}

/** Is there any text at or after `from`? (Asked for every row: the copy may end inside it.) */
function nonEmptyAfter(lines: readonly SourceLine[], from: Pos): boolean {
  const last = lastFilled(lines);
  return last !== null && (from.line < last.line || (from.line === last.line && from.cell <= last.cell));
}

/** Consecutive number cells from `from` on, across lines, skipping empty cells. */
function valueRun(lines: readonly SourceLine[], from: Pos): { texts: string[]; lines: number[]; end: Pos } {
  const texts: string[] = [];
  const used: number[] = [];
  for (let i = from.line; i < lines.length; i++) {
    const cells = lines[i]!.cells;
    for (let j = i === from.line ? from.cell : 0; j < cells.length; j++) {
      const c = cells[j]!.trim();
      if (c === '') continue;
      if (!isValueText(c) || texts.length >= MAX_RUN) return { texts, lines: used, end: { line: i, cell: j } };
      texts.push(c);
      if (used[used.length - 1] !== i) used.push(i);
    }
  }
  return { texts, lines: used, end: { line: lines.length, cell: 0 } };
}

/**
 * Delimited cells from `from` on, one a line, empty ones kept, up to the next label.
 * `bunched`: where the first line of several empty cells ("|||||||") starts, if any. Some
 * converters write a row's empty cells together at its end, whatever their columns, so the
 * positions after such a line are unknown; a lone "|" stands in its own column.
 */
function cellRun(lines: readonly SourceLine[], from: Pos): { cells: string[]; lines: number[]; end: Pos; bunched: number } {
  const cells: string[] = [];
  const used: number[] = [];
  let bunched = -1;
  for (let i = from.line; i < lines.length; i++) {
    const line = lines[i]!;
    if (i > from.line && (!line.cellEnd || line.structured)) return { cells, lines: used, end: { line: i, cell: 0 }, bunched };
    if (line.cells.length > 1 && bunched < 0) bunched = cells.length;
    for (let j = i === from.line ? from.cell : 0; j < line.cells.length; j++) {
      const c = line.cells[j]!.trim();
      if ((c !== '' && !isValueText(c)) || cells.length >= MAX_RUN) return { cells, lines: used, end: { line: i, cell: j }, bunched };
      cells.push(c);
      if (used[used.length - 1] !== i) used.push(i);
    }
  }
  return { cells, lines: used, end: { line: lines.length, cell: 0 }, bunched };
}

/** Cells whose positions are known (a real row, or a delimited run): which of them fill the row's n columns. */
/**
 * `align`: 'end' for a row that ends at the table's edge; 'row' for other rows with real cell
 * boundaries (ambiguous padding is refused); 'run' for a delimited one-cell-per-line run,
 * whose padding comes after the row ("||").
 */
function placeCells(shown: string[], n: number, truncated: boolean, at: number, used: number[], align: 'end' | 'row' | 'run'): RowReading {
  let cells = shown;
  if (cells.length > n) {
    // Merged label cells copied as empty cells before the numbers, padding after them. Where
    // both are possible the columns are told only by a row that ends at the table's edge
    // (its last cell is the last column, however blank); otherwise nothing is placed.
    const lead = cells.findIndex((c) => c !== '');
    const trail = cells.length - 1 - cells.map((c) => c !== '').lastIndexOf(true);
    if (align === 'end') cells = cells.slice(Math.min(lead, cells.length - n));
    else if (align === 'row' && lead > 0 && trail > 0 && cells.filter((c) => c !== '').length < n && lead + trail > cells.length - n) {
      return { values: Array(n).fill(undefined), lines: used, truncated, problem: `这一行有 ${cells.length} 格（其中 ${lead + trail} 格为空，分在数字前后），表中应为 ${n} 列，无法确定各数所在的列` };
    }
    while (cells.length > n && cells[cells.length - 1] === '') cells.pop();
    while (cells.length > n && cells[0] === '') cells.shift();
    if (cells.length > n) {
      const filled = cells.filter((c) => c !== '');
      if (filled.length !== n) {
        return { values: Array(n).fill(undefined), lines: used, truncated, problem: `这一行有 ${filled.length} 个数，表中应为 ${n} 列，无法确定各数所在的列`, extra: filled.length > n ? filled.length : undefined };
      }
      cells = filled;
    }
  }
  if (cells.length < n && !truncated) {
    // A short row may hold one merged cell across several columns: which columns is unknown.
    const filled = cells.filter((c) => c !== '').length;
    if (filled > 0) {
      return { values: Array(n).fill(undefined), lines: used, truncated, problem: `这一行只有 ${cells.length} 格，表中应为 ${n} 列，无法确定各数所在的列` };
    }
    return { values: Array(n).fill(undefined), lines: used, truncated };
  }
  if (truncated && cells.length <= n && cells[0] === '') {
    // A cut-off row that starts with an empty cell: merged-label padding or a blank first
    // number — the columns of what follows cannot be told.
    return { values: Array(n).fill(undefined), lines: used, truncated, problem: '文本在这一行中断，且数字前有空格，无法确定各数所在的列' };
  }
  const values = firstN(cells, n);
  const cut = truncated && cells.length < n;
  return { values, lines: used.length ? used : [at], truncated: cut, ...(cut ? { partial: 'structured' as const } : {}) };
}

function readRow(lines: readonly SourceLine[], at: Pos, n: number): RowReading {
  const line = lines[at.line]!;
  const after = line.cells.slice(at.cell + 1);
  if (line.structured && after.length > 0) {
    // Cells of a real row: positions are known. Stop at a label further along the line;
    // short text such as "无" in a number's place is kept as written and reported at its cell.
    const stop = after.findIndex((c) => {
      const t = c.trim();
      return t !== '' && !isValueText(t) && (t.length > 12 || matchRow(t) !== null);
    });
    const cells = (stop < 0 ? after : after.slice(0, stop)).map((c) => c.trim());
    const truncated = !nonEmptyAfter(lines, { line: at.line + 1, cell: 0 });
    return placeCells(cells, n, truncated, at.line, [at.line], line.alignEnd === true && stop < 0 ? 'end' : 'row');
  }
  if (line.cellEnd && !line.structured) {
    const run = cellRun(lines, { line: at.line, cell: at.cell + 1 });
    const truncated = !nonEmptyAfter(lines, run.end);
    const filled = run.cells.filter((c) => c !== '').length;
    if (run.bunched >= 0 && run.bunched < n && filled > 0 && filled !== n) {
      return { values: Array(n).fill(undefined), lines: [at.line, ...run.lines], truncated, problem: `这一行有 ${filled} 个数，空格成串写在后面，无法确定各数所在的列` };
    }
    return placeCells(run.cells, n, truncated, at.line, [at.line, ...run.lines], 'run');
  }
  const run = valueRun(lines, { line: at.line, cell: at.cell + 1 });
  const truncated = !nonEmptyAfter(lines, run.end);
  if (run.texts.length === 0) return { values: Array(n).fill(undefined), lines: [at.line], truncated };
  if (run.texts.length === n || (truncated && run.texts.length < n)) {
    const partial = run.texts.length < n ? { partial: 'stream' as const } : {};
    return { values: firstN(run.texts, n), lines: [at.line, ...run.lines], truncated, ...partial };
  }
  return {
    values: Array(n).fill(undefined),
    lines: [at.line, ...run.lines],
    truncated,
    problem: `这一行后面有 ${run.texts.length} 个数，表中应为 ${n} 列，无法确定各数所在的列`,
  };
}

/** Is the 表二 block that holds this row laid out in the 2019 trial format? */
function inTrialBlock(lines: readonly SourceLine[], line: number): boolean {
  for (let i = line - 1; i >= 0 && i >= line - 14; i--) {
    const kind = headingKind(lines[i]!);
    if (kind === 'trial') return true;
    if (kind === 'block') return false;
  }
  return false;
}

/** Each line's 表二 heading, if any, told once (every 表二 row looks back over the same lines). */
const HEADING_KIND = new WeakMap<SourceLine, 'trial' | 'block' | null>();

function headingKind(line: SourceLine): 'trial' | 'block' | null {
  let kind = HEADING_KIND.get(line);
  if (kind === undefined) {
    // One pass over the cells; a cell of digits (most of a table) is neither heading.
    let trial = false;
    let block = false;
    for (const c of line.cells) {
      if (isPlainDigits(c)) continue;
      if (isTrialHeading(c)) {
        trial = true;
        break;
      }
      if (!block && isT2BlockHeading(c) >= 0) block = true;
    }
    kind = trial ? 'trial' : block ? 'block' : null;
    HEADING_KIND.set(line, kind);
  }
  return kind;
}

function readCount(r: RowReading): number {
  return r.values.filter((v) => v !== undefined).length;
}

/** 「6.属于四」: a row label's numbering and the start of its words, never a value cut short. */
function isNumberedLabel(text: string): boolean {
  const { numbering, rest } = splitNumbering(fold(text));
  return numbering.length > 0 && bare(rest) !== '' && !/^\d/.test(rest);
}

/** A copy that stops mid-cell may have cut that cell short: it is not read. */
function withoutCutNumber(lines: readonly SourceLine[], log: ImportLog): readonly SourceLine[] {
  const last = lines[lines.length - 1];
  if (!last?.cutOff) return lines;
  const k = last.cells.length - 1;
  const text = last.cells[k]!.trim();
  // A number ("315" of "31510") or a word in a number's place ("不" of "不适用") may be cut
  // short; a long cell is prose or a label, which the tables do not read as a value anyway.
  if (text === '' || text.length > 12 || (!isValueText(text) && (!last.structured || matchRow(text) !== null || isNumberedLabel(text)))) return lines;
  log.warn(`文本在“${text}”处结束，这一格可能不完整，未读取`, { where: last.where });
  return [...lines.slice(0, -1), { ...last, cells: [...last.cells.slice(0, k), ''] }];
}

/**
 * Row （六）3 is labelled just 「其他」 when Word numbers the list itself; that word is also a
 * column heading, so it counts as the row only right after row （六）2 and before （七）总计.
 */
type Candidate = { at: Pos; exact: boolean; changed?: RowMatch['changed'] };

function addBareOther(lines: readonly SourceLine[], candidates: Map<RowTarget, Candidate[]>): void {
  const other = ROW_TARGETS.find((t) => t.rowKey === 'otherHandling.other')!;
  const before = ROW_TARGETS.find((t) => t.rowKey === 'otherHandling.feeUnpaid')!;
  const after = ROW_TARGETS.find((t) => t.rowKey === 'resultTotal')!;
  if (candidates.has(other)) return;
  const from = candidates.get(before)?.[0]?.at.line;
  if (from === undefined) return;
  const to = candidates.get(after)?.[0]?.at.line ?? Math.min(lines.length, from + 4);
  for (let i = from + 1; i < to && i <= from + 3; i++) {
    const j = lines[i]!.cells.findIndex((c) => bare(fold(c)) === '其他');
    if (j >= 0) {
      candidates.set(other, [{ at: { line: i, cell: j }, exact: true }]);
      return;
    }
  }
}

export function readTables(
  lines: readonly SourceLine[],
  headings: { proactive?: number; requests?: number; litigation?: number; problems?: number; found: number },
  log: ImportLog,
): TableRead {
  const values = new Map<string, CellValue>();
  const used = new Set<number>();
  const unread = new Set<string>();
  const notRead = (keys: readonly string[]) => keys.forEach((k) => unread.add(k));
  lines = withoutCutNumber(lines, log);
  const candidates = new Map<RowTarget, Candidate[]>();
  /** Label-like cells that name no single row: checked for merged rows once the table's extent is known. */
  const unmatched: Pos[] = [];
  lines.forEach((line, i) => {
    line.cells.forEach((cell, j) => {
      const text = cell.trim();
      const m = text === '' ? null : matchRow(text);
      if (!m) {
        if (text !== '' && !isValueText(text)) unmatched.push({ line: i, cell: j });
        return;
      }
      const list = candidates.get(m.target) ?? [];
      list.push({ at: { line: i, cell: j }, exact: m.exact, ...(m.changed ? { changed: m.changed } : {}) });
      candidates.set(m.target, list);
    });
  });

  addBareOther(lines, candidates);

  let lastTableLine = -1;
  const chosen = new Map<RowTarget, { reading: RowReading; at: Pos; changed?: RowMatch['changed'] }>();
  for (const [target, list] of candidates) {
    const n = target.keys.length;
    let best: { reading: RowReading; at: Pos; changed?: RowMatch['changed'] } | null = null;
    for (const c of list) {
      const reading = readRow(lines, c.at, n);
      if (!best || readCount(reading) > readCount(best.reading)) best = { reading, at: c.at, changed: c.changed };
      if (readCount(reading) === n) break;
    }
    chosen.set(target, best!);
  }
  // The first columns of a row cut off by the end of a copy are read only where the same
  // table shows whole rows with real cell boundaries and no short (merged) rows: in a
  // one-cell-per-line copy, or a table with merged rows, the columns cannot be told.
  const trusted = (table: 't2' | 't3') => {
    const rows = [...chosen].filter(([t]) => t.table === table).map(([, c]) => c.reading);
    return rows.some((r) => readCount(r) === r.values.length && !r.partial) && !rows.some((r) => r.problem);
  };
  let emptyRun: { target: RowTarget; table: 't2' | 't3'; where: string }[] = [];
  const flushEmpty = () => {
    if (emptyRun.length === 0) return;
    const first = emptyRun[0]!;
    const table = TABLE_SHORT_NAMES[first.table];
    const cells = emptyRun.flatMap((e) => e.target.keys);
    const rows = emptyRun.length === 1 ? `“${first.target.label}”` : `“${first.target.label}”至“${emptyRun[emptyRun.length - 1]!.target.label}”共 ${emptyRun.length} 行`;
    log.warn(`${table}${rows}：${cells.length} 格未读出（${emptyRun.length === 1 ? '这一行' : '这些行'}没有数字），留空`, { where: first.where, cells });
    emptyRun = [];
  };
  const trialBlocks: { block: number; where: string }[] = [];
  for (const [target, { reading: read0, at }] of chosen) {
    const n = target.keys.length;
    const reading: RowReading =
      read0.partial && (read0.partial === 'stream' || !trusted(target.table))
        ? { ...read0, values: Array(n).fill(undefined), problem: `文本在这一行中断，只显示 ${readCount(read0)} 个数，无法确定各数所在的列` }
        : read0;
    const where = lines[at.line]!.where;
    const name = `${TABLE_SHORT_NAMES[target.table]}“${target.label}”`;
    reading.lines.forEach((l) => used.add(l));
    lastTableLine = Math.max(lastTableLine, ...reading.lines);
    if (target.table === 't2' && inTrialBlock(lines, at.line)) {
      if (!trialBlocks.some((b) => b.block === target.block)) trialBlocks.push({ block: target.block ?? 0, where });
      flushEmpty();
      notRead(target.keys);
      log.warn(`${name}所在的表块使用2019年试行格式的列（如“本年新制作数量”“上一年项目数量”），含义与现行格式不同，未读取`, {
        where,
        cells: [...target.keys],
      });
      continue;
    }
    if (reading.problem) {
      notRead(target.keys);
      flushEmpty();
      log.warn(`${name}：${reading.problem}，留空`, { where, cells: [...target.keys] });
      continue;
    }
    const read: string[] = [];
    const blank: string[] = [];
    reading.values.forEach((text, k) => {
      const key = target.keys[k]!;
      if (text === undefined || text === '') {
        blank.push(key);
        return;
      }
      const v = parseCellInput(text);
      values.set(key, v);
      read.push(key);
      if (v !== null && typeof v === 'object' && 'raw' in v) log.warn(`${describeCell(key)}：“${text}”不是数字，按原文保留`, { where, cells: [key] });
    });
    if (read.length > 0) {
      flushEmpty();
      log.info(`${name}：读出 ${read.length} 格`, { where, cells: read });
    }
    if (blank.length > 0) {
      const why = reading.truncated ? '文本在此中断' : read.length === 0 ? '这一行没有数字' : '这些格为空白';
      if (why === '这一行没有数字') {
        // Rows printed without numbers come in runs (a table left unfilled): one entry a run.
        const last = emptyRun[emptyRun.length - 1];
        if (last && last.table === target.table && ROW_TARGETS.indexOf(target) === ROW_TARGETS.indexOf(last.target) + 1) emptyRun.push({ target, table: target.table, where });
        else {
          flushEmpty();
          emptyRun.push({ target, table: target.table, where });
        }
        continue;
      }
      flushEmpty();
      if (reading.truncated) notRead(blank);
      log.warn(`${name}：${blank.length} 格未读出（${why}），留空`, { where, cells: blank });
    }
  }
  flushEmpty();

  // Fewer than all six section headings: the copy is cut off or mangled, which explains a lost row.
  const incomplete = headings.found < SECTIONS.length;
  // Rows not found, one entry per run of consecutive rows of a table (a cut-off copy loses
  // the end of a table at once).
  const runs: RowTarget[][] = [];
  ROW_TARGETS.forEach((target, i) => {
    if (candidates.has(target)) return;
    const prev = ROW_TARGETS[i - 1];
    const run = runs[runs.length - 1];
    if (run && prev && run[run.length - 1] === prev && prev.table === target.table) run.push(target);
    else runs.push([target]);
  });
  for (const run of runs) {
    const table = TABLE_SHORT_NAMES[run[0]!.table];
    const cells = run.flatMap((t) => t.keys);
    notRead(cells);
    const rows = run.length === 1 ? `“${run[0]!.label}”这一行` : `“${run[0]!.label}”至“${run[run.length - 1]!.label}”共 ${run.length} 行`;
    log.warn(`${table}${rows}未找到${incomplete ? '（文本不完整）' : ''}，${cells.length} 格留空`, { cells });
  }

  const seen = new Set<'t2' | 't3' | 't4'>([...candidates.keys()].map((t) => t.table));
  const t4 = readT4(lines, headings, lastTableLine, values, used, log, notRead);
  if (t4.seen) seen.add('t4');
  checkTableShape(shapeOf(lines, chosen, unmatched, trialBlocks, headings, t4.extra), log);
  return { values, used, seen, unread };
}

const CONTENT_LABEL = bare(fold(T2_BLOCKS[0]!.contentLabel));

/**
 * 表二's column headings: the cells after each 「信息内容」 up to the block's first row, in order
 * (across lines in a one-cell-per-line copy). The block is the one of the row that follows.
 */
/** Longer than this, a cell is prose, not a heading (headings with pinyin glosses stay well under it). */
const MAX_LABEL_CELL = 60;

/** Per BMP unit, found on first sight: 1 an ideograph that folds to one of CONTENT_LABEL's, 2 one that does not. */
const CONTENT_UNIT = new Uint8Array(0x10000);

/**
 * False when `text` cannot fold to CONTENT_LABEL, told without folding it: a CJK ideograph
 * survives fold() one for one (NFKC keeps it, the traditional map gives another ideograph,
 * bare() keeps letters), so each one in the text must become one of the label's, and there
 * can be no more of them than the label has. Most cells fail at their first character.
 */
function mayBeContentLabel(text: string): boolean {
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x4e00 || c > 0x9fef) continue;
    let k = CONTENT_UNIT[c]!;
    if (k === 0) CONTENT_UNIT[c] = k = CONTENT_LABEL.includes(toSimplified(String.fromCharCode(c))) ? 1 : 2;
    if (k === 2 || ++n > CONTENT_LABEL.length) return false;
  }
  return true;
}

function t2Headers(lines: readonly SourceLine[], rows: readonly SeenRow[]): ShapeInput['t2Headers'] {
  const out: { block: number; texts: string[]; where: string }[] = [];
  const t2Rows = rows.filter((r) => r.target.table === 't2').sort((a, b) => a.line - b.line);
  lines.forEach((line, i) => {
    // Only a short cell can be 「信息内容」 once folded: prose paragraphs are not folded at all
    // (this runs on every line of every imported report).
    // Nor a cell of digits (most of a table), which folds to itself, nor one whose ideographs
    // are not the label's.
    const j = line.cells.findIndex((c) => c !== '' && c.length <= MAX_LABEL_CELL && !isPlainDigits(c) && mayBeContentLabel(c) && bare(fold(c)) === CONTENT_LABEL);
    if (j < 0) return;
    const next = t2Rows.find((r) => r.line > i || (r.line === i && line.cells.indexOf(r.text) > j));
    if (!next || next.line > i + 12) return;
    const texts: string[] = [];
    for (let k = i; k <= next.line; k++) {
      const cells = lines[k]!.cells;
      for (let c = k === i ? j + 1 : 0; c < cells.length; c++) {
        if (k === next.line && cells[c] === next.text) {
          out.push({ block: next.target.block ?? 0, texts, where: line.where });
          return;
        }
        const t = cells[c]!.trim();
        if (t === '') continue;
        if (isValueText(t) || isT2BlockHeading(t) >= 0) return;
        texts.push(t);
      }
    }
  });
  return out;
}

/** What the source's tables look like, for the N-TABLE-SHAPE check. */
function shapeOf(
  lines: readonly SourceLine[],
  chosen: ReadonlyMap<RowTarget, { reading: RowReading; at: Pos; changed?: RowMatch['changed'] }>,
  unmatched: readonly Pos[],
  trialBlocks: ShapeInput['trialBlocks'],
  headings: { proactive?: number; requests?: number; litigation?: number },
  t4Extra: ShapeInput['t4Extra'],
): ShapeInput {
  const rows: SeenRow[] = [...chosen].map(([target, { reading, at, changed }]) => ({
    target,
    text: lines[at.line]!.cells[at.cell]!,
    changed,
    where: lines[at.line]!.where,
    line: at.line,
    atCut: !nonEmptyAfter(lines, { line: at.line, cell: at.cell + 1 }),
    ...(reading.extra !== undefined ? { extra: reading.extra } : {}),
  }));
  const span = (table: 't2' | 't3') => rows.filter((r) => r.target.table === table).map((r) => r.line);
  const all = [...span('t2'), ...span('t3')];
  const merged: ShapeInput['merged'][number][] = [];
  if (all.length > 0) {
    const from = Math.min(...all);
    const to = Math.max(...all);
    for (const p of unmatched) {
      if (p.line < from || p.line > to) continue;
      const text = lines[p.line]!.cells[p.cell]!;
      const targets = mergedRows(text);
      if (targets) merged.push({ text, where: lines[p.line]!.where, targets });
    }
  }
  const after = (heading: number | undefined, table: 't2' | 't3') => {
    const s = span(table);
    return heading !== undefined && s.length > 0 && heading > Math.max(...s);
  };
  const before = (heading: number | undefined, table: 't2' | 't3') => {
    const s = span(table);
    return heading !== undefined && s.length > 0 && heading < Math.min(...s);
  };
  return {
    rows,
    merged,
    unmatchedLines: [...new Set(unmatched.filter((p) => hasWords(lines[p.line]!.cells[p.cell]!)).map((p) => p.line))],
    trialBlocks,
    t2Headers: t2Headers(lines, rows),
    started: { t2: before(headings.proactive, 't2'), t3: before(headings.requests, 't3') },
    complete: { t2: after(headings.requests, 't2'), t3: after(headings.litigation, 't3') },
    ...(t4Extra ? { t4Extra } : {}),
  };
}

function readT4(
  lines: readonly SourceLine[],
  headings: { litigation?: number; problems?: number },
  after: number,
  values: Map<string, CellValue>,
  used: Set<number>,
  log: ImportLog,
  notRead: (keys: readonly string[]) => void,
): { seen: boolean; extra?: { count: number; where: string } } {
  const t4 = SECTION_BY_ID.litigation;
  const end = headings.problems ?? lines.length;
  let start = headings.litigation ?? -1;
  if (start < 0) {
    for (let i = after + 1; i < end; i++) {
      if (lines[i]!.cells.some((c) => c.length <= 30 && bare(fold(c)).includes(T4_REVIEW_HEADING))) {
        start = i;
        break;
      }
    }
  }
  if (start < 0) {
    notRead(T4_KEYS);
    log.warn(`未找到${T4}（${t4.heading.slice(2)}），${T4} ${T4_KEYS.length} 格留空`, { cells: [...T4_KEYS] });
    return { seen: false };
  }
  // The first line from there on that holds only numbers starts the data row.
  let first = -1;
  for (let i = start; i < end; i++) {
    const filled = lines[i]!.cells.map((c) => c.trim()).filter((c) => c !== '');
    if (filled.length > 0 && filled.every(isValueText)) {
      first = i;
      break;
    }
  }
  if (first < 0) {
    notRead(T4_KEYS);
    log.warn(`${T4}：未找到数据行，${T4_KEYS.length} 格留空`, { where: lines[start]!.where, cells: [...T4_KEYS] });
    // Only the section heading: the table itself is not in the text.
    return { seen: headings.litigation === undefined || start !== headings.litigation || lines.slice(start + 1, end).some((l) => l.cells.some((c) => bare(fold(c)).includes(T4_REVIEW_HEADING))) };
  }
  const line = lines[first]!;
  const n = T4_KEYS.length;
  let texts: (string | undefined)[];
  let truncated = false;
  let trimmed = line.cells.map((c) => c.trim());
  if (line.alignEnd && trimmed.length >= n && trimmed.slice(0, trimmed.length - n).every((c) => c === '')) {
    // A row ending at the table's edge: its last 15 cells are the 15 columns, blank ones too.
    trimmed = trimmed.slice(trimmed.length - n);
  } else {
    while (trimmed.length > 0 && trimmed[trimmed.length - 1] === '') trimmed.pop();
    while (trimmed.length > n && trimmed[0] === '') trimmed.shift();
  }
  const filledCount = trimmed.filter((t) => t !== '').length;
  const extra = line.structured && filledCount > n ? { extra: { count: filledCount, where: line.where } } : {};
  if (line.structured && trimmed.length === n) {
    texts = trimmed.map((t) => (t === '' ? undefined : t));
    used.add(first);
  } else {
    const run = valueRun(lines, { line: first, cell: 0 });
    truncated = !nonEmptyAfter(lines, run.end);
    run.lines.forEach((l) => used.add(l));
    if (run.texts.length !== n) {
      const why = truncated ? `文本在数据行中断，只显示 ${run.texts.length} 个数` : `数据行有 ${run.texts.length} 个数，表中应为 ${n} 列`;
      notRead(T4_KEYS);
      log.warn(`${T4}：${why}，无法确定各数所在的列，留空`, { where: line.where, cells: [...T4_KEYS] });
      return { seen: true, ...extra };
    }
    texts = firstN(run.texts, n);
  }
  const read: string[] = [];
  const blank: string[] = [];
  texts.forEach((text, k) => {
    const key = T4_KEYS[k]!;
    if (text === undefined) blank.push(key);
    else {
      values.set(key, parseCellInput(text));
      read.push(key);
    }
  });
  if (read.length > 0) log.info(`${T4}：读出 ${read.length} 格`, { where: line.where, cells: read });
  if (truncated) notRead(blank);
  if (blank.length > 0) log.warn(`${T4}：${blank.length} 格未读出（${truncated ? '文本在此中断' : '这些格为空白'}），留空`, { where: line.where, cells: blank });
  return { seen: true, ...extra };
}
