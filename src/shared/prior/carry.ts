// Linking last year's report: a snapshot of it goes into project.prior (so later checks are
// reproducible without the file), and 二、上年结转 is prefilled from last year's
// 四、结转下年度继续办理, column by column. A figure the clerk typed is never overwritten.
import { T3_COLUMNS } from '../layout/tables';
import { cellDef, cellKey, describeCell, TABLE_SHORT_NAMES } from '../layout/cells';
import { SECTION_IDS } from '../layout/sections';
import type { Cells, PriorYear, Project, Sections } from '../model/project';
import { isRawText, type CellValue } from '../values/cell-value';
import { unitNameKey } from '../aggregate/unit-status';

const CARRIED_OVER = (col: string) => cellKey('t3', 'carriedOver', col);
const CARRIED_FORWARD = (col: string) => cellKey('t3', 'carriedForward', col);

/** Pairs (this year's 二 cell, last year's 四 cell), one per 表三 column, 总计 last. */
export const CARRY_PAIRS: readonly { readonly target: string; readonly source: string }[] = T3_COLUMNS.map((c) => ({
  target: CARRIED_OVER(c.key),
  source: CARRIED_FORWARD(c.key),
}));

/** A 上年结转 cell the clerk filled with something other than last year's 结转下年度. */
export interface CarryConflict {
  key: string;
  place: string;
  /** What this year's report holds. */
  typed: CellValue;
  /** Last year's 结转下年度 for the same column. */
  carried: CellValue;
  message: string;
}

export interface LinkResult {
  project: Project;
  /** Cells filled from last year. */
  prefilled: string[];
  conflicts: CarryConflict[];
  /** Things the clerk should know (a year that is not the year before, last year's unreadable cells). */
  notes: string[];
}

/** Last year's project as a snapshot for project.prior. */
export function snapshotPrior(prior: Project, source = ''): PriorYear {
  const sections: Partial<Sections> = {};
  for (const id of SECTION_IDS) sections[id] = prior.sections[id];
  return {
    issuer: prior.meta.issuer,
    year: prior.meta.year,
    source: source.slice(0, 1000),
    cells: { ...prior.cells },
    sections,
  };
}

function same(a: CellValue, b: CellValue): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  return JSON.stringify(a) === JSON.stringify(b);
}

function show(v: CellValue): string {
  if (v === null) return '空';
  if (typeof v === 'number') return String(v);
  return 'na' in v ? v.na : `“${v.raw}”`;
}

/**
 * Links last year's report: returns a new project (the input is not changed) with the snapshot
 * and every blank 上年结转 cell filled from last year's 结转下年度. The 总计 column, when blank,
 * is the sum of the parts as they now stand, so the row stays consistent whatever was typed.
 */
export function linkPriorYear(project: Project, prior: Project, source = ''): LinkResult {
  const cells: Cells = { ...project.cells };
  const prefilled: string[] = [];
  const conflicts: CarryConflict[] = [];
  const notes: string[] = [];
  const year = project.meta.year;
  if (sameIssuer(prior.meta.issuer, project.meta.issuer) === false) {
    notes.push(`所关联的上年度报告的发布机关为“${prior.meta.issuer}”，与本报告的“${project.meta.issuer}”不同，请确认是否选错了文件`);
  }
  if (prior.meta.year !== year - 1) {
    notes.push(`所关联的上年度报告为 ${prior.meta.year} 年度，而本报告为 ${year} 年度（上一年度应为 ${year - 1} 年度），请确认是否选错了文件`);
  }
  for (const { target, source: from } of CARRY_PAIRS) {
    const carried = prior.cells[from] ?? null;
    const typed = cells[target] ?? null;
    if (cellDef(target)!.sumOf) continue; // 总计: derived below from the parts
    if (carried === null) continue;
    if (isRawText(carried)) {
      notes.push(`上年度报告${describeCell(from)}填写的${show(carried)}不是数字，未结转到本年度`);
      continue;
    }
    if (typed === null) {
      cells[target] = carried;
      prefilled.push(target);
    } else if (!same(typed, carried)) {
      conflicts.push(conflict(target, typed, carried, year));
    }
  }
  const total = CARRY_PAIRS.find((p) => cellDef(p.target)!.sumOf)!;
  const parts = cellDef(total.target)!.sumOf!;
  const carriedTotal = prior.cells[total.source] ?? null;
  if (cells[total.target] === null || cells[total.target] === undefined) {
    if (prefilled.length) {
      let sum = 0;
      for (const k of parts) sum += typeof cells[k] === 'number' ? (cells[k] as number) : 0;
      cells[total.target] = sum;
      prefilled.push(total.target);
    }
  } else if (carriedTotal !== null && !isRawText(carriedTotal) && !same(cells[total.target]!, carriedTotal)) {
    conflicts.push(conflict(total.target, cells[total.target]!, carriedTotal, year));
  }
  return { project: { ...project, cells, prior: snapshotPrior(prior, source) }, prefilled, conflicts, notes };
}

/** Whether two 发布机关 are the same (spacing and width aside); undefined when either is unnamed. */
function sameIssuer(a: string, b: string): boolean | undefined {
  if (!a.trim() || !b.trim()) return undefined;
  return unitNameKey(a) === unitNameKey(b);
}

function conflict(key: string, typed: CellValue, carried: CellValue, year: number): CarryConflict {
  const col = cellDef(key)!.colLabel;
  return {
    key,
    place: describeCell(key),
    typed,
    carried,
    message: `${TABLE_SHORT_NAMES.t3}${col}列：本年度“二、上年结转”已填写 ${show(typed)}，但 ${year - 1} 年度报告“${cellDef(CARRIED_FORWARD('total'))!.rowLabel}”为 ${show(carried)}；未覆盖已填写的数字，请核对`,
  };
}
