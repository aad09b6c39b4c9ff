// Bytes of a .txt or .html report → text. Pages saved from government sites are UTF-8, GBK
// (GB18030) or UTF-16 with a BOM; the declared charset of an HTML page wins when present.
import { isUtf8, transcode } from 'node:buffer';

function hasBom(b: Uint8Array, ...bom: number[]): boolean {
  return bom.every((x, i) => b[i] === x);
}

// Decoders are reused: making one costs more than decoding a report (a batch decodes thousands).
const UTF8 = new TextDecoder('utf-8');
const UTF8_STRICT = new TextDecoder('utf-8', { fatal: true });
const UTF16LE = new TextDecoder('utf-16le');
const UTF16BE = new TextDecoder('utf-16be');
/** Made on first use: a Node built without full ICU has no gb18030, and UTF-8 files never need it. */
let gb18030: TextDecoder | undefined;
const GB18030 = { decode: (bytes: Uint8Array) => (gb18030 ??= new TextDecoder('gb18030')).decode(bytes) };

/**
 * UTF-8 without a leading BOM, exactly as UTF8_STRICT reads it, or null when the bytes are not
 * UTF-8. A batch decodes thousands of reports: checking the bytes and widening them to UTF-16
 * (Node's transcode) costs about a fifth of what TextDecoder takes to build the same string.
 * Where this Node lacks either (a build without ICU has no transcode), TextDecoder reads it.
 */
function strictUtf8(bytes: Uint8Array): string | null {
  if (typeof isUtf8 !== 'function' || typeof transcode !== 'function') {
    try {
      return UTF8_STRICT.decode(bytes);
    } catch {
      return null;
    }
  }
  return isUtf8(bytes) ? transcode(bytes, 'utf8', 'utf16le').toString('utf16le') : null;
}

export function decodeText(bytes: Uint8Array): { text: string; encoding: string } {
  if (hasBom(bytes, 0xef, 0xbb, 0xbf)) return { text: UTF8.decode(bytes.subarray(3)), encoding: 'UTF-8' };
  if (hasBom(bytes, 0xff, 0xfe)) return { text: UTF16LE.decode(bytes.subarray(2)), encoding: 'UTF-16LE' };
  if (hasBom(bytes, 0xfe, 0xff)) return { text: UTF16BE.decode(bytes.subarray(2)), encoding: 'UTF-16BE' };
  // Only ASCII matters to the pattern: Buffer's latin1 (no converter) reads it as windows-1252 would.
  const head = Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.length, 2048)).toString('latin1');
  const declared = /<meta[^>]+charset\s*=\s*["']?([\w-]+)/i.exec(head)?.[1]?.toLowerCase();
  if (declared && /^(gb2312|gbk|gb18030)$/.test(declared)) return { text: GB18030.decode(bytes), encoding: 'GB18030' };
  const text = strictUtf8(bytes);
  return text !== null ? { text, encoding: 'UTF-8' } : { text: GB18030.decode(bytes), encoding: 'GB18030' };
}
