// Reading and writing project files on disk. Saves are atomic: a temp file in the same
// folder, flushed to disk, then renamed over the target, so a crash or a full disk never
// leaves a half-written project where the user expects one.
import { promises as fs } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { randomBytes } from 'node:crypto';
import { loadProject, serializeProject, type LoadResult, type Project } from '../../shared';

export async function readProjectFile(path: string): Promise<LoadResult> {
  let text: string;
  try {
    text = await fs.readFile(path, 'utf8');
  } catch (e) {
    return { ok: false, code: 'not-json', message: `无法读取文件 ${path}：${describeFsError(e)}`, problems: [] };
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
    await fs.rename(tmp, path);
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
    case 'EPERM':
      return '没有读写权限';
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
