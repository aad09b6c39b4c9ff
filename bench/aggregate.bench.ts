// Roll-up (issue 5): a disclosure office's 10,000 units summed and validated.
import { performance } from 'node:perf_hooks';
import { CellAccumulator, consolidate, validate, type Project } from '../src/shared';
import { generateReport } from '../tests/unit/aggregate-generate';
import { measure, memoryMiB, printFigures, within, type Figure } from './measure';

const UNITS = 10_000;

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
  await rollUpBench();
}
async function rollUpBench(): Promise<void> {
  const t0 = performance.now();
  const reports = Array.from({ length: UNITS }, (_, i) => generateReport(i));
  const generated = performance.now() - t0;
  const before = memoryMiB();
  const aggregateOnly = await measure(`aggregate ${UNITS.toLocaleString('en-US')} reports (200 cells each)`, () => aggregate(reports), { runs: 10, warmup: 2 });
  const validateOnly = await measure(`validate ${UNITS.toLocaleString('en-US')} reports`, () => validateAll(reports), { runs: 5, warmup: 1 });
  const both = await measure(`aggregate + validate ${UNITS.toLocaleString('en-US')} reports`, () => [aggregate(reports), validateAll(reports)], { runs: 5, warmup: 1 });
  // Baseline in the same run (after the measured work, so its 10,000 strings do not burden it): JSON.parse of the same 10,000 reports (what reading them from disk
  // costs at the least), and summing all their cells in a plain loop.
  const texts = reports.map((r) => JSON.stringify(r));
  const parse = await measure(`JSON.parse of the same ${UNITS.toLocaleString('en-US')} reports`, () => texts.map((t) => JSON.parse(t)), { runs: 5, warmup: 1 });
  const plainSum = await measure('sum all their cells in a plain loop', () => {
    let s = 0;
    for (const r of reports) for (const k in r.cells) {
      const v = r.cells[k];
      if (typeof v === 'number') s += v;
    }
    return s;
  }, { runs: 5, warmup: 1 });
  const figures: Figure[] = [
    aggregateOnly,
    validateOnly,
    { ...within(both, 1000, '< 1000 ms'), baseline: { name: parse.name, median: parse.median } },
    parse,
    plainSum,
  ];
  printFigures(`Roll-up of ${UNITS.toLocaleString('en-US')} generated reports (generated in ${generated.toFixed(0)} ms; memory before ${before}, after ${memoryMiB()})`, figures);
}
