// 发布核对 for the command line and the app: read the published copy (a saved web page, copied
// text, a .docx) with the importer and compare it with the approved project.
import { projectFromLines } from '../../shared/import';
import type { Project } from '../../shared/model';
import { comparePublished, publishedStatus, type PublishedDifference } from '../../shared/publish/compare';
import { readReportLines, type ImportInput } from '../import/import-report';

export type PublishedCheck =
  | { ok: true; source: string; differences: PublishedDifference[]; status: 0 | 1 | 2 }
  | { ok: false; message: string };

export async function checkPublished(project: Project, published: ImportInput): Promise<PublishedCheck> {
  const read = await readReportLines(published);
  if (!read.ok) return { ok: false, message: read.message };
  const result = projectFromLines(read.lines, { format: read.format, fallbackYear: project.meta.year, sourceName: read.name });
  if (!result.ok) return { ok: false, message: result.message };
  const differences = comparePublished(project, { lines: read.lines, project: result.project, hasTables: read.format === 'html' || read.format === 'docx', reflowed: read.format === 'pdf' });
  return { ok: true, source: read.name, differences, status: publishedStatus(differences) };
}
