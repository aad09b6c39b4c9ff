// Never a misplaced number: random reports with random blank cells, printed the way agencies
// print them (.docx, .xlsx, HTML, tab-separated text), imported again. Every non-blank cell
// comes back on its own key, every blank stays blank, and the import log names exactly the
// cells left blank.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CELL_KEYS, type CellValue } from '../../src/shared';
import { importReport } from '../../src/main/import';
import { printedBlocks, toDocx, toHtml, toTabText, toXlsx, type Block } from './support/printed-report';

const cellValue: fc.Arbitrary<CellValue> = fc.oneof(
  { weight: 5, arbitrary: fc.nat(9999) },
  { weight: 2, arbitrary: fc.constant(null) },
  { weight: 1, arbitrary: fc.constant({ na: '/' }) },
);
const cells = fc.array(cellValue, { minLength: CELL_KEYS.length, maxLength: CELL_KEYS.length }).map((vs) => Object.fromEntries(CELL_KEYS.map((k, i) => [k, vs[i]!])));

const FORMATS: Record<string, (b: Block[]) => Promise<{ name: string; bytes: Uint8Array }>> = {
  docx: async (b) => ({ name: 'r.docx', bytes: await toDocx(b) }),
  xlsx: async (b) => ({ name: 'r.xlsx', bytes: await toXlsx(b) }),
  html: async (b) => ({ name: 'r.html', bytes: new TextEncoder().encode(toHtml(b)) }),
  txt: async (b) => ({ name: 'r.txt', bytes: new TextEncoder().encode(toTabText(b)) }),
};

/** The cells the log says were left blank: the summary entry's list. */
function loggedBlank(log: { message: string; cells?: string[] }[]): string[] {
  const summary = log.find((e) => e.message.startsWith(`共 ${CELL_KEYS.length} 格`));
  return summary?.cells ?? [];
}

describe('import property: every number on its own key, every blank blank', () => {
  for (const [format, render] of Object.entries(FORMATS)) {
    for (const spans of [true, false]) {
      it(`${format}, label cells ${spans ? 'spanning columns' : 'followed by empty cells'}`, async () => {
        await fc.assert(
          fc.asyncProperty(cells, async (values) => {
            const r = await importReport(await render(printedBlocks('某某县统计局', 2024, values, { spans })));
            if (!r.ok) throw new Error(r.message);
            const blank = CELL_KEYS.filter((k) => values[k] === null);
            for (const key of CELL_KEYS) expect(r.project.cells[key] ?? null, `${format} ${key}`).toEqual(values[key]);
            expect(loggedBlank(r.log).sort()).toEqual([...blank].sort());
            // No entry names a cell as blank that holds a number.
            for (const e of r.log) if (/留空/.test(e.message)) for (const k of e.cells ?? []) expect(values[k], `${e.message} ${k}`).toBeNull();
            // Blanks printed as empty cells were published blank, not unread.
            expect(r.project.unread ?? []).toEqual([]);
          }),
          { numRuns: format === 'xlsx' || format === 'docx' ? 12 : 25 },
        );
      }, 60_000);
    }
  }

  it('the empty-last-cell Word table: 一、本年新收 with 总计 left blank keeps 59 in 自然人', async () => {
    const values: Record<string, CellValue> = Object.fromEntries(CELL_KEYS.map((k) => [k, 0]));
    values['t3.received.naturalPerson'] = 59;
    values['t3.received.total'] = null;
    const r = await importReport({ name: 'e.docx', bytes: await toDocx(printedBlocks('某某县统计局', 2024, values, { spans: false })) });
    if (!r.ok) throw new Error(r.message);
    expect(r.project.cells['t3.received.naturalPerson']).toBe(59);
    expect(r.project.cells['t3.received.business']).toBe(0);
    expect(r.project.cells['t3.received.total'] ?? null).toBeNull();
    expect(loggedBlank(r.log)).toEqual(['t3.received.total']);
  });
});
