// Rules on 表三 (spec §3: T3-*).
import { T3_COLUMNS } from '../../layout/tables';
import { finding, show, type Rule } from '../context';

const key = (row: string, col: string) => `t3.${row}.${col}`;

/** 一 + 二 = 三（七）总计 + 四, for each of the 7 columns (the table's own note). */
export const T3_BAL: Rule = {
  id: 'T3-BAL',
  severity: 'error',
  title: '表三每一列：一 + 二 = 三（七）总计 + 四',
  check(ctx) {
    return T3_COLUMNS.flatMap((col) => {
      const [a, b, c, d] = ['received', 'carriedOver', 'resultTotal', 'carriedForward'].map((r) => key(r, col.key)) as [
        string,
        string,
        string,
        string,
      ];
      const lhs = ctx.num(a) + ctx.num(b);
      const rhs = ctx.num(c) + ctx.num(d);
      if (lhs === rhs) return [];
      return [
        finding(ctx, {
          rule: 'T3-BAL',
          severity: 'error',
          section: 'requests',
          cells: [a, b, c, d],
          extra: col.key,
          lhs,
          rhs,
          difference: lhs - rhs,
          message: `表三${col.label}列：一（${show(ctx, a)}）+ 二（${show(ctx, b)}）= ${lhs}，但（七）总计（${show(ctx, c)}）+ 四（${show(ctx, d)}）= ${rhs}，相差 ${Math.abs(lhs - rhs)}`,
        }),
      ];
    });
  },
};

export const T3_RULES: readonly Rule[] = [T3_BAL];
