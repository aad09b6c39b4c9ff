// What main does with files dropped onto the window (the preload sends their paths from a
// trusted drop event): the first project file is granted and opened; otherwise the first report
// in a format the importer reads is granted (read only) and imported. Anything else is ignored.
import { extname, isAbsolute } from 'node:path';
import type { MenuCommand } from '../../shared/ipc';
import { isProjectFileName } from '../files/display-name';
import { IMPORT_EXTENSIONS } from '../import';
import type { FileAccess } from '../ipc/file-access';

export function acceptDroppedFiles(access: FileAccess, paths: unknown): MenuCommand | null {
  if (!Array.isArray(paths)) return null;
  const files = paths.filter((p): p is string => typeof p === 'string' && p.length <= 4096 && isAbsolute(p));
  const project = files.find((p) => isProjectFileName(p));
  if (project) return { command: 'open-recent', path: access.grantFile(project, 'read', 'write') };
  const report = files.find((p) => (IMPORT_EXTENSIONS as readonly string[]).includes(extname(p).toLowerCase()));
  if (report) return { command: 'import', path: access.grantFile(report, 'read') };
  return null;
}
