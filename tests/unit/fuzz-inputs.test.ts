// Fuzzing the inputs (issue 10): project files and import files mutated by fast-check — bits
// flipped, bytes cut, inserted, repeated, the file truncated, JSON values replaced — fed to the
// commands as a clerk runs them. Each run must end (no crash, no hang: within seconds), exit
// with a documented status, leave its input untouched and write nothing but its output.
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import fc from 'fast-check';
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { main } from '../../src/main/cli/main';
import { SAMPLE_PATH } from './support/sample';

const FIXTURES = new URL('../fixtures/', import.meta.url).pathname;
const SLOW_MS = 5000;
let root: string;
let runNo = 0;

beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'nianbao-fuzz-'));
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

type Mutation =
  | { kind: 'flip'; at: number; bit: number }
  | { kind: 'delete'; at: number; len: number }
  | { kind: 'insert'; at: number; bytes: Uint8Array }
  | { kind: 'repeat'; at: number; len: number; times: number }
  | { kind: 'truncate'; at: number };

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ kind: fc.constant('flip' as const), at: fc.nat(), bit: fc.integer({ min: 0, max: 7 }) }),
  fc.record({ kind: fc.constant('delete' as const), at: fc.nat(), len: fc.integer({ min: 1, max: 256 }) }),
  fc.record({ kind: fc.constant('insert' as const), at: fc.nat(), bytes: fc.uint8Array({ minLength: 1, maxLength: 64 }) }),
  fc.record({ kind: fc.constant('repeat' as const), at: fc.nat(), len: fc.integer({ min: 1, max: 512 }), times: fc.integer({ min: 2, max: 50 }) }),
  fc.record({ kind: fc.constant('truncate' as const), at: fc.nat() }),
);

function mutate(input: Buffer, mutations: readonly Mutation[]): Buffer {
  let b = input;
  for (const m of mutations) {
    const at = b.length ? m.at % b.length : 0;
    switch (m.kind) {
      case 'flip':
        b = Buffer.from(b);
        if (b.length) b[at] = b[at]! ^ (1 << m.bit);
        break;
      case 'delete':
        b = Buffer.concat([b.subarray(0, at), b.subarray(at + m.len)]);
        break;
      case 'insert':
        b = Buffer.concat([b.subarray(0, at), Buffer.from(m.bytes), b.subarray(at)]);
        break;
      case 'repeat':
        b = Buffer.concat([b.subarray(0, at), ...Array.from({ length: m.times }, () => b.subarray(at, at + m.len)), b.subarray(at)]);
        break;
      case 'truncate':
        b = b.subarray(0, at);
        break;
    }
  }
  return b;
}

/** A JSON value put somewhere in the project (a cell, a section, the meta, a new key). */
function replaceJsonValue(text: string, pick: number, value: unknown): Buffer {
  const data = JSON.parse(text) as Record<string, unknown>;
  const slots: [Record<string, unknown>, string][] = [];
  const walk = (o: unknown, depth: number) => {
    if (depth > 3 || typeof o !== 'object' || o === null) return;
    for (const k of Object.keys(o)) {
      slots.push([o as Record<string, unknown>, k]);
      walk((o as Record<string, unknown>)[k], depth + 1);
    }
  };
  walk(data, 0);
  const [obj, key] = slots[pick % slots.length]!;
  obj[key] = value;
  return Buffer.from(JSON.stringify(data));
}

/** Runs `nianbao …` in this process, quietly, timing it. */
async function nianbao(args: string[]): Promise<{ code: number; ms: number }> {
  vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
  vi.spyOn(process.stdout, 'write').mockImplementation(() => true);
  const start = performance.now();
  try {
    return { code: await main(args), ms: performance.now() - start };
  } finally {
    vi.restoreAllMocks();
  }
}

interface Tally {
  runs: number;
  codes: Record<number, number>;
  slowestMs: number;
}
const tally = (): Tally => ({ runs: 0, codes: {}, slowestMs: 0 });
function count(t: Tally, r: { code: number; ms: number }) {
  t.runs++;
  t.codes[r.code] = (t.codes[r.code] ?? 0) + 1;
  t.slowestMs = Math.max(t.slowestMs, Math.round(r.ms));
}

/** A fresh folder holding only the input; after the command it may hold only the input and the outputs. */
async function inSandbox(name: string, bytes: Buffer, run: (input: string, out: (n: string) => string) => Promise<void>, outputs: string[]): Promise<void> {
  const dir = mkdtempSync(join(root, `run${runNo++}-`));
  const input = join(dir, name);
  writeFileSync(input, bytes);
  await run(input, (n) => join(dir, n));
  expect(readFileSync(input).equals(bytes), 'the input is untouched').toBe(true);
  const allowed = new Set([name, ...outputs, ...outputs.map((o) => `${o}.bak`)]);
  for (const f of readdirSync(dir)) expect(allowed.has(f), `unexpected file ${f}`).toBe(true);
  rmSync(dir, { recursive: true, force: true });
}

describe('fuzzed project files', () => {
  const sample = readFileSync(SAMPLE_PATH);

  it('validate, cells and export end with a documented status and write only their output', async () => {
    const t = tally();
    const bytes = fc.oneof(
      { weight: 3, arbitrary: fc.array(mutation, { minLength: 1, maxLength: 4 }).map((m) => mutate(sample, m)) },
      { weight: 1, arbitrary: fc.tuple(fc.nat(), fc.jsonValue({ maxDepth: 3 })).map(([pick, v]) => replaceJsonValue(sample.toString('utf8'), pick, v)) },
    );
    await fc.assert(
      fc.asyncProperty(bytes, fc.boolean(), async (input, exportToo) => {
        await inSandbox(
          'r.nianbao.json',
          input,
          async (file, out) => {
            const v = await nianbao(['validate', file]);
            expect([0, 1, 2, 3]).toContain(v.code);
            count(t, v);
            const c = await nianbao(['cells', file]);
            expect([0, 3]).toContain(c.code);
            count(t, c);
            if (exportToo && v.code !== 3) {
              const e = await nianbao(['export', file, '--xlsx', out('out.xlsx'), '--draft']);
              expect(e.code).toBe(0);
              count(t, e);
            }
          },
          ['out.xlsx'],
        );
      }),
      { numRuns: 120, seed: 20261130 },
    );
    console.log(`[fuzz] project files: ${JSON.stringify(t)}`);
    expect(t.slowestMs).toBeLessThan(SLOW_MS);
  }, 180_000);
});

describe('fuzzed import files', () => {
  const cases: [string, string, number][] = [
    ['text', 'samples/linyi-approval-bureau-2024.txt', 80],
    ['html', 'reports/linyi-approval-bureau-2024.derived.html', 40],
    ['docx', 'reports/linyi-approval-bureau-2024.libreoffice-docx.derived.docx', 40],
    ['xlsx', 'reports/linyi-approval-bureau-2024.libreoffice-xlsx.derived.xlsx', 30],
  ];
  for (const [kind, fixture, numRuns] of cases) {
    it(`${kind}: import ends with 0 or 3, and writes only -o`, async () => {
      const t = tally();
      const source = readFileSync(join(FIXTURES, fixture));
      const name = `report${fixture.slice(fixture.lastIndexOf('.'))}`;
      await fc.assert(
        fc.asyncProperty(fc.array(mutation, { minLength: 1, maxLength: 3 }), async (mutations) => {
          await inSandbox(
            name,
            mutate(source, mutations),
            async (file, out) => {
              const r = await nianbao(['import', file, '-o', out('out.nianbao.json')]);
              expect([0, 3]).toContain(r.code);
              count(t, r);
            },
            ['out.nianbao.json'],
          );
        }),
        { numRuns, seed: 20261130 },
      );
      console.log(`[fuzz] ${kind} imports: ${JSON.stringify(t)}`);
      expect(t.slowestMs).toBeLessThan(SLOW_MS);
    }, 180_000);
  }
});
