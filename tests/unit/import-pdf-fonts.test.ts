// PDF import reads CID TrueType fonts through a one-glyph program (pdf-font-programs.ts): the
// text items (strings, positions, widths) must be exactly those read with the embedded programs,
// on the published WPS PDFs (../shared, skipped when absent; one has a vertical font, whose
// characters would change if PDF.js fell back to a substitute font) and on a PDF printed by
// Chromium when it is installed. Files the rewriter is not sure of are left untouched.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { deflateSync } from 'node:zlib';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readPdfPages } from '../../src/main/import/read-pdf';
import { withMinimalCidTrueTypePrograms } from '../../src/main/import/pdf-font-programs';
import { CELL_KEYS } from '../../src/shared';
import { printedBlocks, toHtml } from './support/printed-report';
import { chromiumPath } from './support/pdf-producers';

const PUBLISHED = join(__dirname, '../../../shared/samples/published');
const latin1 = (b: Uint8Array) => Buffer.from(b).toString('latin1');

async function sameTextBothWays(bytes: Uint8Array): Promise<void> {
  const rewritten = withMinimalCidTrueTypePrograms(bytes);
  expect(rewritten, 'the CID TrueType fonts were given the small program').not.toBe(bytes);
  expect(latin1(rewritten.subarray(0, bytes.length)) === latin1(bytes), 'the original bytes are kept').toBe(true);
  const fast = await readPdfPages(bytes);
  const slow = await readPdfPages(bytes, { fontPrograms: 'original' });
  expect(fast.reduce((n, p) => n + p.items.length, 0)).toBeGreaterThan(100);
  expect(fast).toEqual(slow);
}

describe('CID TrueType fonts read through a one-glyph program give the same text', () => {
  const present = existsSync(PUBLISHED);
  if (!present) it.skip('../shared/samples/published is absent: the published PDFs are not compared', () => {});
  for (const year of [2023, 2024]) {
    it.runIf(present)(`${year}-huaian-hongze-qzf.pdf (WPS, vertical 宋体 included)`, async () => {
      const bytes = new Uint8Array(readFileSync(join(PUBLISHED, `${year}-huaian-hongze-qzf.pdf`)));
      await sameTextBothWays(bytes);
      // The vertically printed 三、本年度办理结果 keeps its 、 (a fallback font would give ︑).
      const items = (await readPdfPages(bytes)).flatMap((p) => p.items).filter((i) => i.vertical);
      expect(items.map((i) => i.str).join('')).toContain('、');
    });
  }
  const chromium = chromiumPath();
  if (!chromium) it.skip('chromium is not installed: a Chromium-printed PDF is not compared', () => {});
  it.runIf(chromium !== null)('a report printed to PDF by Chromium', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'nianbao-fonts-'));
    const values = Object.fromEntries(CELL_KEYS.map((k, i) => [k, i % 7 === 0 ? null : i * 37]));
    writeFileSync(join(dir, 'r.html'), toHtml(printedBlocks('某某县统计局', 2024, values, { spans: true })));
    execFileSync(chromium!, ['--headless', '--no-sandbox', '--disable-gpu', '--no-pdf-header-footer', `--print-to-pdf=${join(dir, 'r.pdf')}`, `file://${join(dir, 'r.html')}`], { stdio: 'ignore', timeout: 60_000 });
    await sameTextBothWays(new Uint8Array(readFileSync(join(dir, 'r.pdf'))));
  }, 90_000);
});

/** A PDF from object bodies (numbered from 1), with a classic cross-reference table. */
function pdf(objects: string[], trailerExtra = ''): Uint8Array {
  let out = '%PDF-1.7\n';
  const offsets: number[] = [];
  objects.forEach((o, i) => {
    offsets.push(out.length);
    out += `${i + 1} 0 obj\n${o}\nendobj\n`;
  });
  const xref = out.length;
  out += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')}`;
  out += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R ${trailerExtra}>>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(out, 'latin1');
}

const stream = (dict: string, data: string) => `<< ${dict} /Length ${data.length} >>\nstream\n${data}\nendstream`;
const TRUETYPE = '\0\x01\0\0' + '\0'.repeat(60);
const CFF = 'OTTO' + '\0'.repeat(60);
/** Catalog, pages, a page using F1 (Type0 → CIDFontType2 → descriptor 6 → program 7), then extra objects. */
const cidFont = (program: string, extra: string[] = []) => [
  '<< /Type /Catalog /Pages 2 0 R >>',
  '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
  '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R >> >> >>',
  '<< /Type /Font /Subtype /Type0 /BaseFont /AAAAAA+SimSun /Encoding /Identity-H /DescendantFonts [5 0 R] >>',
  '<< /Type /Font /Subtype /CIDFontType2 /BaseFont /AAAAAA+SimSun /CIDSystemInfo << /Registry (Adobe) /Ordering (Identity) /Supplement 0 >> /FontDescriptor 6 0 R /W [1 [500]] >>',
  '<< /Type /FontDescriptor /FontName /AAAAAA+SimSun /Flags 4 /FontBBox [0 0 1000 1000] /ItalicAngle 0 /Ascent 880 /Descent -120 /CapHeight 700 /StemV 80 /FontFile2 7 0 R >>',
  stream('/Length1 64', program),
  ...extra,
];

describe('the font-program rewrite leaves alone what it is not sure of', () => {
  it('rewrites a plain CID TrueType font: the descriptor is redefined to a new small program', () => {
    const bytes = pdf(cidFont(TRUETYPE));
    const out = withMinimalCidTrueTypePrograms(bytes);
    const update = latin1(out.subarray(bytes.length));
    expect(update).toMatch(/^8 0 obj\n<<\/Length \d+ \/Length1 \d+>>\nstream\n/);
    expect(update).toContain('6 0 obj\n<< /Type /FontDescriptor /FontName /AAAAAA+SimSun /Flags 4 /FontBBox [0 0 1000 1000] /ItalicAngle 0 /Ascent 880 /Descent -120 /CapHeight 700 /StemV 80 /FontFile2 8 0 R >>');
    expect(update).toMatch(/trailer\n<<\/Size 9 \/Root 1 0 R \/Prev \d+>>\nstartxref\n\d+\n%%EOF\n$/);
  });
  it('gives the page contents inflated, the same bytes without their filter', () => {
    const text = 'BT /F1 12 Tf 72 700 Td <0001> Tj ET';
    const objects = cidFont(TRUETYPE, [stream('/Filter /FlateDecode', deflateSync(text).toString('latin1'))]);
    objects[2] = objects[2]!.replace('/MediaBox', '/Contents 8 0 R /MediaBox');
    const bytes = pdf(objects);
    const update = latin1(withMinimalCidTrueTypePrograms(bytes).subarray(bytes.length));
    expect(update).toContain(`8 0 obj\n<< /Length ${text.length}>>\nstream\n${text}\nendstream\nendobj\n`);
  });
  it('a page content stream that inflates past 64 MB (a bomb) is left compressed, never inflated here', () => {
    const bomb = deflateSync(Buffer.alloc(80 * 1024 * 1024, 0x20), { level: 9 });
    const objects = cidFont(TRUETYPE, [stream('/Filter /FlateDecode', bomb.toString('latin1'))]);
    objects[2] = objects[2]!.replace('/MediaBox', '/Contents 8 0 R /MediaBox');
    const bytes = pdf(objects);
    const before = process.memoryUsage().rss;
    const update = latin1(withMinimalCidTrueTypePrograms(bytes).subarray(bytes.length));
    // The font is still given its small program; the bomb is not redefined.
    expect(update).toContain('/FontFile2 9 0 R');
    expect(update).not.toMatch(/(^|\n)8 0 obj/);
    expect(process.memoryUsage().rss - before).toBeLessThan(100 * 1024 * 1024);
  });
  it('a CFF program in /FontFile2 (its FontMatrix scales widths), an encrypted file, an earlier update: untouched', () => {
    for (const bytes of [pdf(cidFont(CFF)), pdf(cidFont(TRUETYPE), '/Encrypt 9 0 R'), pdf(cidFont(TRUETYPE), '/Prev 9')]) expect(withMinimalCidTrueTypePrograms(bytes)).toBe(bytes);
  });
  it('a descriptor or program also used by a simple TrueType font (whose program gives its encoding): untouched', () => {
    const sharedDescriptor = pdf(cidFont(TRUETYPE, ['<< /Type /Font /Subtype /TrueType /BaseFont /AAAAAA+SimSun /FirstChar 32 /LastChar 32 /Widths [250] /FontDescriptor 6 0 R >>']));
    expect(withMinimalCidTrueTypePrograms(sharedDescriptor)).toBe(sharedDescriptor);
    const sharedProgram = pdf(cidFont(TRUETYPE, ['<< /Type /FontDescriptor /FontName /AAAAAA+SimSun /Flags 32 /FontFile2 7 0 R >>', '<< /Type /Font /Subtype /TrueType /BaseFont /AAAAAA+SimSun /FirstChar 32 /LastChar 32 /Widths [250] /FontDescriptor 8 0 R >>']));
    expect(withMinimalCidTrueTypePrograms(sharedProgram)).toBe(sharedProgram);
  });
  it('a file it cannot parse (no startxref, a wrong offset) is handed to PDF.js as it is', () => {
    const broken = Buffer.from(latin1(pdf(cidFont(TRUETYPE))).replace(/startxref\n\d+/, 'startxref\n3'), 'latin1');
    expect(withMinimalCidTrueTypePrograms(broken)).toBe(broken);
    const none = Buffer.from('%PDF-1.7\n1 0 obj /CIDFontType2 endobj\n', 'latin1');
    expect(withMinimalCidTrueTypePrograms(none)).toBe(none);
  });
});
