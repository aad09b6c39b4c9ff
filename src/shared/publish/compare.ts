// 发布核对: the report as approved against the copy that was published (a saved web page, copied
// text, a .docx), read by the same importer as any published report. Differences are reported
// in Chinese with their place — a cell, a table or row that is missing or turned into text, a
// paragraph changed, added or dropped, a 文号 or date broken by the content system, a heading
// renumbered or renamed — and classed as figures (a number, a table) or text.
import { CELL_KEYS, TABLE_NAMES, cellDef, describeCell, type TableId } from '../layout/cells';
import { SECTIONS } from '../layout/sections';
import { T2_BLOCKS, T3_APPLICANT_HEADING, T3_ROWS, T4_GROUPS } from '../layout/tables';
import type { SourceLine } from '../import/document';
import { ImportLog } from '../import/import-log';
import { fold } from '../import/normalize';
import { findHeadings } from '../import/read-narrative';
import type { Project } from '../model/project';
import { findBrokenCitations, type CitationProblem } from '../text/citations';
import { formatCellValue } from '../values/cell-value';
import { formatDate } from '../values/publish-date';

export type DifferenceKind = 'table' | 'row' | 'cell' | 'heading' | 'paragraphChanged' | 'paragraphAdded' | 'paragraphDropped' | 'citation' | 'meta';

export interface PublishedDifference {
  readonly kind: DifferenceKind;
  /** 'figures' (a number or a table) decides exit status 2; 'text' exit status 1. */
  readonly weight: 'figures' | 'text';
  /** Where, in words: 「表三 （一）予以公开 · 自然人」「五、存在的主要问题及改进情况 第2段」. */
  readonly place: string;
  readonly message: string;
  /** The approved report's text at that place ('' when it has none). */
  readonly approved: string;
  /** The published copy's text at that place ('' when it has none). */
  readonly published: string;
}

export interface PublishedCopy {
  /** The copy's lines, as the importer read them. */
  readonly lines: readonly SourceLine[];
  /** The copy read into a project (projectFromLines). */
  readonly project: Project;
  /** Web pages and Word documents have real tables; copied text has none to lose. */
  readonly hasTables: boolean;
  /**
   * A PDF's text layer breaks lines where the page did, so its paragraphs do not match the
   * report's one for one: a place whose whole text is the same is then not a difference.
   */
  readonly reflowed?: boolean;
}

const TABLES: readonly TableId[] = ['t2', 't3', 't4'];

/** Labels that only the table itself carries, to tell a real table from one flattened into text. */
const TABLE_MARKS: Readonly<Record<TableId, readonly string[]>> = {
  t2: [T2_BLOCKS[0]!.heading, T2_BLOCKS[1]!.rows[0]!.label],
  t3: [T3_APPLICANT_HEADING, T3_ROWS[0]!.label],
  t4: [T4_GROUPS[1]!.label, T4_GROUPS[2]!.label],
};

/** What a cell prints (blank as 0, as every export writes it). */
const shown = (v: Project['cells'][string] | undefined) => (v === null || v === undefined ? '0' : formatCellValue(v));

const norm = (s: string) => fold(s).replace(/[\s\u3000]+/g, '');

function tableDifferences(approved: Project, copy: PublishedCopy): PublishedDifference[] {
  const out: PublishedDifference[] = [];
  const realTableLines = copy.lines.filter((l) => l.structured && /个表格/.test(l.where));
  for (const t of TABLES) {
    const keys = CELL_KEYS.filter((k) => k.startsWith(`${t}.`));
    const read = keys.filter((k) => copy.project.cells[k] !== null && copy.project.cells[k] !== undefined);
    const name = TABLE_NAMES[t];
    const section = SECTIONS.find((s) => s.table === t)!;
    const marks = TABLE_MARKS[t].map(norm);
    const asTable = realTableLines.some((l) => l.cells.some((c) => marks.includes(norm(c))));
    const asText = !asTable && copy.lines.some((l) => !/个表格/.test(l.where) && l.cells.some((c) => marks.some((m) => norm(c).startsWith(m))));
    if (read.length === 0) {
      out.push(
        asText
          ? { kind: 'table', weight: 'figures', place: section.heading, message: `${name}不是表格：发布稿把它排成了文字（表格线和合并单元格丢失），表中数字无法逐格核对`, approved: `${name}（表格）`, published: '文字段落' }
          : { kind: 'table', weight: 'figures', place: section.heading, message: `${name}缺失：发布稿中没有这张表（可能被删去或以图片发布）`, approved: `${name}（${keys.length} 格）`, published: '' },
      );
      continue;
    }
    if (copy.hasTables) {
      if (!asTable) {
        out.push({
          kind: 'table',
          weight: 'figures',
          place: section.heading,
          message: `${name}不是表格：发布稿把它排成了文字（表格线和合并单元格丢失），读者无法按行列核对`,
          approved: `${name}（表格）`,
          published: '文字段落',
        });
      }
    }
    // A row none of whose cells was read is missing; otherwise each cell is compared.
    const rows = new Map<string, string[]>();
    for (const k of keys) {
      const def = cellDef(k)!;
      const list = rows.get(def.rowKey) ?? [];
      list.push(k);
      rows.set(def.rowKey, list);
    }
    for (const [, rowKeys] of rows) {
      const missing = rowKeys.every((k) => copy.project.cells[k] === null || copy.project.cells[k] === undefined);
      if (missing) {
        const rowName = describeCell(rowKeys[0]!).replace(/ · .*$/, '');
        out.push({ kind: 'row', weight: 'figures', place: rowName, message: `${rowName}：发布稿中缺少这一行`, approved: rowKeys.map((k) => shown(approved.cells[k])).join(' '), published: '' });
        continue;
      }
      for (const k of rowKeys) {
        const a = shown(approved.cells[k]);
        const p = copy.project.cells[k];
        const b = p === null || p === undefined ? '（未读出）' : shown(p);
        if (a === b) continue;
        out.push({ kind: 'cell', weight: 'figures', place: describeCell(k), message: `${describeCell(k)}：报告为 ${a}，发布稿为 ${b}`, approved: a, published: b });
      }
    }
  }
  return out;
}

function headingDifferences(copy: PublishedCopy): PublishedDifference[] {
  const out: PublishedDifference[] = [];
  const hits = findHeadings(copy.lines, new ImportLog());
  for (const s of SECTIONS) {
    const body = (h: string) => norm(h).replace(/^[一二三四五六七八九十]+[、.．]?/, '');
    // A heading given another number is not recognised as this section's: find it by its words.
    const line = hits.find((h) => h.section === s.id)?.line ?? copy.lines.findIndex((l) => !l.structured && body(l.raw) === body(s.heading) && norm(l.raw) !== body(s.heading));
    if (line < 0) {
      out.push({ kind: 'heading', weight: 'text', place: s.heading, message: `发布稿中没有标题“${s.heading}”`, approved: s.heading, published: '' });
      continue;
    }
    const written = copy.lines[line]!.raw.trim();
    if (norm(written) === norm(s.heading)) continue;
    const renumbered = body(written) === body(s.heading);
    out.push({
      kind: 'heading',
      weight: 'text',
      place: s.heading,
      message: renumbered ? `标题编号被改动：写作“${written}”，应为“${s.heading}”` : `标题被改写：写作“${written}”，应为“${s.heading}”`,
      approved: s.heading,
      published: written,
    });
  }
  return out;
}

/** Longest common subsequence of two lists of paragraphs: the pairs kept, in order. */
function lcs(a: readonly string[], b: readonly string[]): [number, number][] {
  const n = a.length;
  const m = b.length;
  const dp: number[][] = Array.from({ length: n + 1 }, () => Array<number>(m + 1).fill(0));
  for (let i = n - 1; i >= 0; i--) for (let j = m - 1; j >= 0; j--) dp[i]![j] = a[i] === b[j] ? dp[i + 1]![j + 1]! + 1 : Math.max(dp[i + 1]![j]!, dp[i]![j + 1]!);
  const pairs: [number, number][] = [];
  for (let i = 0, j = 0; i < n && j < m; ) {
    if (a[i] === b[j]) {
      pairs.push([i, j]);
      i++;
      j++;
    } else if (dp[i + 1]![j]! >= dp[i]![j + 1]!) i++;
    else j++;
  }
  return pairs;
}

const paragraphsOf = (text: string) =>
  text
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean);

function citationNote(problems: readonly CitationProblem[]): string {
  return problems.map((p) => `“${p.quote}”${p.problem}${p.correct ? `，应为“${p.correct}”` : ''}`).join('；');
}

function textDifferences(approved: Project, copy: PublishedCopy): PublishedDifference[] {
  const out: PublishedDifference[] = [];
  const places: { name: string; a: string; b: string; table: boolean }[] = [
    { name: '前言', a: approved.meta.preamble, b: copy.project.meta.preamble, table: false },
    ...SECTIONS.filter((s) => !s.table).map((s) => ({ name: s.heading, a: approved.sections[s.id], b: copy.project.sections[s.id], table: false })),
    // Table sections may carry a note under the table.
    ...SECTIONS.filter((s) => s.table).map((s) => ({ name: s.heading, a: approved.sections[s.id], b: copy.project.sections[s.id], table: true })),
  ];
  for (const { name, a, b, table } of places) {
    // A PDF's text layer mixes a table's wrapped labels into prose; with no note under the table
    // in the report, what is read there is the table itself, already compared cell by cell.
    if (copy.reflowed && table && a.trim() === '') continue;
    const pa = paragraphsOf(a);
    const pb = paragraphsOf(b);
    if (copy.reflowed && norm(pa.join('')) === norm(pb.join(''))) continue;
    const key = (p: string) => norm(p);
    const pairs = lcs(pa.map(key), pb.map(key));
    // Walk the gaps between kept paragraphs: a gap with paragraphs on both sides is a change.
    const bounds: [number, number][] = [[-1, -1], ...pairs, [pa.length, pb.length]];
    for (let g = 0; g + 1 < bounds.length; g++) {
      const [i0, j0] = bounds[g]!;
      const [i1, j1] = bounds[g + 1]!;
      const dropped = pa.slice(i0 + 1, i1);
      const added = pb.slice(j0 + 1, j1);
      const n = Math.max(dropped.length, added.length);
      for (let k = 0; k < n; k++) {
        const was = dropped[k];
        const now = added[k];
        if (was !== undefined && now !== undefined) {
          const broken = findBrokenCitations(now).filter((p) => !findBrokenCitations(was).some((q) => q.quote === p.quote));
          const place = `${name} 第${i0 + 2 + k}段`;
          if (broken.length > 0) {
            out.push({ kind: 'citation', weight: 'text', place, message: `${place}：文号或日期被改坏：${citationNote(broken)}`, approved: was, published: now });
          } else {
            out.push({ kind: 'paragraphChanged', weight: 'text', place, message: `${place}：段落文字与报告不一致`, approved: was, published: now });
          }
        } else if (was !== undefined) {
          const place = `${name} 第${i0 + 2 + k}段`;
          out.push({ kind: 'paragraphDropped', weight: 'text', place, message: `${place}：发布稿中缺少这一段`, approved: was, published: '' });
        } else if (now !== undefined) {
          const place = `${name}（发布稿第${j0 + 2 + k}段）`;
          out.push({ kind: 'paragraphAdded', weight: 'text', place, message: `${place}：发布稿多出一段`, approved: '', published: now });
        }
      }
    }
  }
  return out;
}

function metaDifferences(approved: Project, copy: PublishedCopy): PublishedDifference[] {
  const out: PublishedDifference[] = [];
  const a = approved.meta;
  const b = copy.project.meta;
  if (norm(a.issuer) !== norm(b.issuer) || a.year !== b.year) {
    out.push({ kind: 'meta', weight: 'text', place: '标题', message: `标题中的发布机关或年度与报告不一致：报告为“${a.issuer}${a.year}年”，发布稿为“${b.issuer}${b.year}年”`, approved: `${a.issuer}${a.year}年`, published: `${b.issuer}${b.year}年` });
  }
  if (a.publishDate && a.publishDate !== b.publishDate) {
    out.push({ kind: 'meta', weight: 'text', place: '落款', message: `落款的发布日期与报告不一致：报告为 ${formatDate(a.publishDate)}，发布稿${b.publishDate ? `为 ${formatDate(b.publishDate)}` : '中没有读出日期'}`, approved: formatDate(a.publishDate), published: formatDate(b.publishDate) });
  }
  return out;
}

/** Every difference between the approved report and its published copy, tables first. */
export function comparePublished(approved: Project, copy: PublishedCopy): PublishedDifference[] {
  return [...tableDifferences(approved, copy), ...headingDifferences(copy), ...metaDifferences(approved, copy), ...textDifferences(approved, copy)];
}

/** 0 identical, 1 text differences only, 2 a number differs or a table is missing. */
export function publishedStatus(differences: readonly PublishedDifference[]): 0 | 1 | 2 {
  if (differences.some((d) => d.weight === 'figures')) return 2;
  return differences.length > 0 ? 1 : 0;
}
