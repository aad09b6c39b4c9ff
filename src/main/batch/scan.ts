// Which files in a folder are units' reports. Subfolders are walked (offices often keep one
// folder per unit); editor lock files, backups and hidden files are not reports.
import { promises as fs } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { isProjectFileName } from '../files/display-name';
import { describeFsError } from '../files/project-io';
import { InputError } from '../files/read-input';
import { IMPORT_EXTENSIONS } from './read-unit';

/** Office formats clerks send that nothing here reads: listed as unreadable, never skipped silently. */
const KNOWN_UNSUPPORTED = ['.doc', '.xls', '.wps', '.et', '.ofd', '.rtf'];
const MAX_DEPTH = 4;

export interface ScanResult {
  /** Report files, relative to the folder, in name order. */
  files: string[];
  /** Other files (images, notes…), relative, for the "ignored" line. */
  ignored: string[];
}

export function isCandidate(name: string): boolean {
  const lower = name.toLowerCase();
  if (isProjectFileName(lower)) return true;
  return [...IMPORT_EXTENSIONS, ...KNOWN_UNSUPPORTED].some((ext) => lower.endsWith(ext));
}

function isNoise(name: string): boolean {
  return name.startsWith('.') || name.startsWith('~$') || /\.(bak|tmp)$/i.test(name);
}

/** Lists the reports under `dir`; `exclude` holds absolute paths never to read (our own outputs, the expected list). */
/**
 * Symbolic links are followed only when they stay inside the folder: a link to a file elsewhere
 * (another user's folder, /etc, a device) is listed among the ignored files with the reason and
 * never read. Linked folders are never walked (they could loop).
 */
export async function scanFolder(dir: string, exclude: readonly string[] = []): Promise<ScanResult> {
  const root = resolve(dir);
  const realRoot = await fs.realpath(root).catch(() => root);
  const inside = (p: string) => p === realRoot || p.startsWith(realRoot.endsWith(sep) ? realRoot : realRoot + sep);
  const skip = new Set(exclude.map((p) => resolve(p)));
  const files: string[] = [];
  const ignored: string[] = [];
  async function walk(folder: string, depth: number): Promise<void> {
    let entries;
    try {
      entries = await fs.readdir(folder, { withFileTypes: true });
    } catch (e) {
      if (folder === root) throw new InputError((e as NodeJS.ErrnoException).code === 'ENOENT' ? 'missing' : 'io', `无法读取文件夹 ${dir}：${describeFsError(e)}`);
      ignored.push(`${relative(root, folder)}（${describeFsError(e)}）`);
      return;
    }
    for (const entry of entries) {
      const path = join(folder, entry.name);
      if (isNoise(entry.name) || skip.has(path)) continue;
      if (entry.isSymbolicLink()) {
        const target = await fs.realpath(path).catch(() => null);
        const stat = target ? await fs.stat(target).catch(() => null) : null;
        if (!target || !stat) ignored.push(`${relative(root, path)}（符号链接，目标不存在，未读取）`);
        else if (!inside(target)) ignored.push(`${relative(root, path)}（符号链接，指向所选文件夹之外，未读取）`);
        else if (stat.isDirectory()) ignored.push(`${relative(root, path)}（指向文件夹的符号链接，未展开）`);
        else if (isCandidate(entry.name) && !skip.has(target)) files.push(relative(root, path));
        else ignored.push(relative(root, path));
        continue;
      }
      if (entry.isDirectory()) {
        if (depth < MAX_DEPTH) await walk(path, depth + 1);
      } else if (isCandidate(entry.name)) files.push(relative(root, path));
      else ignored.push(relative(root, path));
    }
  }
  await walk(root, 0);
  const byName = new Intl.Collator('zh-Hans-CN', { numeric: true }).compare;
  return { files: files.sort(byName), ignored: ignored.sort(byName) };
}
