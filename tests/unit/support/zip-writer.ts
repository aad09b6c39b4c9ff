// Builds zip archives byte by byte for the attack tests: honest ones, and ones whose central
// directory declares whatever sizes the test wants (a zip bomb that lies), without ever
// writing hundreds of megabytes. Generated at run time; nothing big is committed.
import { deflateRawSync } from 'node:zlib';

const CRC_TABLE = (() => {
  const t = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    t[n] = c >>> 0;
  }
  return t;
})();

function crc32(data: Uint8Array): number {
  let c = 0xffffffff;
  for (let i = 0; i < data.length; i++) c = CRC_TABLE[(c ^ data[i]!) & 0xff]! ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

export interface ZipEntrySpec {
  name: string;
  data: Uint8Array | string;
  /** Claim this uncompressed size in the headers instead of the true one. */
  declaredSize?: number;
  /** An already deflated body (streamed by the caller) of `size` bytes; `data` is then ignored. */
  deflated?: { body: Buffer; size: number };
}

/** `size` zero bytes, deflated in a stream: a real bomb body without holding it in memory. */
/** `size` zero bytes deflated: raw (a zip entry) or with the zlib wrapper (a PDF's FlateDecode stream). */
export async function deflatedZeros(size: number, wrapper: 'raw' | 'zlib' = 'raw'): Promise<{ body: Buffer; size: number }> {
  const { createDeflate, createDeflateRaw } = await import('node:zlib');
  const d = wrapper === 'zlib' ? createDeflate({ level: 9 }) : createDeflateRaw({ level: 9 });
  const out: Buffer[] = [];
  d.on('data', (c: Buffer) => out.push(c));
  const chunk = Buffer.alloc(1 << 20);
  for (let left = size; left > 0; left -= chunk.length) d.write(left >= chunk.length ? chunk : chunk.subarray(0, left));
  d.end();
  await new Promise((r) => d.on('end', r));
  return { body: Buffer.concat(out), size };
}

export function buildZip(entries: readonly ZipEntrySpec[]): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const e of entries) {
    const data = e.deflated ? Buffer.alloc(0) : typeof e.data === 'string' ? Buffer.from(e.data) : Buffer.from(e.data);
    const compressed = e.deflated ? e.deflated.body : deflateRawSync(data, { level: 9 });
    const name = Buffer.from(e.name);
    const size = e.declaredSize ?? e.deflated?.size ?? data.length;
    // A streamed body's CRC is not computed (nothing reads that far: the sizes refuse it first).
    const crc = e.deflated ? 0 : crc32(data);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(0x0800, 6);
    local.writeUInt16LE(8, 8);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(compressed.length, 18);
    local.writeUInt32LE(size, 22);
    local.writeUInt16LE(name.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(0x0800, 8);
    central.writeUInt16LE(8, 10);
    central.writeUInt32LE(crc, 16);
    central.writeUInt32LE(compressed.length, 20);
    central.writeUInt32LE(size, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, name, compressed);
    centrals.push(central, name);
    offset += local.length + name.length + compressed.length;
  }
  const cd = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(cd.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, cd, end]);
}

/** The parts every .xlsx has, around the given worksheet XML. */
export function xlsxWith(sheetXml: string | Uint8Array, declaredSize?: number): Buffer {
  return buildZip([
    { name: '[Content_Types].xml', data: '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>' },
    { name: 'xl/workbook.xml', data: '<workbook><sheets><sheet name="表三" sheetId="1" r:id="rId1"/></sheets></workbook>' },
    { name: 'xl/worksheets/sheet1.xml', data: sheetXml, ...(declaredSize !== undefined ? { declaredSize } : {}) },
  ]);
}

/** The parts every .docx has, around the given document XML. */
export function docxWith(documentXml: string | Uint8Array, declaredSize?: number): Buffer {
  return buildZip([
    { name: '[Content_Types].xml', data: '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>' },
    { name: 'word/document.xml', data: documentXml, ...(declaredSize !== undefined ? { declaredSize } : {}) },
  ]);
}
