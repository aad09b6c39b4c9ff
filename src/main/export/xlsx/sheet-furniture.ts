// What every sheet of the exported workbook shares: the font, the title lines above the table,
// print setup (A4, fit to the page width, page numbers), the 草稿 marking, and protection.
import type ExcelJS from 'exceljs';
import { DRAFT_MARK, DRAFT_TITLE_SUFFIX, draftNotice } from '../docx/page-furniture';
import { heightForLines, lineCount } from './sheet-geometry';

/** 宋体 is what Chinese Excel and WPS use for forms; LibreOffice substitutes a Song face. */
export const FONT_NAME = '宋体';
export const FONT_SIZE = 11;
const TITLE_SIZE = 14;

export const FONT: Partial<ExcelJS.Font> = { name: FONT_NAME, size: FONT_SIZE };
const DRAFT_COLOUR = 'FFC00000';

/** Row 1 holds the sheet's title, row 2 who and which year (and the 草稿 notice); content starts at row 3. */
export const TITLE_ROW = 1;
export const SUBTITLE_ROW = 2;
export const FIRST_CONTENT_ROW = 3;

export interface SheetContext {
  readonly draft: boolean;
  /** Errors still in the report (for the draft notice). */
  readonly errors: number;
  /** e.g. 发布机关：临沂市行政审批服务局  报告年度：2024年 */
  readonly subtitle: string;
}

export function titleText(title: string, ctx: SheetContext): string {
  return ctx.draft ? `${title}${DRAFT_TITLE_SUFFIX}` : title;
}

/**
 * Writes the title (row 1) and the subtitle (row 2), each merged across `width` columns, rows as
 * tall as their text needs at the columns' widths — so call it once the widths are set.
 */
export function writeTitles(sheet: ExcelJS.Worksheet, title: string, width: number, ctx: SheetContext): void {
  let units = 0;
  for (let c = 1; c <= width; c++) units += sheet.getColumn(c).width ?? 9;
  const titleCell = sheet.getCell(TITLE_ROW, 1);
  titleCell.value = titleText(title, ctx);
  titleCell.style = {
    font: { name: FONT_NAME, size: TITLE_SIZE, bold: true },
    alignment: { horizontal: 'center', vertical: 'middle', wrapText: true },
  };
  sheet.getRow(TITLE_ROW).height = lineCount(String(titleCell.value), units * (FONT_SIZE / TITLE_SIZE)) * 20 + 10;
  const sub = sheet.getCell(SUBTITLE_ROW, 1);
  sub.value = ctx.draft ? `${ctx.subtitle}\u3000\u3000${draftNotice(ctx.errors)}` : ctx.subtitle;
  sub.style = {
    font: { ...FONT, ...(ctx.draft ? { color: { argb: DRAFT_COLOUR }, bold: true } : {}) },
    alignment: { horizontal: 'left', vertical: 'middle', wrapText: true },
  };
  sheet.getRow(SUBTITLE_ROW).height = Math.max(22, heightForLines(lineCount(String(sub.value), units)));
  if (width > 1) {
    sheet.mergeCells(TITLE_ROW, 1, TITLE_ROW, width);
    sheet.mergeCells(SUBTITLE_ROW, 1, SUBTITLE_ROW, width);
  }
}

const CM = 1 / 2.54;

/**
 * A4, one page wide (as many pages tall as needed), centred, header rows repeated on every
 * page, page numbers in the footer and — on a draft — 草稿 in red in the header of every page.
 */
export function printSetup(
  sheet: ExcelJS.Worksheet,
  opts: { landscape?: boolean; repeatRows?: readonly [number, number]; lastColumn: number; lastRow: number },
  ctx: SheetContext,
): void {
  sheet.pageSetup = {
    paperSize: 9, // A4
    orientation: opts.landscape ? 'landscape' : 'portrait',
    fitToPage: true,
    fitToWidth: 1,
    fitToHeight: 0,
    horizontalCentered: true,
    margins: { top: 2 * CM, bottom: 2 * CM, left: 1.5 * CM, right: 1.5 * CM, header: 0.8 * CM, footer: 0.8 * CM },
    printArea: `A1:${columnLetter(opts.lastColumn)}${opts.lastRow}`,
    ...(opts.repeatRows ? { printTitlesRow: `${opts.repeatRows[0]}:${opts.repeatRows[1]}` } : {}),
  };
  const footer = '&C第 &P 页，共 &N 页';
  const header = ctx.draft ? `&C&"${FONT_NAME},Bold"&14&K${DRAFT_COLOUR.slice(2)}${draftNotice(ctx.errors)}` : '';
  sheet.headerFooter = { oddHeader: header, oddFooter: footer };
}

/** Draft sheets also get a red tab, so a draft is recognisable before a sheet is even opened. */
export function markDraftTab(sheet: ExcelJS.Worksheet, ctx: SheetContext): void {
  if (ctx.draft) sheet.properties.tabColor = { argb: DRAFT_COLOUR };
}

export { DRAFT_MARK };

/**
 * Sheet protection without a password: it keeps labels and formulas from being overwritten by
 * accident, while the unlocked input cells stay editable; anyone who really means to change the
 * layout can lift it (审阅 › 撤销工作表保护) — the 校验结果 of a re-import would then show it.
 * Selecting, resizing and filtering stay allowed so checking the figures is not hindered.
 */
export async function protectSheet(sheet: ExcelJS.Worksheet, opts: { autoFilter?: boolean } = {}): Promise<void> {
  await sheet.protect('', {
    selectLockedCells: true,
    selectUnlockedCells: true,
    formatColumns: true,
    formatRows: true,
    autoFilter: opts.autoFilter ?? false,
    sort: false,
  });
}

export function columnLetter(n: number): string {
  let s = '';
  for (let x = n; x > 0; x = Math.floor((x - 1) / 26)) s = String.fromCharCode(65 + ((x - 1) % 26)) + s;
  return s;
}
