// The batch's worker threads (src/main/batch/unit-pool.ts): the same audit as on the main
// thread, a real per-file budget (a stuck worker is stopped and replaced), the main thread
// taking over when no worker can start, and `nianbao audit` using them on a large folder.
import { readFileSync } from 'node:fs';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { POOL_MIN_FILES, runBatch, sourceWorker, UnitPool, type BatchResult } from '../../src/main/batch';
import { overBudget } from '../../src/main/batch/unit-pool';
import { built } from './support/built';
import { nianbao } from './support/nianbao-bin';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const FIXTURES = fileURLToPath(new URL('../fixtures/reports', import.meta.url));
const HANG = fileURLToPath(new URL('./support/hang-worker.mjs', import.meta.url));
const SAMPLE = join(FIXTURES, 'linyi-approval-bureau-2024.txt');

const comparable = (r: BatchResult) => JSON.stringify({ ...r, pooled: undefined, contributions: r.contributions ? JSON.stringify(r.contributions) : null });
const pools: UnitPool[] = [];
afterAll(async () => {
  await Promise.all(pools.map((p) => p.close()));
});

describe('batch worker threads', () => {
  it('audit and sum the fixtures exactly as the main thread does', async () => {
    const pool = new UnitPool(sourceWorker(), 2);
    pools.push(pool);
    // Until the workers have started, the main thread reads the files itself.
    expect(await pool.whenStarted()).toBe(true);
    for (const options of [{ keepFindings: true, year: 2023 }, { consolidate: { issuer: '某市' }, contributions: true }]) {
      const alone = await runBatch(FIXTURES, options);
      const workers = await runBatch(FIXTURES, { ...options, pool, poolMinFiles: 0 });
      expect(workers.rows.length).toBeGreaterThan(30);
      expect(workers.pooled).toBe(workers.rows.filter((r) => r.file).length);
      expect(comparable(workers)).toBe(comparable(alone));
    }
  }, 120_000);

  it('run the same audit through the worker file electron-vite builds for the app', async () => {
    // The app imports unit-worker with `?modulePath`: the build writes it as a chunk of its own,
    // and main's bundle names that file. It is the file checked here, not the TypeScript source.
    const bundle = readFileSync(built(join(ROOT, 'out/main/index.js')), 'utf8');
    const chunk = /"\.\/(chunks\/unit-worker-[\w-]+\.js)"/.exec(bundle)?.[1];
    expect(chunk, 'out/main/index.js names no unit-worker chunk').toBeTruthy();
    const pool = new UnitPool({ kind: 'script', path: built(join(ROOT, 'out/main', chunk!)) }, 2);
    pools.push(pool);
    expect(await pool.whenStarted()).toBe(true);
    const options = { keepFindings: true, year: 2023 };
    const alone = await runBatch(FIXTURES, options);
    const workers = await runBatch(FIXTURES, { ...options, pool, poolMinFiles: 0 });
    expect(workers.pooled).toBe(workers.rows.filter((r) => r.file).length);
    expect(comparable(workers)).toBe(comparable(alone));
  }, 120_000);

  it('stop a worker stuck in a file when its budget runs out, and go on with a fresh one', async () => {
    const pool = new UnitPool({ kind: 'script', path: HANG }, 2);
    pools.push(pool);
    const started = Date.now();
    const [stuck, ...rest] = await Promise.all(['hang', 'a', 'b', 'c'].map((p) => pool.run(p, {}, {}, 300)));
    expect(stuck!.digest).toEqual({ ok: false, reason: overBudget() });
    expect(rest.map((o) => o.digest)).toEqual(['a', 'b', 'c'].map((p) => ({ ok: false, reason: `read ${p}` })));
    expect(Date.now() - started).toBeLessThan(20_000);
    // The replacement answers, and the stuck one is gone: a second stuck file is stopped too.
    const again = await Promise.all(['hang', 'd'].map((p) => pool.run(p, {}, {}, 300)));
    expect(again.map((o) => o.digest)).toEqual([{ ok: false, reason: overBudget() }, { ok: false, reason: 'read d' }]);
  }, 60_000);

  it('leave the files to the main thread when no worker can start', async () => {
    const pool = new UnitPool({ kind: 'script', path: join(tmpdir(), 'no-such-unit-worker.mjs') }, 2);
    pools.push(pool);
    const alone = await runBatch(FIXTURES, { keepFindings: true });
    const fallback = await runBatch(FIXTURES, { keepFindings: true, pool, poolMinFiles: 0 });
    expect(fallback.pooled).toBe(0);
    expect(comparable(fallback)).toBe(comparable(alone));
  }, 120_000);

  it(`nianbao audit starts them for a folder of ${POOL_MIN_FILES} reports, with the main thread's result`, async () => {
    const dir = await mkdtemp(join(tmpdir(), 'nianbao-pool-'));
    try {
      const sample = await readFile(SAMPLE, 'utf8');
      for (let i = 0; i < POOL_MIN_FILES; i++) await writeFile(join(dir, `unit-${i}.txt`), sample.replaceAll('临沂市行政审批服务局', `某市第${i + 1}局`));
      const cli = await nianbao(['audit', dir, '--json']);
      expect(cli.code, cli.stderr).toBe(2);
      const printed = JSON.parse(cli.stdout) as { units: unknown[]; findings: unknown[]; readByWorkers: number };
      // The main thread reads files itself until the workers have started (under tsx, about a
      // second): how many each read depends on the machine; the result must not.
      expect(Number.isInteger(printed.readByWorkers) && printed.readByWorkers >= 0 && printed.readByWorkers <= POOL_MIN_FILES).toBe(true);
      const alone = await runBatch(dir, { keepFindings: true });
      expect(printed.units).toEqual(alone.rows);
      expect(printed.findings).toEqual(alone.findings.map(({ unit, file, finding }) => ({ unit, file, ...finding })));
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  }, 180_000);
});
