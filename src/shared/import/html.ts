// HTML of a published report → lines of cells, without a DOM (this is the pure core):
// a tolerant tag scanner. Each <tr> becomes one line with a cell per <td>/<th>; block
// elements (p, div, br, h1–h6, li) end a line. Scripts, styles and comments are dropped.
import type { SourceLine } from './document';

const ENTITIES: Readonly<Record<string, string>> = { nbsp: ' ', lt: '<', gt: '>', amp: '&', quot: '"', apos: "'", ldquo: '“', rdquo: '”', mdash: '—', ndash: '–', middot: '·', hellip: '…', emsp: ' ', ensp: ' ' };

export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (all, name: string) => {
    if (name[0] === '#') {
      const code = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
      return Number.isFinite(code) && code > 0 && code < 0x110000 ? String.fromCodePoint(code) : all;
    }
    return ENTITIES[name.toLowerCase()] ?? all;
  });
}

const BLOCK = new Set(['p', 'div', 'br', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'li', 'section', 'article', 'table', 'caption', 'title', 'pre', 'blockquote']);

export function linesFromHtml(html: string): SourceLine[] {
  const body = html
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(/<![^>]*>|<\?[^>]*\?>/g, '')
    .replace(/<(script|style|noscript|template)\b[\s\S]*?<\/\1\s*>/gi, '')
    .replace(/<head\b[\s\S]*?<\/head\s*>/i, (head) => {
      // Keep the page <title>: it often is the report's title.
      const t = /<title\b[^>]*>([\s\S]*?)<\/title>/i.exec(head);
      return t ? `<p>${t[1]}</p>` : '';
    });
  const out: SourceLine[] = [];
  let text = '';
  let row: string[] | null = null;
  let cell: string | null = null;
  let tableNo = 0;
  let rowNo = 0;
  let paraNo = 0;
  // Old government sites lay whole pages out in tables: a table inside a cell suspends the
  // outer row, whose cell text so far is emitted as paragraphs.
  const outer: { row: string[] | null; rowNo: number; tableNo: number }[] = [];
  /** The current row held a nested table: it is page layout, its cells are prose. */
  let layoutRow = false;
  const clean = (s: string) => decodeEntities(s).replace(/[ \t\r\f\v\u00a0\u3000]+/g, ' ').replace(/ *\n[\s\u00a0\u3000]*/g, '\n').trim();
  const paragraph = (t: string) => {
    for (const para of t.split('\n')) {
      const p = para.trim();
      if (p === '') continue;
      paraNo++;
      out.push({ cells: [p], structured: false, where: `第${paraNo}段`, raw: p });
    }
  };
  const flushText = () => {
    const t = clean(text);
    text = '';
    paragraph(t);
  };
  const endCell = () => {
    if (row && cell !== null) row.push(clean(cell));
    cell = null;
  };
  const endRow = () => {
    endCell();
    if (row && layoutRow) {
      for (const c of row) paragraph(c);
    } else if (row) {
      const filled = row.filter((c) => c !== '');
      if (filled.length === 1 && filled[0]!.includes('\n')) {
        // One cell holding paragraphs: a layout cell, not a table row.
        paragraph(filled[0]!);
      } else if (filled.length > 0) {
        // Paragraph breaks inside a table cell are line wraps of one label.
        const cells = row.map((c) => c.replace(/\n/g, ''));
        // Trailing empty cells are kept: they are blank numbers, in their columns.
        out.push({ cells, structured: cells.length > 1, where: `第${tableNo}个表格第${rowNo}行`, raw: cells.join('\t'), alignEnd: true });
      }
    }
    row = null;
    layoutRow = false;
  };
  const tag = /<\s*(\/?)\s*([a-z0-9]+)\b[^>]*>/gi;
  let last = 0;
  for (let m = tag.exec(body); m; m = tag.exec(body)) {
    const chunk = body.slice(last, m.index);
    last = m.index + m[0].length;
    if (cell !== null) cell += chunk;
    else if (row === null) text += chunk;
    const closing = m[1] === '/';
    const name = m[2]!.toLowerCase();
    if (name === 'table' && !closing) {
      if (cell !== null) {
        // A table nested in a cell: what the cell said so far is prose.
        paragraph(clean(cell));
        outer.push({ row, rowNo, tableNo });
        row = null;
        cell = null;
      }
      flushText();
      tableNo++;
      rowNo = 0;
    } else if (name === 'table' && closing) {
      endRow();
      const o = outer.pop();
      if (o) {
        row = o.row;
        rowNo = o.rowNo;
        cell = '';
        layoutRow = true;
      }
    } else if (name === 'tr') {
      endRow();
      if (!closing) {
        flushText();
        row = [];
        rowNo++;
      }
    } else if (name === 'td' || name === 'th') {
      endCell();
      if (!closing) cell = row ? '' : null;
    } else if (BLOCK.has(name) || name === 'br') {
      if (cell !== null) cell += '\n';
      else if (row === null) flushText();
    }
  }
  const rest = body.slice(last);
  if (cell !== null) cell += rest;
  else if (row === null) text += rest;
  endRow();
  flushText();
  return out;
}
