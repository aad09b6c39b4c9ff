// The app's side of issue 5 beyond import: reading last year's report for linking, and the
// disclosure office's folder runs (汇总, 批量审核) with progress and their workbooks. The batch
// runner and the workbook writers are the CLI's own (src/main/batch); only dialogs differ.
import { promises as fs } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { fail, ok, type BatchKind, type BatchProgress } from '../../shared/ipc';
import type { Project } from '../../shared';
import { attentionLines, auditWorkbook, compareParent, noReportsMessage, readUnit, runBatch, summaryWorkbook, UnitPool, type BatchResult, type ParentComparison } from '../batch';
import { writeFileAtomic } from '../files/project-io';
import type { FileFilter, HandlerDeps } from './deps';
import type { Impl, PathGuard } from './handlers';
import { notGranted } from './file-access';

type BatchChannel = 'prior.read' | 'batch.run' | 'batch.progress' | 'batch.export' | 'batch.openUnit';

const PRIOR_FILTERS: FileFilter[] = [
  { name: '上年度报告（项目文件、Word、Excel、PDF、网页或文本）', extensions: ['json', 'docx', 'xlsx', 'pdf', 'txt', 'html', 'htm'] },
  { name: '所有文件', extensions: ['*'] },
];
const XLSX_FILTERS: FileFilter[] = [{ name: 'Excel 工作簿（*.xlsx）', extensions: ['xlsx'] }];

/** The 发布机关 of a roll-up when the office names none (as the CLI's aggregate). */
const DEFAULT_ISSUER = '汇总';
/** Finished runs kept for export; older ones are dropped so a long session does not grow. */
const KEEP_RUNS = 4;

interface FinishedRun {
  kind: BatchKind;
  result: BatchResult;
  issuer: string;
  /** 汇总 against the government's own report: its 本级比对 sheet. */
  against: ParentComparison | null;
}

export function createBatchHandlers(deps: HandlerDeps, guard: PathGuard): { [C in BatchChannel]: Impl<C> } {
  const { access } = guard;
  const progress = new Map<string, BatchProgress>();
  const finished = new Map<string, FinishedRun>();
  // Kept for the app's life once made: its workers start once, not at every folder run.
  let pool: UnitPool | null = null;
  const unitPool = () => (deps.unitWorker ? (pool ??= new UnitPool(deps.unitWorker)) : null);

  function remember(runId: string, run: FinishedRun): void {
    finished.delete(runId);
    finished.set(runId, run);
    while (finished.size > KEEP_RUNS) finished.delete(finished.keys().next().value!);
  }

  return {
    'prior.read': async ({ path, fallbackYear }) => {
      if (path && !(await guard.readable(path))) return fail('refused', notGranted(path, '上年度报告'));
      const chosen = path ? null : await deps.dialogs.open({ title: '选择上年度报告', defaultPath: deps.app.documentsDir, filters: PRIOR_FILTERS });
      const source = path ?? (chosen ? access.grantFile(chosen, 'read') : null);
      if (!source) return ok(null);
      const abs = resolve(source);
      const read = await readUnit(abs, fallbackYear !== undefined ? { fallbackYear } : {});
      if (!read.ok) return fail('unreadable', `未能读取上年度报告 ${basename(abs)}：${read.reason}`);
      return ok({ project: read.project, sourcePath: abs, source: basename(abs), notes: read.notes });
    },

    'batch.run': async ({ runId, kind, dir, issuer, issuerLevel, year, expected, against }) => {
      if (dir && !access.mayUseFolder(dir)) return fail('refused', notGranted(dir, '文件夹'));
      const folder =
        dir ??
        (await deps.dialogs.open({
          title: kind === 'aggregate' ? '选择存放各单位报告的文件夹（汇总）' : '选择存放各单位报告的文件夹（批量审核）',
          defaultPath: deps.app.documentsDir,
          filters: [],
          directory: true,
        }));
      if (!folder) return ok(null);
      const root = access.grantFolder(folder);
      // The government's own report, compared with the sum of its units (the CLI's --against).
      let parent: { path: string; project: Project } | null = null;
      if (kind === 'aggregate' && against) {
        const chosen = await deps.dialogs.open({ title: '选择本级人民政府自己的年度报告（与各单位合计比对）', defaultPath: root, filters: PRIOR_FILTERS });
        if (!chosen) return ok(null);
        const abs = resolve(access.grantFile(chosen, 'read'));
        const read = await readUnit(abs, year !== undefined ? { fallbackYear: year } : {});
        if (!read.ok) return fail('unreadable', `未能读取本级报告 ${basename(abs)}：${read.reason}`);
        parent = { path: abs, project: read.project };
      }
      const office = issuer?.trim() || DEFAULT_ISSUER;
      progress.set(runId, { done: 0, total: 0, file: '', finished: false });
      let result: BatchResult;
      try {
        const workers = unitPool();
        result = await runBatch(root, {
          ...(workers ? { pool: workers } : {}),
          ...(year !== undefined ? { year } : {}),
          ...(expected?.length ? { expected } : {}),
          ...(kind === 'aggregate' ? { consolidate: { issuer: office, issuerLevel: issuerLevel ?? 'government' } } : { keepFindings: true }),
          ...(parent ? { contributions: true, exclude: [parent.path] } : {}),
          onProgress: (p) => progress.set(runId, { done: p.done, total: p.total, file: p.file, finished: false }),
        });
      } catch (e) {
        progress.delete(runId);
        return fail('unreadable', e instanceof Error ? e.message : String(e));
      }
      const last = progress.get(runId)!;
      progress.set(runId, { ...last, finished: true });
      if (!result.rows.some((r) => r.file)) return fail('refused', `${noReportsMessage(root, result.ignored.length)}。`);
      const c = result.consolidation;
      if (kind === 'aggregate' && (!c || !c.units)) {
        return fail('refused', `文件夹 ${root} 中没有可以计入汇总的报告，未生成汇总。`, attentionLines(result.rows).map((l) => l.trim()));
      }
      const comparison = parent && c ? compareParent(parent.project, basename(parent.path), result) : null;
      remember(runId, { kind, result, issuer: office, against: comparison });
      return ok({
        runId,
        kind,
        dir: result.dir,
        year: result.year,
        rows: result.rows,
        findings: result.findings,
        ignored: result.ignored,
        consolidation: c,
        against: comparison && { ...comparison, findings: [...comparison.findings], missing: [...comparison.missing] },
      });
    },

    'batch.progress': async ({ runId }) => ok(progress.get(runId) ?? null),

    'batch.openUnit': async ({ runId, file }) => {
      const run = finished.get(runId);
      // Only a file the run itself read: the row names it relative to the folder the user chose.
      const row = run?.result.rows.find((r) => r.file === file && r.status !== 'unreadable');
      if (!run || !row) return fail('refused', notGranted(file, '单位报告'));
      const abs = resolve(run.result.dir, row.file);
      const project = /\.nianbao(\.json)?$/i.test(abs);
      access.grantFile(abs, ...(project ? (['read', 'write'] as const) : (['read'] as const)));
      return ok({ path: abs, project });
    },

    'batch.export': async ({ runId, path }) => {
      const run = finished.get(runId);
      if (!run) return fail('refused', '这次汇总或审核的结果已不在内存中，请重新运行后再导出。');
      const { result, kind, issuer, against } = run;
      const yearText = result.year ? `${result.year}年度` : '';
      const name = kind === 'aggregate' ? `${issuer}${yearText}政府信息公开工作年度报告汇总.xlsx` : `${basename(result.dir)}${yearText}年度报告审核结果.xlsx`;
      const withExtension = (p: string) => (resolve(p).toLowerCase().endsWith('.xlsx') ? resolve(p) : `${resolve(p)}.xlsx`);
      if (path && !(await guard.writable(withExtension(path)))) return fail('refused', notGranted(path, '导出位置'));
      let target = path ?? null;
      if (!target) {
        target = await deps.dialogs.save({
          title: kind === 'aggregate' ? '导出汇总工作簿' : '导出审核工作簿',
          defaultPath: join(dirname(result.dir), name),
          filters: XLSX_FILTERS,
        });
        if (!target) return ok(null);
      }
      const abs = access.grantFile(withExtension(target), 'write');
      const buffer = kind === 'aggregate' ? await summaryWorkbook(result, issuer, against) : await auditWorkbook(result);
      await writeFileAtomic(abs, buffer);
      const { size } = await fs.stat(abs);
      return ok({ path: abs, name: basename(abs), bytes: size });
    },
  };
}
