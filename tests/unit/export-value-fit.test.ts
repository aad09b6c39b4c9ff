// A figure is never broken over two lines in a printed table (export/value-fit.ts): too wide for
// its column at the table's size, it is set smaller. Checked by the arithmetic here; the PDF
// property (import-properties.test.ts) and the render below check it on the page.
import { describe, expect, it } from 'vitest';
import { fittedSize } from '../../src/main/export/value-fit';
import { tableColumnWidths } from '../../src/main/export/docx/tables';

/** 表三's organisation columns and its 总计 column, in twips, with the .docx's 57-twip cell margins. */
const [, , , naturalPerson, business, , , , , total] = tableColumnWidths('t3');

describe('fittedSize', () => {
  it('keeps 五号 for the figures a report usually has, and sets larger ones a size smaller, down to 七号', () => {
    expect(fittedSize('48', business!, 57, 21)).toBe(21);
    expect(fittedSize('9999', business!, 57, 21)).toBe(21);
    expect(fittedSize('35994', business!, 57, 21)).toBe(15);
    expect(fittedSize('359940', business!, 57, 21)).toBe(13);
    expect(fittedSize('3599400', business!, 57, 21)).toBe(11);
    expect(fittedSize('99999', naturalPerson!, 57, 21)).toBe(21);
    expect(fittedSize('12345', total!, 57, 21)).toBe(18);
    // Never larger than the table's own size (表四 is 小五).
    expect(fittedSize('1', business!, 57, 18)).toBe(18);
  });

  it('every size it gives fits: width in ems × size ≤ the room between the margins', () => {
    for (const column of [business!, total!, naturalPerson!]) {
      for (let digits = 1; digits <= 6; digits++) {
        const text = '8'.repeat(digits);
        const size = fittedSize(text, column, 57, 21);
        expect(digits * 0.52 * size * 10, `${text} in ${column}`).toBeLessThanOrEqual(column - 114);
      }
    }
  });
});
