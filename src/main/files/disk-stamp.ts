// A file's "disk stamp": what it held when we read or wrote it. A content hash rather than
// mtime: copying a folder, a sync client or an antivirus scan touches mtimes without changing
// the report, and we only want to stop a save when the content really changed underneath us.
import { createHash } from 'node:crypto';
import { promises as fs } from 'node:fs';
import { basename } from 'node:path';
import { InputError } from './read-input';

export function stampOf(data: string | Uint8Array): string {
  return `sha256:${createHash('sha256').update(data).digest('hex')}`;
}

/** The stamp of the file as it is on disk now, or null when there is no file. */
export async function readDiskStamp(path: string): Promise<string | null> {
  const stat = await fs.stat(path).catch((e: NodeJS.ErrnoException) => {
    if (e.code === 'ENOENT') return null;
    throw e;
  });
  if (!stat) return null;
  // A save target that is a FIFO or a device would block or never end: it is no place for a report.
  if (!stat.isFile()) throw new InputError('not-file', `“${basename(path)}”不是普通文件，不能保存到这里`);
  try {
    return stampOf(await fs.readFile(path));
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw e;
  }
}
