// Rules on 表二 (spec §3: T2-*).
import { T2_BLOCKS } from '../../layout/tables';
import { cellKey, cellDef, TABLE_SHORT_NAMES } from '../../layout/cells';
import { ISSUER_LEVEL_LABELS } from '../../model/project';
import { isNumber, numericValue } from '../../values/cell-value';
import { finding, fmt, show, showValue, type Rule } from '../context';
import type { Finding } from '../finding';
import { T2_LICENSE_SCOPE } from './license-scope';

/** The rows with 本年制发 / 本年废止 / 现行有效 (第二十条第（一）项). */
const STOCK_ROWS = T2_BLOCKS.filter((b) => b.columns.some((c) => c.key === 'inForce')).flatMap((b) =>
  b.rows.map((r) => ({
    label: r.label,
    rowKey: r.key,
    issued: cellKey('t2', r.key, 'issued'),
    repealed: cellKey('t2', r.key, 'repealed'),
    inForce: cellKey('t2', r.key, 'inForce'),
  })),
);
const col = (k: string) => cellDef(k)!.colLabel;
/** 本年制发件数 / 本年废止件数 / 现行有效件数, for titles. */
const STOCK_LABELS = { issued: col(STOCK_ROWS[0]!.issued), repealed: col(STOCK_ROWS[0]!.repealed), inForce: col(STOCK_ROWS[0]!.inForce) };

/**
 * 现行有效 should cover what was made this year. It may legitimately be lower when documents
 * made this year were repealed this year, so this only warns.
 */
export const T2_VALID: Rule = {
  id: 'T2-VALID',
  name: '现行有效少于本年制发',
  severity: 'warning',
  title: `${TABLE_SHORT_NAMES.t2}${STOCK_LABELS.inForce}小于${STOCK_LABELS.issued}（或小于制发减废止）`,
  check(ctx) {
    const out: Finding[] = [];
    for (const r of STOCK_ROWS) {
      const issued = ctx.num(r.issued);
      const repealed = ctx.num(r.repealed);
      const inForce = ctx.num(r.inForce);
      if (inForce >= issued) continue;
      const net = issued - repealed;
      const detail =
        inForce < net
          ? `甚至小于${col(r.issued)}减${col(r.repealed)}（${fmt(issued)} − ${fmt(repealed)} = ${fmt(net)}）`
          : '仅当本年制发的文件又在本年废止时才会如此';
      out.push(
        finding(ctx, {
          rule: 'T2-VALID',
          severity: 'warning',
          section: 'proactive',
          cells: [r.issued, r.repealed, r.inForce],
          extra: r.rowKey,
          lhs: inForce,
          rhs: issued,
          difference: inForce - issued,
          message: `表二${r.label}：${col(r.inForce)}（${show(ctx, r.inForce)}）小于${col(r.issued)}（${show(ctx, r.issued)}），${detail}，请核实`,
        }),
      );
    }
    return out;
  },
};

/** Cross-year: 现行有效 ≈ last year's 现行有效 + 本年制发 − 本年废止 (修订、清理 can explain a gap). */
export const T2_STOCK: Rule = {
  id: 'T2-STOCK',
  name: '现行有效跨年不衔接',
  severity: 'warning',
  title: `${TABLE_SHORT_NAMES.t2}${STOCK_LABELS.inForce} ≠ 上年度现行有效 + 本年制发 − 本年废止（需关联上年度报告）`,
  check(ctx) {
    const prior = ctx.prior;
    if (!prior || prior.year !== ctx.project.meta.year - 1) return [];
    const out: Finding[] = [];
    for (const r of STOCK_ROWS) {
      const before = prior.cells[r.inForce];
      const now = ctx.value(r.inForce);
      // Nothing to compare when either year left it blank or marked it not applicable.
      if (!isNumber(before) || !isNumber(now)) continue;
      const rhs = numericValue(before) + ctx.num(r.issued) - ctx.num(r.repealed);
      if (now === rhs) continue;
      out.push(
        finding(ctx, {
          rule: 'T2-STOCK',
          severity: 'warning',
          section: 'proactive',
          cells: [r.issued, r.repealed, r.inForce],
          extra: `${r.rowKey}:${before}`,
          lhs: now,
          rhs,
          difference: now - rhs,
          message: `表二${r.label}：${prior.year} 年${col(r.inForce)}（${showValue(before)}）+ ${col(r.issued)}（${show(ctx, r.issued)}）− ${col(r.repealed)}（${show(ctx, r.repealed)}）= ${fmt(rhs)}，但本年${col(r.inForce)}为 ${show(ctx, r.inForce)}，相差 ${fmt(Math.abs(now - rhs))}；如因修订、清理所致请说明`,
        }),
      );
    }
    return out;
  },
};

const REGULATIONS = STOCK_ROWS.find((r) => r.rowKey === 'regulations')!;
const REGULATION_KEYS = [REGULATIONS.issued, REGULATIONS.repealed, REGULATIONS.inForce];

/**
 * 规章 are made only by State Council departments and 省 / 设区的市 governments (立法法).
 * The file only knows the issuer's level, so only 乡镇街道 and 其他 are certain not to have
 * that power; a county government or department cannot be told apart from a city one.
 */
export const T2_RULES_AUTH: Rule = {
  id: 'T2-RULES-AUTH',
  name: '无规章制定权',
  severity: 'warning',
  title: '乡镇街道或其他机关填报了规章（无规章制定权）',
  check(ctx) {
    const level = ctx.project.meta.issuerLevel;
    if (level !== 'township' && level !== 'other') return [];
    const n = ctx.sum(REGULATION_KEYS);
    if (n <= 0) return [];
    return [
      finding(ctx, {
        rule: 'T2-RULES-AUTH',
        severity: 'warning',
        section: 'proactive',
        cells: REGULATION_KEYS,
        message: `表二${REGULATIONS.label}填有数字（${REGULATION_KEYS.map((k) => `${col(k)} ${show(ctx, k)}`).join('，')}），但机关类型为“${ISSUER_LEVEL_LABELS[level]}”，没有规章制定权：请确认，不适用的可填“/”`,
      }),
    ];
  },
};

export const T2_RULES: readonly Rule[] = [T2_VALID, T2_STOCK, T2_RULES_AUTH, T2_LICENSE_SCOPE];
