// Bytes of a .txt or .html report → text. Pages saved from government sites are UTF-8, GBK
// (GB18030) or UTF-16 with a BOM; the declared charset of an HTML page wins when present.

function hasBom(b: Uint8Array, ...bom: number[]): boolean {
  return bom.every((x, i) => b[i] === x);
}

export function decodeText(bytes: Uint8Array): { text: string; encoding: string } {
  if (hasBom(bytes, 0xef, 0xbb, 0xbf)) return { text: new TextDecoder('utf-8').decode(bytes.subarray(3)), encoding: 'UTF-8' };
  if (hasBom(bytes, 0xff, 0xfe)) return { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), encoding: 'UTF-16LE' };
  if (hasBom(bytes, 0xfe, 0xff)) return { text: new TextDecoder('utf-16be').decode(bytes.subarray(2)), encoding: 'UTF-16BE' };
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 2048));
  const declared = /<meta[^>]+charset\s*=\s*["']?([\w-]+)/i.exec(head)?.[1]?.toLowerCase();
  if (declared && /^(gb2312|gbk|gb18030)$/.test(declared)) return { text: new TextDecoder('gb18030').decode(bytes), encoding: 'GB18030' };
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'UTF-8' };
  } catch {
    return { text: new TextDecoder('gb18030').decode(bytes), encoding: 'GB18030' };
  }
}
