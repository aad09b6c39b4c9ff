// A .docx / .xlsx is a zip archive. Before any library inflates it, its central directory is
// read here and every declared size, compression ratio and the entry count are held against
// INPUT_LIMITS; then each entry is inflated once under a hard output cap equal to its declared
// size, so an archive that lies about its sizes is caught too. Only after this may JSZip or
// exceljs open the bytes: what they inflate is then known to be small.
import { inflateRawSync } from 'node:zlib';
import { INPUT_LIMITS, formatBytes } from './input-limits';
import { InputError, tooLarge } from './read-input';

const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;
const MiB = 1024 * 1024;

export interface ZipEntryInfo {
  name: string;
  method: number;
  compressedSize: number;
  size: number;
  localOffset: number;
}

function damaged(name: string, why: string): InputError {
  return new InputError('damaged', `“${name}”已损坏或不是有效的 Office 文档（${why}）`);
}

function findEocd(b: Buffer): number {
  const stop = Math.max(0, b.length - 22 - 0xffff);
  for (let i = b.length - 22; i >= stop; i--) if (b.readUInt32LE(i) === EOCD) return i;
  return -1;
}

/** The entries the central directory declares, after checking count, sizes and ratios. */
export function zipDirectory(bytes: Uint8Array, name: string): ZipEntryInfo[] {
  const b = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const eocd = findEocd(b);
  if (eocd < 0) throw damaged(name, '找不到压缩包目录');
  const count = b.readUInt16LE(eocd + 10);
  const cdSize = b.readUInt32LE(eocd + 12);
  const cdOffset = b.readUInt32LE(eocd + 16);
  if (count === 0xffff || cdOffset === 0xffffffff) throw damaged(name, '使用了 ZIP64 格式，年度报告不会需要这么大的文档');
  if (count > INPUT_LIMITS.zipEntries) throw tooLarge(name, 'zipEntries', `含有 ${count} 个部件`);
  if (cdOffset + cdSize > b.length) throw damaged(name, '压缩包目录超出文件末尾');
  const entries: ZipEntryInfo[] = [];
  let total = 0;
  let p = cdOffset;
  for (let i = 0; i < count; i++) {
    if (p + 46 > b.length || b.readUInt32LE(p) !== CENTRAL) throw damaged(name, '压缩包目录不完整');
    const method = b.readUInt16LE(p + 10);
    const compressedSize = b.readUInt32LE(p + 20);
    const size = b.readUInt32LE(p + 24);
    const nameLen = b.readUInt16LE(p + 28);
    const extraLen = b.readUInt16LE(p + 30);
    const commentLen = b.readUInt16LE(p + 32);
    const localOffset = b.readUInt32LE(p + 42);
    const entryName = b.toString('utf8', p + 46, p + 46 + nameLen);
    p += 46 + nameLen + extraLen + commentLen;
    if (compressedSize === 0xffffffff || size === 0xffffffff) throw damaged(name, '使用了 ZIP64 格式，年度报告不会需要这么大的文档');
    if (size > INPUT_LIMITS.zipEntryBytes) throw tooLarge(name, 'zipEntryBytes', `中的部件 ${entryName} 解压后有 ${formatBytes(size)}`);
    if (size > MiB && size / Math.max(compressedSize, 1) > INPUT_LIMITS.zipRatio) {
      throw tooLarge(name, 'zipRatio', `中的部件 ${entryName} 从 ${formatBytes(compressedSize)} 解压为 ${formatBytes(size)}（${Math.round(size / Math.max(compressedSize, 1))} 倍，疑似“压缩炸弹”）`);
    }
    total += size;
    if (total > INPUT_LIMITS.zipTotalBytes) throw tooLarge(name, 'zipTotalBytes', `解压后超过 ${formatBytes(total)}`);
    entries.push({ name: entryName, method, compressedSize, size, localOffset });
  }
  return entries;
}

/**
 * Checks the archive (zipDirectory), then inflates every entry under a cap equal to its declared
 * size. `inspect` sees each inflated entry (e.g. to count a worksheet's rows) and may throw.
 */
export function checkZip(bytes: Uint8Array, name: string, inspect?: (entry: ZipEntryInfo, data: Buffer) => void): ZipEntryInfo[] {
  const b = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const entries = zipDirectory(bytes, name);
  for (const e of entries) {
    if (e.localOffset + 30 > b.length || b.readUInt32LE(e.localOffset) !== LOCAL) throw damaged(name, `部件 ${e.name} 的位置不正确`);
    const start = e.localOffset + 30 + b.readUInt16LE(e.localOffset + 26) + b.readUInt16LE(e.localOffset + 28);
    if (start + e.compressedSize > b.length) throw damaged(name, `部件 ${e.name} 超出文件末尾`);
    const raw = b.subarray(start, start + e.compressedSize);
    let data: Buffer;
    if (e.method === 0) data = raw;
    else if (e.method === 8) {
      try {
        data = inflateRawSync(raw, { maxOutputLength: Math.max(e.size, 1) });
      } catch (err) {
        if ((err as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE' || err instanceof RangeError) {
          throw new InputError('damaged', `“${name}”中的部件 ${e.name} 实际解压后大于其声明的 ${formatBytes(e.size)}（疑似“压缩炸弹”），未读取`, 'zipEntryBytes');
        }
        throw damaged(name, `部件 ${e.name} 无法解压`);
      }
    } else throw damaged(name, `部件 ${e.name} 使用了不支持的压缩方式 ${e.method}`);
    if (data.length !== e.size) throw damaged(name, `部件 ${e.name} 的大小与声明不符`);
    inspect?.(e, data);
  }
  return entries;
}

/** How many times `needle` occurs in `data` (a worksheet's `<row` tags, say) — no string is built. */
export function countOccurrences(data: Buffer, needle: string): number {
  const n = Buffer.from(needle);
  let count = 0;
  for (let i = data.indexOf(n); i >= 0; i = data.indexOf(n, i + n.length)) count++;
  return count;
}
