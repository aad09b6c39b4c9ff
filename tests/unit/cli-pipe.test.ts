// A batch script that pipes `nianbao` into `head` closes the pipe after a line or two. The command
// must still finish its work (the output file) with its own exit status, and print no stack trace.
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { NIANBAO_BIN } from './support/nianbao-bin';

const REPORT = join(__dirname, '../fixtures/reports/linyi-approval-bureau-2024.txt');

describe('nianbao with its output piped into a reader that stops early', () => {
  it('import still writes the project and exits 0, without an EPIPE trace', async () => {
    const out = join(mkdtempSync(join(tmpdir(), 'nianbao-pipe-')), 'x.nianbao.json');
    const child = spawn(process.execPath, [NIANBAO_BIN, 'import', REPORT, '-o', out], { stdio: ['ignore', 'pipe', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString('utf8')));
    // Like `| head -0`: the reader is gone before the first line, so every write meets a closed pipe.
    child.stdout.destroy();
    const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
    expect(stderr).not.toMatch(/EPIPE|at .*\(/);
    expect(code).toBe(0);
    expect(existsSync(out)).toBe(true);
  });
});
