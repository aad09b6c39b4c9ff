// Where each unit stands in a roll-up or audit: one status per unit, in words a disclosure
// office uses, plus the units on the expected list that sent nothing.
import { summarize, type Finding, type FindingCounts } from '../validation/finding';

export const UNIT_STATUSES = ['clean', 'warnings', 'errors', 'wrongYear', 'duplicate', 'unreadable', 'missing'] as const;
export type UnitStatus = (typeof UNIT_STATUSES)[number];

export const UNIT_STATUS_LABELS: Readonly<Record<UnitStatus, string>> = {
  clean: '无问题',
  warnings: '有提示',
  errors: '有错误',
  wrongYear: '年度不符',
  duplicate: '重复报送',
  unreadable: '无法读取',
  missing: '未报送',
};

/** Statuses whose reports are summed into the consolidated project. */
export const SUMMED_STATUSES: ReadonlySet<UnitStatus> = new Set(['clean', 'warnings', 'errors']);

export interface UnitRow {
  /** 单位名称: the report's 发布机关, or the file name when the report names none. */
  unit: string;
  /** File, relative to the folder ('' for a unit that sent nothing). */
  file: string;
  year: number | null;
  status: UnitStatus;
  errors: number;
  /** Warnings not acknowledged with a reason. */
  warnings: number;
  acknowledged: number;
  /** Rules that could not be judged: the import could not read a cell they need (无法判断). */
  unverifiable?: number;
  /** Why, in Chinese: the reason a file is unreadable, the year found, a note on the expected list. */
  message: string;
}

/** 有错误 if any error, else 有提示 if any warning not acknowledged, else 无问题. */
export function classifyFindings(findings: readonly Finding[]): FindingCounts & { status: UnitStatus } {
  const counts = summarize(findings);
  const status: UnitStatus = counts.errors ? 'errors' : counts.warnings ? 'warnings' : 'clean';
  return { status, ...counts };
}

/**
 * The year a roll-up is for: the one asked for, else the year most units report (the later
 * one on a tie). Units of any other year are reported, not summed.
 */
export function chooseYear(years: ReadonlyMap<number, number>, requested?: number): number | null {
  if (requested !== undefined) return requested;
  let best: number | null = null;
  let bestCount = 0;
  for (const [year, count] of years) {
    if (count > bestCount || (count === bestCount && best !== null && year > best)) {
      best = year;
      bestCount = count;
    }
  }
  return best;
}

/** Unit names compared the way people write them: width variants and spaces do not matter. */
export function unitNameKey(name: string): string {
  return name.normalize('NFKC').replace(/\s+/g, '');
}

/** The expected-units list: one name a line; blank lines and lines starting with # are skipped. */
export function parseExpectedList(text: string): string[] {
  const out: string[] = [];
  const seen = new Set<string>();
  for (const line of text.replace(/^\ufeff/, '').split(/\r?\n/)) {
    const name = line.trim();
    if (!name || name.startsWith('#')) continue;
    const k = unitNameKey(name);
    if (seen.has(k)) continue;
    seen.add(k);
    out.push(name);
  }
  return out;
}

/**
 * Checks the rows against the expected list: a unit is found by its name or its file's name
 * (without extension). Rows not on the list get a note; names with no row become 未报送 rows.
 */
export function applyExpectedList(rows: readonly UnitRow[], expected: readonly string[]): UnitRow[] {
  const wanted = new Map(expected.map((n) => [unitNameKey(n), n]));
  const found = new Set<string>();
  const out = rows.map((r) => {
    const keys = [unitNameKey(r.unit), unitNameKey(fileStem(r.file))];
    const hit = keys.find((k) => wanted.has(k));
    if (hit) {
      found.add(hit);
      return r;
    }
    return { ...r, message: joinMessage(r.message, '不在应报单位名单中') };
  });
  for (const [k, name] of wanted) {
    if (found.has(k)) continue;
    out.push({ unit: name, file: '', year: null, status: 'missing', errors: 0, warnings: 0, acknowledged: 0, message: '应报单位名单中有此单位，但文件夹中没有它的报告' });
  }
  return out;
}

/** Joins two notes with a full-width semicolon (the first one's closing 。 dropped). */
export function joinMessage(a: string, b: string): string {
  return a ? `${a.replace(/。$/, '')}；${b}` : b;
}

function fileStem(file: string): string {
  const base = file.split(/[\\/]/).pop() ?? file;
  return base.replace(/\.nianbao\.json$/i, '').replace(/\.[^.]+$/, '');
}

/** Count of rows per status, in UNIT_STATUSES order (for the summary line and the workbook). */
export function countStatuses(rows: readonly UnitRow[]): Record<UnitStatus, number> {
  const out = Object.fromEntries(UNIT_STATUSES.map((s) => [s, 0])) as Record<UnitStatus, number>;
  for (const r of rows) out[r.status]++;
  return out;
}
