// A PDF's compressed streams measured before PDF.js reads any of them. PDF.js inflates a
// stream whole, with no limit: a 500 KB file whose page content inflates to 512 MB took 7 s
// and 1.6 GB of memory in the process that reads it (the app's main process), and was then
// called a scan; a few MB more would end the app. Each compressed stream is decoded here
// under a cap and thrown away — FlateDecode, and the older LZW, RunLength and ASCII filters a
// bomb could hide behind — and a file over a limit is refused with the limit's name, before
// PDF.js sees it. Images count too: a dictionary may call a page's contents an image.
import { constants, inflateSync } from 'node:zlib';
import { INPUT_LIMITS, formatBytes } from '../files/input-limits';
import { tooLarge } from '../files/read-input';

/** The bytes of a stream's dictionary and of its data, as found in the file. */
interface RawStream {
  dict: string;
  data: Uint8Array;
}

/**
 * Every `<<…>> stream … endstream` of the file, found by its keywords rather than through the
 * cross-reference table: a broken or hostile table cannot hide a stream from this scan.
 */
function* rawStreams(bytes: Uint8Array, s: string): Generator<RawStream> {
  const keyword = />>\s*stream(?:\r\n|\n|\r)/g;
  for (let m = keyword.exec(s); m; m = keyword.exec(s)) {
    const start = m.index + m[0].length;
    const end = s.indexOf('endstream', start);
    if (end < 0) return;
    // The dictionary runs back to its object's header (`12 0 obj`).
    const header = s.lastIndexOf(' obj', m.index);
    yield { dict: s.slice(Math.max(header, m.index - 4096, 0), m.index + 2), data: bytes.subarray(start, end) };
    keyword.lastIndex = end;
  }
}

/** The stream's filters, in the order PDF.js applies them. */
function filtersOf(dict: string): string[] {
  const m = /\/Filter\s*(\[[^\]]*\]|\/[^\s/<>[\]()]+)/.exec(dict);
  return m ? [...m[1]!.matchAll(/\/([^\s/<>[\]()]+)/g)].map((f) => f[1]!) : [];
}

/** A decoder's output went past the cap. */
export class OverCap extends Error {}

function asciiHex(data: Uint8Array): Uint8Array {
  const out: number[] = [];
  let high = -1;
  for (const c of data) {
    if (c === 0x3e) break; // '>' ends the data
    const v = c >= 0x30 && c <= 0x39 ? c - 0x30 : c >= 0x41 && c <= 0x46 ? c - 0x37 : c >= 0x61 && c <= 0x66 ? c - 0x57 : -1;
    if (v < 0) continue;
    if (high < 0) high = v;
    else {
      out.push(high * 16 + v);
      high = -1;
    }
  }
  if (high >= 0) out.push(high * 16);
  return Uint8Array.from(out);
}

function ascii85(data: Uint8Array, cap: number): Uint8Array {
  const out: number[] = [];
  let group: number[] = [];
  const flush = (n: number) => {
    while (group.length < 5) group.push(84);
    let v = 0;
    for (const d of group) v = v * 85 + d;
    for (let k = 0; k < n - 1; k++) out.push((v >>> (24 - 8 * k)) & 0xff);
    group = [];
  };
  for (const c of data) {
    if (c === 0x7e) break; // '~>' ends the data
    if (c === 0x7a && group.length === 0) out.push(0, 0, 0, 0);
    else if (c >= 0x21 && c <= 0x75) {
      group.push(c - 0x21);
      if (group.length === 5) flush(5);
    }
    if (out.length > cap) throw new OverCap();
  }
  if (group.length > 1) flush(group.length);
  return Uint8Array.from(out);
}

function runLength(data: Uint8Array, cap: number): Uint8Array {
  const parts: Uint8Array[] = [];
  let size = 0;
  for (let i = 0; i < data.length; ) {
    const n = data[i++]!;
    if (n === 128) break;
    const part = n < 128 ? data.subarray(i, (i += n + 1)) : new Uint8Array(257 - n).fill(data[i++] ?? 0);
    size += part.length;
    if (size > cap) throw new OverCap();
    parts.push(part);
  }
  return Buffer.concat(parts);
}

/** `a` with one more byte. */
function plus(a: Uint8Array, byte: number): Uint8Array {
  const out = new Uint8Array(a.length + 1);
  out.set(a);
  out[a.length] = byte;
  return out;
}

/** LZW as PDF writes it (9- to 12-bit codes, EarlyChange 1). */
function lzw(data: Uint8Array, cap: number): Uint8Array {
  let buf = new Uint8Array(Math.min(cap + 1, Math.max(1024, data.length * 8)));
  let size = 0;
  const table: Uint8Array[] = [];
  const reset = () => {
    table.length = 258;
    for (let k = 0; k < 256; k++) table[k] = Uint8Array.of(k);
  };
  reset();
  let bits = 9;
  let acc = 0;
  let have = 0;
  let prev: Uint8Array | null = null;
  for (const byte of data) {
    acc = (acc << 8) | byte;
    have += 8;
    while (have >= bits) {
      const code = (acc >>> (have - bits)) & ((1 << bits) - 1);
      have -= bits;
      if (code === 257) return buf.subarray(0, size);
      if (code === 256) {
        reset();
        bits = 9;
        prev = null;
        continue;
      }
      const entry: Uint8Array | undefined = table[code] ?? (prev && code === table.length ? plus(prev, prev[0]!) : undefined);
      if (!entry) return buf.subarray(0, size); // a broken stream: PDF.js stops there too
      if (size + entry.length > cap) throw new OverCap();
      if (size + entry.length > buf.length) {
        const grown = new Uint8Array(Math.min(cap + 1, Math.max(buf.length * 2, size + entry.length)));
        grown.set(buf.subarray(0, size));
        buf = grown;
      }
      buf.set(entry, size);
      size += entry.length;
      if (prev && table.length < 4096) table.push(plus(prev, entry[0]!));
      prev = entry;
      if (table.length + 1 >= 1 << bits && bits < 12) bits++;
    }
    acc &= (1 << have) - 1;
  }
  return buf.subarray(0, size);
}

/**
 * What the stream's filters decode it to, as far as PDF.js decodes it for the text: image
 * codecs (DCT, JPX, CCITT, JBIG2) end the chain, since an image is not decoded for its text.
 * Throws OverCap past `cap`.
 */
export function decoded(data: Uint8Array, filters: readonly string[], cap: number): Uint8Array {
  let bytes = data;
  for (const filter of filters) {
    switch (filter) {
      case 'FlateDecode':
      case 'Fl':
        try {
          // A stream cut short inflates as far as it goes (Z_SYNC_FLUSH), as PDF.js reads it.
          bytes = inflateSync(bytes, { maxOutputLength: cap, finishFlush: constants.Z_SYNC_FLUSH });
        } catch (e) {
          if ((e as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE') throw new OverCap();
          // Data zlib cannot read: PDF.js will not read it either, and says the file is damaged.
          return bytes;
        }
        break;
      case 'LZWDecode':
      case 'LZW':
        bytes = lzw(bytes, cap);
        break;
      case 'RunLengthDecode':
      case 'RL':
        bytes = runLength(bytes, cap);
        break;
      case 'ASCII85Decode':
      case 'A85':
        bytes = ascii85(bytes, cap);
        break;
      case 'ASCIIHexDecode':
      case 'AHx':
        bytes = asciiHex(bytes);
        break;
      default:
        return bytes;
    }
  }
  return bytes;
}

/** Throws the limit's InputError when a stream, or all of them together, decode past the limits. */
export function checkPdfStreams(bytes: Uint8Array, name: string): void {
  const s = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1');
  let total = 0;
  for (const { dict, data } of rawStreams(bytes, s)) {
    const filters = filtersOf(dict);
    if (filters.length === 0) continue;
    let size: number;
    try {
      size = decoded(data, filters, INPUT_LIMITS.pdfStreamBytes).byteLength;
    } catch (e) {
      if (e instanceof OverCap) throw tooLarge(name, 'pdfStreamBytes', '中有一个数据流解压后过大（可能是压缩炸弹）');
      throw e;
    }
    total += size;
    if (total > INPUT_LIMITS.pdfInflatedBytes) throw tooLarge(name, 'pdfInflatedBytes', `的数据流解压后共有 ${formatBytes(total)}（图片过多，或可能是压缩炸弹）`);
  }
}
