// The last step of every save and export is a rename over the old file. On Windows a scanner
// briefly holding that file makes the rename fail with EPERM/EBUSY; a held-open file keeps failing.
import { describe, expect, it } from 'vitest';
import { describeFsError, renameWithRetry } from '../../src/main/files/project-io';

function failing(codes: string[]) {
  const calls: string[] = [];
  const rename = async (from: string, to: string) => {
    calls.push(`${from}→${to}`);
    const code = codes.shift();
    if (code) throw Object.assign(new Error(code), { code });
  };
  return { rename, calls };
}

describe('renameWithRetry', () => {
  it('rides out a file locked for a moment', async () => {
    const f = failing(['EPERM', 'EBUSY', 'EACCES']);
    await renameWithRetry('a.tmp', 'a', f.rename, [1, 1, 1, 1]);
    expect(f.calls).toHaveLength(4);
  });

  it('gives up after its waits on a file that stays locked, with the lock as the reason', async () => {
    const f = failing(['EBUSY', 'EBUSY', 'EBUSY', 'EBUSY']);
    const err = await renameWithRetry('a.tmp', 'a', f.rename, [1, 1, 1]).catch((e: unknown) => e);
    expect(f.calls).toHaveLength(4);
    expect(describeFsError(err)).toMatch(/正被其他程序占用.*Word/);
  });

  it('does not retry what waiting cannot fix', async () => {
    const f = failing(['ENOSPC']);
    const err = await renameWithRetry('a.tmp', 'a', f.rename, [1, 1]).catch((e: unknown) => e);
    expect(f.calls).toHaveLength(1);
    expect(describeFsError(err)).toBe('磁盘空间不足');
  });
});
