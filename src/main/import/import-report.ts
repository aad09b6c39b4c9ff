// `importReport`: any supported report file → a project and an import log. The format is
// told by content first (a .docx renamed .txt is still a Word file), then by extension.
// Bad input never throws: the result says in Chinese what is wrong with the file.
import { basename, extname } from 'node:path';
import { linesFromHtml, linesFromText, projectFromLines, type ImportResult, type InputFormat, type SourceLine } from '../../shared/import';
import { readOwnWorkbookText } from '../export/xlsx/read-report-text';
import { INPUT_LIMITS, formatBytes } from '../files/input-limits';
import { InputError, readInput, tooLarge, type FileReader } from '../files/read-input';
import { checkZip, countOccurrences } from '../files/zip-check';
import { decodeText } from './decode-text';
import { readDocxLines } from './read-docx';
import { checkPdfStreams } from './pdf-stream-limits';
import { PdfReadError, readPdfLines } from './read-pdf';
import { readXlsxLines } from './read-xlsx';

export type ImportInput = string | { name: string; bytes: Uint8Array };

export const IMPORT_EXTENSIONS = ['.docx', '.xlsx', '.pdf', '.txt', '.html', '.htm'] as const;
const TEXT_EXTENSIONS = ['.txt', '.html', '.htm'];

const fail = (message: string): ImportResult => ({ ok: false, project: null, message, log: [{ level: 'error', message }] });

function startsWith(b: Uint8Array, ...sig: number[]): boolean {
  return sig.every((x, i) => b[i] === x);
}

async function zipKind(bytes: Uint8Array): Promise<'docx' | 'xlsx' | null> {
  const { default: JSZip } = await import('jszip');
  const zip = await JSZip.loadAsync(bytes);
  if (zip.file('word/document.xml')) return 'docx';
  if (zip.file('xl/workbook.xml')) return 'xlsx';
  return null;
}

/**
 * Checks a .docx / .xlsx before anything inflates it (zip-check), and counts each worksheet's
 * rows and cells in its XML so exceljs never loads a million-row sheet.
 */
function checkOfficeZip(bytes: Uint8Array, name: string): void {
  let cells = 0;
  checkZip(bytes, name, (entry, data) => {
    if (!/^xl\/worksheets\/[^/]+\.xml$/i.test(entry.name)) return;
    const rows = countOccurrences(data, '<row ') + countOccurrences(data, '<row>');
    if (rows > INPUT_LIMITS.sheetRows) throw tooLarge(name, 'sheetRows', `的工作表（${entry.name}）有 ${rows.toLocaleString('en-US')} 行`);
    cells += countOccurrences(data, '<c ') + countOccurrences(data, '<c>');
    if (cells > INPUT_LIMITS.workbookCells) throw tooLarge(name, 'workbookCells', `有超过 ${cells.toLocaleString('en-US')} 个单元格`);
  });
}

/** The line and cell limits, over what a reader produced. */
function checkLines(lines: readonly SourceLine[], name: string): void {
  if (lines.length > INPUT_LIMITS.sourceLines) throw tooLarge(name, 'sourceLines', `有 ${lines.length.toLocaleString('en-US')} 个段落和表格行`);
  for (const line of lines) {
    const long = line.cells.find((c) => c.length > INPUT_LIMITS.lineChars) ?? (line.raw.length > INPUT_LIMITS.lineChars * 4 ? line.raw : undefined);
    if (long !== undefined) throw tooLarge(name, 'lineChars', `${line.where ? `的${line.where}` : '中有一段'}有 ${long.length.toLocaleString('en-US')} 个字符`);
  }
}

function looksLikeHtml(text: string): boolean {
  return /^\s*(<!doctype html|<html|<head|<body|<meta|<table|<div|<p[\s>])/i.test(text);
}

export type ReadLines =
  | { ok: true; name: string; format: InputFormat; lines: SourceLine[]; note: string; bytes: Uint8Array }
  | { ok: false; message: string };

/** A report file as lines of cells (the shape every format is read into), or why it cannot be read. */
export async function readReportLines(input: ImportInput, read: FileReader = readInput): Promise<ReadLines> {
  const no = (message: string): ReadLines => ({ ok: false, message });
  let name: string;
  let bytes: Uint8Array;
  if (typeof input === 'string') {
    name = basename(input);
    try {
      bytes = await read(input, TEXT_EXTENSIONS.includes(extname(name).toLowerCase()) ? 'textBytes' : 'officeBytes');
    } catch (e) {
      return no(e instanceof InputError ? e.message : `无法读取文件 ${name}`);
    }
  } else ({ name, bytes } = input);

  const ext = extname(name).toLowerCase();
  if (bytes.length > INPUT_LIMITS.officeBytes) return no(tooLarge(name, 'officeBytes', `有 ${formatBytes(bytes.length)}`).message);
  if (bytes.length === 0) return no(`“${name}”是空文件，没有可导入的内容`);
  if (startsWith(bytes, 0xd0, 0xcf, 0x11, 0xe0)) {
    return no(`“${name}”是旧版 Word/Excel 格式（.doc/.xls），请在 Word 或 WPS 中另存为 .docx 或 .xlsx 后再导入`);
  }

  let format: InputFormat;
  let lines: SourceLine[];
  let note = '';
  try {
    if (startsWith(bytes, 0x25, 0x50, 0x44, 0x46)) {
      format = 'pdf';
      checkPdfStreams(bytes, name);
      lines = await readPdfLines(bytes);
    } else if (startsWith(bytes, 0x50, 0x4b)) {
      checkOfficeZip(bytes, name);
      const kind = await zipKind(bytes).catch(() => null);
      if (!kind) return no(`“${name}”是压缩文件但不是 Word（.docx）或 Excel（.xlsx）文档，或文件已损坏`);
      format = kind;
      lines = kind === 'docx' ? await readDocxLines(bytes) : await readXlsxLines(bytes, name);
    } else {
      if (ext === '.docx' || ext === '.xlsx') return no(`“${name}”已损坏或不是有效的 ${ext} 文件（内容不是 Office 文档）`);
      if (bytes.length > INPUT_LIMITS.textBytes) return no(tooLarge(name, 'textBytes', `是文本，有 ${formatBytes(bytes.length)}`).message);
      const { text, encoding } = decodeText(bytes);
      if (text.slice(0, 4096).includes(String.fromCharCode(0))) return no(`“${name}”不是文本文件，也不是 Word（.docx）或 Excel（.xlsx）文档，无法导入`);
      format = ext === '.html' || ext === '.htm' || looksLikeHtml(text) ? 'html' : 'text';
      lines = format === 'html' ? linesFromHtml(text) : linesFromText(text);
      note = `（${encoding} 编码）`;
    }
    checkLines(lines, name);
  } catch (e) {
    if (e instanceof PdfReadError) return no(`“${name}”：${e.message}`);
    if (e instanceof InputError) return no(e.message);
    const why = e instanceof Error ? e.message : String(e);
    return no(`“${name}”无法读取，文件可能已损坏：${why}`);
  }
  if (lines.length === 0) return no(`“${name}”中没有文字内容，无法导入`);
  return { ok: true, name, format, lines, note, bytes };
}

export async function importReport(input: ImportInput, options: { fallbackYear?: number; read?: FileReader } = {}): Promise<ImportResult> {
  const got = await readReportLines(input, options.read);
  if (!got.ok) return fail(got.message);
  const { name, format, lines, note, bytes } = got;
  // A workbook exported by 年报 Studio carries the text and 基本信息 in its 报告正文 sheet.
  const own = format === 'xlsx' ? await readOwnWorkbookText(bytes).catch(() => null) : null;
  const result = projectFromLines(own ? lines.filter((l) => !own.owns(l)) : lines, {
    format,
    fallbackYear: options.fallbackYear ?? new Date().getFullYear() - 1,
    sourceName: `${name}${note}`,
  });
  return own ? own.applyTo(result) : result;
}
