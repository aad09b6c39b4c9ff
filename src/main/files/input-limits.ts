// How big an input may be. Every file a clerk or an office hands us (a project, a published
// report, a folder of units' reports) is measured against these before it is parsed, so one
// hostile or broken file (a zip bomb, a million-row sheet, /dev/zero) is refused at once with
// a Chinese message instead of freezing the app or stopping a whole 汇总/批量审核 run.
// Real reports are far below every limit: a project file is ~100 KB, a published .docx
// under 5 MB (with its seal image), its document.xml under 2 MB, a table sheet under 200 rows.

const MiB = 1024 * 1024;

export const INPUT_LIMITS = {
  /** A project file (.nianbao.json), raw bytes. */
  projectBytes: 16 * MiB,
  /** A 本地要求 (profile) file, raw bytes: a real one is a few KB. */
  profileBytes: 1 * MiB,
  /** A text or web-page report (.txt / .html), raw bytes. */
  textBytes: 8 * MiB,
  /** A Word or Excel file (.docx / .xlsx) or another binary report (.pdf), raw bytes. */
  officeBytes: 50 * MiB,
  /** One zip entry of a .docx / .xlsx, uncompressed, as declared and as inflated. */
  zipEntryBytes: 50 * MiB,
  /** All zip entries of one .docx / .xlsx together, uncompressed. */
  zipTotalBytes: 160 * MiB,
  /** Uncompressed ÷ compressed size of one zip entry larger than 1 MiB (XML compresses ~10–30×; a bomb ~1000×). */
  zipRatio: 200,
  /** Entries in one .docx / .xlsx. */
  zipEntries: 5_000,
  /** One compressed stream of a PDF, inflated (a page's contents or a font is well under 10 MB). */
  pdfStreamBytes: 128 * MiB,
  /** All compressed streams of one PDF together, inflated. */
  pdfInflatedBytes: 512 * MiB,
  /** Rows of one worksheet (counted in its XML before the workbook is loaded; also its highest row number). */
  sheetRows: 10_000,
  /** Columns of one worksheet (its highest column number). */
  sheetColumns: 256,
  /** Cells of one workbook, all sheets together. */
  workbookCells: 400_000,
  /** Lines (paragraphs and table rows) one report yields. */
  sourceLines: 30_000,
  /** Characters in one line, paragraph or cell. */
  lineChars: 200_000,
  /** Time one unit's report may take in 汇总 / 批量审核 before it is given up as 无法读取. */
  batchFileMs: 20_000,
} as const;

export type InputLimit = keyof typeof INPUT_LIMITS;

/** The clerk's name of each limit, in messages. */
export const LIMIT_NAMES: Record<InputLimit, string> = {
  projectBytes: '项目文件大小上限',
  profileBytes: '本地要求文件大小上限',
  textBytes: '文本或网页文件大小上限',
  officeBytes: 'Word、Excel 或 PDF 文件大小上限',
  zipEntryBytes: '文档内单个部件解压后大小上限',
  zipTotalBytes: '文档解压后总大小上限',
  zipRatio: '文档部件压缩比上限',
  zipEntries: '文档内部件个数上限',
  pdfStreamBytes: 'PDF 单个数据流解压后大小上限',
  pdfInflatedBytes: 'PDF 数据流解压后总大小上限',
  sheetRows: '工作表行数上限',
  sheetColumns: '工作表列数上限',
  workbookCells: '工作簿单元格总数上限',
  sourceLines: '报告段落和表格行数上限',
  lineChars: '单个段落或单元格字数上限',
  batchFileMs: '单个文件读取时限',
};

/** 1.5 MB, 300 MB, 812 字节 — sizes in messages. */
export function formatBytes(n: number): string {
  if (n < 1024) return `${n} 字节`;
  if (n < MiB) return `${(n / 1024).toFixed(1)} KB`;
  if (n < 1024 * MiB) return `${(n / MiB).toFixed(1)} MB`;
  return `${(n / 1024 / MiB).toFixed(1)} GB`;
}
