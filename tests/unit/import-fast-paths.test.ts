// The importer's shortcuts (issue 15, batch audit speed) answer exactly what the definitions
// they stand in for answer: every cell of every report goes through them.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CELL_KEYS, emptyCells, normalizeForComparison, parseCellInput } from '../../src/shared';
import { isValueText, matchRow, ROW_TARGETS } from '../../src/shared/import';
import { bare, fold, hasWords, splitNumbering } from '../../src/shared/import/normalize';
import { toSimplified } from '../../src/shared/import/traditional';

const byRegex = (text: string) => text.replace(/[^\p{L}\p{N}]/gu, '');
/** Characters the importer meets: CJK (simplified and traditional), digits of both widths, punctuation, spaces, Latin, an astral ideograph. */
const ALPHABET = [...'0123456789０１２３４５６７８９.．。,，-－−+＋/／—–\\ \u3000\u00a0\t()（）、:：不适用適规章數據處理其他属于國家秘密aāǔZ々〇〆𠀀'];
const plainDigits = fc.stringMatching(/^\d{1,18}$/);
const reportish = fc.array(fc.constantFrom(...ALPHABET), { maxLength: 24 }).map((cs) => cs.join(''));

describe('bare()', () => {
  it('keeps exactly the letters and digits the Unicode regex keeps, for every BMP character', () => {
    for (let from = 0; from < 0x10000; from += 0x400) {
      let chunk = '';
      for (let c = from; c < from + 0x400; c++) if (c < 0xd800 || c > 0xdfff) chunk += String.fromCharCode(c);
      expect(bare(chunk)).toBe(byRegex(chunk));
    }
  });
  it('agrees with the regex on any text, astral characters and lone surrogates included', () => {
    fc.assert(fc.property(fc.oneof(fc.string({ unit: 'binary' }), reportish), (s) => bare(s) === byRegex(s)), { numRuns: 3000 });
  });
});

describe('normalizeForComparison()', () => {
  it('removes exactly what /[\\s\\p{P}\\p{S}]+/gu removes', () => {
    const byRegex = (t: string) => t.normalize('NFKC').replace(/\d+(?:\.\d+)?/g, '\ue000').replace(/[\s\p{P}\p{S}]+/gu, '');
    fc.assert(fc.property(fc.oneof(fc.string({ unit: 'binary' }), reportish), (s) => normalizeForComparison(s) === byRegex(s)), { numRuns: 3000 });
  });
});

describe('hasWords()', () => {
  it('is bare(fold(text)) !== ""', () => {
    fc.assert(fc.property(fc.oneof(fc.string({ unit: 'binary' }), reportish, fc.constantFrom('(shù)', '（一）', '…', '')), (s) => hasWords(s) === (bare(fold(s)) !== '')), { numRuns: 3000 });
  });
});

describe('toSimplified()', () => {
  it('maps each character on its own, and returns simplified text unchanged', () => {
    fc.assert(fc.property(fc.oneof(fc.string({ unit: 'binary' }), reportish), (s) => toSimplified(s) === [...s].map(toSimplified).join('')), { numRuns: 2000 });
    expect(toSimplified('數據處理規範')).toBe('数据处理规范');
  });
});

describe('cell values', () => {
  it('plain digits parse as the general path parses them (a leading space takes that path)', () => {
    fc.assert(fc.property(plainDigits, (d) => Object.is(parseCellInput(d), parseCellInput(` ${d}`))), { numRuns: 2000 });
  });
  it('isValueText() is "parses to a number or a not-applicable mark"', () => {
    const parsed = (s: string) => {
      const v = parseCellInput(s);
      return typeof v === 'number' || (v !== null && typeof v === 'object' && 'na' in v);
    };
    fc.assert(fc.property(fc.oneof(reportish, plainDigits, fc.string({ unit: 'binary' })), (s) => isValueText(s) === parsed(s)), { numRuns: 5000 });
    for (const s of ['不适用', ' 不适用\u3000', '不 适用', '不适用。', '0', '1,234', '／']) expect(isValueText(s), s).toBe(parsed(s));
  });
  it('every project starts with its own blank cells', () => {
    const a = emptyCells();
    const key = CELL_KEYS[0]!;
    a[key] = 5;
    expect(emptyCells()[key]).toBeNull();
    expect(Object.keys(emptyCells())).toEqual(CELL_KEYS);
  });
});

describe('row labels', () => {
  it('no row label starts with a digit, so a cell of plain digits is never a label', () => {
    for (const t of ROW_TARGETS) for (const core of t.cores) expect(core, t.label).not.toMatch(/^\d/);
    fc.assert(fc.property(plainDigits, (d) => matchRow(d) === null && matchRow(` ${d}`) === null));
  });
  it('a label, or the start of one, finds the row a scan of all rows in order finds', () => {
    // The definition: the first row (in layout order) having the text as one of its cores, else
    // the only row one of whose cores starts with it (4 characters at least).
    const scan = (text: string) => {
      const { numbering, rest } = splitNumbering(fold(text));
      const core = bare(rest);
      const eligible = ROW_TARGETS.filter((t) => !(t.needsNumbering && numbering.length === 0));
      const exact = eligible.find((t) => t.cores.includes(core));
      if (exact) return { row: exact.rowKey, exact: true };
      const starts = core.length >= 4 ? eligible.filter((t) => t.cores.some((c) => c.startsWith(core) && c.length > core.length)) : [];
      return starts.length === 1 ? { row: starts[0]!.rowKey, exact: false } : null;
    };
    let checked = 0;
    for (const t of ROW_TARGETS) {
      for (const label of [t.label, ...t.cores]) {
        for (let n = 1; n <= label.length; n++) {
          const text = label.slice(0, n);
          const want = scan(text);
          if (!want) continue;
          const got = matchRow(text);
          expect({ row: got?.target.rowKey, exact: got?.exact }, text).toEqual(want);
          checked++;
        }
      }
    }
    expect(checked).toBeGreaterThan(200);
  });
});
