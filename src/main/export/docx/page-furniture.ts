// What every page carries besides the text: the page number "— N —" (GB9704 §7.5: 4号半角宋体,
// odd pages right and even pages left, one character in from the edge of the type area), and,
// on a draft, the 草稿 marking that keeps it from being mistaken for the report meant for filing.
import { AlignmentType, Footer, Header, PageNumber, Paragraph, TextRun } from 'docx';
import { TextWatermark } from 'docx/watermarks';
import { FONTS, SIZE } from './typesetting';

/** One 4号 character, the inset of the page number from the type area's edge. */
const ONE_CHAR = SIZE.si * 10;

function pageNumberFooter(side: 'odd' | 'even'): Footer {
  return new Footer({
    children: [
      new Paragraph({
        alignment: side === 'odd' ? AlignmentType.RIGHT : AlignmentType.LEFT,
        indent: side === 'odd' ? { right: ONE_CHAR, firstLine: 0 } : { left: ONE_CHAR, firstLine: 0 },
        spacing: { line: 240, before: 0, after: 0 },
        // 一字线 on each side of the number, half-width digits.
        children: [new TextRun({ children: ['— ', PageNumber.CURRENT, ' —'], font: FONTS.pageNumber, size: SIZE.si })],
      }),
    ],
  });
}

/** Footers for Word's separate odd (default) and even pages; needs evenAndOddHeaderAndFooters. */
export function pageNumberFooters(): { default: Footer; even: Footer } {
  return { default: pageNumberFooter('odd'), even: pageNumberFooter('even') };
}

export const DRAFT_MARK = '草稿';
export const DRAFT_TITLE_SUFFIX = `（${DRAFT_MARK}）`;

export function draftNotice(errorCount: number): string {
  return errorCount > 0
    ? `${DRAFT_MARK}：尚有 ${errorCount} 处错误未改正，不得作为正式报告报送或公开`
    : `${DRAFT_MARK}：未经审定，不得作为正式报告报送或公开`;
}

function draftHeader(errorCount: number): Header {
  return new Header({
    children: [
      new Paragraph({
        alignment: AlignmentType.CENTER,
        spacing: { line: 240, before: 0, after: 0 },
        indent: { firstLine: 0 },
        children: [
          new TextRun({ text: draftNotice(errorCount), font: FONTS.heading1, size: SIZE.wu, color: 'C00000' }),
          // A diagonal watermark on every page, as Word's own 设计 › 水印 writes it.
          new TextWatermark({ text: DRAFT_MARK, font: '黑体', color: 'D9D9D9', opacity: 0.5 }),
        ],
      }),
    ],
  });
}

/** The same header on odd and even pages (with separate even/odd pages, both must be given). */
export function draftHeaders(errorCount: number): { default: Header; even: Header } {
  return { default: draftHeader(errorCount), even: draftHeader(errorCount) };
}
