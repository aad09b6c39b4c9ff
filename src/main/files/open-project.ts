// Opening a project for editing: the text is read once, and the same bytes give both the
// project and its disk stamp, so a change between reading and stamping cannot slip through.
import { promises as fs } from 'node:fs';
import { loadProject, type LoadResult } from '../../shared';
import { describeFsError } from './project-io';
import { stampOf } from './disk-stamp';

export type OpenResult = (LoadResult & { ok: true; diskStamp: string }) | (LoadResult & { ok: false });

export async function openProjectFile(path: string): Promise<OpenResult> {
  let bytes: Buffer;
  try {
    const stat = await fs.stat(path);
    if (stat.isDirectory()) throw Object.assign(new Error('directory'), { code: 'EISDIR' });
    bytes = await fs.readFile(path);
  } catch (e) {
    return { ok: false, code: 'not-json', message: `无法读取文件 ${path}：${describeFsError(e)}`, problems: [] };
  }
  const loaded = loadProject(bytes.toString('utf8'));
  return loaded.ok ? { ...loaded, diskStamp: stampOf(bytes) } : loaded;
}
