// What every rule sees: the project, its cells with helpers, and last year's report if linked.
import { CELLS, cellDef, describeCell } from '../layout/cells';
import { SECTIONS, type SectionId } from '../layout/sections';
import type { Cells, PriorYear, Project } from '../model/project';
import type { Profile } from '../model/profile';
import { numericValue, type CellValue } from '../values/cell-value';
import type { Finding, Severity } from './finding';

export interface RuleContext {
  readonly project: Project;
  readonly cells: Cells;
  /** Last year's report: one passed in (options.prior) or the linked project's snapshot (project.prior). */
  readonly prior: PriorYear | null;
  /** 本地要求: one passed in (options.profile) or the project's own (project.profile). */
  readonly profile: Profile | null;
  /** A cell's contribution to a sum (blank, n/a and junk count as 0). */
  num(key: string): number;
  /** Sum of the cells' contributions. */
  sum(keys: readonly string[]): number;
  value(key: string): CellValue;
  /** Every cell's value in official order (CELLS[i]), for rules that scan whole tables. */
  readonly values: readonly CellValue[];
  /**
   * Cells the importer could not read from the published report and still blank. A rule whose
   * operands (cells read through num/sum) include one of them cannot be judged: see finding().
   */
  readonly unread: ReadonlySet<string>;
  /** Narrative sections the importer could not read (the copy stops before them) and still empty: see finding(). */
  readonly unreadSections: ReadonlySet<SectionId>;
  /** Unread operands read by the rule being run, and those already named by its findings (the engine resets both per rule). */
  readonly audit: { readonly touched: Set<string>; readonly named: Set<string> };
}

/**
 * Position of each cell in official order (CELLS), for the per-report arrays below. A
 * prototype-free object rather than a Map: the lookup runs for every cell of every validation,
 * and this is about a quarter faster (measured in makeContext's loop).
 */
const INDEX: Readonly<Record<string, number | undefined>> = Object.assign(Object.create(null) as Record<string, number>, Object.fromEntries(CELLS.map((c, i) => [c.key, i])));
const CELL_COUNT = CELLS.length;
/** Rules sum the same constant key lists on every run: their positions, computed once per list. */
const POSITIONS = new WeakMap<readonly string[], Int32Array>();
function positionsOf(keys: readonly string[]): Int32Array {
  let p = POSITIONS.get(keys);
  if (!p) {
    p = Int32Array.from(keys, (k) => INDEX[k] ?? -1);
    POSITIONS.set(keys, p);
  }
  return p;
}

/**
 * The report's cells in official order. Its own function: inside makeContext the arrays are
 * captured by the rules' closures, and the loop over them ran about twice as slow.
 */
function readCells(cells: Cells): { values: CellValue[]; nums: number[] } {
  const values: CellValue[] = new Array<CellValue>(CELL_COUNT).fill(null);
  // A plain array of doubles: allocating a Float64Array of 200 costs more than filling this.
  const nums = new Array<number>(CELL_COUNT).fill(0);
  // Enumerating the report's own keys and finding each in the index is about twice as fast as
  // probing the object with the layout's 200 keys (measured with bench/aggregate.bench.ts).
  for (const key in cells) {
    const i = INDEX[key];
    if (i === undefined) continue;
    const v = cells[key] ?? null;
    values[i] = v;
    if (typeof v === 'number') nums[i] = v;
  }
  return { values, nums };
}

/**
 * The UI revalidates on every keystroke and a roll-up validates thousands of reports, so the
 * context reads each cell of the report once, into arrays in official order; the rules' many
 * lookups and sums then index those arrays instead of probing a 200-key object each time.
 */
export function makeContext(project: Project, prior?: PriorYear | null, profile?: Profile | null): RuleContext {
  const cells = project.cells;
  const { values, nums } = readCells(cells);
  const unread = new Set((project.unread ?? []).filter((k) => cells[k] === null || cells[k] === undefined));
  const audit = { touched: new Set<string>(), named: new Set<string>() };
  const unreadSections = new Set(project.unreadSections?.filter((id) => project.sections[id].trim() === '') ?? []);
  const num = (k: string) => {
    if (unread.size > 0 && unread.has(k)) audit.touched.add(k);
    const i = INDEX[k];
    return i === undefined ? numericValue(cells[k]) : nums[i]!;
  };
  return {
    project,
    cells,
    prior: prior ?? project.prior ?? null,
    profile: profile ?? project.profile ?? null,
    unread,
    unreadSections,
    audit,
    values,
    num,
    sum(keys) {
      if (unread.size > 0) for (const k of keys) if (unread.has(k)) audit.touched.add(k);
      const p = positionsOf(keys);
      let s = 0;
      for (let j = 0; j < p.length; j++) {
        const i = p[j]!;
        s += i >= 0 ? nums[i]! : numericValue(cells[keys[j]!]);
      }
      return s;
    },
    value(k) {
      const i = INDEX[k];
      return i === undefined ? (cells[k] ?? null) : values[i]!;
    },
  };
}

/** Display a value in a message; blank is shown as 空 so the clerk sees why it counts 0. */
export function showValue(v: CellValue | undefined): string {
  if (v === null || v === undefined) return '空';
  if (typeof v === 'number') return String(v);
  return 'na' in v ? v.na : `“${v.raw}”`;
}

export function show(ctx: RuleContext, key: string): string {
  return showValue(ctx.value(key));
}

/** Sums in messages: rounding noise of decimal 万元 never reaches the clerk. */
export function fmt(n: number): string {
  return String(Math.round(n * 1e6) / 1e6);
}

const SECTION_HEADING: Readonly<Record<SectionId, string>> = Object.fromEntries(SECTIONS.map((s) => [s.id, s.heading])) as Record<SectionId, string>;

/** The section holding each table, for grouping findings. */
export const TABLE_SECTION: Readonly<Record<string, SectionId>> = Object.fromEntries(
  SECTIONS.filter((s) => s.table).map((s) => [s.table!, s.id]),
);

/**
 * A finding's fingerprint: its rule and the cells' values as judged (plus an optional
 * discriminator, e.g. the column or the sentence quoted). An acknowledgement stores it, so it
 * lapses when any of the values change.
 */
export function fingerprint(ctx: RuleContext, rule: string, cells: readonly string[], extra = ''): string {
  let values = '';
  for (const k of cells) values += `${k}=${serialized(ctx.value(k))},`;
  return `${rule}|${extra}|${values}`;
}

/** JSON.stringify of a cell value, without its cost for the common blank and number. */
function serialized(v: CellValue): string {
  if (v === null) return 'null';
  // Finite numbers (the schema admits no other) print the same either way.
  if (typeof v === 'number') return String(v);
  return JSON.stringify(v);
}

const byOfficialOrder = (a: string, b: string) => (cellDef(a)?.index ?? 1e9) - (cellDef(b)?.index ?? 1e9);

/** Already strictly in official order (so also without duplicates): most rules list cells that way. */
function inOfficialOrder(keys: readonly string[]): boolean {
  let last = -1;
  for (const k of keys) {
    const i = INDEX[k];
    if (i === undefined || i <= last) return false;
    last = i;
  }
  return true;
}

export function finding(
  ctx: RuleContext,
  f: Omit<Finding, 'fingerprint' | 'acknowledged' | 'cells'> & { cells: readonly string[]; extra?: string },
): Finding {
  const { extra, ...rest } = f;
  const cells = inOfficialOrder(f.cells) ? [...f.cells] : [...new Set(f.cells)].sort(byOfficialOrder);
  const missing = cells.filter((k) => ctx.audit.touched.has(k));
  missing.forEach((k) => ctx.audit.named.add(k));
  const judged = { ...rest, cells, fingerprint: fingerprint(ctx, f.rule, cells, extra) };
  if (f.severity === 'unverifiable') return judged;
  // A section the copy never reached: what it lacks was not seen, so it is not judged lacking.
  if (f.section && ctx.unreadSections.has(f.section)) return unjudged(judged, `“${SECTION_HEADING[f.section]}”未能从导入的原文读出（原文在此之前中断）`);
  // An operand the import could not read: the equation cannot be judged either way.
  if (missing.length > 0) return unjudged(judged, unreadText(missing));
  return judged;
}

/** The finding as 无法判断 because of `why`; both sides of an equation mean nothing then and are dropped. */
function unjudged(f: Finding, why: string): Finding {
  const { lhs: _lhs, rhs: _rhs, difference: _difference, ...plain } = f;
  return { ...plain, severity: 'unverifiable', message: `${why}，无法判断（按空计算则为：${f.message}）` };
}

/** 「表三 一、本年新收… 总计 等 3 格未能从原文读出」 */
export function unreadText(keys: readonly string[]): string {
  // A row's cells together (「表三 （四）2.没有现成信息需要另行制作 一行 7 格」), lone cells by name.
  const rows = new Map<string, string[]>();
  for (const k of keys) {
    const name = describeCell(k);
    const at = name.lastIndexOf(' · ');
    const row = at > 0 ? name.slice(0, at) : name;
    rows.set(row, [...(rows.get(row) ?? []), name]);
  }
  const parts = [...rows].map(([row, names]) => (names.length > 1 ? `${row} 一行 ${names.length} 格` : names[0]!));
  const listed = parts.slice(0, 3).join('、');
  return `${listed}${parts.length > 3 ? ` 等共 ${keys.length} 格` : ''}未能从导入的原文读出`;
}

/**
 * A rule that read unread operands and named none of them in a finding (a check that would
 * pass only because a blank counts 0): one 无法判断 finding naming them, so nothing passes
 * on a cell nobody read.
 */
export function unverifiedRest(ctx: RuleContext, rule: Rule): Finding | undefined {
  // Runs after every rule on every keystroke: nearly always nothing unread was read.
  if (ctx.audit.touched.size === 0) return undefined;
  const rest = [...ctx.audit.touched].filter((k) => !ctx.audit.named.has(k)).sort(byOfficialOrder);
  if (rest.length === 0) return undefined;
  const table = cellDef(rest[0]!)?.table;
  return {
    rule: rule.id,
    severity: 'unverifiable',
    cells: rest,
    ...(table ? { section: TABLE_SECTION[table]! } : {}),
    message: `${unreadText(rest)}，无法判断是否符合：${rule.title}`,
    fingerprint: fingerprint(ctx, rule.id, rest, 'unverifiable'),
  };
}

/**
 * A stored total against the sum of its parts (T3-SUM7, T3-ROWTOT, T4-SUM): an error naming
 * every part and the total when they differ, with the stored total as lhs.
 */
export function totalCheck(
  ctx: RuleContext,
  f: { rule: string; section: Finding['section']; total: string; parts: readonly string[]; extra: string; message: (stored: number, sum: number) => string },
): Finding | undefined {
  const lhs = ctx.num(f.total);
  const rhs = ctx.sum(f.parts);
  if (lhs === rhs) {
    // Equal only as far as it was read: with an unread operand, neither passed nor failed.
    const missing = [f.total, ...f.parts].filter((k) => ctx.audit.touched.has(k));
    if (missing.length === 0) return undefined;
    return finding(ctx, {
      rule: f.rule,
      severity: 'unverifiable',
      ...(f.section ? { section: f.section } : {}),
      cells: [...f.parts, f.total],
      extra: f.extra,
      message: `${unreadText(missing.sort(byOfficialOrder))}，无法判断${describeCell(f.total)}是否等于各项之和`,
    });
  }
  return finding(ctx, {
    rule: f.rule,
    severity: 'error',
    ...(f.section ? { section: f.section } : {}),
    cells: [...f.parts, f.total],
    extra: f.extra,
    lhs,
    rhs,
    difference: lhs - rhs,
    message: f.message(lhs, rhs),
  });
}

/** Terms of a sum in messages: 「自然人（47）+ 商业企业（0）」. */
export function termsOf(ctx: RuleContext, terms: readonly { label: string; key: string }[]): string {
  return terms.map((t) => `${t.label}（${show(ctx, t.key)}）`).join('+ ');
}

export type Rule = {
  readonly id: string;
  /**
   * The rule's short Chinese name (a few characters, e.g. 申请总数不平衡): shown first wherever a
   * finding appears — panel, batch filters, .xlsx 校验结果, `validate --json` (as the finding's
   * `title`). The engine copies it onto every finding, so a rule only sets it here.
   */
  readonly name: string;
  /** The severity the rule reports with (T3-CARRY reports a warning when no prior year is given). */
  readonly severity: Severity;
  /** One line in Chinese: what the rule checks (shown in help, the README and the audit workbook). */
  readonly title: string;
  check(ctx: RuleContext): Finding[];
};
