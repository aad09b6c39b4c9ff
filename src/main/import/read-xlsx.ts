// An Excel report (.xlsx) → lines of cells, sheet by sheet, row by row. Merged cells keep
// their text in the top-left cell; the cells they cover read as empty so numbers keep their
// columns. A formula counts by its stored result; one without a stored result is left blank
// (we never compute a number the file does not show).
import ExcelJS from 'exceljs';
import { linesFromText, type SourceLine } from '../../shared/import';

function cellText(cell: ExcelJS.Cell): string {
  const v = cell.value;
  if (v === null || v === undefined) return '';
  if (typeof v === 'number') return String(v);
  if (typeof v === 'string') return v;
  if (typeof v === 'boolean') return v ? 'TRUE' : 'FALSE';
  if (v instanceof Date) return cell.text ?? '';
  if (typeof v === 'object') {
    if ('richText' in v) return v.richText.map((r) => r.text).join('');
    if ('formula' in v || 'sharedFormula' in v) {
      const result = (v as ExcelJS.CellFormulaValue).result;
      if (result === undefined || result === null || typeof result === 'object') return '';
      return String(result);
    }
    if ('text' in v) return String((v as ExcelJS.CellHyperlinkValue).text);
    if ('error' in v) return '';
  }
  return cell.text ?? '';
}

export async function readXlsxLines(bytes: Uint8Array): Promise<SourceLine[]> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as unknown as ArrayBuffer);
  const out: SourceLine[] = [];
  wb.eachSheet((ws) => {
    const sheet = `工作表“${ws.name}”`;
    for (let r = 1; r <= ws.rowCount; r++) {
      const row = ws.getRow(r);
      const cells: string[] = [];
      for (let c = 1; c <= Math.max(row.cellCount, ws.columnCount); c++) {
        const cell = row.getCell(c);
        cells.push(cell.isMerged && cell.master.address !== cell.address ? '' : cellText(cell).trim());
      }
      // Trailing empty cells are kept: in a table they are blank numbers, in their columns.
      const filled = cells.filter((c) => c !== '');
      if (filled.length === 0) continue;
      const where = `${sheet}第${r}行`;
      if (filled.length === 1 && cells[0] === filled[0] && !cells.slice(1).some((c) => c !== '') && cells.length === 1) {
        // A text cell (a section's prose) may hold several paragraphs.
        for (const line of linesFromText(cells[0]!)) out.push({ ...line, where });
      } else if (filled.length === 1 && /\n/.test(filled[0]!)) {
        for (const line of linesFromText(filled[0]!)) out.push({ ...line, where });
      } else out.push({ cells, structured: cells.length > 1, where, raw: cells.join('\t') });
    }
  });
  return out;
}
