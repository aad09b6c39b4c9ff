// Reading and writing project files on disk. Saves are atomic: a temp file in the same
// folder, flushed to disk, then renamed over the target, so a crash or a full disk never
// leaves a half-written project where the user expects one.
import { promises as fs } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { randomBytes } from 'node:crypto';
import { loadProject, serializeProject, type LoadResult, type Project } from '../../shared';
import { decodeUtf8, readInput, type FileReader } from './read-input';

/** Reads a project through the bounded input reader: a regular UTF-8 file within INPUT_LIMITS.projectBytes. */
export async function readProjectFile(path: string, read: FileReader = readInput): Promise<LoadResult> {
  let text: string;
  try {
    text = decodeUtf8(path, await read(path, 'projectBytes'));
  } catch (e) {
    return { ok: false, code: 'not-json', message: (e as Error).message, problems: [] };
  }
  return loadProject(text);
}

/** Reads a project or throws an Error carrying the Chinese message (for the CLI). */
export async function readProjectOrThrow(path: string): Promise<Project> {
  const r = await readProjectFile(path);
  if (!r.ok) throw new Error(`${path}：${r.message}${r.problems.length > 1 ? `\n${r.problems.map((p) => `  - ${p.place}：${p.message}`).join('\n')}` : ''}`);
  return r.project;
}

export interface AtomicWriteOptions {
  /**
   * Keep the previous version as `<name>.bak` beside it (default: yes — every replacement of a
   * user's file keeps one; only the app's own stores, the recent list and recovery drafts, opt out).
   */
  backup?: boolean;
}

type Rename = (from: string, to: string) => Promise<void>;
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/**
 * On Windows an antivirus scanner or the search indexer often holds a file that was just
 * written for a few hundred milliseconds, and the rename over it fails with EPERM/EACCES/EBUSY.
 * Retrying for about two seconds rides that out; a file that stays locked (open in Word or WPS)
 * still fails, with the reason describeFsError gives.
 */
export async function renameWithRetry(from: string, to: string, rename: Rename = fs.rename, waits: readonly number[] = [50, 100, 200, 400, 600, 800]): Promise<void> {
  for (let attempt = 0; ; attempt++) {
    try {
      return await rename(from, to);
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      if (attempt >= waits.length || !(code === 'EPERM' || code === 'EACCES' || code === 'EBUSY')) throw e;
      await sleep(waits[attempt]!);
    }
  }
}

/**
 * Our temp files say whose they are: `.<name>.nianbao-tmp-<pid>-<random>`. A write killed
 * midway leaves one behind; the next write in that folder removes those of a process that no
 * longer runs, and nothing that does not carry this exact mark.
 */
export const TEMP_MARK = '.nianbao-tmp-';
const TEMP_NAME = /^\..+\.nianbao-tmp-(\d+)-[0-9a-f]{8}$/;
/** Temp files this process is writing right now (never stale, whatever the pid says). */
const inFlight = new Set<string>();

export function tempPathFor(path: string): string {
  return join(dirname(path), `.${basename(path)}${TEMP_MARK}${process.pid}-${randomBytes(4).toString('hex')}`);
}

function processRuns(pid: number): boolean {
  if (pid === process.pid) return true;
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    // EPERM: it runs, under another user.
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Removes stale temp files of ours in `dir`; returns their names. Never follows a link, never throws. */
export async function removeStaleTemps(dir: string): Promise<string[]> {
  const removed: string[] = [];
  let names: string[];
  try {
    names = await fs.readdir(dir);
  } catch {
    return removed;
  }
  for (const name of names) {
    const m = TEMP_NAME.exec(name);
    if (!m) continue;
    const full = join(dir, name);
    const pid = Number(m[1]);
    if (inFlight.has(full) || (pid !== process.pid && processRuns(pid))) continue;
    const stat = await fs.lstat(full).catch(() => null);
    if (!stat?.isFile()) continue;
    if (await fs.rm(full).then(() => true, () => false)) removed.push(name);
  }
  return removed;
}

export async function writeFileAtomic(path: string, data: string | Uint8Array, options: AtomicWriteOptions = {}): Promise<void> {
  const dir = dirname(path);
  const tmp = tempPathFor(path);
  inFlight.add(tmp);
  try {
    const handle = await fs.open(tmp, 'wx');
    try {
      await handle.writeFile(data);
      await handle.sync();
    } catch (e) {
      await handle.close().catch(() => undefined);
      await fs.rm(tmp, { force: true });
      throw e;
    }
    await handle.close();
    try {
      if (options.backup ?? true) await fs.copyFile(path, `${path}.bak`).catch((e: NodeJS.ErrnoException) => {
        if (e.code !== 'ENOENT') throw e;
      });
      await renameWithRetry(tmp, path);
    } catch (e) {
      await fs.rm(tmp, { force: true });
      throw e;
    }
  } finally {
    inFlight.delete(tmp);
  }
  // Make the rename itself durable where the platform allows syncing a directory.
  const dirHandle = await fs.open(dir, 'r').catch(() => null);
  if (dirHandle) {
    await dirHandle.sync().catch(() => undefined);
    await dirHandle.close();
  }
  await removeStaleTemps(dir);
}

export async function writeProjectFile(path: string, project: Project, options: AtomicWriteOptions = {}): Promise<void> {
  await writeFileAtomic(path, serializeProject(project), options);
}

export function describeFsError(e: unknown): string {
  const code = (e as NodeJS.ErrnoException | undefined)?.code;
  switch (code) {
    case 'ENOENT':
      return '文件或文件夹不存在';
    case 'EACCES':
      return '没有读写权限';
    case 'EPERM':
      // Windows also says EPERM for a file another program holds open.
      return '没有读写权限，或文件正被其他程序占用（如已在 Word、WPS 中打开）';
    case 'EBUSY':
      return '文件正被其他程序占用（可能已在 Word、WPS 或 Excel 中打开），请关闭后重试';
    case 'ENOSPC':
      return '磁盘空间不足';
    case 'EISDIR':
      return '这是一个文件夹，不是文件';
    case 'EROFS':
      return '磁盘为只读';
    default:
      return e instanceof Error ? e.message : String(e);
  }
}
