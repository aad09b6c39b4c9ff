// Rules on single cells, whatever the table (spec §3: G-*), and the unfilled-cell reminder.
import { CELLS, TABLE_NAMES, TABLE_SHORT_NAMES, cellDef, describeCell, type TableId } from '../../layout/cells';
import type { IssuerLevel } from '../../model/project';
import { decimalPlaces, isNotApplicable, type CellValue } from '../../values/cell-value';
import { TABLE_SECTION, finding, show, type Rule, type RuleContext } from '../context';
import type { Finding } from '../finding';

/** Count cells by their place in official order (CellDef.index, as ctx.values holds them). */
const COUNT_CELLS = CELLS.filter((c) => c.kind === 'count').map((c) => c.index);
/** Totals and their parts: a total's value error is its parts'. */
const SUM_PARTS = new Map(CELLS.filter((c) => c.sumOf).map((c) => [c.key, c.sumOf!]));
/** Blank, not applicable, or a whole count ≥ 0: nothing G-INT would report. */
const isWholeCount = (v: CellValue): boolean => v === null || (typeof v === 'object' && 'na' in v) || (typeof v === 'number' && v >= 0 && Number.isInteger(v));
const MONEY_CELLS = CELLS.filter((c) => c.kind === 'money').map((c) => c.key);
/** 行政事业性收费: the one money row. */
const FEES_LABEL = cellDef(MONEY_CELLS[0]!)!.rowLabel;
const CELLS_BY_TABLE: readonly { table: TableId; at: readonly number[] }[] = (['t2', 't3', 't4'] as const).map((table) => ({
  table,
  // Only cells a clerk can type: the computed totals are never 'unfilled' on their own.
  at: CELLS.filter((c) => c.table === table && !c.sumOf).map((c) => c.index),
}));
const SECTION_OF = new Map(CELLS.map((c) => [c.key, TABLE_SECTION[c.table]!]));

/** 万元 amounts at or above these look like 元 typed into the 万元 column (E-FEE). */
export const MONEY_IMPLAUSIBLE_FROM: Readonly<Record<IssuerLevel, number>> = {
  township: 10_000, // 1 亿元 for a 乡镇街道
  other: 100_000, // 10 亿元
  department: 1_000_000, // 100 亿元
  government: 10_000_000, // 1000 亿元
};

/** Counts are whole numbers ≥ 0; text that is not a number is reported where it was typed. */
export const G_INT: Rule = {
  id: 'G-INT',
  name: '件数须为非负整数',
  severity: 'error',
  title: '件数、数量单元格须为不小于 0 的整数',
  check(ctx) {
    const out: Finding[] = [];
    for (const i of COUNT_CELLS) {
      const v = ctx.values[i]!;
      // Nearly every cell is a whole count: judged before anything else is looked up.
      if (isWholeCount(v)) continue;
      const k = CELLS[i]!.key;
      // A total over a wrong part is wrong because of that part: the error lands where the
      // value was typed, not on the 总计 the app computed from it.
      const parts = SUM_PARTS.get(k);
      if (parts && parts.some((p) => !isWholeCount(ctx.value(p)))) continue;
      let problem: string | undefined;
      if (typeof v === 'object' && v !== null) problem = `填写的${show(ctx, k)}不是数字`;
      else if (typeof v === 'number' && v < 0) problem = `${v} 是负数，件数不能小于 0`;
      else if (typeof v === 'number' && !Number.isInteger(v)) problem = `${v} 不是整数，件数应为整数`;
      if (problem) {
        out.push(finding(ctx, { rule: 'G-INT', severity: 'error', section: SECTION_OF.get(k)!, cells: [k], message: `${describeCell(k)}：${problem}` }));
      }
    }
    return out;
  },
};

/** 行政事业性收费 is an amount ≥ 0 in 万元. */
export const G_MONEY: Rule = {
  id: 'G-MONEY',
  name: '收费金额填写有误',
  severity: 'error',
  title: `${TABLE_SHORT_NAMES.t2}${FEES_LABEL}须为不小于 0 的金额（万元）`,
  check(ctx) {
    const out: Finding[] = [];
    for (const k of MONEY_CELLS) {
      const v = ctx.value(k);
      let problem: string | undefined;
      if (typeof v === 'object' && v !== null && 'raw' in v) problem = `填写的${show(ctx, k)}不是金额，应填写以万元为单位的数字`;
      else if (typeof v === 'number' && v < 0) problem = `${v} 是负数，收费金额不能小于 0`;
      if (problem) {
        out.push(finding(ctx, { rule: 'G-MONEY', severity: 'error', section: SECTION_OF.get(k)!, cells: [k], message: `${describeCell(k)}：${problem}` }));
      }
    }
    return out;
  },
};

/** More than 4 decimals of 万元 (finer than 1 元), or an amount that looks like 元 typed as 万元. */
export const G_MONEY_PREC: Rule = {
  id: 'G-MONEY-PREC',
  name: '收费金额存疑',
  severity: 'warning',
  title: `${FEES_LABEL}超过 4 位小数（精确到元以下），或数额过大、疑似把“元”填成“万元”`,
  check(ctx) {
    const out: Finding[] = [];
    const limit = MONEY_IMPLAUSIBLE_FROM[ctx.project.meta.issuerLevel];
    for (const k of MONEY_CELLS) {
      const v = ctx.value(k);
      if (typeof v !== 'number' || v < 0) continue;
      const places = decimalPlaces(v);
      const problems: string[] = [];
      if (places > 4) problems.push(`${v} 万元有 ${places} 位小数，超过 4 位（精确到 1 元）`);
      if (v >= limit) problems.push(`${v} 万元（即 ${fmtYuan(v)} 元）对本机关而言数额异常，请确认是否把“元”填成了“万元”`);
      if (problems.length) {
        out.push(finding(ctx, { rule: 'G-MONEY-PREC', severity: 'warning', section: SECTION_OF.get(k)!, cells: [k], message: `${describeCell(k)}：${problems.join('；')}` }));
      }
    }
    return out;
  },
};

function fmtYuan(wan: number): string {
  return (Math.round(wan * 10000 * 100) / 100).toLocaleString('en-US');
}

const LIST_AT_MOST = 5;

/** The keys of the cells at `at` whose value passes `test`. */
function keysWhere(ctx: RuleContext, at: readonly number[], test: (v: CellValue) => boolean): string[] {
  const keys: string[] = [];
  for (const i of at) if (test(ctx.values[i]!)) keys.push(CELLS[i]!.key);
  return keys;
}

/**
 * Spec §6: a blank cell is not 0. It is kept blank and flagged as unfilled (export writes 0),
 * one finding per table so that a new report does not drown the panel.
 */
export const G_BLANK: Rule = {
  id: 'G-BLANK',
  name: '单元格未填写',
  severity: 'warning',
  title: '表格中有未填写的单元格（导出时按 0 填写）',
  check(ctx) {
    const out: Finding[] = [];
    for (const { table, at } of CELLS_BY_TABLE) {
      const blank = keysWhere(ctx, at, (v) => v === null);
      if (!blank.length) continue;
      const listed = blank.slice(0, LIST_AT_MOST).map((k) => describeCell(k).replace(/^表[二三四] /, ''));
      const more = blank.length > LIST_AT_MOST ? ` 等` : '';
      out.push(
        finding(ctx, {
          rule: 'G-BLANK',
          severity: 'warning',
          section: TABLE_SECTION[table]!,
          cells: blank,
          extra: table,
          message: `${TABLE_NAMES[table]}有 ${blank.length} 个单元格未填写（导出时按 0 填写；如确为 0 请填 0）：${listed.join('，')}${more}`,
        }),
      );
    }
    return out;
  },
};

/**
 * 表三 and 表四 count what happened: every row can happen to any agency, so "/" or "—" there
 * means nothing happened, which the format writes as 0 (evaluators list "/" as 表格填写不规范).
 * 表二 keeps its n/a marks: a township has no power to make 规章.
 */
export const G_NA: Rule = {
  id: 'G-NA',
  name: '未发生应填零',
  severity: 'warning',
  title: '表三、表四中填写了“/”“—”等符号：没有发生的请填 0',
  check(ctx) {
    const out: Finding[] = [];
    for (const { table, at } of CELLS_BY_TABLE) {
      if (table === 't2') continue;
      const marked = keysWhere(ctx, at, isNotApplicable);
      if (!marked.length) continue;
      const listed = marked.slice(0, LIST_AT_MOST).map((k) => `${describeCell(k).replace(/^表[二三四] /, '')}（${show(ctx, k)}）`);
      const more = marked.length > LIST_AT_MOST ? ' 等' : '';
      out.push(
        finding(ctx, {
          rule: 'G-NA',
          severity: 'warning',
          section: TABLE_SECTION[table]!,
          cells: marked,
          extra: table,
          message: `${TABLE_NAMES[table]}有 ${marked.length} 个单元格填写了符号而不是数字：${listed.join('，')}${more}。没有发生的请填 0`,
        }),
      );
    }
    return out;
  },
};

export const GENERAL_RULES: readonly Rule[] = [G_INT, G_MONEY, G_MONEY_PREC, G_BLANK, G_NA];
