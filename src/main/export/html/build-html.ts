// The report as one web page for the agency's website (政府信息公开专栏): the title, the preamble,
// the six sections with tables 二–四 laid out from the shared grid — every official merge as
// rowspan/colspan, header rows in <thead> — and the 落款. Content-system editors strip <style>,
// <link> and scripts, so every style is inline; every cell has its border, and the page refers
// to nothing outside itself (no images, links or fonts to fetch). Characters are written as
// themselves (UTF-8), never as entities: 〔2021〕 and 2026年1月20日 survive a paste as typed.
import { GRIDS, SECTIONS, reportTitle, slots, type GridCell, type TableId } from '../../../shared/layout';
import type { Project } from '../../../shared/model';
import type { Finding } from '../../../shared/validation';
import { sectionBody } from '../docx/build-docx';
import { narrativeLines, splitSubheading } from '../docx/narrative';
import { DRAFT_TITLE_SUFFIX, draftNotice } from '../docx/page-furniture';
import { signatureLayout, widthInChars } from '../docx/signature';
import { fittedSize } from '../value-fit';
import { tableColumnWidths } from '../docx/tables';
import { exportedValue } from '../exported-value';

export interface HtmlOptions {
  /** A draft may be exported with errors; it carries the 草稿 notice and title suffix. */
  draft: boolean;
}

export class HtmlRefusedError extends Error {}

/** The tables' type size in half-points (10.5 pt, as STYLE.table) and a cell's side margin in twips, at least its 3 px padding. */
const HTML_TABLE_SIZE = 21;
const HTML_CELL_MARGIN = 57;

const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

const BODY_FONT = "FangSong_GB2312, FangSong, '仿宋_GB2312', '仿宋', STFangsong, serif";
const STYLE = {
  page: `max-width:46em;margin:0 auto;padding:1em;font-family:${BODY_FONT};font-size:16pt;line-height:1.75;color:#000;background:#fff`,
  title: "margin:0.5em 0 1em;text-align:center;font-family:'方正小标宋简体', FZXiaoBiaoSong-B05S, SimSun, serif;font-size:22pt;font-weight:normal;line-height:1.5",
  notice: 'margin:0 0 1em;padding:0.3em 0.6em;border:2px solid #c00000;color:#c00000;font-family:SimHei, 黑体, sans-serif;font-size:12pt',
  heading: "margin:0.6em 0 0.3em;text-indent:2em;font-family:SimHei, '黑体', sans-serif;font-size:16pt;font-weight:normal",
  paragraph: 'margin:0;text-indent:2em;text-align:justify',
  lead: "font-family:KaiTi_GB2312, KaiTi, '楷体_GB2312', '楷体', serif",
  table: 'width:100%;border-collapse:collapse;border:1px solid #000;margin:0.3em 0 0.8em;table-layout:fixed;font-size:10.5pt;line-height:1.4',
  cell: 'border:1px solid #000;padding:2px 3px;vertical-align:middle;font-weight:normal',
  signature: 'margin:0;text-align:right',
  balanced: 'text-wrap:balance',
  scroller: 'overflow-x:auto;max-width:100%',
} as const;

function paragraphs(text: string): string[] {
  return narrativeLines(text).map((line) => {
    const { heading, body } = splitSubheading(line);
    const lead = heading ? `<span style="${STYLE.lead}">${escape(heading)}</span>` : '';
    return `<p style="${STYLE.paragraph}">${lead}${escape(body)}</p>`;
  });
}

function align(grid: (typeof GRIDS)[TableId], cell: GridCell): string {
  // As in the .docx: table 三's own row labels are left-aligned, every other cell centred.
  return cell.type === 'label' && cell.role === 'rowLabel' && grid.table === 't3' && cell.rowSpan === 1 ? 'left' : 'center';
}

function table(id: TableId, project: Project, draft: boolean): string {
  const grid = GRIDS[id];
  const widths = tableColumnWidths(id);
  const total = widths.reduce((a, b) => a + b, 0);
  const cols = widths.map((w) => `<col style="width:${((w / total) * 100).toFixed(2)}%">`).join('');
  const rows = slots(grid).map((rowSlots) => {
    const cells = rowSlots.flatMap((slot, c) => {
      if (slot.kind !== 'start' || c !== slot.cell.col) return [];
      const { cell } = slot;
      const tag = cell.type === 'label' ? 'th' : 'td';
      const span = `${cell.rowSpan > 1 ? ` rowspan="${cell.rowSpan}"` : ''}${cell.colSpan > 1 ? ` colspan="${cell.colSpan}"` : ''}`;
      const text = cell.type === 'label' ? cell.text : String(exportedValue(cell.key, project.cells[cell.key], draft));
      // Headings wrap balanced (商业/企业, not 商业企/业) in the narrow columns of 三 and 四; a
      // figure too wide for its column is set smaller, never broken (the table is never narrower
      // than the .docx's, whose column widths in twips it shares: see tableBlock).
      const columnTwips = widths.slice(cell.col, cell.col + cell.colSpan).reduce((a, b) => a + b, 0);
      const size = tag === 'td' ? fittedSize(text, columnTwips, HTML_CELL_MARGIN, HTML_TABLE_SIZE) : HTML_TABLE_SIZE;
      const extra = `${tag === 'th' ? `;${STYLE.balanced}` : ''}${size < HTML_TABLE_SIZE ? `;font-size:${size / 2}pt` : ''}`;
      return [`<${tag}${span} style="${STYLE.cell};text-align:${align(grid, cell)}${extra}">${escape(text)}</${tag}>`];
    });
    return `<tr>${cells.join('')}</tr>`;
  });
  const head = rows.slice(0, grid.headerRows);
  const body = rows.slice(grid.headerRows);
  // On a screen narrower than the .docx's type area (a phone, a narrow window) the table keeps
  // the Word layout and scrolls sideways inside its own box: squeezed, labels broke one
  // character from the rest (自然/人, 三、本/年度办/理结果).
  return [
    `<div style="${STYLE.scroller}">`,
    `<table style="${STYLE.table};min-width:${(total / 20).toFixed(1)}pt" border="1" cellspacing="0" cellpadding="3">`,
    `<colgroup>${cols}</colgroup>`,
    head.length ? `<thead>\n${head.join('\n')}\n</thead>` : '',
    `<tbody>\n${body.join('\n')}\n</tbody>`,
    '</table>',
    '</div>',
  ]
    .filter(Boolean)
    .join('\n');
}

/** The 落款: name and date set right, the date's first character two characters right of the name's. */
function signature(project: Project): string[] {
  const s = signatureLayout(project.meta.issuer, project.meta.publishDate);
  const perLine = s.nameLeft + s.name.length + 2;
  const right = (left: number, width: number) => Math.max(0, perLine - left - width).toFixed(2);
  const out = [`<p style="${STYLE.paragraph}">&nbsp;</p>`];
  if (s.name) out.push(`<p style="${STYLE.signature};padding-right:${right(s.nameLeft, s.name.length)}em">${escape(s.name)}</p>`);
  out.push(`<p style="${STYLE.signature};padding-right:${right(s.dateLeft, widthInChars(s.date))}em">${escape(s.date)}</p>`);
  return out;
}

/** The whole page, as UTF-8 text. */
export function buildHtml(project: Project, findings: readonly Finding[], options: HtmlOptions): string {
  const errors = findings.filter((f) => f.severity === 'error').length;
  if (errors > 0 && !options.draft) throw new HtmlRefusedError(`报告尚有 ${errors} 处错误，只能导出草稿`);
  const title = reportTitle(project.meta.issuer, project.meta.year) + (options.draft ? DRAFT_TITLE_SUFFIX : '');
  const parts: string[] = [`<h1 style="${STYLE.title}">${escape(title)}</h1>`];
  if (options.draft) parts.push(`<p style="${STYLE.notice}">${escape(draftNotice(errors))}</p>`);
  parts.push(...paragraphs(project.meta.preamble));
  for (const section of SECTIONS) {
    parts.push(`<h2 style="${STYLE.heading}">${escape(section.heading)}</h2>`);
    if (section.table) parts.push(table(section.table, project, options.draft));
    parts.push(...paragraphs(sectionBody(section, project.sections[section.id] ?? '')));
  }
  parts.push(...signature(project));
  return [
    '<!DOCTYPE html>',
    '<html lang="zh-CN">',
    '<head>',
    '<meta charset="utf-8">',
    `<title>${escape(title)}</title>`,
    '</head>',
    '<body style="margin:0;background:#fff">',
    `<div style="${STYLE.page}">`,
    ...parts,
    '</div>',
    '</body>',
    '</html>',
    '',
  ].join('\n');
}

/** The part a clerk pastes into the site's editor: the content of <body>, without the page around it. */
export function htmlFragment(page: string): string {
  const m = /<body[^>]*>\n?([\s\S]*?)\n?<\/body>/.exec(page);
  return m ? m[1]! : page;
}
