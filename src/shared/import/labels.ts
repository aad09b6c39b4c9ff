// The row labels an importer looks for, built from the one layout definition
// (src/shared/layout) — never re-typed — plus the few shortened forms published reports use.
import { cellKey } from '../layout/cells';
import { T2_BLOCKS, T3_COLUMNS, T3_ROWS, T4_COLUMNS, T4_GROUPS } from '../layout/tables';
import { isPlainDigits } from '../values/cell-value';
import { bare, fold, labelCore, splitNumbering } from './normalize';
import { boundedMemo } from './bounded-memo';

export interface RowTarget {
  readonly table: 't2' | 't3';
  readonly rowKey: string;
  /** Official label, for the log. */
  readonly label: string;
  /** Cell keys in column order: the values after the label fill these. */
  readonly keys: readonly string[];
  /** Index of the 表二 block (0–3) the row belongs to. */
  readonly block?: number;
  readonly cores: readonly string[];
  /** Very short cores (「其他」) only count with their numbering, or a column heading would match. */
  readonly needsNumbering: boolean;
  /** 表三's group labels the row sits in, folded (三、本年度办理结果, （三）不予公开). */
  readonly groups?: readonly string[];
}

/**
 * Shortened labels seen in published reports (spec §4 E-TABLE: renamed rows): the row is the
 * same, the wording is not. Keyed by row key; the official label is always accepted as well.
 */
const EXTRA_ROW_LABELS: Readonly<Record<string, readonly string[]>> = {
  normativeDocuments: ['规范性文件'],
};

export const ROW_TARGETS: readonly RowTarget[] = [
  ...T2_BLOCKS.flatMap((block, b) =>
    block.rows.map((row) => ({
      table: 't2' as const,
      rowKey: row.key,
      label: row.label,
      keys: block.columns.map((c) => cellKey('t2', row.key, c.key)),
      block: b,
      cores: [row.label, ...(EXTRA_ROW_LABELS[row.key] ?? [])].map(labelCore),
      needsNumbering: false,
    })),
  ),
  ...T3_ROWS.map((row) => {
    const core = labelCore(row.label);
    return {
      table: 't3' as const,
      rowKey: row.key,
      label: row.groups.length > 1 ? `${row.groups[1]}${row.label}` : row.label,
      keys: T3_COLUMNS.map((c) => cellKey('t3', row.key, c.key)),
      cores: [core],
      needsNumbering: core.length <= 2,
      groups: row.groups.map((g) => fold(g)),
    };
  }),
];

export const T4_KEYS: readonly string[] = T4_GROUPS.flatMap((g) => T4_COLUMNS.map((c) => cellKey('t4', g.key, c.key)));

/**
 * How well a cell's text names a row: exact, or a label cut off by the end of a copy.
 * `changed` says how the wording differs from the standard's beyond width, script, spacing,
 * punctuation and numbering: another wording, a shortened label, an added note.
 */
export type RowMatch = { target: RowTarget; exact: boolean; changed?: 'wording' | 'shortened' | 'annotated' };

const MIN_PREFIX = 4;

/** 表三's group labels (三、本年度办理结果, （三）不予公开 …), folded: a flattened copy may prefix a row with them. */
const GROUP_PREFIXES: readonly string[] = [...new Set(T3_ROWS.flatMap((r) => r.groups))].map(fold).sort((a, b) => b.length - a.length);

/**
 * Every report of a batch has the same row labels and column headings: a cell's answer is
 * found once and remembered (bounded, emptied when full, as fold's cache). The answers are
 * shared, so no caller may change one.
 */
const matchRemembered = boundedMemo(matchNow, 20_000);

export function matchRow(text: string): RowMatch | null {
  if (text.length > 80) return null;
  // Most cells are figures, and no row's label starts with a digit (a test holds the layout to it).
  if (isPlainDigits(text)) return null;
  return matchRemembered(text);
}

function matchNow(text: string): RowMatch | null {
  const folded = fold(text);
  const direct = matchFolded(folded);
  if (direct) return direct;
  // 「（三）不予公开 1.属于国家秘密」 in one cell: the group label, then the row's own.
  for (const g of GROUP_PREFIXES) {
    if (folded.startsWith(g) && folded.length > g.length) {
      const inner = matchFolded(folded.slice(g.length));
      if (inner) return inner;
    }
  }
  return matchAfterGroupPiece(folded);
}

const ROW_NUMBERING = /\d+[.．、]|[(（][一二三四五六七八九十]+[)）]/;
const ROW_NUMBERING_ALL = new RegExp(ROW_NUMBERING.source, 'g');

/**
 * 「（四）无 1.本机关不掌握…」「法提供 2.没有现成…」「本 2.其他法律…」: a piece of a group label
 * wrapped in its narrow column (or printed one character a line) lands in front of a row's own
 * label. The piece is dropped only when it is part of a group the row really sits in, and the
 * rest is the row's label exactly, numbering included.
 */
function matchAfterGroupPiece(folded: string): RowMatch | null {
  // Most cells that reach here hold no numbering at all.
  if (!ROW_NUMBERING.test(folded)) return null;
  for (const m of folded.matchAll(ROW_NUMBERING_ALL)) {
    const k = m.index;
    if (k === 0) continue;
    const head = folded.slice(0, k);
    if (bare(head) === '' || bare(head).length > 12) continue;
    const inner = matchFolded(folded.slice(k));
    if (!inner?.exact || inner.changed) continue;
    const groups = inner.target.groups ?? [];
    // The piece may hold bits of two groups' labels (「果（四）无」「果予公开」): it must split
    // into runs each found in a group the row sits in.
    if (coveredByGroups(bare(head), groups.map(bare))) return inner;
  }
  return null;
}

/** Can `text` be cut into consecutive runs, each a substring of one of `groups`? */
function coveredByGroups(text: string, groups: readonly string[]): boolean {
  const ok: boolean[] = [true];
  for (let end = 1; end <= text.length; end++) {
    ok[end] = false;
    for (let start = 0; start < end && !ok[end]; start++) if (ok[start] && groups.some((g) => g.includes(text.slice(start, end)))) ok[end] = true;
  }
  return ok[text.length] === true;
}

/** A word that is a piece of one of 表三's group labels (「他处理」 of （六）其他处理), as wrapped in a narrow column. */
export function isGroupPiece(text: string): boolean {
  const b = bare(fold(text));
  return b !== '' && b.length <= 8 && coveredByGroups(b, GROUP_PREFIXES.map(bare));
}

// 「规章(县级无此项)」: a note in brackets added after a row's label.
const TRAILING_NOTE = /[(（[【][^()（）[\]【】]*[)）\]】]$/;

/**
 * The targets naming each core, in ROW_TARGETS order, with the core's place among the target's
 * (0: the official label). Every cell of every imported report is matched: a lookup, not a scan.
 */
const BY_CORE: ReadonlyMap<string, readonly { target: RowTarget; k: number }[]> = (() => {
  const m = new Map<string, { target: RowTarget; k: number }[]>();
  for (const target of ROW_TARGETS) {
    target.cores.forEach((core, k) => {
      const list = m.get(core) ?? [];
      if (!list.some((e) => e.target === target)) list.push({ target, k });
      m.set(core, list);
    });
  }
  return m;
})();

/** Every core with its row, in code-unit order: the cores a text starts are found by bisection. */
const SORTED_CORES: readonly { core: string; target: RowTarget }[] = ROW_TARGETS.flatMap((target) => target.cores.map((core) => ({ core, target }))).sort((a, b) =>
  a.core < b.core ? -1 : a.core > b.core ? 1 : 0,
);

/** The one row having a core that starts with `text` and is longer; null when none or several. */
function onlyRowStartingWith(text: string): RowTarget | null {
  let lo = 0;
  let hi = SORTED_CORES.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (SORTED_CORES[mid]!.core < text) lo = mid + 1;
    else hi = mid;
  }
  let hit: RowTarget | null = null;
  for (let i = lo; i < SORTED_CORES.length && SORTED_CORES[i]!.core.startsWith(text); i++) {
    const { core, target } = SORTED_CORES[i]!;
    if (core.length === text.length) continue;
    if (hit && hit !== target) return null;
    hit = target;
  }
  return hit;
}

function matchFolded(folded: string): RowMatch | null {
  const { numbering, rest } = splitNumbering(folded);
  const core = bare(rest);
  if (core === '') return null;
  for (const { target, k } of BY_CORE.get(core) ?? []) {
    if (target.needsNumbering && numbering.length === 0) continue;
    return k === 0 ? { target, exact: true } : { target, exact: true, changed: 'wording' };
  }
  // A label cut off by the end of a copy: the start of exactly one row's label. (Rows that need
  // their numbering have cores of two characters at most, so they never qualify here.)
  if (core.length >= MIN_PREFIX) {
    const hit = onlyRowStartingWith(core);
    if (hit) return { target: hit, exact: false, changed: 'shortened' };
  }
  const noted = TRAILING_NOTE.exec(rest);
  if (noted && noted.index > 0) {
    const inner = matchFolded(folded.slice(0, folded.length - noted[0].length));
    if (inner?.exact) return { ...inner, changed: inner.changed ?? 'annotated' };
  }
  return null;
}

/** 表二 block headings 「第二十条第（一）项」…, as folded bare text. */
export const T2_BLOCK_HEADINGS: readonly string[] = T2_BLOCKS.map((b) => bare(fold(b.heading)));

/**
 * Column headings of the 2019 trial format (国办公开办函〔2019〕60号), which some 2020–2021
 * reports still use: their numbers mean something else, so those blocks are not read.
 */
export const TRIAL_T2_HEADINGS: readonly string[] = ['制作数量', '新公开数量', '对外公开总数量', '上一年项目数量', '本年增减'];

export function isTrialHeading(text: string): boolean {
  const b = bare(fold(text));
  return TRIAL_T2_HEADINGS.some((h) => b.includes(h));
}

export function isT2BlockHeading(text: string): number {
  const b = bare(fold(text));
  return T2_BLOCK_HEADINGS.indexOf(b);
}
