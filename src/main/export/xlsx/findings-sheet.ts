// The 校验结果 sheet: every finding of the validation the export ran, as the panel shows it —
// rule name and id, severity, whether a warning was acknowledged (and why, by whom), the cells by key
// and by place, and the message with its numbers. A supervisor checks a workbook from here.
import type ExcelJS from 'exceljs';
import { SECTION_BY_ID, describeCell } from '../../../shared/layout';
import { SEVERITY_LABELS, findingTitle, summarize, type Finding } from '../../../shared/validation';
import type { Profile } from '../../../shared/model';
import { writeTable, type SheetColumn } from './sheet-table';
import { rowHeights, type PlacedText } from './sheet-geometry';
import { FIRST_CONTENT_ROW, FONT, markDraftTab, printSetup, protectSheet, writeTitles, type SheetContext } from './sheet-furniture';

export const FINDINGS_SHEET = '校验结果';

export const FINDINGS_COLUMNS: readonly SheetColumn[] = [
  { header: '序号', width: 6 },
  { header: '问题', width: 20 },
  { header: '规则', width: 16 },
  { header: '严重程度', width: 10 },
  { header: '状态', width: 10 },
  { header: '单元格', width: 34 },
  { header: '位置', width: 48 },
  { header: '说明', width: 60 },
  { header: '确认理由', width: 30 },
  { header: '确认人及时间', width: 22 },
];

/** When the report passes every check the sheet says so, rather than being empty. */
export const NO_FINDINGS = '未发现问题：各项校验均已通过。';

function place(f: Finding): string {
  if (f.cells.length > 0) return f.cells.map(describeCell).join('\n');
  return f.section ? SECTION_BY_ID[f.section].heading : '整份报告';
}

function status(f: Finding): string {
  if (f.severity === 'error') return '须改正';
  if (f.severity === 'unverifiable') return '须补填原文未读出的单元格';
  return f.acknowledged ? '已确认' : '待确认';
}

export function findingRows(findings: readonly Finding[]): (string | number)[][] {
  return findings.map((f, i) => [
    i + 1,
    findingTitle(f),
    f.rule,
    SEVERITY_LABELS[f.severity],
    status(f),
    f.cells.join('\n'),
    place(f),
    f.message,
    f.acknowledged?.reason ?? '',
    f.acknowledged ? [f.acknowledged.by, f.acknowledged.at].filter(Boolean).join(' ') : '',
  ]);
}

export function findingsSummary(findings: readonly Finding[]): string {
  const { errors, warnings, acknowledged, unverifiable } = summarize(findings);
  return `错误 ${errors} 处，待确认提示 ${warnings} 处，已确认提示 ${acknowledged} 处${unverifiable ? `，无法判断 ${unverifiable} 处（原文未能读出）` : ''}`;
}

const BORDER: Partial<ExcelJS.Borders> = { top: { style: 'thin' }, left: { style: 'thin' }, bottom: { style: 'thin' }, right: { style: 'thin' } };
const ERROR_FONT: Partial<ExcelJS.Font> = { ...FONT, color: { argb: 'FFC00000' } };

/** What the report was checked against: the national format, and the local profile when there is one. */
export function checkedAgainst(profile: Profile | undefined): string {
  return profile ? `校验依据：国家格式及本地要求“${profile.name}”（版本 ${profile.version}）` : '校验依据：国家格式（未选用本地要求）';
}

export async function addFindingsSheet(wb: ExcelJS.Workbook, findings: readonly Finding[], ctx: SheetContext, profile?: Profile): Promise<ExcelJS.Worksheet> {
  const sheet = wb.addWorksheet(FINDINGS_SHEET);
  const rows = findings.length ? findingRows(findings) : [['', '', '', '', '', '', '', NO_FINDINGS, '', '']];
  const headerRow = FIRST_CONTENT_ROW;
  const last = writeTable(sheet, FINDINGS_COLUMNS, rows, headerRow);
  writeTitles(sheet, `${FINDINGS_SHEET}（${findingsSummary(findings)}；${checkedAgainst(profile)}）`, FINDINGS_COLUMNS.length, ctx);

  const texts: PlacedText[] = [];
  for (let r = headerRow; r <= last; r++) {
    for (let c = 1; c <= FINDINGS_COLUMNS.length; c++) {
      const cell = sheet.getCell(r, c);
      const isError = r > headerRow && findings[r - headerRow - 1]?.severity === 'error';
      cell.style = {
        ...cell.style,
        font: r === headerRow ? { ...FONT, bold: true } : isError && c <= 5 ? ERROR_FONT : FONT,
        alignment: { vertical: 'top', horizontal: r === headerRow || c === 1 || (c >= 3 && c <= 5) ? 'center' : 'left', wrapText: true },
        border: BORDER,
      };
      texts.push({ text: String(cell.value ?? ''), row: r - headerRow, col: c - 1, rowSpan: 1, colSpan: 1 });
    }
  }
  const widths = FINDINGS_COLUMNS.map((c) => c.width);
  rowHeights(texts, last - headerRow + 1, widths, 21).forEach((h, i) => (sheet.getRow(headerRow + i).height = h));
  printSetup(sheet, { landscape: true, repeatRows: [headerRow, headerRow], lastColumn: FINDINGS_COLUMNS.length, lastRow: last }, ctx);
  markDraftTab(sheet, ctx);
  // The list is a record of the check that was run: filter it, but do not edit it.
  await protectSheet(sheet, { autoFilter: true });
  return sheet;
}
