// The report services the handler table uses in the app and in tests alike: shipped
// templates, export and import. Only the platform (dialogs, shell, window) differs.
import { describeCell, isCellKey } from '../../shared';
import { listTemplates, projectFromTemplate } from '../files/templates';
import { importReport } from '../import';
import { FORMATS, exportReport } from '../export/export-report';
import type { ExportWriter, HtmlBuilder, PublishedChecker, ReportImporter, Templates } from './deps';
import { checkPublished } from '../publish/check-published';
import { buildHtml } from '../export/html/build-html';
import { ExportRefusedError } from '../export/export-report';
import { validate } from '../../shared';

export interface ReportServices {
  templates: Templates;
  exportWriter: ExportWriter;
  htmlBuilder: HtmlBuilder;
  publishedChecker: PublishedChecker;
  importer: ReportImporter;
}

export function reportServices(): ReportServices {
  return {
    templates: {
      list: () => listTemplates(),
      instantiate: (name, fill) => projectFromTemplate(name, fill),
    },
    exportWriter: async (project, format, path, { draft }) => {
      if (!Object.hasOwn(FORMATS, format)) throw new Error(`本版本尚不能导出${format === 'xlsx' ? ' Excel 工作簿' : ` .${format} 文件`}。`);
      // exportReport validates, refuses a filing export while errors remain, and writes atomically.
      await exportReport(project, { [format]: path, draft });
    },
    htmlBuilder: async (project, { draft }) => {
      // The same gate as a filing export: validated, refused while errors remain unless a draft.
      const findings = validate(project);
      if (!draft && findings.some((f) => f.severity === 'error')) throw new ExportRefusedError(findings);
      return buildHtml(project, findings, { draft });
    },
    publishedChecker: (project, path) => checkPublished(project, path),
    importer: async (path, options) => {
      const r = await importReport(path, options);
      if (!r.ok) throw new Error(r.message);
      return {
        project: r.project,
        // The log names its place as the source line, or else the cells it is about.
        log: r.log.map((e) => ({ level: e.level, message: e.message, place: e.where ?? placeOfCells(e.cells) })),
      };
    },
  };
}

function placeOfCells(cells: readonly string[] | undefined): string {
  const known = (cells ?? []).filter(isCellKey);
  if (known.length === 0) return '全文';
  return known.length === 1 ? describeCell(known[0]!) : `${describeCell(known[0]!)} 等 ${known.length} 格`;
}
