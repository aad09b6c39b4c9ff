// The 报告正文 sheet: what the tables do not hold — 基本信息 (发布机关, 机关类型, 报告年度,
// 发布日期), 联系方式, 前言 and the six sections' text under their official headings — so a
// report sent out as .xlsx comes back through `nianbao import` whole. Laid out to be read and
// printed (one row per paragraph, wrapped, heights computed), and to be read back exactly:
// column A names the block, column B the field or 第N段, column C holds the value as written.
import type ExcelJS from 'exceljs';
import { SECTIONS, TABLE_SHORT_NAMES, reportTitle } from '../../../shared/layout';
import { ISSUER_LEVELS, ISSUER_LEVEL_LABELS, type Meta, type Project } from '../../../shared/model';
import { rowHeights, type PlacedText } from './sheet-geometry';
import { FIRST_CONTENT_ROW, FONT, markDraftTab, printSetup, protectSheet, writeTitles, type SheetContext } from './sheet-furniture';

export const REPORT_TEXT_SHEET = '报告正文';

export const BASIC_BLOCK = '基本信息';
export const CONTACT_BLOCK = '联系方式';
export const PREAMBLE_BLOCK = '前言';

/** 基本信息 rows: the field of Meta and its label. */
export const BASIC_FIELDS = [
  ['issuer', '发布机关'],
  ['issuerLevel', '机关类型'],
  ['year', '报告年度'],
  ['publishDate', '发布日期'],
] as const satisfies readonly (readonly [keyof Meta, string])[];

/** 联系方式 rows, labelled as the app's 基本信息 form labels them. */
export const CONTACT_FIELDS = [
  ['office', '联系机构'],
  ['address', '地址'],
  ['postcode', '邮编'],
  ['phone', '电话'],
  ['email', '电子邮箱'],
] as const satisfies readonly (readonly [keyof Meta['contact'], string])[];

/** Column B of a paragraph row: 第N段, or 续 for the rest of a paragraph too long for one row. */
export const paragraphMark = (n: number) => `第${n}段`;
export const CONTINUED = '（续）';
export const PARAGRAPH_MARK = /^第(\d+)段$/;

/**
 * At most this many characters a row. Excel caps a row at 409 points (about 26 lines, 1,000
 * CJK characters at this width) and prints a row on one page: a longer paragraph goes on in
 * rows marked （续）, cut after a sentence where one ends in the second half of the piece.
 */
export const ROW_CHARS = 500;

/** Column A takes ten characters a line, so every official heading breaks at a phrase (四、政府信息公开行政/复议、行政诉讼情况). */
const COLUMNS = [
  { header: '项目', width: 22 },
  { header: '栏目', width: 10 },
  { header: '内容', width: 78 },
] as const;
const WIDTHS = COLUMNS.map((c) => c.width);
const HEADER_ROW = FIRST_CONTENT_ROW;
const MIN_ROW_HEIGHT = 21;

/** A line of text cut into pieces of at most ROW_CHARS characters (code points, never half a pair). */
export function rowPieces(line: string): string[] {
  const chars = Array.from(line);
  const out: string[] = [];
  let at = 0;
  while (chars.length - at > ROW_CHARS) {
    let end = at + ROW_CHARS;
    for (let i = end; i > at + ROW_CHARS / 2; i--) {
      if ('。！？；'.includes(chars[i - 1]!)) {
        end = i;
        break;
      }
    }
    out.push(chars.slice(at, end).join(''));
    at = end;
  }
  out.push(chars.slice(at).join(''));
  return out;
}

interface TextRow {
  /** Column B: the field's label, 第N段, （续）, or '' for a row that only tells something. */
  readonly mark: string;
  readonly value: string | number;
  /** White and unlocked: a value read back on import. Grey and locked otherwise. */
  readonly input: boolean;
}

/**
 * Text as rows: every line (a paragraph; empty lines too, so the text comes back exactly) is a
 * 第N段 row, long ones continued. Line breaks come back as \n (a cell cannot hold a lone \r).
 */
export function paragraphRows(text: string): TextRow[] {
  if (text === '') return [];
  return text.split(/\r\n|\r|\n/).flatMap((line, i) => rowPieces(line).map((piece, k) => ({ mark: k === 0 ? paragraphMark(i + 1) : CONTINUED, value: piece, input: true })));
}

interface Block {
  readonly label: string;
  readonly rows: readonly TextRow[];
}

const NOT_WRITTEN: TextRow = { mark: '', value: '（未填写）', input: false };

export function reportTextBlocks(project: Project): Block[] {
  const { meta, sections } = project;
  const basic: Record<(typeof BASIC_FIELDS)[number][0], string | number> = {
    issuer: meta.issuer,
    issuerLevel: ISSUER_LEVEL_LABELS[meta.issuerLevel],
    year: meta.year,
    publishDate: meta.publishDate ?? '',
  };
  const text = (t: string) => {
    const rows = paragraphRows(t);
    return rows.length ? rows : [NOT_WRITTEN];
  };
  return [
    { label: BASIC_BLOCK, rows: BASIC_FIELDS.map(([field, label]) => ({ mark: label, value: basic[field], input: true })) },
    { label: CONTACT_BLOCK, rows: CONTACT_FIELDS.map(([field, label]) => ({ mark: label, value: meta.contact[field], input: true })) },
    { label: PREAMBLE_BLOCK, rows: text(meta.preamble) },
    ...SECTIONS.map((s) => {
      const own = paragraphRows(sections[s.id]);
      // A table section points to its sheet; text a clerk wrote under it follows.
      const rows = s.table ? [{ mark: '表格', value: `见工作表“${TABLE_SHORT_NAMES[s.table]}”`, input: false }, ...own] : own.length ? own : [NOT_WRITTEN];
      return { label: s.heading, rows };
    }),
  ];
}

const BORDER: Partial<ExcelJS.Borders> = { top: { style: 'thin' }, left: { style: 'thin' }, bottom: { style: 'thin' }, right: { style: 'thin' } };
const LABEL_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFF2F2F2' } };
const NOTE_FONT: Partial<ExcelJS.Font> = { ...FONT, color: { argb: 'FF7F7F7F' } };

/** The 机关类型 cell offers the four types; the year a whole year. Messages name the cell. */
function validation(field: string): ExcelJS.DataValidation | undefined {
  if (field === '机关类型') {
    const list = ISSUER_LEVELS.map((l) => ISSUER_LEVEL_LABELS[l]).join(',');
    return { type: 'list', allowBlank: false, formulae: [`"${list}"`], showErrorMessage: true, errorTitle: '机关类型不正确', error: `${BASIC_BLOCK}·机关类型：请选择 ${list.replace(/,/g, '、')} 之一。` };
  }
  if (field === '报告年度') {
    return { type: 'whole', operator: 'between', allowBlank: false, formulae: [2008, 2200], showErrorMessage: true, errorTitle: '报告年度不正确', error: `${BASIC_BLOCK}·报告年度：请填写 2008 至 2200 之间的年份，例如 2024。` };
  }
  return undefined;
}

export async function addReportTextSheet(wb: ExcelJS.Workbook, project: Project, ctx: SheetContext): Promise<ExcelJS.Worksheet> {
  const sheet = wb.addWorksheet(REPORT_TEXT_SHEET);
  WIDTHS.forEach((w, i) => (sheet.getColumn(i + 1).width = w));
  const header = sheet.getRow(HEADER_ROW);
  COLUMNS.forEach((c, i) => {
    const cell = header.getCell(i + 1);
    cell.value = c.header;
    cell.style = { font: { ...FONT, bold: true }, alignment: { horizontal: 'center', vertical: 'middle' }, border: BORDER, fill: LABEL_FILL };
  });

  const texts: PlacedText[] = [];
  let r = HEADER_ROW + 1;
  for (const block of reportTextBlocks(project)) {
    const first = r;
    for (const row of block.rows) {
      const a = sheet.getCell(r, 1);
      const b = sheet.getCell(r, 2);
      const c = sheet.getCell(r, 3);
      a.style = { font: { ...FONT, bold: true }, alignment: { horizontal: 'center', vertical: 'middle', wrapText: true }, border: BORDER, fill: LABEL_FILL };
      b.value = row.mark;
      b.style = { font: { ...FONT }, alignment: { horizontal: 'center', vertical: 'top', wrapText: true }, border: BORDER, fill: LABEL_FILL };
      c.value = row.value;
      c.style = {
        font: row.input ? { ...FONT } : NOTE_FONT,
        alignment: { horizontal: 'left', vertical: 'top', wrapText: true },
        border: BORDER,
        protection: { locked: !row.input },
        ...(row.input ? {} : { fill: LABEL_FILL }),
        ...(row.mark === '报告年度' ? { numFmt: '0"年"' } : {}),
      };
      const rule = validation(row.mark);
      if (rule) c.dataValidation = rule;
      texts.push({ text: row.mark, row: r - HEADER_ROW, col: 1, rowSpan: 1, colSpan: 1 });
      texts.push({ text: String(row.value), row: r - HEADER_ROW, col: 2, rowSpan: 1, colSpan: 1 });
      r++;
    }
    sheet.getCell(first, 1).value = block.label;
    if (r - 1 > first) sheet.mergeCells(first, 1, r - 1, 1);
    texts.push({ text: block.label, row: first - HEADER_ROW, col: 0, rowSpan: r - first, colSpan: 1 });
  }
  const last = r - 1;
  // Heights as for a slightly narrower text column: LibreOffice wraps a line with digits and
  // punctuation a character or two earlier than the estimate, and a clipped last line is lost.
  const forHeights = WIDTHS.map((w, i) => (i === 2 ? w - 2 : w));
  rowHeights(texts, last - HEADER_ROW + 1, forHeights, MIN_ROW_HEIGHT).forEach((h, i) => (sheet.getRow(HEADER_ROW + i).height = h));

  writeTitles(sheet, reportTitle(project.meta.issuer, project.meta.year), COLUMNS.length, ctx);
  sheet.views = [{ state: 'frozen', ySplit: HEADER_ROW, showGridLines: false }];
  printSetup(sheet, { repeatRows: [HEADER_ROW, HEADER_ROW], lastColumn: COLUMNS.length, lastRow: last }, ctx);
  markDraftTab(sheet, ctx);
  await protectSheet(sheet);
  return sheet;
}
