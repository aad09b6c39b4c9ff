// Reading one unit's report for a roll-up or an audit, whatever its format: a project file,
// or a published report (.docx, .xlsx, text or HTML) through the importer. Never throws: a
// file that cannot be read gives the Chinese reason, and the batch carries on.
import { extname } from 'node:path';
import type { Finding, Project } from '../../shared';
import { isProjectFileName } from '../files/display-name';
import { readProjectFile } from '../files/project-io';
import { readInput, type FileReader } from '../files/read-input';
import { IMPORT_EXTENSIONS, importReport } from '../import';

export { IMPORT_EXTENSIONS };

export type UnitRead =
  | { ok: true; project: Project; /** What the importer could not read or doubted, in Chinese (empty for project files). */ notes: string[]; /** Import findings (N-TABLE-SHAPE). */ findings?: Finding[] }
  | { ok: false; reason: string };

/** At most this many import warnings are quoted in a unit's row; the count says the rest. */
const QUOTE_AT_MOST = 3;

/** `read` reads the file's bytes (readInput; a worker thread passes a blocking reader). */
export async function readUnit(path: string, options: { fallbackYear?: number } = {}, read: FileReader = readInput): Promise<UnitRead> {
  const ext = extname(path).toLowerCase();
  if (isProjectFileName(path)) {
    const r = await readProjectFile(path, read);
    return r.ok ? { ok: true, project: r.project, notes: [] } : { ok: false, reason: r.message };
  }
  if ((IMPORT_EXTENSIONS as readonly string[]).includes(ext)) {
    try {
      const r = await importReport(path, { ...options, read });
      if (!r.ok) return { ok: false, reason: r.message };
      const warnings = r.log.filter((e) => e.level !== 'info');
      if (!warnings.length) return { ok: true, project: r.project, notes: [], findings: r.findings };
      const quoted = warnings.slice(0, QUOTE_AT_MOST).map((e) => `${e.where ? `${e.where}：` : ''}${e.message}`);
      const more = warnings.length > QUOTE_AT_MOST ? ` 等` : '';
      return { ok: true, project: r.project, notes: [`导入时有 ${warnings.length} 处未能识别或需核对：${quoted.join('；')}${more}`], findings: r.findings };
    } catch (e) {
      // The importer promises not to throw; if it does, this unit is still only one row.
      return { ok: false, reason: `导入失败：${e instanceof Error ? e.message : String(e)}` };
    }
  }
  return { ok: false, reason: `不支持 ${ext} 格式：请另存为 .docx 或 .xlsx，或提供年报 Studio 项目文件（.nianbao）` };
}
