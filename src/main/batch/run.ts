// One pass over a folder of units' reports: read (or import) each, validate it, classify it,
// and — for a roll-up — add its cells to the sum. Reports are streamed into per-year sums,
// so thousands of units never sit in memory together, and the year is chosen at the end.
import { basename, join, resolve } from 'node:path';
import {
  CellAccumulator,
  ContributionTracker,
  CopiedNarrativeIndex,
  copiedSectionFinding,
  SUMMED_STATUSES,
  applyExpectedList,
  chooseYear,
  classifyFindings,
  consolidate,
  joinMessage,
  unitNameKey,
  type Consolidation,
  type Finding,
  type IssuerLevel,
  type Profile,
  type UnitRow,
} from '../../shared';
import { INPUT_LIMITS } from '../files/input-limits';
import { readUnit, type UnitRead } from './read-unit';
import { digestUnit, type DigestOptions, type UnitDigest } from './unit-digest';
import { overBudget, PoolUnavailable, type UnitPool } from './unit-pool';
import { scanFolder } from './scan';

export interface BatchProgress {
  done: number;
  total: number;
  file: string;
}

export interface BatchOptions {
  /** Names of the units that must report (the --expect list). */
  expected?: readonly string[];
  /** The report year; by default the year most units report. */
  year?: number;
  /** Absolute paths never read as reports (our own output files, the expected list). */
  exclude?: readonly string[];
  /** Sum the reports into a consolidated project issued by this office. */
  consolidate?: { issuer: string; issuerLevel?: IssuerLevel };
  /** 本地要求 every unit is checked against (instead of each project's own). */
  profile?: Profile;
  /** Keep, per cell, the units with the largest figures (for --against: who makes up a difference). */
  contributions?: boolean;
  /** Keep every finding of every unit (the audit workbook lists them). */
  keepFindings?: boolean;
  onProgress?: (p: BatchProgress) => void;
  /** Files read at once (reading overlaps validation). */
  concurrency?: number;
  /** Time one file may take before it is given up as 无法读取 (INPUT_LIMITS.batchFileMs). */
  fileBudgetMs?: number;
  /**
   * Worker threads that read, import and validate the files (every core at work, and a budget
   * that stops a stuck file). Used for folders of POOL_MIN_FILES reports or more: below that,
   * starting the workers costs more than it saves. The caller owns (and closes) the pool.
   */
  pool?: UnitPool;
  /** POOL_MIN_FILES by default (tests give 0 to send a small folder through the workers). */
  poolMinFiles?: number;
}

/** Fewer reports than this are read on the main thread even when a pool is given. */
export const POOL_MIN_FILES = 200;

/**
 * One unit's report under its own time budget: whatever happens to it (a read that stalls on a
 * network drive, an importer that throws), the unit becomes one 无法读取 row and the run goes
 * on. Sizes are bounded by readInput and the importers; the budget bounds the waiting.
 */
export function readUnitWithin(path: string, options: { fallbackYear?: number }, budgetMs: number): Promise<UnitRead> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<UnitRead>((done) => {
    timer = setTimeout(() => done({ ok: false, reason: overBudget() }), budgetMs);
  });
  const read = readUnit(path, options).catch((e: unknown): UnitRead => ({ ok: false, reason: `无法读取：${e instanceof Error ? e.message : String(e)}` }));
  return Promise.race([read, timeout]).finally(() => clearTimeout(timer));
}

export interface UnitFinding {
  unit: string;
  file: string;
  finding: Finding;
}

export interface BatchResult {
  dir: string;
  /** The year the batch is for (null when no report could be read and none was given). */
  year: number | null;
  rows: UnitRow[];
  findings: UnitFinding[];
  /** Files that are not reports, relative to the folder. */
  ignored: string[];
  consolidation: Consolidation | null;
  /** The batch year's largest contributors per cell, when asked for. */
  contributions: ContributionTracker | null;
  /** How many files worker threads read (0 when the main thread read them all). */
  pooled: number;
}

const stem = (file: string) => basename(file).replace(/\.nianbao\.json$/i, '').replace(/\.[^.]+$/, '');

export async function runBatch(dir: string, options: BatchOptions = {}): Promise<BatchResult> {
  const root = resolve(dir);
  const { files, ignored } = await scanFolder(root, options.exclude);
  const rows: UnitRow[] = [];
  const findings: UnitFinding[] = [];
  const sums = new Map<number, CellAccumulator>();
  const trackers = new Map<number, ContributionTracker>();
  const years = new Map<number, number>();
  /** First file per (year, unit): a second report of the same unit is not summed twice. */
  const firstFile = new Map<string, string>();
  const narratives = new CopiedNarrativeIndex();

  const pool = options.pool && files.length >= (options.poolMinFiles ?? POOL_MIN_FILES) ? options.pool : null;
  // Started now: until a worker is ready (a few hundred ms) this thread reads files itself.
  pool?.start();
  // With workers, enough files in flight to keep each busy while the main thread takes results.
  const concurrency = Math.max(1, options.concurrency ?? 8, pool ? pool.size * 3 : 0);
  // A published report that names no year is taken to be of the year asked for.
  const readOptions = options.year !== undefined ? { fallbackYear: options.year } : {};
  const budgetMs = options.fileBudgetMs ?? INPUT_LIMITS.batchFileMs;
  const digestOptions: DigestOptions = { ...(options.profile ? { profile: options.profile } : {}), cells: !!(options.consolidate || options.contributions) };
  const here = (path: string): Promise<UnitDigest> => readUnitWithin(path, readOptions, budgetMs).then((read) => digestUnit(read, digestOptions));
  const queue: Promise<UnitDigest>[] = [];
  let next = 0;
  let pooled = 0;
  const startNext = () => {
    if (next >= files.length) return;
    const path = join(root, files[next++]!);
    queue.push(
      pool && pool.started
        ? pool.run(path, readOptions, digestOptions, budgetMs).then(
            (o): UnitDigest => {
              pooled++;
              return o.digest;
            },
            // Workers that cannot start leave the file to this thread.
            (e: unknown) => (e instanceof PoolUnavailable ? here(path) : Promise.reject(e)),
          )
        : here(path),
    );
  };
  for (let k = 0; k < concurrency; k++) startNext();

  for (let i = 0; i < files.length; i++) {
    const file = files[i]!;
    const read = await queue.shift()!;
    startNext();
    if (!read.ok) {
      rows.push({ unit: stem(file), file, year: null, status: 'unreadable', errors: 0, warnings: 0, acknowledged: 0, message: read.reason });
    } else {
      const unit = read.issuer.trim() || stem(file);
      const year = read.year;
      const unitFindings = read.findings;
      const counts = classifyFindings(unitFindings);
      let message = read.notes.join('；');
      // 无法判断 is neither a pass nor an error: said in the unit's row, whatever its status.
      if (counts.unverifiable) message = joinMessage(message, `${counts.unverifiable} 项校验无法判断：所需单元格未能从导入的原文读出`);
      const dupKey = `${year}|${unitNameKey(unit)}`;
      const earlier = firstFile.get(dupKey);
      let status = counts.status;
      if (earlier !== undefined) {
        status = 'duplicate';
        message = joinMessage(message, `与 ${earlier} 是同一单位同一年度的报告，只计入一次`);
      } else {
        firstFile.set(dupKey, file);
        years.set(year, (years.get(year) ?? 0) + 1);
        if (options.consolidate) {
          let acc = sums.get(year);
          if (!acc) sums.set(year, (acc = new CellAccumulator()));
          acc.add(read.cells!, unit);
        }
        if (options.contributions) {
          let t = trackers.get(year);
          if (!t) trackers.set(year, (t = new ContributionTracker()));
          t.add(read.cells!, unit);
        }
      }
      narratives.add(rows.length, read.narratives);
      rows.push({ unit, file, year, status, errors: counts.errors, warnings: counts.warnings, acknowledged: counts.acknowledged, unverifiable: counts.unverifiable, message });
      if (options.keepFindings) for (const finding of unitFindings) findings.push({ unit, file, finding });
    }
    options.onProgress?.({ done: i + 1, total: files.length, file });
  }

  const year = chooseYear(years, options.year);
  if (year !== null) {
    for (const row of rows) {
      if (row.year === null || row.year === year || row.status === 'duplicate') continue;
      row.message = joinMessage(
        row.message,
        `报告年度为 ${row.year} 年，与本批的 ${year} 年度不符${options.consolidate ? '，未计入汇总' : ''}`,
      );
      row.status = 'wrongYear';
    }
  }
  markCopiedNarratives(rows, narratives, options.keepFindings ? findings : null);
  const finalRows = options.expected ? applyExpectedList(rows, options.expected) : rows;
  let consolidation: Consolidation | null = null;
  if (options.consolidate && year !== null) {
    consolidation = consolidate(sums.get(year) ?? new CellAccumulator(), { year, ...options.consolidate });
  }
  const contributions = options.contributions && year !== null ? (trackers.get(year) ?? new ContributionTracker()) : null;
  return { dir: root, year, rows: finalRows, findings, ignored, consolidation, contributions, pooled };
}

/**
 * Units of the batch's year whose sections 一、五、六 are word for word another's get an
 * N-BOILERPLATE warning each (a second copy of the same unit's report is not compared).
 */
function markCopiedNarratives(rows: UnitRow[], index: CopiedNarrativeIndex, findings: UnitFinding[] | null): void {
  const copies = index.copies((i) => SUMMED_STATUSES.has(rows[i]!.status));
  if (!copies.length) return;
  for (const copy of copies) {
    for (const i of copy.units) {
      const row = rows[i]!;
      const finding = copiedSectionFinding(copy, i, (j) => rows[j]!.unit);
      row.warnings++;
      if (row.status === 'clean') row.status = 'warnings';
      findings?.push({ unit: row.unit, file: row.file, finding });
    }
  }
  if (findings) {
    // Keep each unit's findings together, in folder order, errors first as validate() gives them.
    const order = new Map(rows.map((r, i) => [r.file, i]));
    const rank = (f: UnitFinding) => (order.get(f.file) ?? 0) * 3 + (f.finding.severity === 'error' ? 0 : f.finding.severity === 'warning' ? 1 : 2);
    findings.sort((a, b) => rank(a) - rank(b));
  }
}

/** Whether a row's report is in the consolidated sums. */
export const isSummed = (row: UnitRow) => SUMMED_STATUSES.has(row.status);
