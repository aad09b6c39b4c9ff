// Page geometry, font sizes and font sets of the exported .docx (spec §5, GB/T 9704-2012).
// Everything is in Word's own units so the numbers written to the file are the ones here:
// twips (1/20 pt, "DXA") for lengths, half-points for font sizes.

const TWIPS_PER_MM = 1440 / 25.4;
export const mm = (n: number): number => Math.round(n * TWIPS_PER_MM);

/** A4 and the 公文 margins: 天头 37 mm, bottom 35 mm, 订口 28 mm, right 26 mm (版心 156 × 225 mm). */
export const PAGE = {
  width: mm(210),
  height: mm(297),
  top: mm(37),
  bottom: mm(35),
  left: mm(28),
  right: mm(26),
  header: mm(15),
  // The page number's 一字线 sits 7 mm below the type area (GB9704 §7.5). Word measures the
  // footer distance from the paper's edge to the bottom of the footer line: 35 − 7 − half a
  // 4号 line (≈ 3 mm) = 25 mm, checked on the rendered page.
  footer: mm(25),
} as const;

/** Width of the type area: every table's columns sum to exactly this (Word and WPS agree). */
export const TEXT_WIDTH = PAGE.width - PAGE.left - PAGE.right;
const TEXT_HEIGHT = PAGE.height - PAGE.top - PAGE.bottom;

/** GB9704 §5.2.3: 22 lines a page. Exact line pitch, rounded down so the 22nd line still fits. */
export const LINES_PER_PAGE = 22;
export const LINE_PITCH = Math.floor(TEXT_HEIGHT / LINES_PER_PAGE);

/** Chinese font sizes (号) in half-points, the unit of w:sz. */
export const SIZE = {
  er: 44, // 2号 22 pt — title
  san: 32, // 3号 16 pt — body and headings
  si: 28, // 4号 14 pt — page numbers
  wu: 21, // 五号 10.5 pt — table text
  xiaowu: 18, // 小五 9 pt — table 四 (15 columns on a portrait page)
} as const;

/**
 * GB9704 §5.2.3: 28 characters a line. The type area is 156 mm (8845 twips) and a 3号 character
 * 16 pt (320 twips), which gives 27; condensing each character by a quarter point (5 twips, the
 * w:spacing of the run) makes 28 fit, as Word's 文档网格 “每行 28 字” does.
 */
export const CHARS_PER_LINE = 28;
export const BODY_CHAR_SPACING = -Math.ceil((SIZE.san * 10 * CHARS_PER_LINE - TEXT_WIDTH) / CHARS_PER_LINE);

/** First-line indent of two (condensed) 3号 characters, for readers that ignore firstLineChars. */
export const INDENT_TWO_CHARS = 2 * (SIZE.san * 10 + BODY_CHAR_SPACING);

export interface FontSet {
  readonly ascii: string;
  readonly hAnsi: string;
  readonly eastAsia: string;
  readonly cs: string;
}

/**
 * Word picks a font per character class, so Chinese text and digits/Latin letters are named
 * separately: the 公文 fonts for Chinese (eastAsia), Times New Roman for digits in body and
 * tables, as government templates do.
 */
const set = (eastAsia: string, latin = 'Times New Roman'): FontSet => ({ ascii: latin, hAnsi: latin, eastAsia, cs: latin });

export const FONTS = {
  /** Title: 方正小标宋简体 throughout, the year's digits included, so the title reads as one face. */
  title: set('方正小标宋简体', '方正小标宋简体'),
  body: set('仿宋_GB2312'),
  heading1: set('黑体'),
  heading2: set('楷体_GB2312'),
  table: set('仿宋_GB2312'),
  /** Page numbers: 4号 半角宋体 (GB9704 §7.5), dashes and digits alike. */
  pageNumber: set('宋体', '宋体'),
} as const;
