#!/usr/bin/env node
// `npm test`: every suite — type check, lint, unit tests (vitest, Node) and browser tests
// (Playwright driving Debian's Chromium against the built renderer) — then one plain
// summary line `N passed, N failed` summing them all, which is what CI reads.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const tmp = join(root, '.tmp');
mkdirSync(tmp, { recursive: true });
const npx = process.platform === 'win32' ? 'npx.cmd' : 'npx';

let passed = 0;
let failed = 0;
const lines = [];

function run(label, cmd, args, env = {}) {
  process.stdout.write(`\n━━ ${label}: ${cmd} ${args.join(' ')}\n`);
  const r = spawnSync(cmd, args, { cwd: root, stdio: 'inherit', env: { ...process.env, ...env } });
  return r.status ?? 1;
}

// Checks that are one pass or one failure each.
for (const [label, args] of [
  ['typecheck', ['tsc', '--noEmit', '-p', 'tsconfig.json']],
  // The pure core alone, with neither DOM nor Node types (a `window` or `Buffer` there fails).
  ['typecheck src/shared (no DOM, no Node)', ['tsc', '--noEmit', '-p', 'tsconfig.shared.json']],
  ['lint', ['eslint', '.']],
  ['build', ['electron-vite', 'build']],
]) {
  const ok = run(label, npx, args) === 0;
  if (ok) passed++;
  else failed++;
  lines.push(`${label}: ${ok ? 'ok' : 'FAILED'}`);
}

/** A node:test suite run through tsx, counted from its TAP output. */
function nodeTests(label, folder, note) {
  const tap = join(tmp, `${label}.tap`);
  rmSync(tap, { force: true });
  const status = run(`${label} (${note})`, process.execPath, [
    '--import',
    'tsx',
    '--test',
    '--test-concurrency=1',
    '--test-reporter=spec',
    '--test-reporter-destination=stdout',
    '--test-reporter=tap',
    `--test-reporter-destination=${tap}`,
    ...readdirSync(join(root, folder))
      .filter((f) => /\.(spec|test)\.ts$/.test(f))
      .sort()
      .map((f) => join(folder, f)),
  ]);
  if (!existsSync(tap)) {
    failed++;
    lines.push(`${label}: no results (exit ${status})`);
    return;
  }
  const text = readFileSync(tap, 'utf8');
  const count = (name) => Number(text.match(new RegExp(`^# ${name} (\\d+)$`, 'm'))?.[1] ?? 0);
  const p = count('pass');
  const f = count('fail') + count('cancelled');
  passed += p;
  failed += f + (p + f === 0 ? 1 : 0);
  lines.push(`${label}: ${p} passed, ${f} failed${count('skipped') ? `, ${count('skipped')} skipped` : ''}`);
}

// Launch and packaging: `npm start` and `npm run dist -- --dir` as the README gives them, with a
// stand-in Electron. They rebuild out/, so they run alone, before the suites that read it.
nodeTests('launch', 'tests/launch', 'npm start, npm run dist');

// Unit tests.
const vitestJson = join(tmp, 'vitest.json');
rmSync(vitestJson, { force: true });
const vitestStatus = run('unit (vitest)', npx, ['vitest', 'run', '--reporter=default', '--reporter=json', `--outputFile.json=${vitestJson}`]);
if (existsSync(vitestJson)) {
  const r = JSON.parse(readFileSync(vitestJson, 'utf8'));
  passed += r.numPassedTests;
  failed += r.numFailedTests + (r.numFailedTestSuites ?? 0) + (r.numTotalTests === 0 ? 1 : 0);
  lines.push(`unit: ${r.numPassedTests} passed, ${r.numFailedTests} failed, ${r.numFailedTestSuites ?? 0} suites failed to run`);
} else {
  failed++;
  lines.push(`unit: vitest wrote no results (exit ${vitestStatus})`);
}

// Browser tests (node:test + playwright-core driving Debian's Chromium against the built renderer).
nodeTests('browser', 'tests/browser', 'chromium');

process.stdout.write(`\n${lines.join('\n')}\n${passed} passed, ${failed} failed\n`);
process.exit(failed === 0 ? 0 : 1);
