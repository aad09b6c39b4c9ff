// `nianbao …` as a person runs it: the installed command (bin/nianbao.js) in a child process,
// with its exit status and both output streams.
import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';

export const NIANBAO_BIN = fileURLToPath(new URL('../../../bin/nianbao.js', import.meta.url));

const run = promisify(execFile);

/** `nodeArgs` go to node before the command (e.g. a module preloaded with --import). */
export async function nianbao(args: readonly string[], nodeArgs: readonly string[] = []): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await run(process.execPath, [...nodeArgs, NIANBAO_BIN, ...args], { encoding: 'utf8' });
    return { code: 0, stdout, stderr };
  } catch (e) {
    const err = e as { code: number; stdout: string; stderr: string };
    return { code: err.code, stdout: err.stdout, stderr: err.stderr };
  }
}
