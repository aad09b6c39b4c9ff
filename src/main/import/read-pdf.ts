// A PDF report → its pages' text items with positions, read by PDF.js (pdfjs-dist, legacy
// build: pure JavaScript, runs in Node and Electron's main process). Offline: no worker
// thread, no font or CMap download (the CMaps ship inside the package and are read from
// disk), no eval. A PDF without a text layer (a scan) has nothing to read: it is refused with
// what to use instead — nothing is recognised from images.
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { linesFromPdf, type PdfPageText, type SourceLine } from '../../shared/import';
import { withMinimalCidTrueTypePrograms } from './pdf-font-programs';

type PdfJs = typeof import('pdfjs-dist/legacy/build/pdf.mjs');
let pdfjs: Promise<PdfJs> | null = null;

/**
 * The legacy build bundles core-js, which on Node 20's V8 replaces two built-ins of the whole
 * process with JavaScript versions: Array.prototype.push (V8 before 12.2 pushes onto an array
 * whose length is read-only without a TypeError) and JSON.parse (the reviver's `source`
 * argument, a proposal). PDF.js relies on neither corner, and its own pushes are hot: the
 * polyfilled push alone was about a fifth of the CPU time of reading a published report
 * (profile in the README). The natives are put back once both modules are loaded, so they
 * are loaded together here rather than the worker module later on the first document.
 */
const HOT_BUILTINS: [Record<string, unknown>, string][] = [
  [Array.prototype as unknown as Record<string, unknown>, 'push'],
  [JSON as unknown as Record<string, unknown>, 'parse'],
];

function loadPdfJs(): Promise<PdfJs> {
  pdfjs ??= (async () => {
    const natives = HOT_BUILTINS.map(([owner, name]) => [owner, name, owner[name]] as const);
    const require = createRequire(import.meta.url);
    const workerUrl = pathToFileURL(require.resolve('pdfjs-dist/legacy/build/pdf.worker.mjs')).href;
    const [m] = await Promise.all([import('pdfjs-dist/legacy/build/pdf.mjs'), import(/* @vite-ignore */ workerUrl)]);
    for (const [owner, name, native] of natives) if (owner[name] !== native) Object.defineProperty(owner, name, { value: native, writable: true, configurable: true, enumerable: false });
    // In-process "fake worker": the worker module (already imported into this thread, where it
    // registered itself as globalThis.pdfjsWorker) runs here, no Worker.
    m.GlobalWorkerOptions.workerSrc = workerUrl;
    return m;
  })();
  return pdfjs;
}

function packageDir(): string {
  return dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json'));
}

export class PdfReadError extends Error {}

const MAX_PAGES = 300;

/** Fewer characters than this on every page together: a scan (or a PDF of images). */
const MIN_TEXT = 40;

export interface PdfReadOptions {
  /**
   * 'minimal' (the default) gives CID TrueType fonts a one-glyph program (pdf-font-programs.ts:
   * the same text, about twice as fast); 'original' reads every font program as embedded (the
   * tests compare the two).
   */
  fontPrograms?: 'minimal' | 'original';
}

export async function readPdfPages(bytes: Uint8Array, options: PdfReadOptions = {}): Promise<PdfPageText[]> {
  const { getDocument } = await loadPdfJs();
  const dir = packageDir();
  const rewritten = options.fontPrograms === 'original' ? bytes : withMinimalCidTrueTypePrograms(bytes);
  const task = getDocument({
    // PDF.js takes ownership of the buffer: give it a copy (the rewritten file is already one).
    // Simply leaving font programs out would lose text (PDF.js then falls back to substitute
    // fonts, with other Unicode values for vertical and standard-named fonts): see
    // pdf-font-programs.ts for why the one-glyph program keeps every character.
    data: rewritten === bytes ? new Uint8Array(bytes) : rewritten,
    cMapUrl: join(dir, 'cmaps') + '/',
    cMapPacked: true,
    standardFontDataUrl: join(dir, 'standard_fonts') + '/',
    disableFontFace: true,
    useSystemFonts: false,
    isEvalSupported: false,
    disableAutoFetch: true,
    verbosity: 0,
  });
  let doc;
  try {
    doc = await task.promise;
  } catch (e) {
    const name = (e as { name?: string }).name;
    if (name === 'PasswordException') throw new PdfReadError('PDF 文件设有打开密码，无法读取：请使用未加密的文件或原始的 Word 文档');
    // PDF.js's own reason is in English and names PDF internals: the clerk is told what to do.
    void e;
    throw new PdfReadError('PDF 文件已损坏或格式不正确，无法读取：请重新下载或另存后再导入，或使用原始的 Word 文档');
  }
  try {
    // A report is a few pages; a huge document is not one, and is not read page by page.
    if (doc.numPages > MAX_PAGES) throw new PdfReadError(`PDF 文件有 ${doc.numPages} 页，超过年度报告可能的 ${MAX_PAGES} 页，未读取：请确认文件是否正确`);
    const pages: PdfPageText[] = [];
    let chars = 0;
    for (let p = 1; p <= doc.numPages; p++) {
      const page = await doc.getPage(p);
      const view = page.getViewport({ scale: 1 });
      const content = await page.getTextContent();
      const items = [];
      for (const it of content.items) {
        if (!('str' in it) || it.str === '') continue;
        // The item's transform is in PDF user space (y up); the viewport turns it into page
        // space with y down, whatever the page's rotation or crop box.
        const [a, b, c, d, e, f] = it.transform as number[];
        const [x, y] = view.convertToViewportPoint(e!, f!) as [number, number];
        const size = Math.hypot(c!, d!) || Math.hypot(a!, b!);
        chars += it.str.trim().length;
        items.push({ str: it.str, x, y, width: it.width, size, ...(it.dir === 'ttb' ? { vertical: true } : {}) });
      }
      pages.push({ width: view.width, height: view.height, items });
      page.cleanup();
    }
    if (chars < MIN_TEXT) {
      throw new PdfReadError(
        `这是扫描件或图片型 PDF（共 ${doc.numPages} 页，没有文字层），无法读取其中的文字，也不会猜测任何数字：请使用原始的 Word（.docx）或 WPS 文档，或先用 OCR 软件识别成文字、核对后另存为 .docx 或 .txt 再导入`,
      );
    }
    return pages;
  } finally {
    await doc.destroy();
  }
}

export async function readPdfLines(bytes: Uint8Array): Promise<SourceLine[]> {
  return linesFromPdf(await readPdfPages(bytes));
}
