// Saving a project over a file without losing anybody's work: the file on disk must still be
// the one the clerk opened (same disk stamp), otherwise nothing is written and the caller gets
// a conflict to show. The write itself is atomic and keeps the previous version as .bak.
import { serializeProject, type Project } from '../../shared';
import { writeFileAtomic } from './project-io';
import { readDiskStamp, stampOf } from './disk-stamp';

export type CheckedSave =
  | { status: 'saved'; diskStamp: string; backupPath: string | null }
  | { status: 'conflict'; diskStamp: string | null; reason: 'changed' | 'exists' };

/**
 * `expectedStamp` is what the caller believes is on disk: the stamp from opening or the last
 * save, or null for "no file there yet". A file that has vanished since is simply written again.
 * `ownStamps` are versions this app itself wrote there: finding one of them on disk means nobody
 * else has written since, even when the caller has not yet heard of our latest save (two saves
 * in quick succession). They count only for a caller that expects a file there: one that
 * expects none is never allowed to replace an existing file unasked.
 */
export async function saveProjectChecked(
  path: string,
  project: Project,
  expectedStamp: string | null,
  ownStamps: ReadonlySet<string> = new Set(),
): Promise<CheckedSave> {
  const onDisk = await readDiskStamp(path);
  const ours = expectedStamp !== null && ownStamps.has(onDisk ?? '');
  if (onDisk !== null && onDisk !== expectedStamp && !ours) {
    return { status: 'conflict', diskStamp: onDisk, reason: expectedStamp === null ? 'exists' : 'changed' };
  }
  const text = serializeProject(project);
  await writeFileAtomic(path, text, { backup: onDisk !== null });
  return { status: 'saved', diskStamp: stampOf(text), backupPath: onDisk !== null ? `${path}.bak` : null };
}
