// One worksheet per statutory table (表二, 表三, 表四), laid out from the shared grid
// (GRIDS + slots()): every merge and label comes from src/shared/layout, never typed here.
// Input cells are unlocked and validated; every 总计 is a SUM formula stored with its result,
// so the workbook recalculates when someone edits a figure, yet shows the totals in preview
// and protected views (exceljs never calculates).
import type ExcelJS from 'exceljs';
import { GRIDS, T3_LABEL_COLUMNS, TABLE_NAMES, TABLE_SHORT_NAMES, cellDef, slots, type GridCell, type TableId } from '../../../shared/layout';
import type { Cells } from '../../../shared/model';
import { deriveTotals } from '../../../shared/validation';
import { formatCellValue, numericValue } from '../../../shared/values/cell-value';
import { exportedValue } from '../exported-value';
import { numberFormat, validationFor } from './input-cells';
import { columnWidths, rowHeights, type PlacedText } from './sheet-geometry';
import { FIRST_CONTENT_ROW, FONT, columnLetter, markDraftTab, printSetup, protectSheet, writeTitles, type SheetContext } from './sheet-furniture';

/**
 * Column widths in Excel units (one CJK character ≈ 2; with 宋体 as the Normal font exactly 2), as
 * [min, cap] per column: text wider than the cap wraps. 表三's row labels get a wide third
 * column (its longest label takes two lines), 三、本年度办理结果 five characters a line
 * (三、本年度/办理结果), （三）不予公开 one line; its numeric columns hold four characters a
 * line (社会公益/组织, 法律服务/机构). 表四's 15 columns fit a landscape page.
 */
const COLUMN_RULES: Readonly<Record<TableId, { min: number[]; cap: number[] }>> = {
  t2: { min: [12, 12, 12, 12], cap: [18, 16, 16, 16] },
  t3: { min: [8, 8, 8, 9, 9, 9, 9, 9, 9, 9], cap: [11, 16, 40, 9, 9, 9, 9, 9, 9, 9] },
  t4: { min: Array<number>(15).fill(8), cap: Array<number>(15).fill(10) },
};
const MIN_ROW_HEIGHT = 21;

const BORDER: Partial<ExcelJS.Borders> = {
  top: { style: 'thin' },
  left: { style: 'thin' },
  bottom: { style: 'thin' },
  right: { style: 'thin' },
};
/** Headings and labels are shaded lightly, computed totals a little differently: what is white is what you type. */
const LABEL_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFF2F2F2' } };
const TOTAL_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFFF7E0' } };

/** Where a grid position lands on the sheet (1-based row and column). */
export function sheetRow(gridRow: number): number {
  return FIRST_CONTENT_ROW + gridRow;
}
export function sheetCol(gridCol: number): number {
  return 1 + gridCol;
}
export function cellAddress(gridRow: number, gridCol: number): string {
  return `${columnLetter(sheetCol(gridCol))}${sheetRow(gridRow)}`;
}

/** The sheet address of every value cell of the table, by cell key. */
export function valueAddresses(table: TableId): Map<string, string> {
  const out = new Map<string, string>();
  for (const row of GRIDS[table].rows) for (const c of row) if (c.type === 'value') out.set(c.key, cellAddress(c.row, c.col));
  return out;
}

/** SUM over a contiguous run of cells as a range (D5:I5), otherwise as a list. */
export function sumFormula(addresses: readonly string[]): string {
  const parsed = addresses.map((a) => {
    const m = /^([A-Z]+)(\d+)$/.exec(a)!;
    return { col: m[1]!, row: Number(m[2]) };
  });
  const first = parsed[0]!;
  const colNumber = (l: string) => [...l].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
  const sameRow = parsed.every((p, i) => p.row === first.row && colNumber(p.col) === colNumber(first.col) + i);
  const sameCol = parsed.every((p, i) => p.col === first.col && p.row === first.row + i);
  if (addresses.length > 1 && (sameRow || sameCol)) return `SUM(${addresses[0]}:${addresses[addresses.length - 1]})`;
  return `SUM(${addresses.join(',')})`;
}

function labelStyle(table: TableId, cell: Extract<GridCell, { type: 'label' }>): Partial<ExcelJS.Style> {
  // 表三's own row labels are sentences: left-aligned like published reports; every heading,
  // group label and number is centred.
  const left = table === 't3' && cell.role === 'rowLabel' && cell.rowSpan === 1;
  return {
    font: { ...FONT },
    alignment: { horizontal: left ? 'left' : 'center', vertical: 'middle', wrapText: true },
    border: BORDER,
    fill: LABEL_FILL,
    protection: { locked: true },
  };
}

export async function addTableSheet(wb: ExcelJS.Workbook, table: TableId, cells: Cells, ctx: SheetContext): Promise<ExcelJS.Worksheet> {
  const grid = GRIDS[table];
  const sheet = wb.addWorksheet(TABLE_SHORT_NAMES[table]);
  const derived = deriveTotals(cells);
  const addresses = valueAddresses(table);
  const texts: PlacedText[] = [];

  // What each value cell shows: an input as written, a 总计 as its formula computes it.
  const written = new Map<string, number | string>();
  for (const row of grid.rows) {
    for (const c of row) {
      if (c.type !== 'value') continue;
      written.set(c.key, cellDef(c.key)!.sumOf ? numericValue(derived[c.key]) : exportedValue(c.key, cells[c.key], ctx.draft));
    }
  }

  for (const row of grid.rows) {
    for (const c of row) {
      texts.push({ text: c.type === 'label' ? c.text : String(written.get(c.key)), row: c.row, col: c.col, rowSpan: c.rowSpan, colSpan: c.colSpan });
      if (c.rowSpan > 1 || c.colSpan > 1) {
        sheet.mergeCells(sheetRow(c.row), sheetCol(c.col), sheetRow(c.row + c.rowSpan - 1), sheetCol(c.col + c.colSpan - 1));
      }
    }
  }

  // Style every position, not only the top-left of a merge: Excel and LibreOffice draw a merged
  // range's outer border from its edge cells, and exceljs shares one style object across a merge.
  slots(grid).forEach((rowSlots, r) => {
    rowSlots.forEach((slot, c) => {
      const xl = sheet.getCell(sheetRow(r), sheetCol(c));
      const cell = slot.cell;
      if (cell.type === 'label') {
        xl.style = labelStyle(table, cell);
        if (slot.kind === 'start') xl.value = cell.text;
        return;
      }
      const def = cellDef(cell.key)!;
      const locked = Boolean(def.sumOf);
      const value = written.get(def.key)!;
      xl.style = {
        font: { ...FONT },
        alignment: { horizontal: 'center', vertical: 'middle' },
        border: BORDER,
        numFmt: numberFormat(def, value),
        protection: { locked },
        ...(locked ? { fill: TOTAL_FILL } : {}),
      };
      if (slot.kind !== 'start') return;
      if (def.sumOf) {
        // The result is what the formula computes from the parts as written (blank → 0,
        // "/" and text → not summed), i.e. the derived total, never a stored total that
        // disagrees with its parts: that disagreement is listed in 校验结果 and noted here.
        const result = value as number;
        xl.value = { formula: sumFormula(def.sumOf.map((k) => addresses.get(k)!)), result };
        const stored = cells[def.key];
        if (stored !== null && stored !== undefined && !(typeof stored === 'number' && stored === result)) {
          xl.note = `报告中填写的总计为“${formatCellValue(stored)}”，与各项之和 ${result} 不符；此处按公式计算。详见“校验结果”。`;
        }
      } else {
        xl.value = value;
        xl.dataValidation = validationFor(def, addresses.get(def.key)!, value);
      }
    });
  });

  const rule = COLUMN_RULES[table];
  const widths = columnWidths(texts, grid.columns, rule.min, rule.cap);
  widths.forEach((w, i) => (sheet.getColumn(sheetCol(i)).width = w));
  rowHeights(texts, grid.rows.length, widths, MIN_ROW_HEIGHT).forEach((h, r) => (sheet.getRow(sheetRow(r)).height = h));

  writeTitles(sheet, TABLE_NAMES[table], grid.columns, ctx);
  const lastRow = sheetRow(grid.rows.length - 1);
  const headerEnd = sheetRow(grid.headerRows - 1);
  // Table 三's header and label columns stay in view while scrolling; the others keep their titles.
  sheet.views = [
    {
      state: 'frozen',
      ySplit: grid.headerRows > 0 ? headerEnd : FIRST_CONTENT_ROW - 1,
      xSplit: table === 't3' ? T3_LABEL_COLUMNS : 0,
      showGridLines: false,
    },
  ];
  printSetup(
    sheet,
    {
      landscape: table === 't4',
      lastColumn: sheetCol(grid.columns - 1),
      lastRow,
      ...(grid.headerRows > 0 ? { repeatRows: [sheetRow(0), headerEnd] as const } : {}),
    },
    ctx,
  );
  markDraftTab(sheet, ctx);
  await protectSheet(sheet);
  return sheet;
}
