// The PDF stream limits (src/main/import/pdf-stream-limits.ts): every filter a page's contents
// can be compressed with is decoded under the cap, so that no filter chain lets a bomb through
// to PDF.js, and the decoders read real data as the PDF specification writes it.
import { deflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { checkPdfStreams, decoded, OverCap } from '../../src/main/import/pdf-stream-limits';
import { minimalPdf } from './support/minimal-pdf';
import { readPdfPages } from '../../src/main/import/read-pdf';

const MB = 2 ** 20;
const text = (b: Uint8Array) => Buffer.from(b).toString('latin1');

/**
 * A one-page PDF whose page content is `data` under `filter` (e.g. `/FlateDecode`, `[/AHx /Fl]`),
 * with Helvetica as /F1 for text PDF.js can read, on a page `height` points tall.
 */
function pagePdf(filter: string, data: Uint8Array, height = 842): Uint8Array {
  return minimalPdf([
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 ${height}] /Resources << /Font << /F1 5 0 R >> >> /Contents 4 0 R >>`,
    `<< /Length ${data.length} /Filter ${filter} >>\nstream\n${text(data)}\nendstream`,
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
  ]);
}

/** LZW codes packed as PDF writes them: 9 bits, one more each time the table (EarlyChange 1) fills. */
function packLzw(codes: readonly number[]): Uint8Array {
  const out: number[] = [];
  let acc = 0;
  let have = 0;
  let next = 258;
  let bits = 9;
  // The decoder adds a table entry for every code but the first after a clear.
  let first = true;
  for (const code of codes) {
    acc = (acc << bits) | code;
    have += bits;
    while (have >= 8) {
      out.push((acc >>> (have - 8)) & 0xff);
      have -= 8;
    }
    acc &= (1 << have) - 1;
    if (code === 256) {
      next = 258;
      bits = 9;
      first = true;
    } else if (code !== 257) {
      if (!first && next < 4096) next++;
      first = false;
      if (next + 1 >= 1 << bits && bits < 12) bits++;
    }
  }
  if (have > 0) out.push((acc << (8 - have)) & 0xff);
  return Uint8Array.from(out);
}

/**
 * The codes an LZW compressor writes for `data`, as PDF producers do: a clear code first, and
 * again each time the table is nearly full (4093 entries, while the decoder is one entry behind).
 */
function lzwCodes(data: Uint8Array): number[] {
  const codes = [256];
  let table = new Map<string, number>();
  let next = 258;
  // Single bytes are their own codes; longer strings are in the table.
  const codeOf = (w: string) => (w.length === 1 ? w.charCodeAt(0) : table.get(w)!);
  let w = '';
  for (const byte of data) {
    const c = String.fromCharCode(byte);
    const wc = w + c;
    if (w === '' || table.has(wc)) {
      w = wc;
      continue;
    }
    codes.push(codeOf(w));
    table.set(wc, next++);
    if (next === 4093) {
      codes.push(256);
      table = new Map();
      next = 258;
    }
    w = c;
  }
  if (w !== '') codes.push(codeOf(w));
  codes.push(257);
  return codes;
}

describe('the decoders read what the PDF specification writes', () => {
  it('LZW: the specification example -----A---B', () => {
    // PDF 32000-1:2008, 7.4.4.2: the codes 45 258 258 65 259 66 257 as 80 0B 60 50 22 0C 0C 85 01.
    const data = Uint8Array.from([0x80, 0x0b, 0x60, 0x50, 0x22, 0x0c, 0x0c, 0x85, 0x01]);
    expect(text(decoded(data, ['LZWDecode'], MB))).toBe('-----A---B');
  });

  it('LZW: codes of every width and clear codes read as PDF.js reads them (an independent decoder)', async () => {
    // 3,000 lines of varied text: the table fills and is cleared many times, codes reach 12 bits.
    const lines = Array.from({ length: 3000 }, (_, i) => `Line ${i} ${((i * 7919) % 10007).toString(36)} report ${(i * i) % 97} end`);
    const content = Buffer.from(`BT /F1 8 Tf 12 TL 20 39990 Td\n${lines.map((l) => `(${l}) '`).join('\n')}\nET\n`, 'latin1');
    const codes = lzwCodes(content);
    expect(codes.filter((c) => c === 256).length).toBeGreaterThan(4);
    const packed = packLzw(codes);
    expect(Buffer.from(decoded(packed, ['LZWDecode'], 4 * MB)).equals(content)).toBe(true);
    const pdf = pagePdf('/LZWDecode', packed, 40_000);
    expect(() => checkPdfStreams(pdf, 'lzw.pdf')).not.toThrow();
    const [page] = await readPdfPages(pdf);
    expect(page!.items.map((it) => it.str)).toEqual(lines);
  });

  it('RunLength, ASCIIHex and ASCII85, and chains of them before FlateDecode', () => {
    expect(text(decoded(Uint8Array.from([2, 0x61, 0x62, 0x63, 253, 0x7a, 128]), ['RunLengthDecode'], MB))).toBe('abczzzz');
    expect(text(decoded(Buffer.from('48 65 6C6c 6F>'), ['ASCIIHexDecode'], MB))).toBe('Hello');
    // The specification's own example: “Man is d” is 9jqo^BlbD-.
    expect(text(decoded(Buffer.from('9jqo^BlbD-~>'), ['ASCII85Decode'], MB))).toBe('Man is d');
    expect(text(decoded(Buffer.from('z!!~>'), ['A85'], MB))).toBe('\0\0\0\0\0');
    const hexOfDeflate = Buffer.from(deflateSync(Buffer.from('BT /F1 12 Tf (年报) Tj ET')).toString('hex') + '>');
    expect(Buffer.from(decoded(hexOfDeflate, ['AHx', 'Fl'], MB)).toString()).toBe('BT /F1 12 Tf (年报) Tj ET');
  });

  it('an image codec ends the chain: the image is measured as it is stored, never decoded', () => {
    const jpeg = Uint8Array.from([0xff, 0xd8, 0xff, 0xe0, 1, 2, 3]);
    expect(decoded(jpeg, ['DCTDecode'], MB)).toBe(jpeg);
  });
});

describe('no filter lets a bomb through to PDF.js', () => {
  const refused = /数据流解压后过大（可能是压缩炸弹），超过PDF 单个数据流解压后大小上限（128\.0 MB）/;
  const cases: [string, string, () => Uint8Array][] = [
    ['FlateDecode', '/FlateDecode', () => deflateSync(Buffer.alloc(200 * MB), { level: 9 })],
    ['ASCIIHex before FlateDecode', '[/ASCIIHexDecode /FlateDecode]', () => Buffer.from(deflateSync(Buffer.alloc(200 * MB), { level: 9 }).toString('hex') + '>')],
    // 1.1 M runs of 128 copies: 2.2 MB stored, 144 MB decoded.
    ['RunLengthDecode', '/RunLengthDecode', () => Buffer.alloc(2 * 1_125_000, Buffer.from([129, 0x20]))],
    // LZW of spaces: the codes for runs of 1, 2, 3 … 3838 spaces, then the longest run again and again.
    [
      'LZWDecode',
      '/LZWDecode',
      () => {
        const codes = [0x20];
        for (let c = 258; c < 4096; c++) codes.push(c);
        while (codes.length < 45_000) codes.push(4095);
        return packLzw([...codes, 257]);
      },
    ],
  ];
  for (const [name, filter, data] of cases) {
    it(name, () => {
      const bytes = data();
      expect(bytes.length).toBeLessThan(4 * MB);
      expect(() => checkPdfStreams(pagePdf(filter, bytes), 'bomb.pdf')).toThrow(refused);
    });
  }

  it('the decoders stop at the cap, whatever the chain', () => {
    const bomb = deflateSync(Buffer.alloc(2 * MB), { level: 9 });
    expect(() => decoded(bomb, ['FlateDecode'], MB)).toThrow(OverCap);
    expect(decoded(bomb, ['FlateDecode'], 4 * MB).length).toBe(2 * MB);
  });

  it('a real page content under every filter is let through', () => {
    const content = Buffer.from('BT /F1 12 Tf 72 720 Td (2024) Tj ET\n'.repeat(200));
    for (const [filter, data] of [
      ['/FlateDecode', deflateSync(content)],
      ['[/AHx /Fl]', Buffer.from(deflateSync(content).toString('hex') + '>')],
      ['/RunLengthDecode', Buffer.concat([Buffer.from([content.length > 128 ? 127 : content.length - 1]), content.subarray(0, 128), Buffer.from([128])])],
    ] as const) {
      expect(() => checkPdfStreams(pagePdf(filter, data), 'report.pdf'), filter).not.toThrow();
    }
  });
});
