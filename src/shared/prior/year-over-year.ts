// Every figure that changed since last year, with the change, for the year-over-year view
// (and a chart of the main figures).
import { CELL_KEYS, describeCell } from '../layout/cells';
import type { Cells, PriorYear, Project } from '../model/project';
import type { CellValue } from '../values/cell-value';

export interface FigureChange {
  key: string;
  place: string;
  last: CellValue;
  this: CellValue;
  /** this − last, when both are numbers. */
  delta: number | null;
  /** Change in percent of last year's figure, when both are numbers and last year's is not 0. */
  percentage: number | null;
}

function round(n: number, places: number): number {
  const f = 10 ** places;
  const r = Math.round(n * f) / f;
  return Object.is(r, -0) ? 0 : r;
}

function equal(a: CellValue, b: CellValue): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if ('na' in a) return 'na' in b; // "/" and "—" both say not applicable: not a change
  return 'raw' in b && a.raw === b.raw;
}

/** Changed cells in official order; a cell blank in both years, or equal, is not listed. */
export function yearOverYear(project: Project, prior: PriorYear | Project): FigureChange[] {
  const last: Cells = prior.cells;
  const now = project.cells;
  const out: FigureChange[] = [];
  for (let i = 0; i < CELL_KEYS.length; i++) {
    const key = CELL_KEYS[i]!;
    const a = last[key] ?? null;
    const b = now[key] ?? null;
    if (equal(a, b)) continue;
    const both = typeof a === 'number' && typeof b === 'number';
    out.push({
      key,
      place: describeCell(key),
      last: a,
      this: b,
      delta: both ? round(b - a, 6) : null,
      percentage: both && a !== 0 ? round(((b - a) / a) * 100, 1) : null,
    });
  }
  return out;
}
