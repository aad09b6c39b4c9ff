// The .xlsx export: 报告信息, 报告正文, 表二, 表三, 表四 and 校验结果, built in memory (the caller writes it
// atomically). Like the .docx, a workbook meant for filing is refused while errors remain; a
// draft is allowed and marked 草稿 on every sheet.
import ExcelJS from 'exceljs';
import { TABLE_SHORT_NAMES, reportTitle, type TableId } from '../../../shared/layout';
import type { Project } from '../../../shared/model';
import { summarize, type Finding } from '../../../shared/validation';
import { approvalStatement } from '../../../shared/review';
import { addCoverSheet } from './cover-sheet';
import { addFindingsSheet } from './findings-sheet';
import { addReportTextSheet } from './report-text-sheet';
import { DRAFT_MARK, type SheetContext } from './sheet-furniture';
import { addTableSheet } from './table-sheet';
import { patchPackage } from './package-patches';

export interface XlsxOptions {
  /** A draft may be exported with errors; every sheet is then marked 草稿. */
  draft?: boolean;
}

export class XlsxRefusedError extends Error {
  constructor(readonly errors: number) {
    super(`报告尚有 ${errors} 处错误，不能导出用于报送的 Excel 工作簿，只能导出草稿`);
    this.name = 'XlsxRefusedError';
  }
}

const TABLE_ORDER: readonly TableId[] = ['t2', 't3', 't4'];

export async function buildXlsx(project: Project, findings: Finding[], options: XlsxOptions = {}): Promise<Buffer> {
  const draft = options.draft ?? false;
  const { errors } = summarize(findings);
  if (errors > 0 && !draft) throw new XlsxRefusedError(errors);
  const { issuer, year } = project.meta;
  const ctx: SheetContext = { draft, errors, subtitle: `发布机关：${issuer}\u3000\u3000报告年度：${year}年` };

  const wb = new ExcelJS.Workbook();
  wb.creator = '年报 Studio';
  wb.title = reportTitle(issuer, year) + (draft ? `（${DRAFT_MARK}）` : '');
  wb.subject = '政府信息公开工作年度报告';
  wb.keywords = draft ? DRAFT_MARK : '';
  // Which version this is: the approval and the SHA-256 of the content (审核通过版本指纹).
  const approval = approvalStatement(project);
  wb.description = approval;

  await addCoverSheet(wb, project, findings, ctx);
  await addReportTextSheet(wb, project, ctx);
  for (const table of TABLE_ORDER) await addTableSheet(wb, table, project.cells, ctx);
  await addFindingsSheet(wb, findings, { ...ctx, subtitle: `${ctx.subtitle}\n${approval}` }, project.profile);
  // Open on 表二, the first table.
  const activeTab = wb.worksheets.findIndex((ws) => ws.name === TABLE_SHORT_NAMES[TABLE_ORDER[0]!]);
  wb.views = [{ x: 0, y: 0, width: 20000, height: 12000, firstSheet: 0, activeTab, visibility: 'visible' }];

  const bytes = Buffer.from(await wb.xlsx.writeBuffer());
  return patchPackage(bytes);
}
