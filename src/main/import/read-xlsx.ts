// An Excel report (.xlsx) → lines of cells, sheet by sheet, row by row. Merged cells keep
// their text in the top-left cell; the cells they cover read as empty so numbers keep their
// columns. A formula counts by its stored result; one without a stored result is left blank
// (we never compute a number the file does not show).
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { decodeEntities, linesFromText, type SourceLine } from '../../shared/import';
import { INPUT_LIMITS } from '../files/input-limits';
import { tooLarge } from '../files/read-input';

type CachedResults = Map<string, Map<string, string>>;

/**
 * The stored result of every formula cell, by sheet name and address, read from the sheet XML:
 * exceljs drops a stored result of 0 (`<v>0</v>`), and a 总计 of 0 is a number the file shows.
 */
async function cachedFormulaResults(bytes: Uint8Array): Promise<CachedResults> {
  const out: CachedResults = new Map();
  const zip = await JSZip.loadAsync(bytes);
  const workbook = (await zip.file('xl/workbook.xml')?.async('string')) ?? '';
  const rels = (await zip.file('xl/_rels/workbook.xml.rels')?.async('string')) ?? '';
  const targets = new Map<string, string>();
  for (const m of rels.matchAll(/<Relationship\b[^>]*>/g)) {
    const id = /\bId="([^"]+)"/.exec(m[0])?.[1];
    const target = /\bTarget="([^"]+)"/.exec(m[0])?.[1];
    if (id && target) targets.set(id, target.replace(/^\/?(xl\/)?/, 'xl/'));
  }
  for (const m of workbook.matchAll(/<sheet\b[^>]*>/g)) {
    const name = /\bname="([^"]*)"/.exec(m[0])?.[1];
    const rid = /\br:id="([^"]+)"/.exec(m[0])?.[1];
    const path = rid ? targets.get(rid) : undefined;
    const xml = path ? await zip.file(path)?.async('string') : undefined;
    if (!name || !xml) continue;
    const results = new Map<string, string>();
    for (const c of xml.matchAll(/<c\b([^>]*)>(.*?)<\/c>/gs)) {
      if (!c[2]!.includes('<f')) continue;
      const ref = /\br="([A-Z]+\d+)"/.exec(c[1]!)?.[1];
      const v = /<v>([^<]*)<\/v>/.exec(c[2]!)?.[1];
      if (ref && v !== undefined && !/\bt="(?:str|e)"/.test(c[1]!)) results.set(ref, v);
    }
    out.set(decodeEntities(name), results);
  }
  return out;
}

function cellText(cell: ExcelJS.Cell, cached: Map<string, string> | undefined): string {
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
      if (typeof result === 'number' || typeof result === 'string') return String(result);
      // No result through exceljs: the file's own stored value, if it has one.
      return cached?.get(cell.address) ?? '';
    }
    if ('text' in v) return String((v as ExcelJS.CellHyperlinkValue).text);
    if ('error' in v) return '';
  }
  return cell.text ?? '';
}

export async function readXlsxLines(bytes: Uint8Array, name = '工作簿'): Promise<SourceLine[]> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as unknown as ArrayBuffer);
  const cached = await cachedFormulaResults(bytes);
  const out: SourceLine[] = [];
  // One stray cell at XFD1048576 makes a sheet a million rows by 16,384 columns to walk.
  wb.eachSheet((ws) => {
    if (ws.rowCount > INPUT_LIMITS.sheetRows) throw tooLarge(name, 'sheetRows', `的工作表“${ws.name}”用到第 ${ws.rowCount} 行`);
    if (ws.columnCount > INPUT_LIMITS.sheetColumns) throw tooLarge(name, 'sheetColumns', `的工作表“${ws.name}”用到第 ${ws.columnCount} 列`);
  });
  wb.eachSheet((ws) => {
    const sheet = `工作表“${ws.name}”`;
    const results = cached.get(ws.name);
    // Each row's cells with their column numbers, and how far right it reaches (text or a merge).
    const rows: { r: number; cells: string[]; cols: number[]; reach: number; table: boolean }[] = [];
    for (let r = 1; r <= ws.rowCount; r++) {
      const row = ws.getRow(r);
      const cells: string[] = [];
      const cols: number[] = [];
      let reach = 0;
      let merged = false;
      for (let c = 1; c <= Math.max(row.cellCount, ws.columnCount); c++) {
        const cell = row.getCell(c);
        if (cell.isMerged && cell.master.address !== cell.address) {
          // Covered by a merge: a label spanning columns is one cell (as in Word), so the
          // numbers after it keep their columns; a cell merged down from above stays, empty.
          if (Number(cell.master.row) !== r) {
            cells.push('');
            cols.push(c);
          } else {
            reach = Math.max(reach, c);
            merged = true;
          }
          continue;
        }
        const text = cellText(cell, results).trim();
        if (text !== '') reach = Math.max(reach, c);
        cells.push(text);
        cols.push(c);
      }
      const filled = cells.filter((c) => c !== '').length;
      rows.push({ r, cells, cols, reach, table: filled >= 2 || (merged && filled >= 1) });
    }
    // A table is a run of such rows; its width is the furthest any of its rows reaches (the
    // header always does), so a row's blank last cells are cells of the table, and what lies
    // beyond is not.
    for (let i = 0; i < rows.length; ) {
      let j = i;
      let width = 0;
      while (j < rows.length && rows[j]!.table) width = Math.max(width, rows[j++]!.reach);
      if (j === i) j = i + 1;
      for (let k = i; k < j; k++) {
        const { r, cols } = rows[k]!;
        let cells = rows[k]!.cells;
        const inTable = rows[k]!.table;
        if (inTable) cells = cells.filter((_, x) => cols[x]! <= width);
        const filled = cells.filter((c) => c !== '');
        if (filled.length === 0) continue;
        const where = `${sheet}第${r}行`;
        if (filled.length === 1 && cells[0] === filled[0] && !cells.slice(1).some((c) => c !== '') && cells.length === 1) {
          // A text cell (a section's prose) may hold several paragraphs.
          for (const line of linesFromText(cells[0]!)) out.push({ ...line, where });
        } else if (filled.length === 1 && /\n/.test(filled[0]!)) {
          for (const line of linesFromText(filled[0]!)) out.push({ ...line, where });
        } else out.push({ cells, structured: cells.length > 1, where, raw: cells.join('\t'), ...(inTable ? { alignEnd: true } : {}) });
      }
      i = j;
    }
  });
  return out;
}
