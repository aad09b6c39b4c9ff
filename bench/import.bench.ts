// Import throughput (issue 5): reports per second over the fixture reports (text and HTML
// copies of web pages, Word and Excel files) and over the sample in each format.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { validate } from '../src/shared';
import { importReport } from '../src/main/import';
import { readPdfPages } from '../src/main/import/read-pdf';
import { buildDocx } from '../src/main/export/docx';
import { buildXlsx } from '../src/main/export/xlsx';
import { measure, memoryMiB, printFigures, type Figure } from './measure';
import { SAMPLE_PUBLISH_DATE } from '../tests/unit/support/sample';

const DIR = fileURLToPath(new URL('../tests/fixtures/reports/', import.meta.url));
/** The published PDFs (issue 11), kept outside the repository. */
const PUBLISHED = fileURLToPath(new URL('../../shared/samples/published/', import.meta.url));

function publishedPdfs(): { name: string; bytes: Uint8Array }[] {
  if (!existsSync(PUBLISHED)) return [];
  return readdirSync(PUBLISHED)
    .filter((f) => f.endsWith('.pdf'))
    .map((name) => ({ name, bytes: new Uint8Array(readFileSync(join(PUBLISHED, name))) }));
}

function fixtureFiles(): { name: string; bytes: Uint8Array }[] {
  return readdirSync(DIR)
    .filter((f) => /\.(txt|html|docx|xlsx)$/.test(f))
    .map((name) => ({ name, bytes: readFileSync(join(DIR, name)) }));
}

/** The sample's 表三 as a one-sheet workbook: a typical Excel template. */
async function sampleWorkbook(lines: string[]): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('表三');
  for (const line of lines) ws.addRow(line.split('\t').map((c) => (/^\d+$/.test(c) ? Number(c) : c)));
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

async function importAll(files: readonly { name: string; bytes: Uint8Array }[]): Promise<number> {
  let cells = 0;
  for (const f of files) {
    const r = await importReport(f);
    if (r.ok) cells += Object.values(r.project.cells).filter((v) => v !== null).length;
  }
  return cells;
}

const perSecond = (f: Figure, n: number): Figure => ({ ...f, note: `${Math.round((n * 1000) / f.median)} reports/s` });

export default async function importBench(): Promise<void> {
  const texts = fixtureFiles();
  const sample = texts.find((f) => f.name === 'linyi-approval-bureau-2024.txt')!;
  const first = await importReport(sample);
  if (!first.ok) throw new Error(first.message);
  // The published text names no 发布日期 (N-PUBDATE): give it the tests' date to export it for filing.
  first.project.meta.publishDate = SAMPLE_PUBLISH_DATE;
  const docx = { name: 'linyi.docx', bytes: new Uint8Array(await buildDocx(first.project, validate(first.project), { draft: false })) };
  const sampleText = new TextDecoder().decode(sample.bytes);
  const xlsx = { name: 'linyi.xlsx', bytes: await sampleWorkbook(sampleText.split('\n').filter((l) => l.includes('\t'))) };
  const ourXlsx = { name: 'linyi-export.xlsx', bytes: new Uint8Array(await buildXlsx(first.project, validate(first.project), {})) };

  const figures: Figure[] = [
    perSecond(await measure(`import ${texts.length} fixture reports (4 formats)`, () => importAll(texts), { runs: 30, warmup: 3 }), texts.length),
    perSecond(await measure('import the sample (.txt, complete report)', () => importAll([sample]), { runs: 100 }), 1),
    perSecond(await measure('import the sample as .docx (our export)', () => importAll([docx]), { runs: 50, warmup: 5 }), 1),
    perSecond(await measure('import the sample tables as .xlsx (one sheet)', () => importAll([xlsx]), { runs: 50, warmup: 5 }), 1),
    perSecond(await measure('import the sample as .xlsx (our export)', () => importAll([ourXlsx]), { runs: 50, warmup: 5 }), 1),
  ];
  const pdfs = publishedPdfs();
  if (pdfs.length > 0) {
    const pdf = perSecond(await measure(`import ${pdfs.length} published PDFs (../shared/samples/published)`, () => importAll(pdfs), { runs: 20, warmup: 3, target: '≥ 20 reports/s' }), pdfs.length);
    // Same run, same files: only reading their text, with every embedded font program parsed as
    // PDF.js does unaided (what the import did before pdf-font-programs.ts).
    const unaided = await measure('read their text, every font program parsed', () => Promise.all(pdfs.map((f) => readPdfPages(f.bytes, { fontPrograms: 'original' }))), { runs: 20, warmup: 3 });
    const rate = (n: number, ms: number) => (n * 1000) / ms;
    // One decimal: a rate that rounds to 20 but is under it is not shown as 20 beside a ✗.
    figures.push({ ...pdf, met: rate(pdfs.length, pdf.median) >= 20, note: `${rate(pdfs.length, pdf.median).toFixed(1)} reports/s`, baseline: { name: unaided.name, median: unaided.median } });
  } else process.stdout.write('\n(../shared/samples/published is absent: PDF import throughput not measured)\n');
  printFigures(`Import (${memoryMiB()})`, figures);
}
