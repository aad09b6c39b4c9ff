// Reading and writing project files on disk. Saves are atomic: a temp file in the same
// folder, flushed to disk, then renamed over the target, so a crash or a full disk never
// leaves a half-written project where the user expects one.
import { promises as fs } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { randomBytes } from 'node:crypto';
import { loadProject, serializeProject, type LoadResult, type Project } from '../../shared';
import { readUtf8Input } from './read-input';

/** Reads a project through the bounded input reader: a regular UTF-8 file within INPUT_LIMITS.projectBytes. */
export async function readProjectFile(path: string): Promise<LoadResult> {
  let text: string;
  try {
    text = await readUtf8Input(path, 'projectBytes');
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
  /** Keep the previous version as `<name>.bak` beside it. */
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

export async function writeFileAtomic(path: string, data: string | Uint8Array, options: AtomicWriteOptions = {}): Promise<void> {
  const dir = dirname(path);
  const tmp = join(dir, `.${basename(path)}.${randomBytes(6).toString('hex')}.tmp`);
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
    if (options.backup) await fs.copyFile(path, `${path}.bak`).catch((e: NodeJS.ErrnoException) => {
      if (e.code !== 'ENOENT') throw e;
    });
    await renameWithRetry(tmp, path);
  } catch (e) {
    await fs.rm(tmp, { force: true });
    throw e;
  }
  // Make the rename itself durable where the platform allows syncing a directory.
  const dirHandle = await fs.open(dir, 'r').catch(() => null);
  if (dirHandle) {
    await dirHandle.sync().catch(() => undefined);
    await dirHandle.close();
  }
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
