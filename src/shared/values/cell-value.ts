// What a table cell holds (spec §6 "Values") and how typed or imported text becomes one.
import { asciiDigits } from './digits';
import { z } from 'zod';

/** Not applicable: "/", "—", "不适用"… kept as written, sums as 0, never turned into a number. */
export const NotApplicableSchema = z.object({ na: z.string().min(1).max(20) }).strict();
/** Text that is not a number: kept exactly as typed and reported at its cell. */
export const RawTextSchema = z.object({ raw: z.string().max(200) }).strict();

export const CellValueSchema = z.union([z.number().finite(), z.null(), NotApplicableSchema, RawTextSchema]);
export type CellValue = z.infer<typeof CellValueSchema>;

export const isNumber = (v: CellValue | undefined): v is number => typeof v === 'number';
export const isNotApplicable = (v: CellValue | undefined): v is { na: string } =>
  typeof v === 'object' && v !== null && 'na' in v;
export const isRawText = (v: CellValue | undefined): v is { raw: string } =>
  typeof v === 'object' && v !== null && 'raw' in v;

/** The value a cell contributes to a sum: numbers as they are; blank, n/a and junk as 0. */
export function numericValue(v: CellValue | undefined): number {
  return typeof v === 'number' ? v : 0;
}

const NOT_APPLICABLE_TOKENS = new Set(['/', '／', '—', '——', '－', '-', '–', '不适用', '\\']);


/**
 * Normalise what a person typed or an importer read: full-width digits and punctuation,
 * thousands separators (1,234 / 1，234 / 1 234), surrounding spaces. A number becomes a
 * number, a not-applicable mark is kept as such, empty becomes blank (null), anything else
 * is kept as raw text so it can be flagged at its cell rather than lost.
 */
export function parseCellInput(input: string): CellValue {
  // Most cells of every table are plain digits ("0", "59"): what the rules below make of them.
  if (isPlainDigits(input)) return Number(input);
  const text = input.replace(/[\u00a0\u3000]/g, ' ').trim();
  if (text === '') return null;
  if (NOT_APPLICABLE_TOKENS.has(text)) return { na: text };
  let s = asciiDigits(text)
    .replace(/[．。]/g, '.')
    .replace(/[－−]/g, '-')
    .replace(/[＋]/g, '+');
  // Thousands separators: only where they separate groups of exactly three digits.
  if (/^[+-]?\d{1,3}([,，\s]\d{3})+(\.\d+)?$/.test(s)) s = s.replace(/[,，\s]/g, '');
  else s = s.replace(/\s+/g, '');
  if (/^[+-]?(\d+(\.\d*)?|\.\d+)$/.test(s)) {
    const n = Number(s);
    if (Number.isFinite(n)) return Object.is(n, -0) ? 0 : n;
  }
  return { raw: text };
}

const HAS_IDEOGRAPH = /[\u4e00-\u9fef]/;

/**
 * Would parseCellInput(text) give a number or a not-applicable mark? The importer asks it of
 * every cell of every report, so the common answers come without parsing: plain digits are a
 * number; a CJK character is never part of one, and 不适用 is the only mark that has any.
 */
export function parsesAsValue(text: string): boolean {
  if (isPlainDigits(text)) return true;
  if (HAS_IDEOGRAPH.test(text) && text.trim() !== '不适用') return false;
  const v = parseCellInput(text);
  return typeof v === 'number' || (v !== null && typeof v === 'object' && 'na' in v);
}

/** 1–15 ASCII digits and nothing else: a finite number as written. */
export function isPlainDigits(text: string): boolean {
  const n = text.length;
  if (n === 0 || n > 15) return false;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c < 48 || c > 57) return false;
  }
  return true;
}

/** How a value is shown in a form cell or a plain-text listing (`nianbao cells`). */
export function formatCellValue(v: CellValue | undefined): string {
  if (v === null || v === undefined) return '';
  if (typeof v === 'number') return String(v);
  if ('na' in v) return v.na;
  return v.raw;
}

/** Number of decimal places as the number is written (for 万元 precision). */
export function decimalPlaces(n: number): number {
  const s = String(n);
  if (s.includes('e-')) {
    const [mant, exp] = s.split('e-');
    return Number(exp) + (mant!.split('.')[1]?.length ?? 0);
  }
  return s.split('.')[1]?.length ?? 0;
}
