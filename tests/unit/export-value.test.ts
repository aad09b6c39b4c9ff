// One rule for how a cell is written in every export format: the .docx and .xlsx writers both
// call exportedValue(), so this pins the rule once and the format tests pin that they use it.
import { describe, expect, test } from 'vitest';
import { UnfinishedCellError, exportedValue } from '../../src/main/export/exported-value';
import { UnfinishedCellError as DocxError } from '../../src/main/export/docx';
import { UnfinishedCellError as XlsxError } from '../../src/main/export/xlsx';

const KEY = 't3.denied.stateSecret.naturalPerson';

describe('exportedValue', () => {
  test('blank is written 0, numbers and not-applicable marks as they are', () => {
    for (const draft of [false, true]) {
      expect(exportedValue(KEY, null, draft)).toBe(0);
      expect(exportedValue(KEY, undefined, draft)).toBe(0);
      expect(exportedValue(KEY, 12, draft)).toBe(12);
      expect(exportedValue('t2.fees.amount', 0.0035, draft)).toBe(0.0035);
      expect(exportedValue(KEY, { na: '/' }, draft)).toBe('/');
    }
  });

  test('text that is not a number is written only in a draft; a filing export refuses, naming the cell', () => {
    expect(exportedValue(KEY, { raw: '约5' }, true)).toBe('约5');
    let error: unknown;
    try {
      exportedValue(KEY, { raw: '约5' }, false);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(UnfinishedCellError);
    expect((error as Error).message).toBe(`表三 （三）1.属于国家秘密 · 自然人（${KEY}）的内容“约5”不是数字，只能导出草稿`);
  });

  test('both formats refuse with the one error class', () => {
    expect(DocxError).toBe(UnfinishedCellError);
    expect(XlsxError).toBe(UnfinishedCellError);
  });
});
