// A report "as an agency prints it", for the import property test: the tables laid out the
// way agencies' own Word, Excel and web pages lay them out (label cells spanning columns or
// split into empty cells, group labels merged down, blank cells truly empty), rendered as
// .docx, .xlsx, HTML and tab-separated text. Built from the layout definition, never re-typed.
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { CELL_KEYS, SECTIONS, T2_BLOCKS, T3_COLUMNS, T3_ROWS, T4_COLUMNS, T4_GROUPS, reportTitle, type CellValue } from '../../../src/shared';

/** One printed cell: text, how many grid columns it spans, and whether it continues the cell above. */
export interface PrintedCell {
  text: string;
  span?: number;
  /** 'restart' starts a vertical merge, 'continue' continues it (the text is above). */
  vmerge?: 'restart' | 'continue';
}
export type PrintedRow = PrintedCell[];
export interface PrintedTable {
  rows: PrintedRow[];
  width: number;
}
export type Block = { kind: 'p'; text: string } | { kind: 'table'; table: PrintedTable };

export interface PrintOptions {
  /** Label cells spanning columns written as one cell with gridSpan/colspan (true) or as a label followed by empty cells (false). */
  spans: boolean;
}

const show = (v: CellValue | undefined): string => (v === null || v === undefined ? '' : typeof v === 'number' ? String(v) : 'na' in v ? v.na : v.raw);

function labelCells(texts: readonly PrintedCell[], width: number, spans: boolean): PrintedCell[] {
  // The last label cell fills the rest of the label columns.
  const used = texts.reduce((n, c) => n + (c.span ?? 1), 0);
  const last = texts[texts.length - 1]!;
  const rest = width - used + (last.span ?? 1);
  if (spans || rest === 1) return [...texts.slice(0, -1), { ...last, span: rest }];
  return [...texts.slice(0, -1), { ...last, span: 1 }, ...Array.from({ length: rest - 1 }, () => ({ text: '' }))];
}

export function printedBlocks(issuer: string, year: number, cells: Record<string, CellValue>, options: PrintOptions): Block[] {
  const out: Block[] = [{ kind: 'p', text: reportTitle(issuer, year) }];
  const v = (key: string): PrintedCell => ({ text: show(cells[key]) });
  for (const s of SECTIONS) {
    out.push({ kind: 'p', text: s.heading });
    if (s.table === 't2') {
      const rows: PrintedRow[] = [];
      for (const b of T2_BLOCKS) {
        rows.push([{ text: b.heading, span: 4 }]);
        if (b.columns.length === 3) {
          rows.push([{ text: b.contentLabel }, ...b.columns.map((c) => ({ text: c.label }))]);
          for (const r of b.rows) rows.push([{ text: r.label }, ...b.columns.map((c) => v(`t2.${r.key}.${c.key}`))]);
        } else {
          rows.push([{ text: b.contentLabel }, { text: b.columns[0]!.label, span: 3 }]);
          for (const r of b.rows) rows.push([{ text: r.label }, { ...v(`t2.${r.key}.${b.columns[0]!.key}`), span: 3 }]);
        }
      }
      out.push({ kind: 'table', table: { rows, width: 4 } });
    } else if (s.table === 't3') {
      const rows: PrintedRow[] = [];
      rows.push([{ text: '', span: 3 }, ...T3_COLUMNS.map((c) => ({ text: c.label }))]);
      let prevGroups: readonly string[] = [];
      for (const r of T3_ROWS) {
        const labels: PrintedCell[] = r.groups.map((g, i) => ({ text: prevGroups[i] === g ? '' : g, vmerge: prevGroups[i] === g ? ('continue' as const) : ('restart' as const) }));
        labels.push({ text: r.label });
        rows.push([...labelCells(labels, 3, options.spans), ...T3_COLUMNS.map((c) => v(`t3.${r.key}.${c.key}`))]);
        prevGroups = r.groups;
      }
      out.push({ kind: 'table', table: { rows, width: 10 } });
    } else if (s.table === 't4') {
      const rows: PrintedRow[] = [];
      rows.push(T4_GROUPS.map((g) => ({ text: g.label, span: 5 })));
      rows.push(T4_GROUPS.flatMap(() => T4_COLUMNS.map((c) => ({ text: c.label }))));
      rows.push(T4_GROUPS.flatMap((g) => T4_COLUMNS.map((c) => v(`t4.${g.key}.${c.key}`))));
      out.push({ kind: 'table', table: { rows, width: 15 } });
    } else out.push({ kind: 'p', text: `本单位${s.heading.slice(2)}的说明。` });
  }
  return out;
}

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/**
 * Printing (to PDF) needs the table laid out as an agency lays it out on A4: label columns wide
 * enough for their labels, value columns for four digits, 9 pt text, ruled cells. The grid
 * widths in twips (1/20 pt) for each table's width in grid columns: 表二, 表三, 表四.
 */
const PRINT_WIDTHS: Record<number, number[]> = {
  4: [3400, 1900, 1900, 1900],
  10: [560, 1000, 2900, ...Array<number>(7).fill(660)],
  15: Array<number>(15).fill(605),
};
export interface RenderOptions {
  /** Lay the tables out for printing (widths, rules, 9 pt) rather than as bare markup. */
  print?: boolean;
}
const printWidths = (t: PrintedTable): number[] => PRINT_WIDTHS[t.width] ?? Array<number>(t.width).fill(Math.floor(9000 / t.width));

export async function toDocx(blocks: readonly Block[], options: RenderOptions = {}): Promise<Uint8Array> {
  const para = (t: string, small = false) => `<w:p><w:r>${small ? '<w:rPr><w:sz w:val="18"/></w:rPr>' : ''}<w:t xml:space="preserve">${esc(t)}</w:t></w:r></w:p>`;
  const rule = (side: string) => `<w:${side} w:val="single" w:sz="4" w:space="0" w:color="000000"/>`;
  const body = blocks
    .map((b) => {
      if (b.kind === 'p') return para(b.text);
      const widths = options.print ? printWidths(b.table) : Array<number>(b.table.width).fill(600);
      const grid = `<w:tblGrid>${widths.map((w) => `<w:gridCol w:w="${w}"/>`).join('')}</w:tblGrid>`;
      const tblPr = options.print
        ? `<w:tblPr><w:tblW w:w="${widths.reduce((a, w) => a + w, 0)}" w:type="dxa"/><w:tblBorders>${['top', 'left', 'bottom', 'right', 'insideH', 'insideV'].map(rule).join('')}</w:tblBorders><w:tblLayout w:type="fixed"/><w:tblCellMar><w:left w:w="40" w:type="dxa"/><w:right w:w="40" w:type="dxa"/></w:tblCellMar></w:tblPr>`
        : '<w:tblPr/>';
      const rows = b.table.rows
        .map((r) => {
          let col = 0;
          const tcs = r.map((c) => {
            const span = c.span ?? 1;
            const width = options.print ? `<w:tcW w:w="${widths.slice(col, col + span).reduce((a, w) => a + w, 0)}" w:type="dxa"/>` : '';
            col += span;
            const pr = `${width}${span > 1 ? `<w:gridSpan w:val="${span}"/>` : ''}${c.vmerge === 'restart' ? '<w:vMerge w:val="restart"/>' : c.vmerge === 'continue' ? '<w:vMerge/>' : ''}`;
            return `<w:tc><w:tcPr>${pr}</w:tcPr>${c.text ? para(c.text, options.print) : '<w:p/>'}</w:tc>`;
          });
          return `<w:tr>${tcs.join('')}</w:tr>`;
        })
        .join('');
      return `<w:tbl>${tblPr}${grid}${rows}</w:tbl>${para('')}`;
    })
    .join('');
  const zip = new JSZip();
  zip.file('[Content_Types].xml', '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>');
  zip.file('_rels/.rels', '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>');
  zip.file('word/document.xml', `<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>${body}</w:body></w:document>`);
  return zip.generateAsync({ type: 'uint8array' });
}

/** How many rows a cell starting a vertical merge covers: itself and the 'continue' cells below it in its grid column. */
function rowSpans(t: PrintedTable): Map<PrintedCell, number> {
  const at = t.rows.map((r) => {
    const m = new Map<number, PrintedCell>();
    let col = 0;
    for (const c of r) {
      m.set(col, c);
      col += c.span ?? 1;
    }
    return m;
  });
  const spans = new Map<PrintedCell, number>();
  at.forEach((m, r) => {
    for (const [col, c] of m) {
      if (c.vmerge !== 'restart') continue;
      let n = 1;
      while (at[r + n]?.get(col)?.vmerge === 'continue') n++;
      spans.set(c, n);
    }
  });
  return spans;
}

export function toHtml(blocks: readonly Block[], options: RenderOptions = {}): string {
  const body = blocks
    .map((b) => {
      if (b.kind === 'p') return `<p>${esc(b.text)}</p>`;
      if (!options.print) {
        const rows = b.table.rows.map((r) => `<tr>${r.filter((c) => c.vmerge !== 'continue').map((c) => `<td${c.span && c.span > 1 ? ` colspan="${c.span}"` : ''}>${esc(c.text)}</td>`).join('')}</tr>`);
        return `<table>${rows.join('\n')}</table>`;
      }
      // As a web page shows it: ruled cells, merged group labels as rowspan, fixed column widths.
      const widths = printWidths(b.table);
      const total = widths.reduce((a, w) => a + w, 0);
      const spans = rowSpans(b.table);
      const cols = widths.map((w) => `<col style="width:${((100 * w) / total).toFixed(2)}%">`).join('');
      const rows = b.table.rows.map(
        (r) =>
          `<tr>${r
            .filter((c) => c.vmerge !== 'continue')
            .map((c) => `<td style="border:1px solid #000;padding:1px 2px"${c.span && c.span > 1 ? ` colspan="${c.span}"` : ''}${(spans.get(c) ?? 1) > 1 ? ` rowspan="${spans.get(c)}"` : ''}>${esc(c.text)}</td>`)
            .join('')}</tr>`,
      );
      return `<table style="border-collapse:collapse;table-layout:fixed;width:100%;font-size:9pt"><colgroup>${cols}</colgroup>${rows.join('\n')}</table>`;
    })
    .join('\n');
  return options.print ? `<html><head><meta charset="utf-8"></head><body>\n${body}\n</body></html>` : `<html><body>\n${body}\n</body></html>`;
}

/** Tab-separated text, as copied from a Word or web table: every cell written, spans as one cell. */
export function toTabText(blocks: readonly Block[]): string {
  return blocks.map((b) => (b.kind === 'p' ? b.text : b.table.rows.map((r) => r.map((c) => c.text).join('\t')).join('\n'))).join('\n') + '\n';
}

export async function toXlsx(blocks: readonly Block[]): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('报告');
  let r = 1;
  for (const b of blocks) {
    if (b.kind === 'p') {
      ws.getCell(r++, 1).value = b.text;
      continue;
    }
    for (const row of b.table.rows) {
      let c = 1;
      for (const cell of row) {
        if (cell.text !== '' && cell.vmerge !== 'continue') {
          const n = Number(cell.text);
          ws.getCell(r, c).value = cell.text.trim() !== '' && Number.isFinite(n) && /^\d/.test(cell.text) ? n : cell.text;
        }
        if ((cell.span ?? 1) > 1) ws.mergeCells(r, c, r, c + cell.span! - 1);
        c += cell.span ?? 1;
      }
      r++;
    }
  }
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

export { CELL_KEYS };
