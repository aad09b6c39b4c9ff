// Rules on 表四 (spec §3: T4-*).
import { T3_ROWS, T4_COLUMNS, T4_GROUPS, T4_SUIT_HEADING } from '../../layout/tables';
import { cellKey, describeCell, TABLE_SHORT_NAMES } from '../../layout/cells';
import { finding, fmt, show, termsOf, totalCheck, type Rule } from '../context';

const TOTAL = T4_COLUMNS.find((c) => c.isTotal)!;
const GROUP_KEYS = T4_GROUPS.map((g) => {
  const terms = T4_COLUMNS.filter((c) => !c.isTotal).map((c) => ({ label: c.label, key: cellKey('t4', g.key, c.key) }));
  return { group: g, total: cellKey('t4', g.key, TOTAL.key), terms, parts: terms.map((t) => t.key) };
});

/** 总计 = 结果维持 + 结果纠正 + 其他结果 + 尚未审结, for 复议 and both kinds of 诉讼. */
export const T4_SUM: Rule = {
  id: 'T4-SUM',
  name: '复议诉讼合计不符',
  severity: 'error',
  title: `${TABLE_SHORT_NAMES.t4}每组（${T4_GROUPS.map((g) => g.label).join('、')}）：${TOTAL.label} = ${T4_COLUMNS.filter((c) => !c.isTotal)
    .map((c) => c.label)
    .join(' + ')}`,
  check(ctx) {
    return GROUP_KEYS.flatMap(
      (g) =>
        // Balanced (the usual case): no finding to build, so no message closure to make.
        ctx.num(g.total) === ctx.sum(g.parts)
          ? []
          : totalCheck(ctx, {
          rule: 'T4-SUM',
          section: 'litigation',
          total: g.total,
          parts: g.parts,
          extra: g.group.key,
          message: (stored, sum) =>
            `${TABLE_SHORT_NAMES.t4}${g.group.fullLabel}：${termsOf(ctx, g.terms)}= ${fmt(sum)}，但${TOTAL.label}为 ${show(ctx, g.total)}，相差 ${fmt(Math.abs(stored - sum))}`,
        }) ?? [],
    );
  },
};

const REVIEW_TOTAL = GROUP_KEYS.find((g) => g.group.key === 'review')!.total;
const T3_RESULT_TOTAL = 't3.resultTotal.total';

/**
 * Reviews stem from decisions of this or earlier years, so more than twice this year's
 * decided requests (or any review with none decided) is worth a second look (heuristic).
 */
export const T4_REVIEW_VS_T3: Rule = {
  id: 'T4-REVIEW-VS-T3',
  name: '复议件数偏多',
  severity: 'warning',
  title: `${TABLE_SHORT_NAMES.t4}${T4_GROUPS[0]!.label}${TOTAL.label}超过${TABLE_SHORT_NAMES.t3}${T3_ROWS.find((r) => r.isTotal)!.label}的两倍`,
  check(ctx) {
    const reviews = ctx.num(REVIEW_TOTAL);
    const decided = ctx.num(T3_RESULT_TOTAL);
    if (reviews <= 2 * decided) return [];
    return [
      finding(ctx, {
        rule: 'T4-REVIEW-VS-T3',
        severity: 'warning',
        section: 'litigation',
        cells: [T3_RESULT_TOTAL, REVIEW_TOTAL],
        lhs: reviews,
        rhs: 2 * decided,
        difference: reviews - 2 * decided,
        message: `${describeCell(REVIEW_TOTAL)}（${show(ctx, REVIEW_TOTAL)}）超过${describeCell(T3_RESULT_TOTAL)}（${show(ctx, T3_RESULT_TOTAL)}）的两倍（${fmt(2 * decided)}）：复议案件来自本年或往年的答复，请核实是否计入了不属于本机关的案件`,
      }),
    ];
  },
};

const SUIT_TOTALS = GROUP_KEYS.filter((g) => g.group.key !== 'review').map((g) => g.total);

/**
 * 国办公开办函〔2016〕201号: a 复议机关 sued only as co-defendant for its review decision does
 * not count the suit; the original actor does. Governments are 复议机关, so remind them.
 */
export const T4_DOUBLE: Rule = {
  id: 'T4-DOUBLE',
  name: '复议机关共同被告',
  severity: 'warning',
  title: `人民政府（复议机关）填报${T4_SUIT_HEADING}时提醒：仅因复议决定作为共同被告的诉讼不计入`,
  check(ctx) {
    if (ctx.project.meta.issuerLevel !== 'government') return [];
    const suits = ctx.sum(SUIT_TOTALS);
    if (suits <= 0) return [];
    return [
      finding(ctx, {
        rule: 'T4-DOUBLE',
        severity: 'warning',
        section: 'litigation',
        cells: SUIT_TOTALS,
        message: `${TABLE_SHORT_NAMES.t4}${T4_SUIT_HEADING}共 ${fmt(suits)} 件：本机关作为复议机关、仅因作出复议决定而成为共同被告的诉讼，不计入本机关，由原行政行为机关统计（国办公开办函〔2016〕201号），请确认`,
      }),
    ];
  },
};

export const T4_RULES: readonly Rule[] = [T4_SUM, T4_REVIEW_VS_T3, T4_DOUBLE];
