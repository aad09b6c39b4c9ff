// A Word report (.docx) → lines of cells. Paragraphs become lines; each table row becomes one
// line with a cell per <w:tc>; a table inside a cell (a frame) is read as a table of its own.
// A cell continued from the row above (vMerge) is an empty cell,
// so the numbers keep their places; a cell spanning columns (gridSpan) stays one cell, as the
// row label or number it holds is one.
import JSZip from 'jszip';
import { decodeEntities, linesFromText, type SourceLine } from '../../shared/import';

const TOKEN = /<(\/?)(w:(?:p|tbl|tr|tc|t|tab|br|cr|vMerge|delText|instrText))\b([^>]*?)(\/?)>|([^<]+)/g;

export async function readDocxLines(bytes: Uint8Array): Promise<SourceLine[]> {
  const zip = await JSZip.loadAsync(bytes);
  const entry = zip.file('word/document.xml');
  if (!entry) throw new Error('文件中没有 word/document.xml，不是有效的 Word 文档');
  const xml = await entry.async('string');
  const body = xml.slice(Math.max(0, xml.indexOf('<w:body')));
  const out: SourceLine[] = [];
  let para = '';
  let paraNo = 0;
  let tableNo = 0;
  let rowNo = 0;
  let row: string[] | null = null;
  let cell: string | null = null;
  let inText = false;
  // A table inside a cell (a frame around the report) suspends the outer row; the outer cell's
  // text so far is prose, and the row it belongs to is layout.
  const outer: { row: string[] | null; rowNo: number; tableNo: number }[] = [];
  let layoutRow = false;

  const addText = (s: string) => {
    if (cell !== null) cell += s;
    else para += s;
  };
  const emitProse = (text: string, where: string) => {
    if (text.trim() === '') return;
    for (const line of linesFromText(text)) out.push({ ...line, where });
  };
  const endParagraph = () => {
    if (cell !== null) return;
    paraNo++;
    const text = para;
    para = '';
    emitProse(text, `第${paraNo}段`);
  };
  const endRow = () => {
    if (!row) return;
    const where = `第${tableNo}个表格第${rowNo}行`;
    const filled = row.filter((c) => c.trim() !== '');
    if (layoutRow || (filled.length === 1 && filled[0]!.trim().includes('\n'))) {
      // Layout, or a one-cell frame around prose (some agencies box the whole report).
      for (const c of row) emitProse(c, where);
    } else if (filled.length > 0) {
      // Paragraph breaks inside a table cell are line wraps of one label or number;
      // trailing empty cells are kept: they are blank numbers, in their columns.
      const cells = row.map((c) => c.replace(/\n/g, '').trim());
      // A Word row runs to the table's right edge: its last cell is the last column.
      out.push({ cells, structured: cells.length > 1, where, raw: cells.join('\t'), alignEnd: true });
    }
    row = null;
    layoutRow = false;
  };

  for (let m = TOKEN.exec(body); m; m = TOKEN.exec(body)) {
    if (m[5] !== undefined) {
      if (inText) addText(decodeEntities(m[5]));
      continue;
    }
    const closing = m[1] === '/';
    const selfClosing = m[4] === '/';
    const name = m[2]!;
    switch (name) {
      case 'w:t':
        inText = !closing && !selfClosing;
        break;
      case 'w:delText':
      case 'w:instrText':
        inText = false;
        break;
      case 'w:tab':
        if (!closing) addText('\t');
        break;
      case 'w:br':
      case 'w:cr':
        if (!closing) addText(cell !== null ? '' : '\n');
        break;
      case 'w:p':
        // Inside a cell, paragraphs are marked: one cell of paragraphs is a text frame.
        if (closing && cell !== null) cell += '\n';
        else if (closing) endParagraph();
        break;
      case 'w:tbl':
        if (!closing) {
          if (cell !== null) {
            emitProse(cell, `第${tableNo}个表格第${rowNo}行`);
            outer.push({ row, rowNo, tableNo });
            row = null;
            cell = null;
          } else endParagraph();
          tableNo++;
          rowNo = 0;
        } else {
          endRow();
          const o = outer.pop();
          if (o) {
            ({ row, rowNo } = o);
            cell = '';
            layoutRow = true;
          }
        }
        break;
      case 'w:tr':
        if (!closing) {
          endRow();
          row = [];
          rowNo++;
        } else endRow();
        break;
      case 'w:tc':
        if (!closing) cell = '';
        else {
          row?.push(cell ?? '');
          cell = null;
        }
        break;
      case 'w:vMerge':
        // <w:vMerge/> or w:val="continue": this cell continues the one above — its text is there.
        if (cell !== null && !/w:val="restart"/.test(m[3] ?? '')) cell = '';
        break;
    }
  }
  endParagraph();
  return out;
}
