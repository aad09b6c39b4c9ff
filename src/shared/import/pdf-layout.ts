// A PDF's text items with their positions → lines of cells, the shape every format is turned
// into. Tables are rebuilt from coordinates, never from lines of text: a table's columns are
// the x-ranges its numbers cover in all its rows, whatever their alignment (and its single-column
// headings, so a column left blank in every row is still a column); a number goes to the column
// whose range holds it, and a row whose numbers cannot be placed so with certainty is passed on
// unplaced, to be left unread — never shifted. A row is a line holding numbers, and its label
// is every piece of label text in the label columns between it and the next row up or down — so
// a label wrapped over several lines, with the numbers on any of them, is one label.
// Group labels printed one character a line (三、本年度办理结果 down a narrow column) are
// recognised as such and left out of the rows' labels.
import type { SourceLine } from './document';
import { isValueText } from './document';
import { isT2BlockHeading, matchRow, T4_KEYS } from './labels';
import { bare, fold } from './normalize';
import { SECTIONS } from '../layout/sections';

/** One text item of a page, in points, y measured from the top of the page to the baseline. */
export interface PdfTextItem {
  readonly str: string;
  readonly x: number;
  readonly y: number;
  readonly width: number;
  /** Font size (the item's height). */
  readonly size: number;
  /** Written top to bottom (a vertical font): a group label, never part of a row's label. */
  readonly vertical?: boolean;
}

export interface PdfPageText {
  readonly width: number;
  readonly height: number;
  readonly items: readonly PdfTextItem[];
}

/** A run of items on one line close enough to be one cell or one stretch of prose. */
interface Chunk {
  text: string;
  x0: number;
  x1: number;
  /** Vertical centre, top-down, with the page's offset: comparable across pages. */
  yc: number;
  size: number;
  page: number;
  numeric: boolean;
  /** Where items joined across a visible gap (two adjacent cells, 「（六）其他」「1.申请人…」): text offset and x. */
  gaps?: { at: number; x0: number }[];
}

interface VisualLine {
  chunks: Chunk[];
  yc: number;
  size: number;
  page: number;
}

/** Page furniture: 「- 3 -」「第 3 页」「3/5」 near the top or bottom edge. */
const PAGE_NUMBER = /^[-—–\s]*(?:第\s*)?\d+\s*(?:页|\/\s*\d+)?(?:\s*共\s*\d+\s*页)?[-—–\s]*$/;
const PAGE_GAP = 100000;

function visualLines(pages: readonly PdfPageText[]): VisualLine[] {
  const out: VisualLine[] = [];
  pages.forEach((page, p) => {
    const items = page.items
      .filter((it) => it.str.trim() !== '' && !it.vertical && it.size > 0)
      .map((it) => ({ ...it, yc: p * PAGE_GAP + it.y - it.size * 0.35 }))
      .sort((a, b) => a.yc - b.yc || a.x - b.x);
    const lines: { items: typeof items; yc: number; size: number }[] = [];
    for (const it of items) {
      // Numbers are often set larger than the labels beside them: compare centres, with a
      // tolerance of half the smaller size.
      // Items come in order of height: only the last lines can hold this one.
      let line: (typeof lines)[number] | undefined;
      for (let k = lines.length - 1; k >= 0 && k >= lines.length - 4; k--) {
        if (Math.abs(lines[k]!.yc - it.yc) <= 0.5 * Math.min(lines[k]!.size, it.size)) {
          line = lines[k];
          break;
        }
      }
      if (line) {
        line.items.push(it);
        line.size = Math.min(line.size, it.size);
      } else lines.push({ items: [it], yc: it.yc, size: it.size });
    }
    for (const l of lines) {
      const sorted = l.items.sort((a, b) => a.x - b.x);
      const chunks: Chunk[] = [];
      for (const it of sorted) {
        const text = it.str;
        const last = chunks[chunks.length - 1];
        const numeric = text.length <= 16 && isValueText(text.trim());
        // Letter-spaced headings (「总  计」) join; two numbers never do.
        if (last && it.x - last.x1 < 0.6 * Math.min(last.size, it.size) && !(numeric && last.numeric)) {
          if (it.x - last.x1 > 0.3 * Math.min(last.size, it.size)) (last.gaps ??= []).push({ at: last.text.length, x0: it.x });
          last.text += text;
          last.x1 = Math.max(last.x1, it.x + it.width);
          // A value is short: a long run of prose is never one (and is not re-parsed per item).
          last.numeric = last.text.length <= 16 && isValueText(last.text.trim());
        } else chunks.push({ text, x0: it.x, x1: it.x + it.width, yc: it.yc, size: it.size, page: p, numeric });
      }
      const text = chunks.map((c) => c.text).join('').trim();
      const edge = Math.min(l.yc - p * PAGE_GAP, page.height - (l.yc - p * PAGE_GAP));
      // Compact: a table's last row printed near the bottom edge (「405 3 … / 1 9999」) is no page number.
      const span = chunks.length > 0 ? chunks[chunks.length - 1]!.x1 - chunks[0]!.x0 : 0;
      // Nor are a row's numbers at the top of a page (「2218 9990 5 2」): one number, or two with 「/」 or 页.
      const numbers = chunks.filter((c) => /\d/.test(c.text)).length;
      const oneNumber = numbers <= 1 || (numbers === 2 && /[/页]/.test(text));
      if (edge < page.height * 0.12 && span < page.width * 0.25 && oneNumber && PAGE_NUMBER.test(text)) continue;
      for (const c of chunks) c.text = c.text.trim();
      // The line's height is where its items are on average: a line holding a vertical label's
      // character and a row's label is placed by both.
      const yc = l.items.reduce((a, it) => a + it.yc, 0) / l.items.length;
      out.push({ chunks: chunks.filter((c) => c.text !== ''), yc, size: l.size, page: p });
    }
  });
  return out.sort((a, b) => a.yc - b.yc);
}

/** A value column of a table: the x-range its numbers and its heading are printed in. */
interface Column {
  x0: number;
  x1: number;
}

/** A table: value lines close together, and its columns. */
interface Segment {
  rows: number[];
  columns: Column[];
  /** Left edge of the value area: label text lies left of it. */
  left: number;
  /** How far right its rows' labels reach (none: -Infinity, as 表四). */
  labelRight: number;
}

/** A value line: a line whose chunks right of its first number are all numbers, with at least one number. */
function valuesOf(line: VisualLine): Chunk[] | null {
  const first = line.chunks.findIndex((c) => c.numeric);
  if (first < 0) return null;
  const rest = line.chunks.slice(first);
  if (!rest.every((c) => c.numeric)) return null;
  // A line of prose that happens to end in a number (「2024」「年」 are one chunk) is not a row:
  // a row's numbers stand apart from its label — well apart, or as two numbers or more (a
  // label cell and the first value cell may be only their padding apart).
  const label = line.chunks.slice(0, first);
  const gap = label.length > 0 ? rest[0]!.x0 - label[label.length - 1]!.x1 : Infinity;
  if (gap < 1.5 * line.size && !(rest.length >= 2 && gap >= 0.5 * line.size)) return null;
  return rest;
}

/** A line of prose or a section heading: one piece running from the label area into the value area. */
function crosses(line: VisualLine, left: number): boolean {
  return line.chunks.some((c) => !c.numeric && c.x0 < left - line.size && c.x1 > left + line.size);
}

/** The sections' headings without their numbering (一、), as folded text: a table ends at one. */
const SECTION_WORDS = SECTIONS.flatMap((s) => [s.heading, ...s.headingVariants].map((h) => bare(fold(h.replace(/^[一二三四五六七八九十]+、/, '')))));

function isSectionHeading(line: VisualLine): boolean {
  if (line.chunks.some((c) => c.numeric)) return false;
  const text = bare(fold(line.chunks.map((c) => c.text).join('')));
  return text.length <= 40 && SECTION_WORDS.some((w) => text.endsWith(w));
}

function segments(lines: readonly VisualLine[]): Segment[] {
  const out: Segment[] = [];
  let current: Segment | null = null;
  let lastRow = -1;
  lines.forEach((line, i) => {
    const values = valuesOf(line);
    if (!values) return;
    const left = Math.min(...values.map((v) => v.x0));
    // Rows of one table follow each other (a few lines of wrapped labels, block headings or a
    // repeated header between them); prose across the value area, or numbers where the table's
    // labels are, start another table.
    let joins = current !== null && i - lastRow <= 12 && left >= current.labelRight;
    for (let k = lastRow + 1; joins && k < i; k++) if (crosses(lines[k]!, current!.left) || isSectionHeading(lines[k]!)) joins = false;
    if (!joins) {
      current = { rows: [], columns: [], left: Infinity, labelRight: -Infinity };
      out.push(current);
    }
    for (const c of line.chunks) if (!values.includes(c)) current!.labelRight = Math.max(current!.labelRight, c.x1);
    current!.rows.push(i);
    current!.left = Math.min(current!.left, left);
    lastRow = i;
  });
  for (const seg of out) seg.columns = columnsOf(seg, lines);
  return out.filter((s) => s.columns.length > 0);
}

/** Overlapping (or touching) ranges as one. */
function union(ranges: readonly Column[]): Column[] {
  const out: Column[] = [];
  for (const r of [...ranges].sort((a, b) => a.x0 - b.x0)) {
    const last = out[out.length - 1];
    if (last && r.x0 <= last.x1 + 0.5) last.x1 = Math.max(last.x1, r.x1);
    else out.push({ x0: r.x0, x1: r.x1 });
  }
  return out;
}

/**
 * A table's columns, whatever the alignment of its cells (left, right, centred): the x-ranges
 * covered by the numbers of all its rows, each kept apart from the next by the cells' padding.
 * The column headings right above the first row (wrapped over several lines too) widen their
 * column's range, and add the columns no row has a number in. A spanning heading (over two
 * columns or more) says nothing about columns and is left out. Two columns whose numbers touch
 * become one range: two numbers of a row then fall in it, and that row is refused, never shifted.
 */
function columnsOf(seg: Segment, lines: readonly VisualLine[]): Column[] {
  let columns = union(seg.rows.flatMap((r) => valuesOf(lines[r]!)!.map((c) => ({ x0: c.x0, x1: c.x1 }))));
  const centres = columns.map((c) => (c.x0 + c.x1) / 2);
  const gaps = centres.slice(1).map((c, k) => c - centres[k]!).sort((a, b) => a - b);
  const spacing = gaps.length > 0 ? gaps[Math.floor(gaps.length / 2)]! : 60;
  const first = seg.rows[0]!;
  // Line by line upwards from the first row, so that a group heading over several columns
  // (复议后起诉) meets the headings of its columns (结果维持, 结果纠正…) already taken.
  for (let i = first - 1; i >= 0 && i >= first - 5; i--) {
    const line = lines[i]!;
    if (line.page !== lines[first]!.page || crosses(line, seg.left) || isSectionHeading(line) || valuesOf(line)) break;
    const taken: Column[] = [];
    for (const c of line.chunks) {
      // Headings right of the row labels (a column blank in every row may lie left of the first number).
      if (c.numeric || c.x0 < seg.labelRight || c.x1 - c.x0 > 1.5 * spacing) continue;
      // Within one column's cell: reaching no other column's numbers or heading (padding included).
      if (columns.filter((col) => c.x0 < col.x1 + 1 && c.x1 > col.x0 - 1).length <= 1) taken.push({ x0: c.x0, x1: c.x1 });
    }
    columns = union([...columns, ...taken]);
  }
  return columns;
}

function snap(xs: readonly number[], x: number, tol: number): number {
  let best = -1;
  let d = tol;
  xs.forEach((c, i) => {
    if (Math.abs(c - x) <= d) {
      d = Math.abs(c - x);
      best = i;
    }
  });
  return best;
}

const STARTS_LABEL = /^(?:[一二三四五六七八九十]+、|[（(][一二三四五六七八九十]+[）)]|\d+[.．、])/;

/** Label pieces printed one or two characters a line down a narrow column: a vertical group label. */
function verticalStacks(pieces: readonly Chunk[]): Set<Chunk> {
  const short = pieces.filter((c) => [...c.text].length <= 2);
  const out = new Set<Chunk>();
  for (const c of short) {
    const column = short.filter((d) => d.page === c.page && Math.abs(d.x0 - c.x0) <= 2).sort((a, b) => a.yc - b.yc);
    if (column.length < 3) continue;
    // Consecutive pieces no further apart than a couple of lines.
    let run: Chunk[] = [column[0]!];
    const flush = () => {
      if (run.length < 3) return;
      // A row's own label wrapped two characters a line down a narrow column (一、/本年/新收/…)
      // reads as a row: it is kept. The run is cut where a numbered label starts.
      const parts: Chunk[][] = [];
      for (const r of run) {
        if (parts.length === 0 || STARTS_LABEL.test(r.text)) parts.push([]);
        parts[parts.length - 1]!.push(r);
      }
      for (const part of parts) {
        const m = matchRow(part.map((p) => p.text).join(''));
        if (!(m?.exact && !m.changed)) part.forEach((r) => out.add(r));
      }
    };
    for (let k = 1; k < column.length; k++) {
      if (column[k]!.yc - column[k - 1]!.yc <= 2.6 * column[k]!.size) run.push(column[k]!);
      else {
        flush();
        run = [column[k]!];
      }
    }
    flush();
  }
  return out;
}

function labelText(chunks: readonly Chunk[]): string {
  // Column by column (a group label's column before the row's own), top to bottom within a column;
  // a piece joined across a gap is split there first (its parts may be in two columns).
  // Only where another line's piece starts at the same x (the second cell's own column): a
  // label wrapped with a narrow gap inside one cell (「只计这一情 形，不」) stays whole.
  const starts = (c: Chunk, x: number) => chunks.some((d) => d !== c && Math.abs(d.yc - c.yc) > 0.5 * c.size && Math.abs(d.x0 - x) <= 2);
  const pieces = chunks.flatMap((c) => {
    const gaps = c.gaps?.filter((g) => starts(c, g.x0));
    if (!gaps || gaps.length === 0) return [c];
    const cuts = [{ at: 0, x0: c.x0 }, ...gaps];
    return cuts.map((g, k) => ({ ...c, x0: g.x0, text: c.text.slice(g.at, cuts[k + 1]?.at ?? c.text.length) }));
  });
  const xs: number[] = [];
  for (const p of [...pieces].sort((a, b) => a.x0 - b.x0)) if (snap(xs, p.x0, 6) < 0) xs.push(p.x0);
  xs.sort((a, b) => a - b);
  return [...pieces]
    .sort((a, b) => snap(xs, a.x0, 6) - snap(xs, b.x0, 6) || a.yc - b.yc || a.x0 - b.x0)
    .map((p) => p.text)
    .join('');
}

/** Chunks of one line of prose: Chinese needs no space between them; Latin words and numbers keep one. */
function joinChunks(chunks: readonly Chunk[]): string {
  let out = '';
  for (const c of chunks) {
    if (out !== '' && /[A-Za-z0-9]$/.test(out) && /^[A-Za-z]/.test(c.text)) out += ' ';
    out += c.text;
  }
  return out;
}

export function linesFromPdf(pages: readonly PdfPageText[]): SourceLine[] {
  const lines = visualLines(pages);
  const segs = segments(lines);
  const where = (line: VisualLine) => `第${line.page + 1}页`;
  const inTable = new Set<number>();
  type Row = { at: number; label: Chunk[]; values: Chunk[]; seg: Segment };
  const rows: Row[] = [];
  for (const seg of segs) {
    for (const r of seg.rows) {
      const values = valuesOf(lines[r]!)!;
      rows.push({ at: r, label: lines[r]!.chunks.filter((c) => !values.includes(c)), values, seg });
      inTable.add(r);
    }
  }
  // Label-only lines inside a table's span (between its first and last row, or just around
  // them): a line that names a row by itself is a row printed without numbers; any other goes
  // to one of the nearest rows on its page — the one that makes the labels read as the
  // standard's (a wrapped label's line halfway between two rows belongs to one of them).
  const standalone: { at: number; text: string; seg: Segment }[] = [];
  const loose: { i: number; pieces: Chunk[]; candidates: Row[] }[] = [];
  const orphans: { i: number; pieces: Chunk[] }[] = [];
  for (const seg of segs) {
    const first = seg.rows[0]!;
    const last = seg.rows[seg.rows.length - 1]!;
    const segRows = rows.filter((r) => r.seg === seg);
    const lineH = Math.max(...seg.rows.map((r) => lines[r]!.size));
    // Downwards from the first row, then upwards from it: a label wrapped down a narrow column
    // runs several lines past its row's numbers, each line joined to the one before it.
    const order = [...Array.from({ length: last + 7 - first }, (_, k) => first + k), ...Array.from({ length: 6 }, (_, k) => first - 1 - k)];
    for (const i of order) {
      const line = lines[i];
      if (!line || inTable.has(i)) continue;
      if (crosses(line, seg.left) || isSectionHeading(line)) continue;
      // Column headings (text over the value columns) are no row's label.
      if (line.chunks.some((c) => c.x1 > seg.left + 2 && !c.numeric)) continue;
      const pieces = line.chunks.filter((c) => c.x1 <= seg.left + 2);
      if (pieces.length === 0) continue;
      const own = pieces.map((p) => p.text).join('');
      // 表二's block headings (第二十条第（五）项) inside the table head their block: no row's label.
      if (isT2BlockHeading(own) >= 0) continue;
      const m = matchRow(own);
      // Just above the first row or below the last too (行政强制 left blank after 行政处罚).
      if (m?.exact && !m.changed && i >= first - 3 && i <= last + 3) {
        standalone.push({ at: i, text: own, seg });
        inTable.add(i);
        continue;
      }
      // Between two rows of the table on its page: one of those two, however many lines a
      // label wraps over (a narrow label column); above the first or below the last: within reach.
      const above = segRows.filter((r) => r.at < i && lines[r.at]!.page === line.page).pop();
      const below = segRows.find((r) => r.at > i && lines[r.at]!.page === line.page);
      const candidates =
        above && below
          ? [above, below].sort((a, b) => Math.abs(lines[a.at]!.yc - line.yc) - Math.abs(lines[b.at]!.yc - line.yc))
          : [above ?? below].filter((r): r is Row => r !== undefined && Math.abs(lines[r.at]!.yc - line.yc) <= 2.2 * lineH);
      // A label's third line can be out of its row's reach: it goes with the line it runs on from.
      const j = i < first ? i + 1 : i - 1;
      const prev = loose.find((l) => l.i === j);
      const runsOn = prev && lines[j]!.page === line.page && Math.abs(line.yc - lines[j]!.yc) <= 1.6 * lineH && prev.pieces.some((p) => Math.abs(p.x0 - pieces[0]!.x0) <= lineH);
      if (runsOn) for (const c of prev.candidates) if (candidates.length < 2 && !candidates.includes(c)) candidates.push(c);
      if (candidates.length === 0 && (i < first - 3 || i > last + 3)) continue;
      if (candidates.length === 0) {
        // Outside every row's reach: dropped if part of a vertical group label, else prose.
        orphans.push({ i, pieces });
        continue;
      }
      loose.push({ i, pieces, candidates });
      inTable.add(i);
    }
  }
  // Vertical group labels, one character a line, are no row's label.
  const stacks = verticalStacks([...rows.flatMap((r) => r.label), ...loose.flatMap((l) => l.pieces), ...orphans.flatMap((o) => o.pieces)]);
  for (const o of orphans) if (o.pieces.every((p) => stacks.has(p))) inTable.add(o.i);
  const ownLabel = new Map(rows.map((r) => [r, r.label.filter((p) => !stacks.has(p))]));
  const choice = loose.map(() => 0);
  const labelOf = (r: Row) => {
    const pieces = [...ownLabel.get(r)!];
    loose.forEach((l, k) => {
      if (l.candidates[choice[k]!] === r) pieces.push(...l.pieces.filter((p) => !stacks.has(p)));
    });
    return labelText(pieces);
  };
  // Nearest first; then each loose line moves to its other candidate where more labels read
  // right (only the two rows it moves between change).
  // A label that reads as the standard's word for word counts more than one that only names a row.
  const score = (r: Row) => {
    const m = matchRow(labelOf(r));
    return m?.exact ? (m.changed ? 1 : 2) : 0;
  };
  const reads = new Map(rows.map((r) => [r, score(r)]));
  // The lines between two rows split once: the top ones to the row above, the rest to the row
  // below — every split tried, as a wrapped label reads right only once all its lines are in.
  const between = new Map<string, number[]>();
  loose.forEach((l, k) => {
    if (l.candidates.length !== 2) return;
    const [a, b] = [...l.candidates].sort((x, y) => x.at - y.at) as [Row, Row];
    const key = `${a.at}:${b.at}`;
    between.set(key, [...(between.get(key) ?? []), k]);
  });
  // The lines in the middle may be a row of their own printed without numbers, wrapped too
  // ((六)1 left blank between (五)5 and (六)2): only where they read as a row word for word.
  const middleReads = (ks: number[]) => {
    if (ks.length === 0) return 0;
    const m = matchRow(labelText(ks.flatMap((k) => loose[k]!.pieces.filter((p) => !stacks.has(p)))));
    return m?.exact && !m.changed ? 2 : -Infinity;
  };
  for (let pass = 0; pass < 2; pass++) {
    for (const ks of between.values()) {
      const [a, b] = [...loose[ks[0]!]!.candidates].sort((x, y) => x.at - y.at) as [Row, Row];
      const setSplit = (top: number, bottom: number) => ks.forEach((k, n) => (choice[k] = n < top ? loose[k]!.candidates.indexOf(a) : n >= bottom ? loose[k]!.candidates.indexOf(b) : -1));
      const was = ks.map((k) => choice[k]!);
      let best = reads.get(a)! + reads.get(b)! + middleReads(ks.filter((k) => choice[k] === -1));
      let bestAt: [number, number] | null = null;
      for (let top = 0; top <= ks.length; top++) {
        for (let bottom = top; bottom <= ks.length; bottom++) {
          const middle = middleReads(ks.slice(top, bottom));
          if (middle === -Infinity) continue;
          setSplit(top, bottom);
          const [sa, sb] = [score(a), score(b)];
          // A row of its own only beside rows that still read, as other rows: never a row's
          // label taken from the row that holds its numbers.
          if (middle > 0) {
            const ta = matchRow(labelOf(a))?.target;
            const tb = matchRow(labelOf(b))?.target;
            const tm = matchRow(labelText(ks.slice(top, bottom).flatMap((k) => loose[k]!.pieces.filter((p) => !stacks.has(p)))))?.target;
            if (sa === 0 || sb === 0 || tm === ta || tm === tb) continue;
          }
          const total = sa + sb + middle;
          if (total > best) {
            best = total;
            bestAt = [top, bottom];
          }
        }
      }
      if (bestAt) {
        setSplit(...bestAt);
        reads.set(a, score(a));
        reads.set(b, score(b));
      } else ks.forEach((k, n) => (choice[k] = was[n]!));
    }
  }
  // Rows printed without numbers found so: one standalone row each run of such lines.
  for (const ks of between.values()) {
    const mid = ks.filter((k) => choice[k] === -1);
    if (mid.length === 0) continue;
    const seg = rows.find((r) => r === loose[mid[0]!]!.candidates[0])!.seg;
    standalone.push({ at: loose[mid[0]!]!.i, text: labelText(mid.flatMap((k) => loose[k]!.pieces.filter((p) => !stacks.has(p)))), seg });
  }
  if (loose.some((l) => l.candidates.length > 1)) {
    for (let pass = 0; pass < 2; pass++) {
      loose.forEach((l, k) => {
        if (l.candidates.length < 2) return;
        const [a, b] = l.candidates as [Row, Row];
        const before = reads.get(a)! + reads.get(b)!;
        choice[k] = 1 - choice[k]!;
        const ra = score(a);
        const rb = score(b);
        if (ra + rb > before) {
          reads.set(a, ra);
          reads.set(b, rb);
        } else choice[k] = 1 - choice[k]!;
      });
    }
  }
  const labels = new Map(rows.map((r) => [r, labelOf(r)]));

  const out: { at: number; line: SourceLine }[] = [];
  for (const r of rows) {
    const columns = r.seg.columns;
    const cells = columns.map(() => '');
    // Each number in the column whose range holds it; two in one column: the row is refused.
    let placed = true;
    for (const v of r.values) {
      const k = columns.findIndex((c) => v.x0 >= c.x0 - 0.5 && v.x1 <= c.x1 + 0.5);
      if (k < 0 || cells[k] !== '') placed = false;
      else cells[k] = v.text;
    }
    const label = labels.get(r)!;
    // As many columns as the row's table has: a table whose columns were not all told (one
    // blank in every row and without a heading, or two run together) places only whole rows.
    const n = label === '' ? T4_KEYS.length : matchRow(label)?.target.keys.length;
    if (n !== undefined && n !== columns.length && r.values.length < n && !(n === 1 && r.values.length === 1)) placed = false;
    const line = lines[r.at]!;
    const all = placed ? [label, ...cells] : [label, ...r.values.map((v) => v.text)];
    out.push({ at: r.at, line: { cells: all, structured: true, where: where(line), raw: all.join('\t'), ...(placed ? { alignEnd: true } : {}) } });
  }
  for (const s of standalone) {
    const cells = [s.text, ...s.seg.columns.map(() => '')];
    out.push({ at: s.at, line: { cells, structured: true, where: where(lines[s.at]!), raw: s.text, alignEnd: true } });
  }
  // Everything else is prose: lines joined into paragraphs where a line runs on from the one before.
  const left = Math.min(...lines.map((l) => l.chunks[0]?.x0 ?? Infinity));
  const right = Math.max(...lines.map((l) => l.chunks[l.chunks.length - 1]?.x1 ?? -Infinity));
  let para: { at: number; text: string; line: VisualLine } | null = null;
  const flush = () => {
    if (para) out.push({ at: para.at, line: { cells: [para.text], structured: false, where: where(para.line), raw: para.text } });
    para = null;
  };
  lines.forEach((line, i) => {
    if (inTable.has(i)) {
      flush();
      return;
    }
    const text = joinChunks(line.chunks);
    const x0 = line.chunks[0]?.x0 ?? left;
    const prev: { at: number; text: string; line: VisualLine } | null = para;
    const runsOn =
      prev !== null &&
      x0 <= left + 0.5 * line.size &&
      line.yc - prev.line.yc < 2.2 * line.size + (line.page !== prev.line.page ? PAGE_GAP : 0) &&
      (prev.line.chunks[prev.line.chunks.length - 1]?.x1 ?? 0) >= right - 2 * line.size &&
      line.size === prev.line.size;
    if (runsOn) {
      prev.text += joinChunks(line.chunks);
      prev.line = line;
    } else {
      flush();
      para = { at: i, text, line };
    }
  });
  flush();
  return out.sort((a, b) => a.at - b.at).map((o) => o.line);
}
