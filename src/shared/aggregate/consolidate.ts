// The consolidated (汇总) project of a disclosure office: every unit's cells summed, then every
// 总计 re-derived from the summed parts so the consolidated tables are consistent even when a
// unit's own totals were not. Where they differ, the difference is reported, not hidden.
import { DERIVED_CELLS, describeCell } from '../layout/cells';
import { createProject, type Cells, type IssuerLevel, type Project } from '../model/project';
import { deriveTotals } from '../validation/derive';
import { isRawText } from '../values/cell-value';
import { CellAccumulator, NOT_COMPUTABLE_MARK, type UncomputableCell } from './accumulator';

/** A 总计 whose units' stated values do not add up to the sum of its summed parts. */
export interface TotalMismatch {
  key: string;
  place: string;
  /** Sum of the 总计 the units wrote. */
  stated: number;
  /** Sum of the parts, which the consolidated project keeps. */
  derived: number;
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
    const s = stated[def.key];
    const d = cells[def.key];
    // Units filled only the total (all parts blank): keep what they stated rather than lose it.
    if (d === null) {
      cells[def.key] = s ?? null;
      continue;
    }
    if (typeof s === 'number' && typeof d === 'number' && Math.abs(s - d) > 1e-6) {
      totalMismatches.push({ key: def.key, place: describeCell(def.key), stated: s, derived: d });
    }
  }
  // A total over a part that cannot be summed cannot be summed either.
  for (let pass = 0; pass < DERIVED_PASSES; pass++) {
    for (const def of DERIVED_CELLS) {
      if (def.sumOf!.some((k) => isRawText(cells[k]))) cells[def.key] = { raw: NOT_COMPUTABLE_MARK };
    }
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
