// AGG-PARENT: a government's own report against the sum of its units' reports. Evaluators and
// peer tools check that a county's 表三 is the sum of its departments' and townships'; each cell
// that differs is a finding with both figures and the units that contribute most to the sum.
import { CELL_KEYS, cellDef, describeCell } from '../layout/cells';
import type { Cells, Project } from '../model/project';
import { numericValue } from '../values/cell-value';
import type { Finding } from '../validation/finding';
import { TABLE_SECTION, fmt } from '../validation/context';

export const AGG_PARENT_RULE = 'AGG-PARENT';
export const AGG_PARENT_NAME = '本级报告与所属单位合计不符';
export const AGG_PARENT_TITLE = '本级（汇总机关）报告的单元格与所属各单位报告之和不符（汇总时用 --against 比对）';

/** How many contributors each cell keeps: the message names the units that weigh most. */
const TOP = 3;
const N = CELL_KEYS.length;

/**
 * Per cell, the units with the largest figures, kept while the reports stream past (a fixed
 * few per cell, so thousands of units cost nothing extra).
 */
export class ContributionTracker {
  private readonly units: (string | undefined)[] = new Array<string | undefined>(N * TOP);
  private readonly values = new Float64Array(N * TOP);

  add(cells: Cells, unit: string): void {
    for (let i = 0; i < N; i++) {
      const v = numericValue(cells[CELL_KEYS[i]!]);
      if (v <= 0) continue;
      const base = i * TOP;
      // Insertion into a sorted run of TOP slots: the smallest falls off the end.
      let at = TOP;
      while (at > 0 && (this.units[base + at - 1] === undefined || this.values[base + at - 1]! < v)) at--;
      if (at >= TOP) continue;
      for (let k = TOP - 1; k > at; k--) {
        this.units[base + k] = this.units[base + k - 1];
        this.values[base + k] = this.values[base + k - 1]!;
      }
      this.units[base + at] = unit;
      this.values[base + at] = v;
    }
  }

  /** The largest contributors of a cell, largest first. */
  top(key: string): { unit: string; value: number }[] {
    const i = cellDef(key)!.index;
    const out: { unit: string; value: number }[] = [];
    for (let k = 0; k < TOP; k++) {
      const unit = this.units[i * TOP + k];
      if (unit !== undefined) out.push({ unit, value: this.values[i * TOP + k]! });
    }
    return out;
  }
}

/** Money compares to the 元 (4 decimals of 万元); counts exactly. */
const same = (a: number, b: number) => Math.abs(a - b) < 0.00005;

/**
 * One AGG-PARENT finding per cell where the government's own figure differs from the sum of
 * its units' (blank counts as 0 on both sides; a cell nobody filled is not compared).
 */
export function compareWithUnits(parent: Project, sum: Cells, contributions: ContributionTracker | null, parentName: string): Finding[] {
  const out: Finding[] = [];
  for (const key of CELL_KEYS) {
    const own = parent.cells[key] ?? null;
    const summed = sum[key] ?? null;
    if (own === null && summed === null) continue;
    const lhs = numericValue(own);
    const rhs = numericValue(summed);
    if (same(lhs, rhs)) continue;
    const def = cellDef(key)!;
    const top = contributions?.top(key) ?? [];
    const most = top.length ? `；各单位中数字较大的：${top.map((t) => `${t.unit} ${fmt(t.value)}`).join('、')}` : '';
    out.push({
      rule: AGG_PARENT_RULE,
      title: AGG_PARENT_NAME,
      severity: 'warning',
      section: TABLE_SECTION[def.table]!,
      cells: [key],
      lhs,
      rhs,
      difference: lhs - rhs,
      message: `${describeCell(key)}：${parentName}本级报告为 ${fmt(lhs)}，所属各单位合计为 ${fmt(rhs)}，相差 ${fmt(Math.abs(lhs - rhs))}${most}`,
      fingerprint: `${AGG_PARENT_RULE}|${key}|${lhs}|${rhs}`,
    });
  }
  return out;
}
