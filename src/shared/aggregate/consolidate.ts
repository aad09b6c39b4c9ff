// The consolidated (汇总) project of a disclosure office: every unit's cells summed, then every
// 总计 re-derived from the summed parts so the consolidated tables are consistent even when a
// unit's own totals were not. Units whose totals disagree with their parts are named, not hidden.
import { DERIVED_CELLS, describeCell } from '../layout/cells';
import { createProject, type Cells, type IssuerLevel, type Project } from '../model/project';
import { deriveTotals } from '../validation/derive';
import { isRawText } from '../values/cell-value';
import { CellAccumulator, NOT_COMPUTABLE_MARK, type UncomputableCell } from './accumulator';

/** A 总计 that some units filled with a figure other than the sum of their own parts. */
export interface TotalMismatch {
  key: string;
  place: string;
  /** The consolidated value: the sum of the summed parts. */
  derived: number | null;
  /** The units whose own 总计 here is not the sum of their parts. */
  units: string[];
}

export interface Consolidation {
  project: Project;
  /** Units summed. */
  units: number;
  uncomputable: UncomputableCell[];
  totalMismatches: TotalMismatch[];
}

export interface ConsolidationMeta {
  issuer: string;
  year: number;
  issuerLevel?: IssuerLevel;
}

// Derived cells depend on other derived cells at most two levels deep (表三's corner sums the
// （七）总计 row, whose cells sum part rows); three passes settle every dependency.
const DERIVED_PASSES = 3;

export function consolidate(acc: CellAccumulator, meta: ConsolidationMeta): Consolidation {
  const stated = acc.cells();
  const cells: Cells = deriveTotals(stated);
  const totalMismatches: TotalMismatch[] = [];
  for (const def of DERIVED_CELLS) {
    // Units filled only the total (all parts blank): keep what they stated rather than lose it.
    if (cells[def.key] === null) cells[def.key] = stated[def.key] ?? null;
  }
  // A total over a part that cannot be summed cannot be summed either.
  for (let pass = 0; pass < DERIVED_PASSES; pass++) {
    for (const def of DERIVED_CELLS) {
      if (def.sumOf!.some((k) => isRawText(cells[k]))) cells[def.key] = { raw: NOT_COMPUTABLE_MARK };
    }
  }
  for (const def of DERIVED_CELLS) {
    const units = acc.inconsistentTotals.get(def.key);
    if (!units) continue;
    const d = cells[def.key];
    totalMismatches.push({ key: def.key, place: describeCell(def.key), derived: typeof d === 'number' ? d : null, units });
  }
  const project = createProject({ issuer: meta.issuer, year: meta.year, issuerLevel: meta.issuerLevel ?? 'other' });
  project.cells = cells;
  return { project, units: acc.count, uncomputable: acc.uncomputable, totalMismatches };
}

/** Sums projects in memory (tests, the app's small folders); the batch runner streams instead. */
export function consolidateProjects(units: readonly { unit: string; project: Project }[], meta: ConsolidationMeta): Consolidation {
  const acc = new CellAccumulator();
  for (const u of units) acc.add(u.project.cells, u.unit);
  return consolidate(acc, meta);
}
