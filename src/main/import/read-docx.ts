// A Word report (.docx) → lines of cells. Paragraphs become lines; each table row becomes one
// line with a cell per <w:tc>. A cell continued from the row above (vMerge) is an empty cell,
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
  let depth = 0; // table nesting: inner tables are read as the text of the outer cell
  let rowNo = 0;
  let row: string[] | null = null;
  let cell: string | null = null;
  let inText = false;

  const addText = (s: string) => {
    if (cell !== null) cell += s;
    else para += s;
  };
  const endParagraph = () => {
    if (cell !== null) return;
    paraNo++;
    const text = para;
    para = '';
    if (text.trim() === '') return;
    for (const line of linesFromText(text)) out.push({ ...line, where: `第${paraNo}段` });
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
        if (closing) endParagraph();
        break;
      case 'w:tbl':
        if (!closing) {
          if (depth === 0) {
            endParagraph();
            tableNo++;
            rowNo = 0;
          }
          depth++;
        } else depth--;
        break;
      case 'w:tr':
        if (depth !== 1) break;
        if (!closing) {
          row = [];
          rowNo++;
        } else if (row) {
          // Trailing empty cells are kept: they are blank numbers, in their columns.
          if (row.some((c) => c.trim() !== '')) {
            out.push({ cells: row.map((c) => c.trim()), structured: row.length > 1, where: `第${tableNo}个表格第${rowNo}行`, raw: row.join('\t') });
          }
          row = null;
        }
        break;
      case 'w:tc':
        if (depth !== 1) break;
        if (!closing) cell = '';
        else {
          row?.push(cell ?? '');
          cell = null;
        }
        break;
      case 'w:vMerge':
        // <w:vMerge/> or w:val="continue": this cell continues the one above — its text is there.
        if (depth === 1 && cell !== null && !/w:val="restart"/.test(m[3] ?? '')) cell = '';
        break;
    }
  }
  endParagraph();
  return out;
}
