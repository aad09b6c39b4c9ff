// Rules on 表三 (spec §3: T3-*).
import { cellKey, TABLE_SHORT_NAMES } from '../../layout/cells';
import { T3_COLUMNS, T3_RESULT_GROUPS, T3_ROWS } from '../../layout/tables';
import { numericValue } from '../../values/cell-value';
import { finding, fmt, show, showValue, termsOf, totalCheck, type Rule, type RuleContext } from '../context';
import type { Finding } from '../finding';
import { asciiDigits, withoutPlaceholders } from './text';

const rowDef = (k: string) => T3_ROWS.find((r) => r.key === k)!;

/** A row's name in messages: 「一」「（三）1.属于国家秘密」 — from the layout, never re-typed. */
function rowName(r: (typeof T3_ROWS)[number]): string {
  return /^（[三四五六]）\d$/.test(r.ref) ? `${r.ref.slice(0, 3)}${r.label}` : r.label;
}
/** （二）'s label without its parenthetical counting note, for equations. */
const shortLabel = (label: string) => label.replace(/（区分处理的.*）$/, '');

const T3 = TABLE_SHORT_NAMES.t3;
const PART_COLUMNS = T3_COLUMNS.filter((c) => !c.isTotal);
const CARRIED_OVER = rowDef('carriedOver');
const CARRIED_FORWARD = rowDef('carriedForward');
const RECEIVED = rowDef('received');
/** 三、本年度办理结果: the group the result rows sit in. */
const RESULTS_LABEL = rowDef('granted').groups[0]!;
const TOTAL_COLUMN = T3_COLUMNS.find((c) => c.isTotal)!;
const RESULT_TOTAL = rowDef('resultTotal');

/** The terms of （七）总计 as messages show them: （一）, （二), then the subtotals （三）–（六）. */
const RESULT_TERMS: readonly { label: string; rows: readonly string[] }[] = [
  { label: shortLabel(rowDef('granted').label), rows: ['granted'] },
  { label: shortLabel(rowDef('partlyGranted').label), rows: ['partlyGranted'] },
  ...T3_RESULT_GROUPS.map((g) => ({ label: g.label, rows: g.rows })),
];

/** Per column: the cell keys the balance and the sum rules read, computed once. */
const COLUMN_KEYS = T3_COLUMNS.map((col) => ({
  col,
  received: cellKey('t3', 'received', col.key),
  carriedOver: cellKey('t3', 'carriedOver', col.key),
  resultTotal: cellKey('t3', 'resultTotal', col.key),
  carriedForward: cellKey('t3', 'carriedForward', col.key),
  terms: RESULT_TERMS.map((t) => ({ label: t.label, keys: t.rows.map((r) => cellKey('t3', r, col.key)) })),
  parts: RESULT_TERMS.flatMap((t) => t.rows.map((r) => cellKey('t3', r, col.key))),
}));

function termsText(ctx: RuleContext, terms: (typeof COLUMN_KEYS)[number]['terms']): string {
  return terms.map((t) => `${t.label}（${t.keys.length === 1 ? show(ctx, t.keys[0]!) : fmt(ctx.sum(t.keys))}）`).join('+ ');
}

/**
 * 一 + 二 = 三 + 四, for each of the 7 columns (the table's own note). 三 is the stored
 * （七）总计; when that total disagrees with the results it sums (T3-SUM7), the itemised
 * results must balance too, so a wrong figure is not hidden behind a stale total.
 */
export const T3_BAL: Rule = {
  id: 'T3-BAL',
  name: '申请总数不平衡',
  severity: 'error',
  title: `${T3}每一列：${RECEIVED.ref} + ${CARRIED_OVER.ref} = 三${RESULT_TOTAL.label} + ${CARRIED_FORWARD.ref}（${RESULT_TOTAL.label}与各项办理结果不符时，各项之和也须平衡）`,
  check(ctx) {
    const out: Finding[] = [];
    for (const c of COLUMN_KEYS) {
      const lhs = ctx.num(c.received) + ctx.num(c.carriedOver);
      const fwd = ctx.num(c.carriedForward);
      const stored = ctx.num(c.resultTotal);
      const itemised = ctx.sum(c.parts);
      if (lhs === stored + fwd && (itemised === stored || lhs === itemised + fwd)) continue;
      const head = `${T3}${c.col.label}列：${RECEIVED.ref}（${show(ctx, c.received)}）+ ${CARRIED_OVER.ref}（${show(ctx, c.carriedOver)}）= ${fmt(lhs)}，但`;
      if (lhs !== stored + fwd) {
        const rhs = stored + fwd;
        out.push(
          finding(ctx, {
            rule: 'T3-BAL',
            severity: 'error',
            section: 'requests',
            cells: [c.received, c.carriedOver, c.resultTotal, c.carriedForward],
            extra: c.col.key,
            lhs,
            rhs,
            difference: lhs - rhs,
            message: `${head}${RESULT_TOTAL.ref}（${show(ctx, c.resultTotal)}）+ ${CARRIED_FORWARD.ref}（${show(ctx, c.carriedForward)}）= ${fmt(rhs)}，相差 ${fmt(Math.abs(lhs - rhs))}`,
          }),
        );
      } else {
        const rhs = itemised + fwd;
        out.push(
          finding(ctx, {
            rule: 'T3-BAL',
            severity: 'error',
            section: 'requests',
            cells: [c.received, c.carriedOver, ...c.parts, c.resultTotal, c.carriedForward],
            extra: `${c.col.key}:itemised`,
            lhs,
            rhs,
            difference: lhs - rhs,
            message: `${head}${RESULTS_LABEL}各项${termsText(ctx, c.terms)}= ${fmt(itemised)}，加${CARRIED_FORWARD.ref}（${show(ctx, c.carriedForward)}）= ${fmt(rhs)}，相差 ${fmt(Math.abs(lhs - rhs))}（${RESULT_TOTAL.ref}填为 ${show(ctx, c.resultTotal)}，与各项之和不符）`,
          }),
        );
      }
    }
    return out;
  },
};

/** （七）总计 = （一）+（二）+ Σ（三）+ Σ（四）+ Σ（五）+ Σ（六）, for each column. */
export const T3_SUM7: Rule = {
  id: 'T3-SUM7',
  name: '办理结果总计不符',
  severity: 'error',
  title: `${T3}每一列：${RESULT_TOTAL.label} =（一）+（二）+（三）至（六）各项之和`,
  check(ctx) {
    return COLUMN_KEYS.flatMap(
      (c) =>
        // Balanced (the usual case): no finding to build, so no message closure to make.
        ctx.num(c.resultTotal) === ctx.sum(c.parts)
          ? []
          : totalCheck(ctx, {
          rule: 'T3-SUM7',
          section: 'requests',
          total: c.resultTotal,
          parts: c.parts,
          extra: c.col.key,
          message: (stored, sum) =>
            `表三${c.col.label}列：${RESULT_TOTAL.label}（${show(ctx, c.resultTotal)}）≠ ${termsText(ctx, c.terms)}= ${fmt(sum)}，相差 ${fmt(Math.abs(stored - sum))}`,
        }) ?? [],
    );
  },
};

const ROW_KEYS = T3_ROWS.map((r) => {
  const terms = PART_COLUMNS.map((c) => ({ label: c.label, key: cellKey('t3', r.key, c.key) }));
  return { row: r, name: rowName(r), total: cellKey('t3', r.key, TOTAL_COLUMN.key), terms, parts: terms.map((t) => t.key) };
});

/** 总计 = 自然人 + the five 法人或其他组织 columns, for each of the 25 rows. */
export const T3_ROWTOT: Rule = {
  id: 'T3-ROWTOT',
  name: '申请人合计不符',
  severity: 'error',
  title: `${T3}每一行：${TOTAL_COLUMN.label} = ${PART_COLUMNS.map((c) => c.label).join(' + ')}`,
  check(ctx) {
    return ROW_KEYS.flatMap(
      (r) =>
        // Balanced (the usual case): no finding to build, so no message closure to make.
        ctx.num(r.total) === ctx.sum(r.parts)
          ? []
          : totalCheck(ctx, {
          rule: 'T3-ROWTOT',
          section: 'requests',
          total: r.total,
          parts: r.parts,
          extra: r.row.key,
          message: (stored, sum) =>
            `表三“${r.name}”行：${termsOf(ctx, r.terms)}= ${fmt(sum)}，但${TOTAL_COLUMN.label}为 ${show(ctx, r.total)}，相差 ${fmt(Math.abs(stored - sum))}`,
        }) ?? [],
    );
  },
};

/**
 * This year's 二、上年结转 = last year's 四、结转下年度继续办理, per column. Hard when last
 * year's report is at hand; without it a non-zero carry-over is only queried.
 */
export const T3_CARRY: Rule = {
  id: 'T3-CARRY',
  name: '上年结转不衔接',
  severity: 'error',
  title: `${T3}“二、上年结转”须等于上年度报告的“${CARRIED_FORWARD.label}”（无上年度报告时仅提示核对）`,
  check(ctx) {
    const year = ctx.project.meta.year;
    const prior = ctx.prior;
    const overKeys = COLUMN_KEYS.map((c) => c.carriedOver);
    if (!prior) {
      const nonZero = COLUMN_KEYS.filter((c) => ctx.num(c.carriedOver) !== 0);
      if (!nonZero.length) return [];
      const listed = nonZero.map((c) => `${c.col.label}（${show(ctx, c.carriedOver)}）`).join('、');
      return [
        finding(ctx, {
          rule: 'T3-CARRY',
          severity: 'warning',
          section: 'requests',
          cells: overKeys,
          message: `表三“${CARRIED_OVER.label}”填有 ${listed}，但未关联 ${year - 1} 年度报告：请核对是否与上年度报告表三“${CARRIED_FORWARD.label}”逐列一致`,
        }),
      ];
    }
    if (prior.year !== year - 1) {
      return [
        finding(ctx, {
          rule: 'T3-CARRY',
          severity: 'warning',
          section: 'requests',
          cells: overKeys,
          extra: `prior-year:${prior.year}`,
          message: `关联的上年度报告是 ${prior.year} 年度的，不是 ${year - 1} 年度，未比对“${CARRIED_OVER.label}”：请关联 ${year - 1} 年度报告`,
        }),
      ];
    }
    const out: Finding[] = [];
    for (const c of COLUMN_KEYS) {
      const priorValue = prior.cells[cellKey('t3', 'carriedForward', c.col.key)];
      const lhs = ctx.num(c.carriedOver);
      const rhs = numericValue(priorValue);
      if (lhs === rhs) continue;
      out.push(
        finding(ctx, {
          rule: 'T3-CARRY',
          severity: 'error',
          section: 'requests',
          cells: [c.carriedOver],
          extra: `${c.col.key}:${JSON.stringify(priorValue ?? null)}`,
          lhs,
          rhs,
          difference: lhs - rhs,
          message: `表三${c.col.label}列：${CARRIED_OVER.label}（${show(ctx, c.carriedOver)}）≠ ${prior.year} 年度报告的${CARRIED_FORWARD.label}（${showValue(priorValue)}），相差 ${fmt(Math.abs(lhs - rhs))}`,
        }),
      );
    }
    return out;
  },
};

const TOTALS = COLUMN_KEYS.find((c) => c.col.isTotal)!;

/**
 * 四、结转下年度 only holds requests received late in the year, so it should be small
 * against 一. (四 > 一 + 二 − （七） is a T3-BAL failure and reported there.)
 */
export const T3_CARRYPLAUS: Rule = {
  id: 'T3-CARRYPLAUS',
  name: '结转件数偏多',
  severity: 'warning',
  title: `${T3}“${CARRIED_FORWARD.label}”超过“一、本年新收”的一半`,
  check(ctx) {
    const fwd = ctx.num(TOTALS.carriedForward);
    const received = ctx.num(TOTALS.received);
    if (fwd <= 0 || fwd <= received / 2) return [];
    return [
      finding(ctx, {
        rule: 'T3-CARRYPLAUS',
        severity: 'warning',
        section: 'requests',
        cells: [TOTALS.received, TOTALS.carriedForward],
        lhs: fwd,
        rhs: received / 2,
        difference: fwd - received / 2,
        message: `表三总计列：${CARRIED_FORWARD.label}（${show(ctx, TOTALS.carriedForward)}）超过${RECEIVED.label}（${show(ctx, TOTALS.received)}）的一半（${fmt(received / 2)}）。结转的通常只是年末收到、尚在答复期限内的申请，请核实`,
      }),
    ];
  },
};

const FEE_UNPAID = rowDef('otherHandling.feeUnpaid');
const FEE_UNPAID_KEYS = T3_COLUMNS.map((c) => cellKey('t3', FEE_UNPAID.key, c.key));
const FEE_UNPAID_TOTAL = cellKey('t3', FEE_UNPAID.key, TOTAL_COLUMN.key);
const FEE_UNPAID_PARTS = PART_COLUMNS.map((c) => cellKey('t3', FEE_UNPAID.key, c.key));
const FEE_MENTION = /信息处理费|收费通知/;
/** "收取信息处理费 350 元", "信息处理费共计0.035万元" — the amount a section 六 sentence reports. */
const FEE_AMOUNT = /信息处理费[^。；;\n\d]{0,20}?(\d+(?:\.\d+)?)\s*(万元|元)/g;

/**
 * （六）2 counts requests dropped because a 信息处理费 notice went unpaid, so section 六 must
 * talk about the fee; an amount it reports must be one the fee schedule can produce
 * (国办函〔2020〕109号: 100 元 per request band, 10/20/40 元 per page — always whole tens).
 */
export const T3_FEE_LINK: Rule = {
  id: 'T3-FEE-LINK',
  name: '信息处理费前后不一致',
  severity: 'warning',
  title: '表三（六）2 逾期未缴费不为 0 时，第六部分须说明信息处理费；所报收费金额须符合收费标准',
  check(ctx) {
    const out: Finding[] = [];
    const text = asciiDigits(withoutPlaceholders(ctx.project.sections.other));
    const unpaid = Math.max(ctx.num(FEE_UNPAID_TOTAL), ctx.sum(FEE_UNPAID_PARTS));
    if (unpaid > 0 && !FEE_MENTION.test(text)) {
      out.push(
        finding(ctx, {
          rule: 'T3-FEE-LINK',
          severity: 'warning',
          section: 'other',
          cells: FEE_UNPAID_KEYS,
          message: `表三“（六）${FEE_UNPAID.label}”有 ${fmt(unpaid)} 件，但第六部分没有提到信息处理费或收费通知：请说明发出收费通知的件数、金额和实际收取的金额`,
        }),
      );
    }
    const requests = ctx.num(TOTALS.received) + ctx.num(TOTALS.carriedOver);
    for (const m of text.matchAll(FEE_AMOUNT)) {
      const yuan = Number(m[1]) * (m[2] === '万元' ? 10000 : 1);
      if (yuan <= 0) continue;
      const problems: string[] = [];
      if (Math.abs(yuan / 10 - Math.round(yuan / 10)) > 1e-6) problems.push(`${fmt(yuan)} 元不是 10 元的整数倍，按收费标准（按件 100 元、按页 10/20/40 元）无法得出`);
      if (requests === 0) problems.push(`但表三本年没有新收或结转的申请`);
      if (!problems.length) continue;
      out.push(
        finding(ctx, {
          rule: 'T3-FEE-LINK',
          severity: 'warning',
          section: 'other',
          cells: [TOTALS.received, TOTALS.carriedOver, ...FEE_UNPAID_KEYS],
          extra: m[0],
          message: `第六部分写“${m[0]}”：${problems.join('；')}，请核实`,
        }),
      );
    }
    return out;
  },
};

const PARTLY = rowDef('partlyGranted');
const PARTLY_KEYS = T3_COLUMNS.map((c) => cellKey('t3', PARTLY.key, c.key));
/** A mention of partial disclosure that is not a negation or an explicit zero. */
const PARTIAL_MENTION = /(?<!无|没有|未|不存在)部分公开(?!\s*0\s*[件个条])/;

/** The narrative says requests were partly granted, but （二）部分公开 is zero. */
export const T3_PARTIAL: Rule = {
  id: 'T3-PARTIAL',
  name: '部分公开与表三不符',
  severity: 'warning',
  title: '正文提到部分公开，但表三（二）部分公开为 0',
  check(ctx) {
    if (ctx.sum(PARTLY_KEYS) > 0) return [];
    const { overview, problems, other } = ctx.project.sections;
    const hit = [
      ['overview', overview],
      ['problems', problems],
      ['other', other],
    ].find(([, text]) => PARTIAL_MENTION.test(text!));
    if (!hit) return [];
    return [
      finding(ctx, {
        rule: 'T3-PARTIAL',
        severity: 'warning',
        section: 'requests',
        cells: PARTLY_KEYS,
        extra: hit[0],
        message: `正文提到“部分公开”，但表三“${shortLabel(PARTLY.label)}”为 0：区分处理的申请只计入（二），不计其他情形，请核对`,
      }),
    ];
  },
};

export const T3_RULES: readonly Rule[] = [T3_BAL, T3_SUM7, T3_ROWTOT, T3_CARRY, T3_CARRYPLAUS, T3_FEE_LINK, T3_PARTIAL];
