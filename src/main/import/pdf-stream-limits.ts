// A PDF's compressed streams measured before PDF.js reads any of them. PDF.js inflates a
// stream whole, with no limit: a 500 KB file whose page content inflates to 512 MB took 7 s
// and 1.6 GB of memory in the process that reads it (the app's main process), and was then
// called a scan; a few MB more would end the app. Each FlateDecode stream is inflated here
// under a cap and thrown away; a file over a limit is refused with the limit's name, before
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

/** Whether PDF.js inflates this stream before anything else (its first filter is FlateDecode). */
function inflatedFirst(dict: string): boolean {
  const filter = /\/Filter\s*(\[\s*)?\/(FlateDecode|Fl)\b/.exec(dict);
  return filter !== null;
}

/** Throws the limit's InputError when a stream, or all of them together, inflate past the limits. */
export function checkPdfStreams(bytes: Uint8Array, name: string): void {
  const s = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1');
  let total = 0;
  for (const { dict, data } of rawStreams(bytes, s)) {
    if (!inflatedFirst(dict)) continue;
    let size: number;
    try {
      // A stream cut short inflates as far as it goes (Z_SYNC_FLUSH), as PDF.js reads it.
      size = inflateSync(data, { maxOutputLength: INPUT_LIMITS.pdfStreamBytes, finishFlush: constants.Z_SYNC_FLUSH }).byteLength;
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE') {
        throw tooLarge(name, 'pdfStreamBytes', '中有一个数据流解压后过大（可能是压缩炸弹）');
      }
      // Data zlib cannot read: PDF.js will not read it either, and says the file is damaged.
      continue;
    }
    total += size;
    if (total > INPUT_LIMITS.pdfInflatedBytes) throw tooLarge(name, 'pdfInflatedBytes', `的数据流解压后共有 ${formatBytes(total)}（图片过多，或可能是压缩炸弹）`);
  }
}
