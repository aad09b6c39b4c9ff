// `importReport`: any supported report file → a project and an import log. The format is
// told by content first (a .docx renamed .txt is still a Word file), then by extension.
// Bad input never throws: the result says in Chinese what is wrong with the file.
import { promises as fs } from 'node:fs';
import { basename, extname } from 'node:path';
import { linesFromHtml, linesFromText, projectFromLines, type ImportResult, type InputFormat, type SourceLine } from '../../shared/import';
import { readOwnWorkbookText } from '../export/xlsx/read-report-text';
import { describeFsError } from '../files/project-io';
import { decodeText } from './decode-text';
import { readDocxLines } from './read-docx';
import { PdfReadError, readPdfLines } from './read-pdf';
import { readXlsxLines } from './read-xlsx';

export type ImportInput = string | { name: string; bytes: Uint8Array };

export const IMPORT_EXTENSIONS = ['.docx', '.xlsx', '.pdf', '.txt', '.html', '.htm'] as const;

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

function looksLikeHtml(text: string): boolean {
  return /^\s*(<!doctype html|<html|<head|<body|<meta|<table|<div|<p[\s>])/i.test(text);
}

export async function importReport(input: ImportInput, options: { fallbackYear?: number } = {}): Promise<ImportResult> {
  let name: string;
  let bytes: Uint8Array;
  if (typeof input === 'string') {
    name = basename(input);
    try {
      bytes = await fs.readFile(input);
    } catch (e) {
      return fail(`无法读取文件 ${input}：${describeFsError(e)}`);
    }
  } else ({ name, bytes } = input);

  const ext = extname(name).toLowerCase();
  if (bytes.length === 0) return fail(`“${name}”是空文件，没有可导入的内容`);
  if (startsWith(bytes, 0xd0, 0xcf, 0x11, 0xe0)) {
    return fail(`“${name}”是旧版 Word/Excel 格式（.doc/.xls），请在 Word 或 WPS 中另存为 .docx 或 .xlsx 后再导入`);
  }

  let format: InputFormat;
  let lines: SourceLine[];
  let note = '';
  try {
    if (startsWith(bytes, 0x25, 0x50, 0x44, 0x46)) {
      format = 'pdf';
      lines = await readPdfLines(bytes);
    } else if (startsWith(bytes, 0x50, 0x4b)) {
      const kind = await zipKind(bytes).catch(() => null);
      if (!kind) return fail(`“${name}”是压缩文件但不是 Word（.docx）或 Excel（.xlsx）文档，或文件已损坏`);
      format = kind;
      lines = kind === 'docx' ? await readDocxLines(bytes) : await readXlsxLines(bytes);
    } else {
      if (ext === '.docx' || ext === '.xlsx') return fail(`“${name}”已损坏或不是有效的 ${ext} 文件（内容不是 Office 文档）`);
      const { text, encoding } = decodeText(bytes);
      if (text.slice(0, 4096).includes(String.fromCharCode(0))) return fail(`“${name}”不是文本文件，也不是 Word（.docx）或 Excel（.xlsx）文档，无法导入`);
      format = ext === '.html' || ext === '.htm' || looksLikeHtml(text) ? 'html' : 'text';
      lines = format === 'html' ? linesFromHtml(text) : linesFromText(text);
      note = `（${encoding} 编码）`;
    }
  } catch (e) {
    if (e instanceof PdfReadError) return fail(`“${name}”：${e.message}`);
    const why = e instanceof Error ? e.message : String(e);
    return fail(`“${name}”无法读取，文件可能已损坏：${why}`);
  }
  if (lines.length === 0) return fail(`“${name}”中没有文字内容，无法导入`);
  // A workbook exported by 年报 Studio carries the text and 基本信息 in its 报告正文 sheet.
  const own = format === 'xlsx' ? await readOwnWorkbookText(bytes).catch(() => null) : null;
  const result = projectFromLines(own ? lines.filter((l) => !own.owns(l)) : lines, {
    format,
    fallbackYear: options.fallbackYear ?? new Date().getFullYear() - 1,
    sourceName: `${name}${note}`,
  });
  return own ? own.applyTo(result) : result;
}
