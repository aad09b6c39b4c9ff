// Property: any valid report, exported in every format we write (EXPORT_FORMATS: .docx, .xlsx,
// and whatever format is added there) and imported again, comes back with identical cells and
// identical text — sections, preamble, issuer and year. The same holds for the plain text a
// clerk gets by copying our .docx out of Word (one line per paragraph, a tab between cells).
// Reports are the sample report (templates/) with random figures: counts, 万元 amounts with up
// to four decimals, not-applicable marks and blanks (which come back as the 0 the export
// writes), totals derived, and random sentences added to the prose.
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CELLS, SECTION_IDS, deriveTotals, loadProject, validate, type CellValue, type Project } from '../../src/shared';
import { EXPORT_FORMATS, FORMATS } from '../../src/main/export/export-report';
import { importReport } from '../../src/main/import';
import { readDocxLines } from '../../src/main/import/read-docx';

const SAMPLE = (() => {
  const r = loadProject(readFileSync(new URL('../../templates/sample-linyi-2024.nianbao.json', import.meta.url), 'utf8'));
  if (!r.ok) throw new Error(r.message);
  return r.project;
})();

const count = fc.oneof({ weight: 8, arbitrary: fc.nat(99_999) }, { weight: 1, arbitrary: fc.constant(0) });
const money = fc.integer({ min: 0, max: 99_999_9999 }).map((n) => n / 10_000);
const typed = (kind: 'count' | 'money'): fc.Arbitrary<CellValue> =>
  fc.oneof(
    { weight: 10, arbitrary: kind === 'count' ? count : money },
    { weight: 1, arbitrary: fc.constant(null) },
    { weight: 1, arbitrary: fc.constantFrom('/', '—').map((na) => ({ na })) },
  );
const SENTENCES = [
  '本年度共办理政府信息公开申请事项，均在法定期限内答复。',
  '持续完善政府信息公开目录，及时更新公开指南。',
  '加强政策解读，发布图文解读12篇。',
  '下一步，将进一步规范依申请公开办理流程。',
];
const INPUT_CELLS = CELLS.filter((c) => !c.sumOf);

const report: fc.Arbitrary<Project> = fc
  .record({
    values: fc.tuple(...INPUT_CELLS.map((c) => typed(c.kind))),
    added: fc.tuple(...SECTION_IDS.map(() => fc.subarray(SENTENCES, { minLength: 0, maxLength: 2 }))),
  })
  .map(({ values, added }) => {
    const p = structuredClone(SAMPLE);
    const cells = { ...p.cells };
    INPUT_CELLS.forEach((c, i) => (cells[c.key] = values[i]!));
    p.cells = deriveTotals(cells);
    SECTION_IDS.forEach((id, i) => {
      const extra = added[i]!;
      if (extra.length && p.sections[id].trim()) p.sections[id] = `${p.sections[id]}\n${extra.join('\n')}`;
    });
    return p;
  });

async function imported(name: string, bytes: Uint8Array): Promise<Project> {
  const r = await importReport({ name, bytes });
  if (!r.ok) throw new Error(`${name}: ${r.message}`);
  return r.project;
}

/** A blank cell is exported as 0 (spec §6) and so read back as 0; every other value as it was. */
const afterExport = (v: CellValue | undefined): CellValue => (v === null || v === undefined ? 0 : v);

function expectSameReport(again: Project, first: Project, via: string): void {
  for (const c of CELLS) expect(again.cells[c.key], `${via}: ${c.key}`).toEqual(afterExport(first.cells[c.key]));
  expect(again.sections, via).toEqual(first.sections);
  expect(again.meta.preamble, via).toBe(first.meta.preamble);
  expect(again.meta.issuer, via).toBe(first.meta.issuer);
  expect(again.meta.year, via).toBe(first.meta.year);
}

const RUNS = 6;

describe('export → import round trip over random valid reports', () => {
  for (const format of EXPORT_FORMATS) {
    it(`${FORMATS[format].name} (${FORMATS[format].extension}) gives back identical cells and text`, async () => {
      await fc.assert(
        fc.asyncProperty(report, async (first) => {
          // Draft export when a random figure breaks a warning-free rule: the round trip is about
          // what is written, not whether it may be filed.
          const findings = validate(first);
          const bytes = await FORMATS[format].build(first, findings, findings.some((f) => f.severity === 'error'));
          expectSameReport(await imported(`r${FORMATS[format].extension}`, bytes), first, format);
        }),
        { numRuns: RUNS },
      );
    });
  }

  it('plain text copied out of our .docx (a tab between cells) gives back identical cells and text', async () => {
    await fc.assert(
      fc.asyncProperty(report, async (first) => {
        const findings = validate(first);
        const docx = await FORMATS.docx.build(first, findings, findings.some((f) => f.severity === 'error'));
        const text = (await readDocxLines(docx)).map((l) => l.cells.join('\t')).join('\n');
        expectSameReport(await imported('r.txt', new TextEncoder().encode(text)), first, 'text');
      }),
      { numRuns: RUNS },
    );
  });
});
