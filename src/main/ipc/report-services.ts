// The report services the handler table uses in the app and in tests alike: shipped
// templates, export and import. Only the platform (dialogs, shell, window) differs.
import { listTemplates, projectFromTemplate } from '../files/templates';
import type { ExportWriter, ReportImporter, Templates } from './deps';

export interface ReportServices {
  templates: Templates;
  exportWriter: ExportWriter;
  importer?: ReportImporter;
}

export function reportServices(): ReportServices {
  return {
    templates: {
      list: () => listTemplates(),
      instantiate: (name, fill) => projectFromTemplate(name, fill),
    },
    exportWriter: async () => {
      throw new Error('导出功能尚未接入本版本。');
    },
  };
}
