// Every 总计 computed from its parts, so nobody types a total. The rules still judge totals as
// stored, because imported reports carry their own.
import { DERIVED_CELLS, cellDef } from '../layout/cells';
import { numericValue, type CellValue } from '../values/cell-value';
import type { Cells } from '../model/project';

/** Sum of parts, or blank when every part is blank (a blank report stays blank). */
function sumOf(cells: Cells, keys: readonly string[]): CellValue {
  let any = false;
  let sum = 0;
  for (const k of keys) {
    const v = cells[k];
    if (v !== null && v !== undefined) any = true;
    sum += numericValue(v);
  }
  return any ? sum : null;
}

/**
 * Returns a copy of `cells` with every derived cell recomputed. Order matters for 表三's
 * corner (（七）总计 · 总计): row totals of the part rows first, then the column sums.
 */
export function deriveTotals(cells: Cells): Cells {
  const out: Cells = { ...cells };
  const rowTotalsFirst = [...DERIVED_CELLS].sort((a, b) => order(a.key) - order(b.key));
  for (const def of rowTotalsFirst) out[def.key] = sumOf(out, def.sumOf!);
  return out;
}

// 表三 (七)总计 row cells sum columns of part rows whose own totals must already be computed,
// and its 总计 cell is a row total of that row, so it comes last.
function order(key: string): number {
  const def = cellDef(key)!;
  if (def.table === 't3' && def.rowKey === 'resultTotal') return def.colKey === 'total' ? 2 : 1;
  return 0;
}

/** True for cells the form shows read-only because they are computed. */
export function isDerivedCell(key: string): boolean {
  return Boolean(cellDef(key)?.sumOf);
}
