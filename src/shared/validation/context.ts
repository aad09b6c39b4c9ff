// What every rule sees: the project, its cells with helpers, and last year's report if linked.
import { cellDef } from '../layout/cells';
import type { Cells, PriorYear, Project } from '../model/project';
import { numericValue, type CellValue } from '../values/cell-value';
import type { Finding, Severity } from './finding';

export interface RuleContext {
  readonly project: Project;
  readonly cells: Cells;
  /** Last year's report: the linked project's snapshot (project.prior) or one passed in. */
  readonly prior: PriorYear | null;
  /** A cell's contribution to a sum (blank, n/a and junk count as 0). */
  num(key: string): number;
  value(key: string): CellValue;
}

export function makeContext(project: Project, prior?: PriorYear | null): RuleContext {
  const cells = project.cells;
  return {
    project,
    cells,
    prior: prior ?? project.prior ?? null,
    num: (k) => numericValue(cells[k]),
    value: (k) => cells[k] ?? null,
  };
}

/** Display a cell's value in a message; blank is shown as 空 so the clerk sees why it counts 0. */
export function show(ctx: RuleContext, key: string): string {
  const v = ctx.value(key);
  if (v === null) return '空';
  if (typeof v === 'number') return String(v);
  return 'na' in v ? v.na : `“${v.raw}”`;
}

/**
 * A finding's fingerprint: its rule and the cells' values as judged (plus an optional
 * discriminator, e.g. the column). An acknowledgement stores it, so it lapses when any of
 * the values change.
 */
export function fingerprint(ctx: RuleContext, rule: string, cells: readonly string[], extra = ''): string {
  const values = cells.map((k) => `${k}=${JSON.stringify(ctx.value(k))}`).join(',');
  return `${rule}|${extra}|${values}`;
}

export function finding(
  ctx: RuleContext,
  f: Omit<Finding, 'fingerprint' | 'acknowledged' | 'cells'> & { cells: readonly string[]; extra?: string },
): Finding {
  const { extra, ...rest } = f;
  const cells = [...new Set(f.cells)].sort((a, b) => (cellDef(a)?.index ?? 1e9) - (cellDef(b)?.index ?? 1e9));
  return { ...rest, cells, fingerprint: fingerprint(ctx, f.rule, cells, extra) };
}

export type Rule = {
  readonly id: string;
  readonly severity: Severity;
  /** One line in Chinese: what the rule checks (shown in help and the audit workbook). */
  readonly title: string;
  check(ctx: RuleContext): Finding[];
};
