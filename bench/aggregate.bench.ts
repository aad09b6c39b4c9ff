// Roll-up and batch audit (issue 5): a disclosure office's 10,000 units summed and validated,
// and a folder of 1,000 reports audited end to end into the audit workbook.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { CellAccumulator, consolidate, serializeProject, validate, type Project } from '../src/shared';
import { auditWorkbook, runBatch } from '../src/main/batch';
import { generateReport } from '../tests/unit/aggregate-generate';
import { measure, memoryMiB, printFigures, type Figure } from './measure';

const UNITS = 10_000;
const AUDIT_FILES = 1_000;

function aggregate(reports: readonly Project[]): number {
  const acc = new CellAccumulator();
  for (let i = 0; i < reports.length; i++) acc.add(reports[i]!.cells, reports[i]!.meta.issuer);
  return consolidate(acc, { issuer: '汇总', year: 2025 }).units;
}

function validateAll(reports: readonly Project[]): number {
  let findings = 0;
  for (let i = 0; i < reports.length; i++) findings += validate(reports[i]!).length;
  return findings;
}

export default async function aggregateBench(): Promise<void> {
  const t0 = performance.now();
  const reports = Array.from({ length: UNITS }, (_, i) => generateReport(i));
  const generated = performance.now() - t0;
  const before = memoryMiB();
  const figures: Figure[] = [
    await measure(`aggregate ${UNITS.toLocaleString('en-US')} reports (200 cells each)`, () => aggregate(reports), { runs: 10, warmup: 2 }),
    await measure(`validate ${UNITS.toLocaleString('en-US')} reports`, () => validateAll(reports), { runs: 5, warmup: 1 }),
    await measure(`aggregate + validate ${UNITS.toLocaleString('en-US')} reports`, () => [aggregate(reports), validateAll(reports)], {
      runs: 5,
      warmup: 1,
      target: '< 2000 ms',
    }),
  ];
  printFigures(`Roll-up of ${UNITS.toLocaleString('en-US')} generated reports (generated in ${generated.toFixed(0)} ms; memory before ${before}, after ${memoryMiB()})`, figures);

  // Audit of a folder: project files, since no importer is wired in yet (see src/main/batch/read-unit.ts).
  const dir = await mkdtemp(join(tmpdir(), 'nianbao-bench-audit-'));
  try {
    for (let i = 0; i < AUDIT_FILES; i++) {
      const p = structuredClone(reports[i]!);
      // Every fifth unit with an unbalanced column, so the findings sheet has something to list.
      if (i % 5 === 0) p.cells['t3.received.naturalPerson'] = (p.cells['t3.received.naturalPerson'] as number) + 1;
      await writeFile(join(dir, `unit-${i}.nianbao.json`), serializeProject(p));
    }
    let rows = 0;
    let findings = 0;
    const audit = await measure(
      `audit ${AUDIT_FILES.toLocaleString('en-US')} project files → workbook`,
      async () => {
        const result = await runBatch(dir, { keepFindings: true });
        await auditWorkbook(result, 'bench');
        rows = result.rows.length;
        findings = result.findings.length;
      },
      { runs: 3, warmup: 1 },
    );
    audit.note = `${((AUDIT_FILES / audit.median) * 1000).toFixed(0)} reports/s, ${rows} units, ${findings} findings; ${memoryMiB()}`;
    printFigures('Batch audit (read, validate, classify, write the .xlsx)', [audit]);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
