// Reading one unit's report for a roll-up or an audit, whatever its format. Never throws:
// a file that cannot be read gives the Chinese reason, and the batch carries on.
import { extname } from 'node:path';
import type { Project } from '../../shared';
import { readProjectFile } from '../files/project-io';

/** Published-report formats the importer reads (.docx, .xlsx, text and HTML copies of web pages). */
export const IMPORT_EXTENSIONS = ['.docx', '.xlsx', '.txt', '.html', '.htm'] as const;

export type UnitRead =
  | { ok: true; project: Project; /** What the importer could not read, in Chinese (empty for project files). */ notes: string[] }
  | { ok: false; reason: string };

export async function readUnit(path: string): Promise<UnitRead> {
  const ext = extname(path).toLowerCase();
  if (ext === '.json') {
    const r = await readProjectFile(path);
    return r.ok ? { ok: true, project: r.project, notes: [] } : { ok: false, reason: r.message };
  }
  if ((IMPORT_EXTENSIONS as readonly string[]).includes(ext)) {
    return { ok: false, reason: `暂不能读取 ${ext} 格式的报告：导入功能尚未提供，目前只能汇总和审核年报 Studio 项目文件（.nianbao.json）` };
  }
  return { ok: false, reason: `不支持 ${ext} 格式：请另存为 .docx 或 .xlsx，或提供年报 Studio 项目文件（.nianbao.json）` };
}
