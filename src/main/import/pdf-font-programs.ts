// Text from a PDF needs each font's character widths and Unicode map, which live in the font
// dictionaries (/W, /DW, /W2, the /Encoding CMap, /ToUnicode, /CIDSystemInfo), not its glyphs.
// PDF.js nevertheless parses and sanitises every embedded font program before it reads a line
// of text, and the CJK subsets WPS and Word embed keep the whole font's glyph table (22 000 to
// 29 000 glyphs, most of them empty): that was two thirds of PDF.js's time on a published
// report (profile in the README). This module hands PDF.js, for each CID TrueType font
// (CIDFontType2), a one-glyph TrueType program instead, by an incremental update appended to
// the file (the original bytes are left as they are: the update redefines the font
// descriptors to point at the small program).
//
// Why the text cannot change: for a CIDFontType2 font PDF.js takes a character's Unicode value
// from /ToUnicode (or the CMap / CIDSystemInfo) and its width from /W or /DW; the program only
// gives glyph outlines and the charcode → glyph mapping used for drawing. The small program is
// valid TrueType, so PDF.js takes the same path as with the original (it does NOT fall back as
// for a missing or broken program, which would substitute vertical presentation forms and, for
// a font named like a standard font, a standard glyph map). Only fonts whose original program is
// itself TrueType (not CFF, whose FontMatrix would scale the widths) and whose descriptor and
// program are used by CIDFontType2 fonts alone are given the small program.
//
// The same update gives the page contents and ToUnicode maps already inflated (zlib here, the
// same bytes without their filter), sparing PDF.js its DecompressionStream per stream.
//
// Anything this reader is not sure of leaves the file untouched, read as it is (the old speed):
// encryption, object streams, an earlier incremental update, an xref stream with a predictor,
// an unparsable object.
import { Buffer } from 'node:buffer';
import { constants, inflateSync } from 'node:zlib';

type Value = number | string | boolean | null | Ref | Name | PdfArray | Dict;
interface Ref {
  ref: number;
  gen: number;
}
interface Name {
  name: string;
}
interface PdfArray {
  items: Value[];
}
interface Dict {
  entries: Map<string, { value: Value; start: number; end: number }>;
  start: number;
  end: number;
}

const isRef = (v: Value | undefined): v is Ref => typeof v === 'object' && v !== null && 'ref' in v;
const isName = (v: Value | undefined, name?: string): v is Name => typeof v === 'object' && v !== null && 'name' in v && (name === undefined || v.name === name);
const isDict = (v: Value | undefined): v is Dict => typeof v === 'object' && v !== null && 'entries' in v;

class Unsure extends Error {}

const WS = /[\0\t\n\f\r ]/;
const DELIM = /[()<>[\]{}/%]/;

/** A small reader of PDF objects over the file as a latin1 string (one char per byte). */
class Lexer {
  constructor(
    readonly s: string,
    public pos: number,
  ) {}

  skipSpace(): void {
    const s = this.s;
    for (;;) {
      const c = s[this.pos];
      if (c === undefined) return;
      if (c === '%') {
        while (this.pos < s.length && s[this.pos] !== '\n' && s[this.pos] !== '\r') this.pos++;
      } else if (WS.test(c)) this.pos++;
      else return;
    }
  }

  private regular(): string {
    const start = this.pos;
    while (this.pos < this.s.length && !WS.test(this.s[this.pos]!) && !DELIM.test(this.s[this.pos]!)) this.pos++;
    return this.s.slice(start, this.pos);
  }

  /** The next value; integers followed by `G R` become references. */
  value(depth = 0): Value {
    if (depth > 64) throw new Unsure('nesting');
    this.skipSpace();
    const s = this.s;
    const c = s[this.pos];
    if (c === undefined) throw new Unsure('end of file');
    if (c === '<' && s[this.pos + 1] === '<') {
      const start = this.pos;
      this.pos += 2;
      const entries: Dict['entries'] = new Map();
      for (;;) {
        this.skipSpace();
        if (s[this.pos] === '>' && s[this.pos + 1] === '>') {
          this.pos += 2;
          return { entries, start, end: this.pos };
        }
        const key = this.value(depth + 1);
        if (!isName(key)) throw new Unsure('dictionary key');
        this.skipSpace();
        const vStart = this.pos;
        const value = this.value(depth + 1);
        entries.set(key.name, { value, start: vStart, end: this.pos });
      }
    }
    if (c === '[') {
      this.pos++;
      const items: Value[] = [];
      for (;;) {
        this.skipSpace();
        if (s[this.pos] === ']') {
          this.pos++;
          return { items };
        }
        items.push(this.value(depth + 1));
      }
    }
    if (c === '/') {
      this.pos++;
      return { name: this.regular() };
    }
    if (c === '(') {
      let level = 0;
      const start = ++this.pos;
      for (; this.pos < s.length; this.pos++) {
        const ch = s[this.pos];
        if (ch === '\\') this.pos++;
        else if (ch === '(') level++;
        else if (ch === ')' && level-- === 0) break;
      }
      if (this.pos >= s.length) throw new Unsure('string');
      this.pos++;
      return s.slice(start, this.pos - 1);
    }
    if (c === '<') {
      const end = s.indexOf('>', this.pos);
      if (end < 0) throw new Unsure('hex string');
      const text = s.slice(this.pos + 1, end);
      this.pos = end + 1;
      return text;
    }
    const word = this.regular();
    if (word === '') throw new Unsure(`unexpected ${JSON.stringify(c)}`);
    if (word === 'true' || word === 'false') return word === 'true';
    if (word === 'null') return null;
    if (!/^[+-]?(\d+\.?\d*|\.\d+)$/.test(word)) throw new Unsure(`keyword ${word}`);
    const n = Number(word);
    if (/^\d+$/.test(word)) {
      // `N G R`: look ahead without consuming unless both follow.
      const m = /^[\0\t\n\f\r ]+(\d+)[\0\t\n\f\r ]+R(?![^\0\t\n\f\r ()<>[\]{}/%])/.exec(s.slice(this.pos, this.pos + 32));
      if (m) {
        this.pos += m[0].length;
        return { ref: n, gen: Number(m[1]) };
      }
    }
    return n;
  }
}

interface IndirectObject {
  num: number;
  gen: number;
  value: Value;
  /** Where the stream's data starts, for a stream object. */
  streamStart?: number;
}

function readObjectAt(s: string, offset: number, num: number): IndirectObject {
  const head = /\s*(\d+)\s+(\d+)\s+obj/y;
  head.lastIndex = offset;
  const m = head.exec(s);
  if (!m || Number(m[1]) !== num) throw new Unsure(`object ${num} not at its offset`);
  const lex = new Lexer(s, head.lastIndex);
  const value = lex.value();
  lex.skipSpace();
  if (s.startsWith('stream', lex.pos)) {
    let at = lex.pos + 6;
    if (s[at] === '\r') at++;
    if (s[at] === '\n') at++;
    return { num, gen: Number(m[2]), value, streamStart: at };
  }
  return { num, gen: Number(m[2]), value };
}

interface XrefSection {
  /** Object number → byte offset, for objects stored plainly in the file. */
  offsets: Map<number, number>;
  trailer: Dict;
  /** The highest object number in use, the xref stream included. */
  highest: number;
}

/**
 * A stream inflated here is at most this large: a page's contents or a ToUnicode map is well
 * under a megabyte, and a stream that inflates past it (a bomb) throws RangeError
 * (ERR_BUFFER_TOO_LARGE), so it is left compressed for PDF.js as it is, never filling memory here.
 */
const MAX_INFLATED = 64 * 1024 * 1024;

function inflate(data: Uint8Array, partial = false): Buffer {
  return inflateSync(data, { maxOutputLength: MAX_INFLATED, ...(partial ? { finishFlush: constants.Z_SYNC_FLUSH } : {}) });
}

function streamBytes(bytes: Uint8Array, s: string, obj: IndirectObject, lookup: (ref: Ref) => Value, prefix = 0): Uint8Array {
  const dict = obj.value;
  if (!isDict(dict) || obj.streamStart === undefined) throw new Unsure('not a stream');
  let length = dict.entries.get('Length')?.value;
  if (isRef(length)) length = lookup(length);
  if (typeof length !== 'number' || length < 0 || obj.streamStart + length > bytes.length) throw new Unsure('stream length');
  const after = new Lexer(s, obj.streamStart + length);
  after.skipSpace();
  if (!s.startsWith('endstream', after.pos)) throw new Unsure('stream end');
  if (dict.entries.has('DecodeParms') || dict.entries.has('DP')) throw new Unsure('predictor');
  const filter = dict.entries.get('Filter')?.value;
  const filters = filter === undefined ? [] : isName(filter) ? [filter] : typeof filter === 'object' && filter !== null && 'items' in filter ? filter.items : [null];
  const raw = bytes.subarray(obj.streamStart, obj.streamStart + length);
  if (filters.length === 0) return raw;
  if (filters.length === 1 && (isName(filters[0], 'FlateDecode') || isName(filters[0], 'Fl'))) {
    return prefix > 0 ? inflate(raw.subarray(0, prefix), true) : inflate(raw);
  }
  throw new Unsure('filter');
}

function readXref(bytes: Uint8Array, s: string): XrefSection {
  const tail = s.slice(Math.max(0, s.length - 1024));
  const sx = [...tail.matchAll(/startxref\s+(\d+)/g)].pop();
  if (!sx) throw new Unsure('no startxref');
  const at = Number(sx[1]);
  const offsets = new Map<number, number>();
  let highest = 0;
  const lex = new Lexer(s, at);
  lex.skipSpace();
  if (s.startsWith('xref', lex.pos)) {
    const line = /\s*(\d+)\s+(\d+)\s*\r?\n?/y;
    let pos = lex.pos + 4;
    for (;;) {
      line.lastIndex = pos;
      const m = line.exec(s);
      if (!m) break;
      const first = Number(m[1]);
      const count = Number(m[2]);
      pos = line.lastIndex;
      for (let i = 0; i < count; i++) {
        const entry = /(\d{10}) (\d{5}) ([nf])/y;
        entry.lastIndex = pos;
        const e = entry.exec(s);
        if (!e) throw new Unsure('xref entry');
        pos = entry.lastIndex;
        while (pos < s.length && WS.test(s[pos]!)) pos++;
        if (e[3] === 'n') {
          offsets.set(first + i, Number(e[1]));
          highest = Math.max(highest, first + i);
        }
      }
    }
    const t = new Lexer(s, pos);
    t.skipSpace();
    if (!s.startsWith('trailer', t.pos)) throw new Unsure('trailer');
    t.pos += 7;
    const trailer = t.value();
    if (!isDict(trailer)) throw new Unsure('trailer');
    return { offsets, trailer, highest };
  }
  // A cross-reference stream (PDF 1.5), as WPS writes.
  const head = /(\d+)\s+\d+\s+obj/y;
  head.lastIndex = lex.pos;
  const m = head.exec(s);
  if (!m) throw new Unsure('xref stream');
  const obj = readObjectAt(s, at, Number(m[1]));
  const dict = obj.value;
  if (!isDict(dict) || !isName(dict.entries.get('Type')?.value, 'XRef')) throw new Unsure('xref stream type');
  const w = dict.entries.get('W')?.value;
  const size = dict.entries.get('Size')?.value;
  if (typeof w !== 'object' || w === null || !('items' in w) || w.items.length !== 3 || !w.items.every((n) => typeof n === 'number') || typeof size !== 'number') throw new Unsure('xref stream /W');
  const [w0, w1, w2] = w.items as number[];
  const index = dict.entries.get('Index')?.value;
  const ranges = index === undefined ? [0, size] : typeof index === 'object' && index !== null && 'items' in index ? (index.items as number[]) : [];
  const data = streamBytes(bytes, s, obj, () => {
    throw new Unsure('indirect length of the xref stream');
  });
  const field = (pos: number, width: number, dflt: number) => {
    if (width === 0) return dflt;
    let n = 0;
    for (let i = 0; i < width; i++) n = n * 256 + data[pos + i]!;
    return n;
  };
  let pos = 0;
  for (let r = 0; r + 1 < ranges.length; r += 2) {
    for (let i = 0; i < ranges[r + 1]!; i++) {
      if (pos + w0! + w1! + w2! > data.length) throw new Unsure('xref stream data');
      const type = field(pos, w0!, 1);
      const f1 = field(pos + w0!, w1!, 0);
      pos += w0! + w1! + w2!;
      const num = ranges[r]! + i;
      // An object inside an object stream cannot be seen here: its references would be missed.
      if (type === 2) throw new Unsure('object stream');
      if (type === 1) {
        offsets.set(num, f1);
        highest = Math.max(highest, num);
      }
    }
  }
  return { offsets, trailer: dict, highest: Math.max(highest, obj.num) };
}

/** Visits every value nested in `v`, dictionaries before their contents. */
function walk(v: Value, visit: (v: Value) => void): void {
  visit(v);
  if (isDict(v)) for (const e of v.entries.values()) walk(e.value, visit);
  else if (typeof v === 'object' && v !== null && 'items' in v) for (const it of v.items) walk(it, visit);
}

/**
 * A TrueType program with one empty glyph and the tables PDF.js requires (head, hhea, maxp,
 * hmtx, loca, glyf, post): it reads it as a valid font, so nothing falls back.
 */
function minimalTrueType(): Uint8Array {
  const u16 = (...n: number[]) => n.flatMap((x) => [(x >> 8) & 255, x & 255]);
  const u32 = (...n: number[]) => n.flatMap((x) => [(x >>> 24) & 255, (x >>> 16) & 255, (x >>> 8) & 255, x & 255]);
  const tables: [string, number[]][] = [
    // version, fontRevision, checkSumAdjustment, magic, flags, unitsPerEm 1000, created, modified, bbox, macStyle, lowestRecPPEM, direction, indexToLocFormat 0 (short), glyphDataFormat
    ['head', [...u32(0x10000, 0x10000, 0, 0x5f0f3cf5), ...u16(0, 1000), ...u32(0, 0, 0, 0), ...u16(0, 0, 0, 0, 0, 3, 2, 0, 0)]],
    // version, ascender, descender, lineGap, advanceWidthMax, minLsb, minRsb, xMaxExtent, caretSlopeRise/Run, caretOffset, 4 reserved, metricDataFormat, numberOfHMetrics 1
    ['hhea', [...u32(0x10000), ...u16(800, 0x10000 - 200, 0, 1000, 0, 0, 1000, 1, 0, 0, 0, 0, 0, 0, 0, 1)]],
    ['maxp', [...u32(0x5000), ...u16(1)]],
    ['hmtx', u16(1000, 0)],
    ['loca', u16(0, 0)],
    // Glyph 0 is empty (loca 0..0); the table is not, since PDF.js takes an empty table as missing.
    ['glyf', u16(0, 0)],
    ['post', [...u32(0x30000, 0), ...u16(0, 0), ...u32(0, 0, 0, 0, 0)]],
  ];
  tables.sort((a, b) => (a[0] < b[0] ? -1 : 1));
  const dir: number[] = [...u32(0x10000), ...u16(tables.length, 16, 0, 0)];
  const body: number[] = [];
  const base = 12 + 16 * tables.length;
  for (const [tag, data] of tables) {
    dir.push(...[...tag].map((c) => c.charCodeAt(0)), ...u32(0, base + body.length, data.length));
    body.push(...data, ...new Array<number>((4 - (data.length % 4)) % 4).fill(0));
  }
  return Uint8Array.from([...dir, ...body]);
}

const MINIMAL_TRUETYPE = minimalTrueType();

/**
 * The file with an incremental update giving its CID TrueType fonts a one-glyph program, or the
 * same bytes when no font qualifies or the file is not one this reader is sure of.
 */
export function withMinimalCidTrueTypePrograms(bytes: Uint8Array): Uint8Array {
  try {
    return rewrite(bytes) ?? bytes;
  } catch (e) {
    if (e instanceof Unsure) return bytes;
    throw e;
  }
}

function rewrite(bytes: Uint8Array): Uint8Array | null {
  const s = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1');
  if (!s.includes('/CIDFontType2')) return null;
  const xref = readXref(bytes, s);
  for (const key of ['Encrypt', 'Prev', 'XRefStm']) if (xref.trailer.entries.has(key)) throw new Unsure(`trailer /${key}`);
  const objects = new Map<number, IndirectObject>();
  for (const [num, offset] of xref.offsets) objects.set(num, readObjectAt(s, offset, num));
  const lookup = (r: Ref): Value => {
    const o = objects.get(r.ref);
    return o && o.streamStart === undefined ? o.value : null;
  };

  // Every reference in the file, and those made by CIDFontType2 fonts to their descriptors and
  // by those descriptors to their programs.
  const refs = new Map<number, number>();
  const count = (m: Map<number, number>, n: number) => m.set(n, (m.get(n) ?? 0) + 1);
  const fromCidFonts = new Map<number, number>();
  const visit = (v: Value) => {
    if (isRef(v)) count(refs, v.ref);
    if (isDict(v) && isName(v.entries.get('Subtype')?.value, 'CIDFontType2')) {
      const d = v.entries.get('FontDescriptor')?.value;
      if (isRef(d)) count(fromCidFonts, d.ref);
    }
  };
  for (const o of objects.values()) walk(o.value, visit);
  walk(xref.trailer, visit);

  const descriptors: { obj: IndirectObject; program: number }[] = [];
  const fromDescriptors = new Map<number, number>();
  for (const [num, n] of fromCidFonts) {
    const obj = objects.get(num);
    if (!obj || obj.streamStart !== undefined || !isDict(obj.value) || refs.get(num) !== n) continue;
    const e = obj.value.entries;
    const program = e.get('FontFile2')?.value;
    if (!isRef(program) || e.has('FontFile') || e.has('FontFile3')) continue;
    descriptors.push({ obj, program: program.ref });
    count(fromDescriptors, program.ref);
  }
  const qualifies = new Map<number, boolean>();
  const isTrueTypeProgram = (num: number): boolean => {
    const known = qualifies.get(num);
    if (known !== undefined) return known;
    let ok = false;
    const obj = objects.get(num);
    if (obj && refs.get(num) === fromDescriptors.get(num)) {
      try {
        const head = streamBytes(bytes, s, obj, lookup, 2048);
        const version = head.length >= 4 ? Buffer.from(head.subarray(0, 4)).toString('latin1') : '';
        ok = version === '\0\x01\0\0' || version === 'true';
      } catch (e) {
        if (!(e instanceof Unsure) && !(e instanceof Error && 'code' in e)) throw e;
      }
    }
    qualifies.set(num, ok);
    return ok;
  };
  const chosen = descriptors.filter((d) => isTrueTypeProgram(d.program));
  if (chosen.length === 0) return null;

  // Page contents and ToUnicode maps, inflated here at once (zlib): PDF.js inflates every stream
  // through a DecompressionStream, whose web-stream plumbing was 8% of the remaining time. The
  // same bytes, given uncompressed; a stream zlib cannot inflate whole is left as it is.
  const wanted = new Set<number>();
  const collect = (v: Value) => {
    if (!isDict(v)) return;
    const toUnicode = v.entries.get('ToUnicode')?.value;
    if (isRef(toUnicode)) wanted.add(toUnicode.ref);
    if (!isName(v.entries.get('Type')?.value, 'Page')) return;
    const contents = v.entries.get('Contents')?.value;
    const list = isRef(contents) ? [contents] : typeof contents === 'object' && contents !== null && 'items' in contents ? contents.items : [];
    for (const r of list) if (isRef(r)) wanted.add(r.ref);
  };
  for (const o of objects.values()) walk(o.value, collect);
  const inflated: { obj: IndirectObject; data: Uint8Array }[] = [];
  for (const num of wanted) {
    const obj = objects.get(num);
    if (!obj || obj.streamStart === undefined || !isDict(obj.value) || !isName(obj.value.entries.get('Filter')?.value, 'FlateDecode')) continue;
    try {
      inflated.push({ obj, data: streamBytes(bytes, s, obj, lookup) });
    } catch (e) {
      if (!(e instanceof Unsure) && !(e instanceof Error && 'code' in e)) throw e;
    }
  }

  // The update: the small program as a new object, each chosen descriptor redefined to use it,
  // a cross-reference section for them and a trailer pointing back at the original one.
  const size = xref.trailer.entries.get('Size')?.value;
  const programNum = Math.max(typeof size === 'number' ? size : 0, xref.highest + 1);
  const parts: (string | Uint8Array)[] = [];
  let length = bytes.length;
  const add = (p: string | Uint8Array) => {
    parts.push(p);
    length += typeof p === 'string' ? p.length : p.byteLength;
  };
  const entries: [number, number, number][] = [];
  if (s[s.length - 1] !== '\n' && s[s.length - 1] !== '\r') add('\n');
  entries.push([programNum, 0, length]);
  add(`${programNum} 0 obj\n<</Length ${MINIMAL_TRUETYPE.length} /Length1 ${MINIMAL_TRUETYPE.length}>>\nstream\n`);
  add(MINIMAL_TRUETYPE);
  add('\nendstream\nendobj\n');
  for (const { obj } of chosen) {
    const dict = obj.value as Dict;
    const ff = dict.entries.get('FontFile2')!;
    entries.push([obj.num, obj.gen, length]);
    add(`${obj.num} ${obj.gen} obj\n${s.slice(dict.start, ff.start)}${programNum} 0 R${s.slice(ff.end, dict.end)}\nendobj\n`);
  }
  for (const { obj, data } of inflated) {
    const dict = obj.value as Dict;
    const kept = [...dict.entries].filter(([k]) => !['Filter', 'DecodeParms', 'Length', 'DL'].includes(k)).map(([k, e]) => `/${k} ${s.slice(e.start, e.end)}`);
    entries.push([obj.num, obj.gen, length]);
    add(`${obj.num} ${obj.gen} obj\n<<${kept.join(' ')} /Length ${data.byteLength}>>\nstream\n`);
    add(data);
    add('\nendstream\nendobj\n');
  }
  const xrefAt = length;
  entries.sort((a, b) => a[0] - b[0]);
  add(`xref\n${entries.map(([num, gen, off]) => `${num} 1\n${String(off).padStart(10, '0')} ${String(gen).padStart(5, '0')} n \n`).join('')}`);
  const keep = ['Root', 'Info', 'ID'].flatMap((k) => {
    const e = xref.trailer.entries.get(k);
    return e ? [`/${k} ${s.slice(e.start, e.end)}`] : [];
  });
  const sx = [...s.slice(Math.max(0, s.length - 1024)).matchAll(/startxref\s+(\d+)/g)].pop()![1];
  add(`trailer\n<</Size ${programNum + 1} ${keep.join(' ')} /Prev ${sx}>>\nstartxref\n${xrefAt}\n%%EOF\n`);

  const out = new Uint8Array(length);
  out.set(bytes, 0);
  let at = bytes.length;
  for (const p of parts) {
    const chunk = typeof p === 'string' ? Buffer.from(p, 'latin1') : p;
    out.set(chunk, at);
    at += chunk.byteLength;
  }
  return out;
}
