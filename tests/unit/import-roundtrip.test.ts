// A report imported from a published page, exported by our own exporters and imported again,
// comes back unchanged: through the .docx the same 200 cells, sections, preamble, issuer and
// year; through the .xlsx (tables, cover sheet and 报告正文) the same cells, sections and meta.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CELL_KEYS, validate, type Project } from '../../src/shared';
import { importReport } from '../../src/main/import';
import { buildDocx } from '../../src/main/export/docx';
import { buildXlsx } from '../../src/main/export/xlsx';

const REPORTS = join(__dirname, '../fixtures/reports');

async function imported(input: Parameters<typeof importReport>[0]): Promise<Project> {
  const r = await importReport(input);
  if (!r.ok) throw new Error(r.message);
  return r.project;
}

function sameReport(again: Project, first: Project): void {
  for (const key of CELL_KEYS) expect(again.cells[key], key).toEqual(first.cells[key]);
  expect(again.sections).toEqual(first.sections);
  expect(again.meta.issuer).toBe(first.meta.issuer);
  expect(again.meta.year).toBe(first.meta.year);
  expect(again.meta.preamble).toBe(first.meta.preamble);
}

describe('round trip through our .docx', () => {
  it('the published 临沂 report comes back unchanged', async () => {
    const first = await imported(join(REPORTS, 'linyi-approval-bureau-2024.txt'));
    // The published copy names no 发布日期; a filing export needs one (N-PUBDATE).
    first.meta.publishDate = '2025-01-20';
    const docx = await buildDocx(first, validate(first), { draft: false });
    const again = await imported({ name: 'linyi.docx', bytes: docx });
    sameReport(again, first);
    // The 落款 is read back as the 发布日期, not as text of section 六.
    expect(again.meta.publishDate).toBe('2025-01-20');
  });

  it('the same report with n/a marks keeps them as written', async () => {
    const first = await imported(join(REPORTS, 'linyi-approval-bureau-2024.na.derived.txt'));
    const docx = await buildDocx(first, validate(first), { draft: true });
    const again = await imported({ name: 'na.docx', bytes: docx });
    expect(again.cells['t2.regulations.repealed']).toEqual({ na: '—' });
    sameReport(again, first);
  });

  it('a cut-off copy comes back with what it showed; its blanks come back as the 0 the export writes', async () => {
    const first = await imported(join(REPORTS, 'longgang-district-dept-2024.txt'));
    const docx = await buildDocx(first, validate(first), { draft: true });
    const again = await imported({ name: 'lg.docx', bytes: docx });
    for (const key of CELL_KEYS) expect(again.cells[key], key).toEqual(first.cells[key] ?? 0);
    expect(again.sections).toEqual(first.sections);
  });
});

describe('round trip through our .xlsx', () => {
  it('the published 临沂 report comes back unchanged, prose included (sheet 报告正文)', async () => {
    const first = await imported(join(REPORTS, 'linyi-approval-bureau-2024.txt'));
    first.meta.publishDate = '2025-01-20';
    const xlsx = await buildXlsx(first, validate(first), {});
    const again = await imported({ name: 'linyi.xlsx', bytes: xlsx });
    sameReport(again, first);
    expect(again.meta).toMatchObject({ issuer: first.meta.issuer, year: first.meta.year, issuerLevel: first.meta.issuerLevel });
  });

  it('n/a marks survive, and a total of 0 is read as 0 (a stored formula result)', async () => {
    const first = await imported(join(REPORTS, 'linyi-approval-bureau-2024.na.derived.txt'));
    const again = await imported({ name: 'na.xlsx', bytes: await buildXlsx(first, validate(first), { draft: true }) });
    expect(again.cells['t2.regulations.inForce']).toEqual({ na: '不适用' });
    expect(again.cells['t3.carriedOver.total']).toBe(0);
    for (const key of CELL_KEYS) expect(again.cells[key], key).toEqual(first.cells[key]);
  });
});

describe('our own exports are in the standard shape', () => {
  it('importing our .docx and .xlsx gives no N-TABLE-SHAPE entry', async () => {
    const first = await imported(join(REPORTS, 'longgang-district-dept-2024.txt'));
    for (const [name, bytes] of [
      ['lg.docx', await buildDocx(first, validate(first), { draft: true })],
      ['lg.xlsx', await buildXlsx(first, validate(first), { draft: true })],
    ] as const) {
      const r = await importReport({ name, bytes });
      if (!r.ok) throw new Error(r.message);
      expect(r.log.filter((e) => e.rule === 'N-TABLE-SHAPE'), name).toEqual([]);
      expect(r.findings, name).toEqual([]);
    }
  });
});
