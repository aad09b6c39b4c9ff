// Spec §6 "Values": what a person types or an importer reads becomes a number, blank,
// not applicable, or the raw text kept for flagging — never silently dropped or guessed.
import { describe, expect, it } from 'vitest';
import { decimalPlaces, formatCellValue, numericValue, parseCellInput } from '../../src/shared';

describe('parseCellInput', () => {
  it.each([
    ['0', 0],
    ['59', 59],
    ['１２３', 123],
    ['  48 ', 48],
    ['\u3000１１\u3000', 11],
    ['1,234', 1234],
    ['1，234', 1234],
    ['1 234 567', 1234567],
    ['39910.33', 39910.33],
    ['３９９１０．３３', 39910.33],
    ['12,345.5', 12345.5],
    ['-0', 0],
    ['-3', -3],
    ['＋5', 5],
    ['.5', 0.5],
  ])('%j is the number %d', (input, expected) => {
    expect(parseCellInput(input)).toBe(expected);
  });

  it.each(['', '   ', '\u3000'])('%j is blank, not 0', (input) => {
    expect(parseCellInput(input)).toBeNull();
  });

  it.each(['/', '／', '—', '——', '－', '-', '不适用', '\\'])('%j is kept as not applicable', (input) => {
    expect(parseCellInput(input)).toEqual({ na: input });
  });

  it.each(['abc', '12件', '约30', '1,23', '12,3456', '1.2.3', '五', 'NaN', 'Infinity', '1e3'])('%j is kept as raw text', (input) => {
    expect(parseCellInput(input)).toEqual({ raw: input.trim() });
  });

  it('keeps the raw text as typed (trimmed), so the clerk sees what was rejected', () => {
    expect(parseCellInput('  12 件 ')).toEqual({ raw: '12 件' });
  });
});

describe('numericValue and formatCellValue', () => {
  it('blank, not applicable and junk sum as 0; numbers as they are', () => {
    expect(numericValue(null)).toBe(0);
    expect(numericValue(undefined)).toBe(0);
    expect(numericValue({ na: '/' })).toBe(0);
    expect(numericValue({ raw: 'x' })).toBe(0);
    expect(numericValue(7)).toBe(7);
  });
  it('shows each kind as entered', () => {
    expect(formatCellValue(null)).toBe('');
    expect(formatCellValue(0)).toBe('0');
    expect(formatCellValue({ na: '—' })).toBe('—');
    expect(formatCellValue({ raw: '12件' })).toBe('12件');
  });
});

describe('decimalPlaces', () => {
  it.each([
    [1, 0],
    [0.035, 3],
    [39910.33, 2],
    [0.00001, 5],
    [1.5e-7, 8],
  ])('%d has %d decimals', (n, places) => {
    expect(decimalPlaces(n)).toBe(places);
  });
});
