// The 报告信息 sheet: which report this workbook is (发布机关, 年度, 机关类型, title), whether it is
// a draft, what the check found, and how the workbook is meant to be used.
import type ExcelJS from 'exceljs';
import { FORMAT_CITATION, TABLE_SHORT_NAMES, reportTitle } from '../../../shared/layout';
import { ISSUER_LEVEL_LABELS, type Project } from '../../../shared/model';
import type { Finding } from '../../../shared/validation';
import { formatDate } from '../../../shared/values/publish-date';
import { FINDINGS_SHEET, findingsSummary } from './findings-sheet';
import { REPORT_TEXT_SHEET } from './report-text-sheet';
import { rowHeights, type PlacedText } from './sheet-geometry';
import { FIRST_CONTENT_ROW, FONT, markDraftTab, printSetup, protectSheet, writeTitles, type SheetContext } from './sheet-furniture';

export const COVER_SHEET = '报告信息';

const TABLES = Object.values(TABLE_SHORT_NAMES).join('、');

/** How to use the workbook, for whoever opens it without the app. */
export const WORKBOOK_GUIDE =
  `${TABLES}按国办公开办函〔2021〕30号格式排列。白色单元格为填报数据，可直接修改；灰色为表头和栏目，` +
  '浅黄色为“总计”，由公式自动计算。工作表已保护（无密码），以免误改表头和公式；' +
  `数据修改后请回到年报 Studio 重新校验，“${FINDINGS_SHEET}”只反映导出时的结果。` +
  `“${REPORT_TEXT_SHEET}”载有基本信息、联系方式、前言和六个部分的正文，将本工作簿导入年报 Studio 时据此读取。`;

export function coverRows(project: Project, findings: readonly Finding[], ctx: SheetContext): [string, string][] {
  const { issuer, year, issuerLevel, publishDate } = project.meta;
  return [
    ['报告标题', reportTitle(issuer, year)],
    ['发布机关', issuer],
    ['报告年度', `${year}年`],
    ['机关类型', ISSUER_LEVEL_LABELS[issuerLevel]],
    ['统计期限', `${year}年1月1日至${year}年12月31日`],
    // As the .docx's 落款 writes it; only a draft can be exported without one (N-PUBDATE).
    ['发布日期', publishDate ? formatDate(publishDate) : '未填写（正式稿须填写，见校验规则 N-PUBDATE）'],
    ['报告格式', FORMAT_CITATION],
    ['稿件性质', ctx.draft ? '草稿，不得作为正式报告报送或公开' : '正式稿'],
    ['校验结果', `${findingsSummary(findings)}（详见“${FINDINGS_SHEET}”）`],
    ['使用说明', WORKBOOK_GUIDE],
  ];
}

const BORDER: Partial<ExcelJS.Borders> = { top: { style: 'thin' }, left: { style: 'thin' }, bottom: { style: 'thin' }, right: { style: 'thin' } };
const WIDTHS = [14, 70];

export async function addCoverSheet(wb: ExcelJS.Workbook, project: Project, findings: readonly Finding[], ctx: SheetContext): Promise<ExcelJS.Worksheet> {
  const sheet = wb.addWorksheet(COVER_SHEET);
  WIDTHS.forEach((w, i) => (sheet.getColumn(i + 1).width = w));
  const rows = coverRows(project, findings, ctx);
  const texts: PlacedText[] = [];
  rows.forEach(([label, value], i) => {
    const r = FIRST_CONTENT_ROW + i;
    const a = sheet.getCell(r, 1);
    const b = sheet.getCell(r, 2);
    a.value = label;
    b.value = value;
    a.style = { font: { ...FONT, bold: true }, alignment: { horizontal: 'center', vertical: 'middle' }, border: BORDER, fill: { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFF2F2F2' } } };
    b.style = { font: { ...FONT }, alignment: { horizontal: 'left', vertical: 'middle', wrapText: true }, border: BORDER };
    texts.push({ text: value, row: i, col: 1, rowSpan: 1, colSpan: 1 });
  });
  rowHeights(texts, rows.length, WIDTHS, 24).forEach((h, i) => (sheet.getRow(FIRST_CONTENT_ROW + i).height = h));
  writeTitles(sheet, reportTitle(project.meta.issuer, project.meta.year), WIDTHS.length, ctx);
  sheet.views = [{ showGridLines: false }];
  printSetup(sheet, { lastColumn: WIDTHS.length, lastRow: FIRST_CONTENT_ROW + rows.length - 1 }, ctx);
  markDraftTab(sheet, ctx);
  await protectSheet(sheet);
  return sheet;
}
