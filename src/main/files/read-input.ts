// The one door through which a file the user chose is read: a project, a published report, a
// unit's report in a folder run, an --expect list. It looks before it reads: only a regular
// file is opened (a FIFO would block forever, /dev/zero never ends, a folder is no report), and
// only up to the size limit for its kind, so nothing ever reads more than it was allowed to.
// Importers of any format (.docx, .xlsx, .txt, .pdf …) call readInput and get either the bytes
// or an InputError carrying a Chinese message that names the file, the limit and the size.
import * as fs from 'node:fs';
import { constants, type Stats } from 'node:fs';
import { basename } from 'node:path';
import { INPUT_LIMITS, LIMIT_NAMES, formatBytes, type InputLimit } from './input-limits';

export type InputErrorCode = 'missing' | 'not-file' | 'too-large' | 'damaged' | 'not-utf8' | 'io' | 'timeout';

/** A file that cannot be read as input; `message` is Chinese and never quotes the file's content. */
export class InputError extends Error {
  constructor(
    readonly code: InputErrorCode,
    message: string,
    /** The limit that refused it, when one did. */
    readonly limit?: InputLimit,
  ) {
    super(message);
    this.name = 'InputError';
  }
}

export const isInputError = (e: unknown): e is InputError => e instanceof InputError;

function kindOf(stat: Stats): string {
  if (stat.isDirectory()) return '文件夹';
  if (stat.isFIFO()) return '命名管道（FIFO）';
  if (stat.isCharacterDevice() || stat.isBlockDevice()) return '设备文件';
  if (stat.isSocket()) return '套接字';
  return '特殊文件';
}

function notAFile(path: string, stat: Stats): InputError {
  return new InputError('not-file', `“${basename(path)}”是${kindOf(stat)}，不是普通文件，无法读取`);
}

/** The Chinese refusal for a size over a limit. */
export function tooLarge(path: string, limit: InputLimit, size: string): InputError {
  return new InputError('too-large', `“${basename(path)}”${size}，超过${LIMIT_NAMES[limit]}（${formatLimit(limit)}），未读取`, limit);
}

export function formatLimit(limit: InputLimit): string {
  const v = INPUT_LIMITS[limit];
  if (limit.endsWith('Bytes')) return formatBytes(v);
  if (limit === 'zipRatio') return `${v} 倍`;
  if (limit === 'batchFileMs') return `${v / 1000} 秒`;
  return v.toLocaleString('en-US');
}

function ioError(path: string, e: unknown): InputError {
  const code = (e as NodeJS.ErrnoException | undefined)?.code;
  const name = basename(path);
  switch (code) {
    case 'ENOENT':
    case 'ENOTDIR':
      return new InputError('missing', `无法读取文件“${name}”：文件或文件夹不存在，可能已被移动或删除`);
    case 'EACCES':
    case 'EPERM':
      return new InputError('io', `无法读取文件“${name}”：没有读取权限`);
    case 'EISDIR':
      return new InputError('not-file', `“${name}”是文件夹，不是普通文件，无法读取`);
    case 'ELOOP':
      return new InputError('io', `“${name}”是循环的符号链接，无法读取`);
    default:
      return new InputError('io', `无法读取“${name}”（${code ?? '读取失败'}）`);
  }
}

/** One file-system call of readSteps, made by a driver (readInput awaits it, readInputSync blocks). */
type FsCall =
  | { op: 'stat'; path: string }
  | { op: 'open'; path: string }
  | { op: 'fstat'; fd: number }
  | { op: 'read'; fd: number; buffer: Buffer }
  | { op: 'close'; fd: number };

/**
 * The whole file, if it is a regular file of at most INPUT_LIMITS[limit] bytes; else throws
 * InputError. Checks the type before opening (opening a device can itself have effects), opens
 * without blocking (a file swapped for a FIFO in between cannot hang us) and checks again on
 * the open file, then reads no more than the limit even if the file grows meanwhile.
 * Written once as the calls it makes, so that the waiting and the blocking readers are the same.
 */
function* readSteps(path: string, limit: InputLimit): Generator<FsCall, Buffer, unknown> {
  const max = INPUT_LIMITS[limit];
  let stat: Stats;
  try {
    stat = (yield { op: 'stat', path }) as Stats;
  } catch (e) {
    throw ioError(path, e);
  }
  if (!stat.isFile()) throw notAFile(path, stat);
  if (stat.size > max) throw tooLarge(path, limit, `有 ${formatBytes(stat.size)}`);
  let fd: number;
  try {
    fd = (yield { op: 'open', path }) as number;
  } catch (e) {
    throw ioError(path, e);
  }
  try {
    const opened = (yield { op: 'fstat', fd }) as Stats;
    if (!opened.isFile()) throw notAFile(path, opened);
    const chunks: Buffer[] = [];
    let total = 0;
    // The first read asks for the size the file reports and one byte more, not a megabyte:
    // a batch reads thousands of files of a few kilobytes. A regular file's read comes back
    // short only at its end, so that one read is usually all.
    let want = Math.min(1024 * 1024, max + 1, opened.size + 1);
    for (;;) {
      const chunk = Buffer.allocUnsafe(Math.min(want, max + 1 - total));
      want = 1024 * 1024;
      const bytesRead = (yield { op: 'read', fd, buffer: chunk }) as number;
      if (bytesRead === 0) break;
      chunks.push(chunk.subarray(0, bytesRead));
      total += bytesRead;
      if (total > max) throw tooLarge(path, limit, '在读取时超过了大小上限');
      if (bytesRead < chunk.length) break;
    }
    return chunks.length === 1 ? chunks[0]! : Buffer.concat(chunks, total);
  } catch (e) {
    throw e instanceof InputError ? e : ioError(path, e);
  } finally {
    try {
      yield { op: 'close', fd };
    } catch {
      // Closing a file only read cannot lose anything.
    }
  }
}

const OPEN_FLAGS = constants.O_RDONLY | (constants.O_NONBLOCK ?? 0);

function callSync(c: FsCall): unknown {
  switch (c.op) {
    case 'stat':
      return fs.statSync(c.path);
    case 'open':
      return fs.openSync(c.path, OPEN_FLAGS);
    case 'fstat':
      return fs.fstatSync(c.fd);
    case 'read':
      return fs.readSync(c.fd, c.buffer, 0, c.buffer.length, null);
    case 'close':
      return fs.closeSync(c.fd);
  }
}

// The callback API, not FileHandle: a FileHandle costs an object, a finaliser and more work per
// call, which a batch of thousands of small files pays thousands of times.
function callAsync(c: FsCall): Promise<unknown> {
  return new Promise((done, fail) => {
    const back = (e: Error | null, v?: unknown) => (e ? fail(e) : done(v));
    switch (c.op) {
      case 'stat':
        return fs.stat(c.path, back);
      case 'open':
        return fs.open(c.path, OPEN_FLAGS, back);
      case 'fstat':
        return fs.fstat(c.fd, back);
      case 'read':
        return fs.read(c.fd, c.buffer, 0, c.buffer.length, null, back);
      case 'close':
        return fs.close(c.fd, back);
    }
  });
}

/** Reads a file the user chose, within a limit: readInput, or in a batch's worker a blocking reader. */
export type FileReader = (path: string, limit: InputLimit) => Promise<Buffer>;

/** readSteps, each call awaited: for the main thread, which must never block on a slow drive. */
export async function readInput(path: string, limit: InputLimit): Promise<Buffer> {
  const steps = readSteps(path, limit);
  let next = steps.next();
  while (!next.done) {
    let value: unknown;
    try {
      value = await callAsync(next.value);
    } catch (e) {
      next = steps.throw(e);
      continue;
    }
    next = steps.next(value);
  }
  return next.value;
}

/**
 * readSteps, each call blocking: for a batch's worker threads, where waiting on the thread pool
 * for five calls a file cost more than reading the file (a worker stuck in a call is stopped by
 * its pool's budget).
 */
export function readInputSync(path: string, limit: InputLimit): Buffer {
  const steps = readSteps(path, limit);
  let next = steps.next();
  while (!next.done) {
    let value: unknown;
    try {
      value = callSync(next.value);
    } catch (e) {
      next = steps.throw(e);
      continue;
    }
    next = steps.next(value);
  }
  return next.value;
}

/** UTF-8 text (a BOM is dropped); anything else is refused rather than read as garbled text. */
export function decodeUtf8(path: string, bytes: Uint8Array, what = '项目文件'): string {
  const body = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? bytes.subarray(3) : bytes;
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(body);
  } catch {
    throw new InputError('not-utf8', `“${basename(path)}”不是 UTF-8 编码的文本，不能作为${what}读取（可能是 GBK 编码或已损坏）；请用年报 Studio 重新保存`);
  }
}

/** Reads a UTF-8 text input (a project file, the --expect list). */
export async function readUtf8Input(path: string, limit: InputLimit, what?: string): Promise<string> {
  return decodeUtf8(path, await readInput(path, limit), what);
}
