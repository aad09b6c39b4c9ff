// Batch audit (issue 5, issue 15): a folder of 1,000 published reports as text audited end to
// end — read, imported, validated, classified — into the audit workbook.
import { mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { performance } from 'node:perf_hooks';
import { auditWorkbook, runBatch, sourceWorker, UnitPool } from '../src/main/batch';
import { measure, memoryMiB, printFigures, type Figure } from './measure';

const AUDIT_FILES = 1_000;
const SAMPLE = fileURLToPath(new URL('../tests/fixtures/reports/linyi-approval-bureau-2024.txt', import.meta.url));

/**
 * The sample with unit i's own figures: 主动公开 counts, 行政许可, 行政事业性收费, k requests
 * moved from 本机关不掌握 to 予以公开 (row and 总计 alike, so 表三 still balances), and a figure
 * in each section of prose (一、五、六). A real folder's reports differ everywhere: identical
 * prose would let every per-text memo (the validator keeps them for typing) answer from memory.
 * Figures aside, the prose is still the same, so N-BOILERPLATE still finds the copies.
 */
export function withFigures(sample: string, i: number): string {
  const k = i % 12;
  const swaps: [string, string][] = [
    ['等 1497 条', `等 ${1497 + i} 条`],
    ['行政许可\t31510', `行政许可\t${31510 + i}`],
    ['行政事业性收费\t39910.33', `行政事业性收费\t${(39910.33 + i / 100).toFixed(2)}`],
    ['(一) 予以公开\t48\t0\t0\t0\t0\t0\t48', `(一) 予以公开\t${48 + k}\t0\t0\t0\t0\t0\t${48 + k}`],
    ['1.本机关不掌握相关政府信息\t11\t0\t0\t0\t0\t0\t11', `1.本机关不掌握相关政府信息\t${11 - k}\t0\t0\t0\t0\t0\t${11 - k}`],
    ['本年度政府信息存在问题', `本年度政府信息存在${2 + (i % 3)}方面问题`],
    ['新归集 511 个', `新归集 ${511 + i} 个`],
  ];
  let text = sample;
  for (const [from, to] of swaps) {
    if (!text.includes(from)) throw new Error(`bench: the sample no longer has “${from}”`);
    text = text.replace(from, to);
  }
  return text;
}

export default async function auditBench(): Promise<void> {
  await auditFolderBench();
}

/** The audit of `dir` timed, its note saying reports/s and how the time splits. */
async function auditFigure(dir: string, name: string, pool: UnitPool | null): Promise<Figure> {
  let rows = 0;
  let findings = 0;
  /** Per run: the folder pass (read, import, validate, classify) and the workbook, to see which grew. */
  const split: { batch: number; workbook: number }[] = [];
  const audit = await measure(
    name,
    async () => {
      const t0 = performance.now();
      const result = await runBatch(dir, { keepFindings: true, ...(pool ? { pool } : {}) });
      const t1 = performance.now();
      await auditWorkbook(result, 'bench');
      split.push({ batch: t1 - t0, workbook: performance.now() - t1 });
      rows = result.rows.filter((r) => r.status !== 'unreadable').length;
      findings = result.findings.length;
    },
    // Two runs to warm up: V8 is still compiling the importer and the rules during the first
    // thousand reports (the first run is printed in the note: it is what a fresh app meets).
    { runs: 5, warmup: 2 },
  );
  const rate = (AUDIT_FILES / audit.median) * 1000;
  const median = (xs: number[]) => xs.sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
  const measured = split.slice(2);
  const first = split[0]!.batch + split[0]!.workbook;
  audit.note =
    `${rate.toFixed(0)} reports/s (folder pass ${median(measured.map((s) => s.batch)).toFixed(0)} ms + workbook ${median(measured.map((s) => s.workbook)).toFixed(0)} ms; first run ${first.toFixed(0)} ms), ` +
    `${rows} read, ${findings} findings; ${memoryMiB()}`;
  return audit;
}

async function auditFolderBench(): Promise<void> {
  // Audit of a folder of published reports as text: the sample report under 1,000 issuers' names,
  // each with some of its figures changed (so that no step can gain from meeting the same text).
  const dir = await mkdtemp(join(tmpdir(), 'nianbao-bench-audit-'));
  try {
    const sample = await readFile(SAMPLE, 'utf8');
    const issuer = sample.trim().split('\n')[0]!.trim();
    for (let i = 0; i < AUDIT_FILES; i++) {
      await writeFile(join(dir, `unit-${i}.txt`), withFigures(sample, i).replaceAll(issuer, `某市第${i + 1}局`));
    }
    const pool = new UnitPool(sourceWorker());
    try {
      // The workers start once, as in the app (which keeps them); the CLI starts them per run.
      const t0 = performance.now();
      await pool.run(join(dir, "unit-0.txt"), {}, {}, 60_000);
      const started = performance.now() - t0;
      const threaded = await auditFigure(dir, `audit ${AUDIT_FILES.toLocaleString('en-US')} text reports → workbook`, pool);
      threaded.note += `; ${pool.size} worker threads, started once in ${started.toFixed(0)} ms`;
      const alone = await auditFigure(dir, '  the same on the main thread alone', null);
      // Baseline: only reading and decoding the same 1,000 files.
      const read = await measure(`read the same ${AUDIT_FILES.toLocaleString('en-US')} files`, async () => {
        for (const f of await readdir(dir)) new TextDecoder().decode(await readFile(join(dir, f)));
      }, { runs: 3, warmup: 1 });
      const rate = (AUDIT_FILES / threaded.median) * 1000;
      printFigures('Batch audit (import, validate, classify, write the .xlsx)', [
        { ...threaded, target: '≥ 1,000 reports/s', met: rate >= 1000, baseline: { name: read.name, median: read.median } },
        { ...alone, baseline: { name: read.name, median: read.median } },
      ]);
    } finally {
      await pool.close();
    }
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
