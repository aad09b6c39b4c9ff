// Cell-by-cell sums over many units' reports, in typed arrays indexed like CELL_KEYS, so that
// adding a report allocates nothing (a disclosure office may roll up thousands of units).
import { CELL_KEYS, DERIVED_CELLS, cellDef, describeCell } from '../layout/cells';
import type { Cells } from '../model/project';
import type { CellValue } from '../values/cell-value';

const N = CELL_KEYS.length;
const HAS_NUMBER = 1;
const HAS_NA = 2;
const HAS_RAW = 4;

/** Each derived cell's index and its parts' indexes, so checking a unit's totals allocates nothing. */
const DERIVED_INDEX: readonly { readonly at: number; readonly parts: Int32Array }[] = DERIVED_CELLS.map((d) => ({
  at: d.index,
  parts: Int32Array.from(d.sumOf!.map((k) => cellDef(k)!.index)),
}));

/** What the consolidated cell holds when a unit wrote text that is not a number there. */
export const NOT_COMPUTABLE_MARK = '无法汇总';

/** A unit's cell that stops the sum: text that is not a number (kept as written). */
export interface UncomputableCell {
  key: string;
  /** The place in words, e.g. 「表三 一、本年新收政府信息公开申请数量 · 自然人」. */
  place: string;
  unit: string;
  text: string;
}

/** Rounds away the binary noise of summing decimal 万元 (4 decimals are meaningful; keep 6). */
function clean(n: number): number {
  const r = Math.round(n * 1e6) / 1e6;
  return Object.is(r, -0) ? 0 : r;
}

export class CellAccumulator {
  private readonly sums = new Float64Array(N);
  private readonly flags = new Uint8Array(N);
  /** The first n/a mark seen per cell, so an all-n/a cell is written the way the units wrote it. */
  private readonly naMarks: (string | undefined)[] = new Array<string | undefined>(N);
  readonly uncomputable: UncomputableCell[] = [];
  /** The unit being added, by cell index: read once, reused for every unit. */
  private readonly current: (CellValue | undefined)[] = new Array<CellValue | undefined>(N);
  /** Per 总计 key: the units whose own 总计 is not the sum of their own parts. */
  readonly inconsistentTotals = new Map<string, string[]>();
  /** Units added. */
  count = 0;

  /**
   * Adds one unit's cells. Blank cells add nothing; n/a adds nothing but is remembered;
   * text that is not a number makes the cell not computable and is recorded with the unit.
   */
  add(cells: Cells, unit: string): void {
    const sums = this.sums;
    const flags = this.flags;
    const current = this.current;
    for (let i = 0; i < N; i++) {
      const v = cells[CELL_KEYS[i]!];
      current[i] = v;
      if (v === null || v === undefined) continue;
      if (typeof v === 'number') {
        sums[i]! += v;
        flags[i]! |= HAS_NUMBER;
      } else if ('na' in v) {
        flags[i]! |= HAS_NA;
        if (this.naMarks[i] === undefined) this.naMarks[i] = v.na;
      } else {
        flags[i]! |= HAS_RAW;
        const key = CELL_KEYS[i]!;
        this.uncomputable.push({ key, place: describeCell(key), unit, text: v.raw });
      }
    }
    this.checkTotals(unit);
    this.count++;
  }

  /** Notes the units whose stated 总计 differs from the sum of their parts (parts all blank: not judged). */
  private checkTotals(unit: string): void {
    const current = this.current;
    for (const d of DERIVED_INDEX) {
      const total = current[d.at];
      if (typeof total !== 'number') continue;
      let sum = 0;
      let any = false;
      for (let j = 0; j < d.parts.length; j++) {
        const v = current[d.parts[j]!];
        if (typeof v === 'number') {
          sum += v;
          any = true;
        } else if (v !== null && v !== undefined) any = true;
      }
      if (!any || Math.abs(sum - total) < 1e-6) continue;
      const key = CELL_KEYS[d.at]!;
      const units = this.inconsistentTotals.get(key);
      if (units) units.push(unit);
      else this.inconsistentTotals.set(key, [unit]);
    }
  }

  /**
   * The summed cells as reported by the units (totals summed like any other cell):
   * blank only if blank in every unit; n/a only if every unit that filled it wrote n/a;
   * n/a + number = the number; any junk → {raw: 无法汇总}.
   */
  cells(): Cells {
    const out: Cells = {};
    for (let i = 0; i < N; i++) {
      const f = this.flags[i]!;
      let v: CellValue = null;
      if (f & HAS_RAW) v = { raw: NOT_COMPUTABLE_MARK };
      else if (f & HAS_NUMBER) v = clean(this.sums[i]!);
      else if (f & HAS_NA) v = { na: this.naMarks[i]! };
      out[CELL_KEYS[i]!] = v;
    }
    return out;
  }

  /** True when some unit wrote a number, n/a or text in the cell (for counting how many filled it). */
  filled(key: string): boolean {
    const def = cellDef(key);
    return def ? this.flags[def.index] !== 0 : false;
  }
}
