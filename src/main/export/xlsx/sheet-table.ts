// A worksheet laid out as one table a disclosure office can sort and filter in Excel:
// bold frozen header, autofilter, sensible widths, statuses coloured.
import type ExcelJS from 'exceljs';
import type { UnitStatus } from '../../../shared';

export interface SheetColumn {
  header: string;
  width: number;
  /** Long text (说明): wrapped, top-aligned, header included, so rows grow instead of spilling. */
  wrap?: boolean;
}

export type CellOut = string | number | null;

/** Writes `columns` as a header row at `headerRow` and `rows` under it; returns the last row number. */
export function writeTable(sheet: ExcelJS.Worksheet, columns: readonly SheetColumn[], rows: readonly CellOut[][], headerRow = 1): number {
  columns.forEach((c, i) => {
    sheet.getColumn(i + 1).width = c.width;
  });
  const header = sheet.getRow(headerRow);
  header.values = columns.map((c) => c.header);
  header.font = { bold: true };
  header.alignment = { vertical: 'middle', horizontal: 'center', wrapText: true };
  header.eachCell((cell) => {
    cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE7ECF3' } };
    cell.border = { bottom: { style: 'thin' } };
  });
  for (let i = 0; i < rows.length; i++) sheet.getRow(headerRow + 1 + i).values = rows[i]!;
  sheet.views = [{ state: 'frozen', ySplit: headerRow }];
  sheet.autoFilter = { from: { row: headerRow, column: 1 }, to: { row: headerRow + Math.max(rows.length, 1), column: columns.length } };
  columns.forEach((c, i) => {
    if (c.wrap) sheet.getColumn(i + 1).alignment = { wrapText: true, vertical: 'top' };
  });
  return headerRow + rows.length;
}

/** A sheet's title (row 1, bold), a line under it (row 2), and the table from row 3: the batch workbooks' layout. */
export function writeTitledTable(
  sheet: ExcelJS.Worksheet,
  heading: { title: string; subtitle: string },
  columns: readonly SheetColumn[],
  rows: readonly CellOut[][],
): number {
  writeTitle(sheet, 1, heading.title, columns.length);
  writeTitle(sheet, 2, heading.subtitle, columns.length, false);
  return writeTable(sheet, columns, rows, 3);
}

const STATUS_FILL: Readonly<Record<UnitStatus, string>> = {
  clean: 'FFD9F2D9',
  warnings: 'FFFFF2CC',
  errors: 'FFF8D0D0',
  wrongYear: 'FFF8D0D0',
  duplicate: 'FFFFF2CC',
  unreadable: 'FFE0E0E0',
  missing: 'FFE0E0E0',
};

/** Colours the status column so problems stand out when the office scrolls. */
export function colourStatuses(sheet: ExcelJS.Worksheet, column: number, firstRow: number, statuses: readonly UnitStatus[]): void {
  statuses.forEach((s, i) => {
    sheet.getCell(firstRow + i, column).fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: STATUS_FILL[s] } };
  });
}

/** A title line above a table (merged across its width). */
export function writeTitle(sheet: ExcelJS.Worksheet, row: number, text: string, width: number, bold = true): void {
  const cell = sheet.getCell(row, 1);
  cell.value = text;
  cell.font = { bold, size: bold ? 13 : 11 };
  if (width > 1) sheet.mergeCells(row, 1, row, width);
}

const STYLE_PARTS = ['numFmt', 'font', 'alignment', 'border', 'fill', 'protection'] as const;

/**
 * Gives cells whose styles are made of the same parts (the same objects: a column's alignment,
 * a status colour) one shared style object. exceljs builds a style's XML for every cell to find
 * its number unless it has met that very object before, which for a sheet of thousands of rows
 * costs more than writing their values. Call it last, once nothing styles a single cell any more
 * (a shared style set on one cell would change them all).
 */
export function shareStyles(wb: ExcelJS.Workbook): void {
  const ids = new Map<unknown, number>();
  const idOf = (part: unknown) => {
    if (part === undefined) return 0;
    let id = ids.get(part);
    if (id === undefined) ids.set(part, (id = ids.size + 1));
    return id;
  };
  const shared = new Map<string, Partial<ExcelJS.Style>>();
  wb.eachSheet((sheet) => {
    sheet.eachRow({ includeEmpty: false }, (row) => {
      row.eachCell({ includeEmpty: true }, (cell) => {
        const style = cell.style as Record<string, unknown>;
        let key = '';
        for (const k in style) if (!(STYLE_PARTS as readonly string[]).includes(k)) return;
        for (const k of STYLE_PARTS) key += `${idOf(style[k])},`;
        const same = shared.get(key);
        if (same) cell.style = same;
        else shared.set(key, style);
      });
    });
  });
}
