// Tables 二, 三 and 四 as Word tables, laid out from the one grid definition in
// src/shared/layout (GRIDS + slots()): a merge is never described twice. Horizontal merges are
// w:gridSpan; vertical merges are written explicitly as a "restart" cell followed by
// "continue" cells of the same span in each covered row, which is how Word and WPS store them.
import {
  AlignmentType,
  HeightRule,
  Paragraph,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  VerticalAlignTable,
  VerticalMergeType,
  WidthType,
} from 'docx';
import { GRIDS, slots, type GridCell, type TableGrid, type TableId } from '../../../shared/layout';
import type { Cells } from '../../../shared/model';
import { exportedValue } from '../exported-value';
import { fittedSize } from '../value-fit';
import { FONTS, SIZE, TEXT_WIDTH, mm } from './typesetting';

/**
 * Per-table type size and relative column widths. Table 四 has 15 numeric columns: at 小五 with
 * narrow cell margins each column holds two characters a line, so its four-character headings
 * wrap as 结果/维持 — as in published reports — and the table stays on a portrait page, which
 * keeps the page number where every other page has it (a landscape page would need its own
 * footer placement under GB9704 §8).
 * Table 三's label columns are sized in twips (五号 = 210 a character, 114 of cell margins) so
 * that no label leaves one character alone on its last line, as the official template breaks
 * them: column 1 holds three characters a line (三、本/年度办/理结果), column 2 four (（三）不/
 * 予公开), column 3 thirteen (its longest labels take three even lines). 自然人 keeps three
 * characters; the organisation columns wrap their headings in two-character lines and still
 * hold a four-digit count. The render test checks the LibreOffice layout for lone characters.
 */
const ROW_MIN_HEIGHT = mm(6);
const TABLE_STYLE: Readonly<Record<TableId, { size: number; cellMarginX: number; weights?: readonly number[] }>> = {
  t2: { size: SIZE.wu, cellMarginX: 85 },
  t3: { size: SIZE.wu, cellMarginX: 57, weights: [820, 1010, 2855, 760, 560, 560, 560, 560, 560, 600] },
  t4: { size: SIZE.xiaowu, cellMarginX: 57 },
};

/** Column widths in twips, summing exactly to the type area's width. */
export function columnWidths(grid: TableGrid, weights: readonly number[] = grid.columnWeights): number[] {
  const total = weights.reduce((a, b) => a + b, 0);
  const widths = weights.map((w) => Math.floor((w / total) * TEXT_WIDTH));
  // Spread the rounding remainder one twip at a time, so equal columns stay equal to a twip.
  const remainder = TEXT_WIDTH - widths.reduce((a, b) => a + b, 0);
  for (let i = 0; i < remainder; i++) widths[i % widths.length]! += 1;
  return widths;
}

/** A table's column widths as printed in the .docx, in twips: the web page uses the same proportions. */
export function tableColumnWidths(table: TableId): number[] {
  return columnWidths(GRIDS[table], TABLE_STYLE[table].weights);
}

function alignmentOf(grid: TableGrid, cell: GridCell): (typeof AlignmentType)[keyof typeof AlignmentType] {
  // Table 三's own row labels are long sentences: left-aligned like published reports; every
  // heading, group label and number is centred.
  if (cell.type === 'label' && cell.role === 'rowLabel' && grid.table === 't3' && cell.rowSpan === 1) return AlignmentType.LEFT;
  return AlignmentType.CENTER;
}

function cellParagraph(text: string, size: number, alignment: (typeof AlignmentType)[keyof typeof AlignmentType]): Paragraph {
  return new Paragraph({
    alignment,
    // Single spacing inside tables: the body's exact 22-lines pitch would make every row 29 pt tall.
    spacing: { line: 240, before: 0, after: 0 },
    indent: { firstLine: 0 },
    children: text ? [new TextRun({ text, size, font: FONTS.table })] : [],
  });
}

/**
 * Each table is kept on one page when it fits (every row "keep with next", the section heading
 * too): table 三 is checked column by column against its 勾稽 note, which is far easier on one
 * sheet, and a 三 or 四 header is never left alone at the foot of a page. A table taller than a
 * page still breaks — Word and LibreOffice ignore keep-with-next then — and its header rows
 * repeat.
 */
const keepWithNext = (grid: TableGrid, r: number): boolean => r + 1 < grid.rows.length;

export function buildTable(table: TableId, cells: Cells, draft: boolean): Table {
  const grid = GRIDS[table];
  const style = TABLE_STYLE[table];
  const widths = columnWidths(grid, style.weights);
  const spanWidth = (cell: GridCell) => widths.slice(cell.col, cell.col + cell.colSpan).reduce((a, b) => a + b, 0);
  const rows = slots(grid).map((rowSlots, r) => {
    const children: TableCell[] = [];
    rowSlots.forEach((slot, c) => {
      const { cell } = slot;
      // Only the first grid column of a cell emits a w:tc; the rest are covered by its gridSpan.
      if (slot.kind === 'coveredByCol' || c !== cell.col) return;
      const common = {
        columnSpan: cell.colSpan,
        width: { size: spanWidth(cell), type: WidthType.DXA },
        verticalAlign: VerticalAlignTable.CENTER,
      };
      if (slot.kind === 'coveredByRow') {
        children.push(new TableCell({ ...common, verticalMerge: VerticalMergeType.CONTINUE, children: [new Paragraph({})] }));
        return;
      }
      const text = cell.type === 'label' ? cell.text : String(exportedValue(cell.key, cells[cell.key], draft));
      // A figure too wide for its column is set smaller rather than broken over two lines.
      const size = cell.type === 'label' ? style.size : fittedSize(text, spanWidth(cell), style.cellMarginX, style.size);
      children.push(
        new TableCell({
          ...common,
          ...(cell.rowSpan > 1 ? { verticalMerge: VerticalMergeType.RESTART } : {}),
          children: [cellParagraph(text, size, alignmentOf(grid, cell))],
        }),
      );
    });
    return new TableRow({
      children,
      cantSplit: true,
      keepNext: keepWithNext(grid, r),
      tableHeader: r < grid.headerRows,
      height: { value: ROW_MIN_HEIGHT, rule: HeightRule.ATLEAST },
    });
  });
  return new Table({
    rows,
    width: { size: TEXT_WIDTH, type: WidthType.DXA },
    columnWidths: widths,
    layout: TableLayoutType.FIXED,
    margins: { left: style.cellMarginX, right: style.cellMarginX, top: 0, bottom: 0 },
    alignment: AlignmentType.CENTER,
  });
}
