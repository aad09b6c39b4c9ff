// N-TABLE-SHAPE (spec §3): the published tables keep FMT2021's rows and columns — no row
// deleted or merged, no column added, labels unchanged. A project file cannot hold a table of
// another shape, so the check belongs to import: what the importer saw of the source's tables
// is compared with the standard here, and every deviation is logged under the rule id, naming
// the table, row and column, so that the clerk and the disclosure office see it.
import { cellDef, TABLE_SHORT_NAMES } from '../layout/cells';
import { T2_BLOCKS, T3_COLUMNS, T4_COLUMNS, T4_GROUPS } from '../layout/tables';
import { TABLE_SECTION } from '../validation/context';
import type { Finding } from '../validation/finding';
import type { ImportLog, ImportLogEntry } from './import-log';
import { ROW_TARGETS, type RowMatch, type RowTarget } from './labels';
import { bare, fold } from './normalize';
import { boundedMemo } from './bounded-memo';

export const TABLE_SHAPE_RULE = 'N-TABLE-SHAPE';
/** Its short Chinese name, as the validator's rules have one (Rule.name). */
export const TABLE_SHAPE_NAME = '表格行列被改动';
/** What the rule checks, as the validator's rules have it (the audit's 规则统计 sheet). */
export const TABLE_SHAPE_TITLE = '表格保持标准格式的行和列：不删行、不并行、不加列，行标签不改写（导入时检查）';

const PREFIX = `表格形式与标准格式不符（${TABLE_SHAPE_RULE}）：`;

/** What the table reader saw of one row of the source. */
export interface SeenRow {
  readonly target: RowTarget;
  /** The label cell as published. */
  readonly text: string;
  readonly changed: RowMatch['changed'];
  readonly where: string;
  readonly line: number;
  /** The label is the last thing in a copy that stops there: it may be cut, not reworded. */
  readonly atCut: boolean;
  /** More numbers in the row than it has columns (a positional reading). */
  readonly extra?: number;
}

export interface ShapeInput {
  readonly rows: readonly SeenRow[];
  /** Cells that name two or more rows at once: a merged row. */
  readonly merged: readonly { text: string; where: string; targets: readonly RowTarget[] }[];
  /** 表二 blocks laid out in the 2019 trial format (by block index). */
  readonly trialBlocks: readonly { block: number; where: string }[];
  /** Does the source show each table's start (its section's heading before its first row)? */
  readonly started: { readonly t2: boolean; readonly t3: boolean };
  /** Does the source go on past each table (the next section's heading was found after it)? */
  readonly complete: { readonly t2: boolean; readonly t3: boolean };
  /** 表四's data row when it shows more than 15 numbers. */
  readonly t4Extra?: { count: number; where: string };
  /** 表二 column headings as published after 「信息内容」, by block. */
  readonly t2Headers: readonly { block: number; texts: readonly string[]; where: string }[];
  /** Lines holding text that names no row (a label the reader could not match, wrapped or cut). */
  readonly unmatchedLines: readonly number[];
}

/** A standard row the reader did not find where the source shows something it could not match: not evidence of a deleted row. */
export const UNRECOGNISED_ROW = '未能识别该行';

const rowName = (t: RowTarget) => `${TABLE_SHORT_NAMES[t.table]}“${t.label}”`;

function columnsOf(t: RowTarget): string {
  if (t.table === 't3') return T3_COLUMNS.map((c) => c.label).join('、');
  return T2_BLOCKS[t.block ?? 0]!.columns.map((c) => c.label).join('、');
}

const CHANGED: Readonly<Record<NonNullable<RowMatch['changed']>, string>> = {
  wording: '措辞不同',
  shortened: '删去了部分文字',
  annotated: '加了括注',
};

export function checkTableShape(input: ShapeInput, log: ImportLog): void {
  const warn = (message: string, where: string | undefined, cells: readonly string[]) =>
    log.warn(PREFIX + message, { ...(where ? { where } : {}), cells: [...cells], rule: TABLE_SHAPE_RULE });

  for (const { block, where } of input.trialBlocks) {
    const b = T2_BLOCKS[block]!;
    const keys = ROW_TARGETS.filter((t) => t.table === 't2' && t.block === block).flatMap((t) => t.keys);
    warn(`${TABLE_SHORT_NAMES.t2}“${b.heading}”一块使用2019年试行格式的列，标准格式的列为“${b.columns.map((c) => c.label).join('、')}”`, where, keys);
  }

  // A trial-format block is one deviation: its rows' own labels and columns are part of it.
  const trial = new Set(input.trialBlocks.map((b) => b.block));
  for (const row of input.rows) {
    if (row.target.table === 't2' && trial.has(row.target.block ?? -1)) continue;
    if (row.changed && !(row.changed === 'shortened' && row.atCut)) {
      warn(`${rowName(row.target)}这一行的标签写作“${row.text.trim()}”，与标准写法相比${CHANGED[row.changed]}`, row.where, row.target.keys);
    }
    if (row.extra !== undefined) {
      warn(`${rowName(row.target)}这一行有 ${row.extra} 个数，标准格式为 ${row.target.keys.length} 列（${columnsOf(row.target)}），表格多出了列`, row.where, row.target.keys);
    }
  }

  for (const h of input.t2Headers) {
    if (trial.has(h.block)) continue;
    const b = T2_BLOCKS[h.block]!;
    // Compared as one folded string: a heading split over lines or spaced out is the same heading.
    if (bare(fold(h.texts.join(''))) === bare(fold(b.columns.map((c) => c.label).join('')))) continue;
    const keys = ROW_TARGETS.filter((t) => t.table === 't2' && t.block === h.block).flatMap((t) => t.keys);
    warn(`${TABLE_SHORT_NAMES.t2}“${b.heading}”的列标题写作“${h.texts.join('、')}”，标准格式为“${b.columns.map((c) => c.label).join('、')}”`, h.where, keys);
  }

  const mergedTargets = new Set<RowTarget>();
  for (const m of input.merged) {
    m.targets.forEach((t) => mergedTargets.add(t));
    const names = m.targets.map((t) => `“${t.label}”`).join('');
    warn(`${TABLE_SHORT_NAMES[m.targets[0]!.table]}${names}${m.targets.length}行合并为一行（“${m.text.trim()}”），标准格式中各占一行`, m.where, m.targets.flatMap((t) => t.keys));
  }

  // A row is missing from the table, not merely outside a copy that begins or ends inside it,
  // when the copy shows the table on both sides of it: rows (or the section's start) before,
  // rows (or the next section) after.
  for (const table of ['t2', 't3'] as const) {
    const targets = ROW_TARGETS.filter((t) => t.table === table);
    const seen = new Set(input.rows.filter((r) => r.target.table === table).map((r) => r.target));
    if (seen.size === 0) continue;
    const first = targets.findIndex((t) => seen.has(t));
    const last = Math.max(...targets.map((t, i) => (seen.has(t) ? i : -1)));
    const missing = targets.filter(
      (t, i) => !seen.has(t) && !mergedTargets.has(t) && (i > first || input.started[table]) && (i < last || input.complete[table]),
    );
    const lineOf = new Map(input.rows.filter((r) => r.target.table === table).map((r) => [r.target, r.line]));
    // One entry per run of consecutive missing rows. A row is deleted only where the rest of
    // the table is all there and nothing stands between its neighbours; otherwise the reader
    // may have missed it (a label wrapped or broken up in the copy), which is no one's fault.
    let run: RowTarget[] = [];
    const flush = () => {
      if (run.length === 0) return;
      const rows = run.length === 1 ? `“${run[0]!.label}”这一行` : `“${run[0]!.label}”至“${run[run.length - 1]!.label}”共 ${run.length} 行`;
      const i = targets.indexOf(run[0]!);
      const j = targets.indexOf(run[run.length - 1]!);
      const before = targets.slice(0, i).reverse().find((t) => lineOf.has(t));
      const after = targets.slice(j + 1).find((t) => lineOf.has(t));
      const from = before ? lineOf.get(before)! : -1;
      const to = after ? lineOf.get(after)! : Infinity;
      const between = input.unmatchedLines.some((l) => l > from && l < to);
      const otherwiseComplete = missing.length === run.length && before !== undefined && after !== undefined;
      if (otherwiseComplete && !between) {
        warn(`${TABLE_SHORT_NAMES[table]}删除了标准行：缺少${rows}（表格其余部分都在，其间没有其他内容），标准格式的行不得删除`, undefined, run.flatMap((t) => t.keys));
      } else {
        const named = run.length === 1 ? `“${run[0]!.label}”` : `“${run[0]!.label}”至“${run[run.length - 1]!.label}”共 ${run.length} 行`;
        warn(`${TABLE_SHORT_NAMES[table]}${named}：${UNRECOGNISED_ROW}（原文中这一位置${between ? '有未能识别的文字' : '没有可识别的行'}），请对照原件核对，${run.flatMap((t) => t.keys).length} 格按未读出处理`, undefined, run.flatMap((t) => t.keys));
      }
      run = [];
    };
    for (const t of targets) {
      if (missing.includes(t)) run.push(t);
      else flush();
    }
    flush();
  }

  if (input.t4Extra) {
    warn(`${TABLE_SHORT_NAMES.t4}数据行有 ${input.t4Extra.count} 个数，标准格式为 ${T4_GROUPS.length * T4_COLUMNS.length} 列（${T4_GROUPS.map((g) => g.label).join('、')}各 ${T4_COLUMNS.length} 列），表格多出了列`, input.t4Extra.where, []);
  }
}

/**
 * Cores of row labels long enough to be told apart inside another cell's text, longest first
 * (sorted once: mergedRows runs on every unmatched cell of every imported report).
 */
const MERGE_CORES: readonly { target: RowTarget; core: string }[] = ROW_TARGETS.flatMap((target) =>
  target.cores.filter((c) => target.table === 't2' || c.length >= 3).map((core) => ({ target, core })),
).sort((x, y) => y.core.length - x.core.length);
const ROW_ORDER: ReadonlyMap<RowTarget, number> = new Map(ROW_TARGETS.map((t, i) => [t, i]));

const mergedRemembered = boundedMemo(mergedNow, 20_000);

/** The rows a label cell names when it names more than one (「行政处罚、行政强制」), else null. */
export function mergedRows(text: string): readonly RowTarget[] | null {
  const t = text.trim();
  if (t.length > 40 || /[，。；：,;:]/.test(t)) return null;
  // The same column headings and group labels reach here in every report of a batch.
  return mergedRemembered(t);
}

function mergedNow(t: string): RowTarget[] | null {
  let b = bare(fold(t));
  const found: RowTarget[] = [];
  // Longest first, and each match removed, so 「行政规范性文件」 is not also read as 「规范性文件」.
  for (const { target, core } of MERGE_CORES) {
    const k = b.indexOf(core);
    if (k < 0) continue;
    b = b.slice(0, k) + '|' + b.slice(k + core.length);
    if (!found.includes(target)) found.push(target);
  }
  return found.length >= 2 ? found.sort((x, y) => ROW_ORDER.get(x)! - ROW_ORDER.get(y)!) : null;
}

/**
 * The shape deviations of an import as validation findings (severity H, spec §3), for the
 * batch audit: one per N-TABLE-SHAPE entry of the import log.
 */
export function tableShapeFindings(log: readonly ImportLogEntry[]): Finding[] {
  return log
    .filter((e) => e.rule === TABLE_SHAPE_RULE)
    .map((e) => {
      const cells = e.cells ?? [];
      const table = cells[0] ? cellDef(cells[0])?.table : e.message.includes(TABLE_SHORT_NAMES.t4) ? 't4' : undefined;
      const message = e.message.slice(PREFIX.length);
      return {
        rule: TABLE_SHAPE_RULE,
        title: TABLE_SHAPE_NAME,
        // A row the reader could not recognise is the import's doubt, not the publisher's breach.
        severity: e.message.includes(UNRECOGNISED_ROW) ? ('warning' as const) : ('error' as const),
        cells,
        ...(table ? { section: TABLE_SECTION[table] } : {}),
        message: `${message}${e.where ? `（原文${e.where}）` : ''}`,
        fingerprint: `${TABLE_SHAPE_RULE}|${message}|`,
      };
    });
}
