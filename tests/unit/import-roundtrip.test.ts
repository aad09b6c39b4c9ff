// A report imported from a published page, exported by our own exporters and imported again,
// comes back unchanged: the same 200 cells, the same sections, issuer and year.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CELL_KEYS, validate, type Project } from '../../src/shared';
import { importReport } from '../../src/main/import';
import { buildDocx } from '../../src/main/export/docx';

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
    const docx = await buildDocx(first, validate(first), { draft: false });
    sameReport(await imported({ name: 'linyi.docx', bytes: docx }), first);
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

const XLSX_MODULE = join(__dirname, '../../src/main/export/xlsx/index.ts');
describe.runIf(existsSync(XLSX_MODULE))('round trip through our .xlsx', () => {
  it('the published 临沂 report comes back unchanged', async () => {
    const { buildXlsx } = (await import(XLSX_MODULE)) as { buildXlsx: (p: Project, f: ReturnType<typeof validate>, o?: object) => Promise<Uint8Array> };
    const first = await imported(join(REPORTS, 'linyi-approval-bureau-2024.txt'));
    const xlsx = await buildXlsx(first, validate(first), {});
    sameReport(await imported({ name: 'linyi.xlsx', bytes: xlsx }), first);
  });
});

