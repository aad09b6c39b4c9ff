// Shared by the launch tests: a stand-in for Electron's executable, and the README's commands
// run as a person runs them (npm, in the repository).
import { spawnSync, type SpawnSyncReturns } from 'node:child_process';
import { chmodSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const root = new URL('../../', import.meta.url).pathname;

/**
 * A folder holding an executable named `electron` that records its working folder and
 * arguments (one a line) in `log` and exits 0: what ELECTRON_OVERRIDE_DIST_PATH names.
 */
export function standInElectron(): { dir: string; log: string } {
  const dir = mkdtempSync(join(tmpdir(), 'nianbao-electron-'));
  const log = join(dir, 'launched.txt');
  writeFileSync(join(dir, 'electron'), `#!/bin/sh\n{ pwd; for a in "$@"; do printf '%s\\n' "$a"; done; } > '${log}'\nexit 0\n`);
  chmodSync(join(dir, 'electron'), 0o755);
  return { dir, log };
}

/** Runs `npm ARGS` in the repository with `env` on top of ours (undefined removes a variable). */
export function npm(args: string[], env: Record<string, string | undefined>, timeoutMs = 300_000): SpawnSyncReturns<string> {
  const merged: NodeJS.ProcessEnv = { ...process.env };
  for (const [k, v] of Object.entries(env)) {
    if (v === undefined) delete merged[k];
    else merged[k] = v;
  }
  return spawnSync(process.platform === 'win32' ? 'npm.cmd' : 'npm', args, { cwd: root, env: merged, encoding: 'utf8', timeout: timeoutMs });
}
