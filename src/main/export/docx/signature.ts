// The 落款 that closes a filed report (GB/T 9704 §7.3.5.3, a document without a seal): one blank
// line after the text, the issuer's name ending two characters from the right margin, the date on
// the next line starting two characters to the right of the name's first character — or, when
// the date is the longer of the two, the date two characters in from the right and the name
// moved left to keep that two-character step. The date is written 2026年1月20日 (Arabic digits,
// no leading zeros).
import { AlignmentType, Paragraph, TextRun } from 'docx';
import { formatDate } from '../../../shared/values/publish-date';
import { BODY_CHAR_SPACING, FONTS, SIZE, TEXT_WIDTH } from './typesetting';

/** One condensed 3号 character of the body, in twips. */
const CHAR = SIZE.san * 10 + BODY_CHAR_SPACING;

/** A draft without a date prints the blanks a clerk fills in by hand. */
export const UNDATED = '年　月　日';

/**
 * Width in characters as LibreOffice and Word set it: Chinese full; a Times New Roman digit a
 * little over half; and the extra space both put between Chinese and Latin runs (WPS and Word's
 * 自动调整中文与西文间距), a quarter character at each change.
 */
export function widthInChars(text: string): number {
  let w = 0;
  let prevWide: boolean | null = null;
  for (const ch of text) {
    const wide = ch.charCodeAt(0) >= 0x2e80;
    w += wide ? 1 : 0.55;
    if (prevWide !== null && prevWide !== wide) w += 0.25;
    prevWide = wide;
  }
  return w;
}

export interface SignatureLayout {
  readonly name: string;
  readonly date: string;
  /** Left indents in characters: the date's first character is placed exactly, not estimated. */
  readonly nameLeft: number;
  readonly dateLeft: number;
}

/** Characters a line holds (the type area over one condensed 3号 character). */
const PER_LINE = TEXT_WIDTH / CHAR;

export function signatureLayout(issuer: string, publishDate: string | null): SignatureLayout {
  const name = issuer.trim();
  const date = publishDate ? formatDate(publishDate) : UNDATED;
  // The name ends two characters from the right; the date starts two characters right of it.
  let nameLeft = PER_LINE - 2 - name.length;
  let dateLeft = nameLeft + 2;
  const d = widthInChars(date);
  if (dateLeft + d > PER_LINE - 2) {
    // The date is the longer: it ends two characters from the right, the name keeps the step.
    dateLeft = PER_LINE - 2 - d;
    nameLeft = dateLeft - 2;
  }
  // A name as wide as the line cannot step in; it starts at the margin.
  nameLeft = Math.max(0, nameLeft);
  dateLeft = Math.max(0, dateLeft);
  const round = (x: number) => Math.round(x * 100) / 100;
  return { name, date, nameLeft: round(nameLeft), dateLeft: round(dateLeft) };
}

function line(text: string, leftChars: number, keepNext: boolean): Paragraph {
  return new Paragraph({
    style: 'Body',
    alignment: AlignmentType.LEFT,
    keepNext,
    keepLines: true,
    indent: { left: Math.round(leftChars * CHAR), firstLine: 0, firstLineChars: 0 },
    children: [new TextRun({ text, font: FONTS.body, size: SIZE.san })],
  });
}

export function signatureParagraphs(issuer: string, publishDate: string | null): Paragraph[] {
  const s = signatureLayout(issuer, publishDate);
  // The blank line keeps with the name, the name with the date: the 落款 is never split.
  // A report whose issuer is not filled in yet (a draft) signs with the date alone.
  return [new Paragraph({ style: 'Body', keepNext: true, children: [] }), ...(s.name ? [line(s.name, s.nameLeft, true)] : []), line(s.date, s.dateLeft, false)];
}
