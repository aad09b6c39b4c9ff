// Killed mid-save, many times (issue 10): a child process saves over one file in a loop and is
// SIGKILLed at a random moment. After every kill the target is the previous complete version
// or a complete new one — never torn — and the next write (by another process) leaves no temp
// file of the dead one behind. The child is bundled once with esbuild (tsx's own compiler) so
// that each of the many processes starts in tens of milliseconds.
import { afterAll, beforeAll, expect, test } from 'vitest';
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'esbuild';
import { TEMP_MARK, writeFileAtomic } from '../../src/main/files/project-io';

const KILLS = 40;
let dir: string;
let child: string;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'nianbao-kill-'));
  child = join(dir, 'write-loop.mjs');
  await build({ entryPoints: [new URL('./support/write-loop.ts', import.meta.url).pathname], bundle: true, platform: 'node', format: 'esm', outfile: child, logLevel: 'silent' });
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Starts the writer and SIGKILLs it `afterMs` after it said go. */
function killMidWrite(target: string, afterMs: number): Promise<void> {
  return new Promise((done, fail) => {
    const p = spawn(process.execPath, [child, target, '400000'], { stdio: ['ignore', 'pipe', 'inherit'] });
    p.stdout.once('data', () => setTimeout(() => p.kill('SIGKILL'), afterMs));
    p.once('error', fail);
    p.once('exit', () => done());
  });
}

test.skipIf(process.platform === 'win32')(`${KILLS} kills mid-save: the target is always old or complete new; no temp file survives the next write`, async () => {
  const out = join(dir, 'out');
  const { mkdirSync } = await import('node:fs');
  mkdirSync(out);
  const target = join(out, '年报.nianbao.json');
  let previous: string | null = null;
  const tally = { kills: 0, unchanged: 0, replaced: 0, torn: 0, tempsLeftByKill: 0, tempsAfterNextWrite: 0 };
  for (let i = 0; i < KILLS; i++) {
    await killMidWrite(target, Math.floor(Math.random() * 25));
    tally.kills++;
    const text = existsSync(target) ? readFileSync(target, 'utf8') : null;
    if (text !== null) {
      let complete = false;
      try {
        complete = typeof JSON.parse(text).seq === 'number' && text.endsWith('\n');
      } catch {
        complete = false;
      }
      if (!complete) tally.torn++;
      else if (text === previous) tally.unchanged++;
      else tally.replaced++;
    }
    tally.tempsLeftByKill += readdirSync(out).filter((n) => n.includes(TEMP_MARK)).length;
    // Every other round, the next write comes from another process (this one): it cleans up.
    if (i % 2 === 1) {
      previous = `${JSON.stringify({ pid: process.pid, seq: -i, pad: '' })}\n`;
      await writeFileAtomic(target, previous);
      const temps = readdirSync(out).filter((n) => n.includes(TEMP_MARK));
      tally.tempsAfterNextWrite += temps.length;
      expect(temps).toEqual([]);
    } else previous = text;
  }
  console.log(`[kill-during-write] ${JSON.stringify(tally)}`);
  expect(tally.torn).toBe(0);
  expect(tally.tempsAfterNextWrite).toBe(0);
  // The kills must really land mid-write for the test to mean anything.
  expect(tally.tempsLeftByKill).toBeGreaterThan(0);
  expect(tally.replaced).toBeGreaterThan(0);
  // Only our own names were ever written in the folder: the target, its .bak and temp files.
  for (const n of readdirSync(out)) expect(n).toMatch(/^(年报\.nianbao\.json(\.bak)?|\.年报\.nianbao\.json\.nianbao-tmp-\d+-[0-9a-f]{8})$/);
}, 120_000);
