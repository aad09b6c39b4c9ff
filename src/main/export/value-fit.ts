// A figure is never broken over two lines in a printed table: 表三's organisation columns hold
// four digits at 五号 and its 总计 column four, so a large unit's 35,994 or a township's 0.0001
// 万元 would wrap as 3599/4 — wrong to a reader and unreadable to any importer. Such a figure is
// set a size smaller, down to 七号, until it fits its column. The .docx and the web copy (which
// keeps the .docx's column proportions on a wider page) ask the same question here.

/** Type sizes in half-points, largest first: 五号, 小五, 六号, 小六, 七号 (only for figures of seven or more digits). */
const SIZES = [21, 18, 15, 13, 11] as const;

/**
 * Advance widths in ems of the table fonts' characters: Times New Roman (digits, Latin) sets
 * digits and most punctuation at half an em; Chinese characters take a full em. Rounded up, so a
 * figure that "just fits" by these widths still fits in Word, WPS and LibreOffice.
 */
function ems(text: string): number {
  let w = 0;
  for (const ch of text) w += ch.charCodeAt(0) < 0x2e80 ? 0.52 : 1;
  return w;
}

/**
 * The largest size (half-points, at most `size`) at which `text` fits on one line of a column
 * `columnTwips` wide with `marginTwips` of cell margin on each side; the smallest size if none does.
 */
export function fittedSize(text: string, columnTwips: number, marginTwips: number, size: number): number {
  const room = columnTwips - 2 * marginTwips;
  // A half-point is 10 twips: text of `e` ems at size s half-points is e × s × 10 twips wide.
  const width = ems(text);
  for (const s of SIZES) if (s <= size && width * s * 10 <= room) return s;
  return SIZES[SIZES.length - 1]!;
}
