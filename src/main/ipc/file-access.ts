// File access by capability. The renderer is the part of the app most exposed to hostile input
// (it renders imported text), so main never takes its word for which file to touch: it acts
// only on files and folders the user chose in main's own dialogs, passed on the command line
// or to a second instance, dropped onto the window, listed in main's recent-files list, or
// kept in main's own recovery store. Everything else is refused with one Chinese sentence,
// before anything is read or written. A grant is for the exact path (after resolving `..`);
// a folder grant covers the folder itself (batch runs), and the scan there never follows a
// symlink leading out of it.
import { resolve } from 'node:path';

export type AccessMode = 'read' | 'write';

/** Case does not make another file on Windows (and on macOS by default); ignore it there. */
const keyOf = (path: string) => {
  const abs = resolve(path);
  return process.platform === 'win32' || process.platform === 'darwin' ? abs.toLowerCase() : abs;
};

export const samePath = (a: string, b: string) => keyOf(a) === keyOf(b);

export class FileAccess {
  private readonly files = new Map<string, Set<AccessMode>>();
  private readonly folders = new Set<string>();

  /** The user chose this file (dialog, command line, drop …): main may read or write it as said. */
  grantFile(path: string, ...modes: AccessMode[]): string {
    const key = keyOf(path);
    const set = this.files.get(key) ?? new Set<AccessMode>();
    for (const m of modes.length ? modes : (['read'] as AccessMode[])) set.add(m);
    this.files.set(key, set);
    return resolve(path);
  }

  /** The user chose this folder (汇总 / 批量审核). */
  grantFolder(path: string): string {
    this.folders.add(keyOf(path));
    return resolve(path);
  }

  may(path: string, mode: AccessMode): boolean {
    return this.files.get(keyOf(path))?.has(mode) ?? false;
  }

  /** Granted in any way (to show it in its folder, or to offer it as a dialog's starting point). */
  known(path: string): boolean {
    return this.files.has(keyOf(path)) || this.folders.has(keyOf(path));
  }

  mayUseFolder(path: string): boolean {
    return this.folders.has(keyOf(path));
  }
}

/** What a channel answers for a path it was never given. Names the path the page sent, nothing of the file. */
export function notGranted(path: string, what: string): string {
  return `已拒绝：${what}“${path.length > 200 ? `${path.slice(0, 200)}…` : path}”不是您在本程序中选择或打开过的文件。请通过“打开”“导入”或相应的对话框选择文件。`;
}
