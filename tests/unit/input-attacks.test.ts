// The attack files of issue 10, generated here at run time (never committed): a zip bomb, a
// .docx that lies about its sizes, a million-row .xlsx, a 200 MB text (a sparse file: no disk
// is used), /dev/zero, a FIFO, symlinks out of a folder — each refused at once by the bounded
// reader with a Chinese message naming the limit, and a folder mixing them with a good report
// still audited, the bad files listed as 无法读取 rows.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import ExcelJS from 'exceljs';
import { join } from 'node:path';
import { importReport } from '../../src/main/import';
import { InputError, readInput, readInputSync } from '../../src/main/files/read-input';
import type { InputLimit } from '../../src/main/files/input-limits';
import { openProjectFile } from '../../src/main/files/open-project';
import { INPUT_LIMITS } from '../../src/main/files/input-limits';
import { runBatch } from '../../src/main/batch';
import { SAMPLE_PATH } from './support/sample';
import { minimalPdf } from './support/minimal-pdf';
import { buildZip, deflatedZeros, xlsxWith } from './support/zip-writer';

const GOOD_TXT = new URL('../fixtures/samples/linyi-approval-bureau-2024.txt', import.meta.url).pathname;
const posix = process.platform !== 'win32';
let dir: string;
const files: Record<string, string> = {};

/** Runs `fn`, and says how long it took and how much the heap grew. */
async function measured<T>(fn: () => Promise<T>): Promise<{ value: T; ms: number; heapMb: number }> {
  const heap = process.memoryUsage().rss;
  const start = performance.now();
  const value = await fn();
  return { value, ms: performance.now() - start, heapMb: (process.memoryUsage().rss - heap) / 2 ** 20 };
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'nianbao-attack-'));
  const put = (name: string, data: Uint8Array | string) => writeFileSync((files[name] = join(dir, name)), data);
  // 300 MB of zeros in a ~300 KB .docx, sizes declared honestly.
  put('bomb.docx', buildZip([{ name: 'word/document.xml', data: '', deflated: await deflatedZeros(300 * 2 ** 20) }]));
  // 40 MB of zeros declared as 1 KB: only inflating under a cap can tell.
  put('liar.docx', buildZip([{ name: 'word/document.xml', data: '', deflated: await deflatedZeros(40 * 2 ** 20), declaredSize: 1024 }]));
  // 1,000,000 rows, one cell each.
  put('million.xlsx', xlsxWith(`<worksheet><sheetData>${'<row r="1"><c r="A1"><v>1</v></c></row>'.repeat(1_000_000)}</sheetData></worksheet>`));
  // Rows that compress like real data, just over the row limit.
  const rows = Array.from({ length: INPUT_LIMITS.sheetRows + 5 }, (_, i) => `<row r="${i + 1}"><c r="A${i + 1}"><v>${(i * 7919) % 100003}</v></c></row>`);
  put('many-rows.xlsx', xlsxWith(`<worksheet><sheetData>${rows.join('')}</sheetData></worksheet>`));
  // One stray cell far away: a sheet 1,048,576 rows by 16,384 columns to walk.
  const far = new ExcelJS.Workbook();
  far.addWorksheet('表三').getCell('XFD1048576').value = 1;
  put('far-cell.xlsx', new Uint8Array(await far.xlsx.writeBuffer()));
  put('big.txt', '');
  truncateSync(files['big.txt']!, 200 * 2 ** 20);
  put('big-project.nianbao.json', '');
  truncateSync(files['big-project.nianbao.json']!, 200 * 2 ** 20);
  put('gbk.nianbao.json', Buffer.from([...Buffer.from('{"kind":"nianbao-project","issuer":"'), 0xb1, 0xa8, 0xb8, 0xe6, ...Buffer.from('"}')]));
  // A 300 KB PDF whose page content inflates to 300 MB; and one of six 100 MB page contents,
  // each under the one-stream limit, 600 MB together. PDF.js would inflate either whole.
  const pdf = (contents: Buffer[]) =>
    minimalPdf([
      '<< /Type /Catalog /Pages 2 0 R >>',
      '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
      `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents [${contents.map((_, i) => `${i + 4} 0 R`).join(' ')}] >>`,
      ...contents.map((c) => `<< /Length ${c.length} /Filter /FlateDecode >>\nstream\n${c.toString('latin1')}\nendstream`),
    ]);
  put('bomb.pdf', pdf([(await deflatedZeros(300 * 2 ** 20, 'zlib')).body]));
  const hundred = (await deflatedZeros(100 * 2 ** 20, 'zlib')).body;
  put('many-streams.pdf', pdf(Array.from({ length: 6 }, () => hundred)));
  if (posix) execFileSync('mkfifo', [(files['fifo.txt'] = join(dir, 'fifo.txt'))]);
  mkdirSync((files['folder.docx'] = join(dir, 'folder.docx')));
}, 30_000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('each attack file is refused at once, naming the limit', () => {
  const cases: [string, RegExp][] = [
    ['bomb.docx', /解压后有 300\.0 MB.*超过文档内单个部件解压后大小上限（50\.0 MB）/],
    ['liar.docx', /实际解压后大于其声明的 1\.0 KB.*压缩炸弹/],
    ['million.xlsx', /上限/],
    ['many-rows.xlsx', /10,005 行，超过工作表行数上限（10,000）/],
    ['far-cell.xlsx', /超过工作表(行|列)数上限/],
    ['big.txt', /有 200\.0 MB，超过文本或网页文件大小上限（8\.0 MB）/],
    ['bomb.pdf', /中有一个数据流解压后过大（可能是压缩炸弹），超过PDF 单个数据流解压后大小上限（128\.0 MB）/],
    ['many-streams.pdf', /的数据流解压后共有 600\.0 MB（图片过多，或可能是压缩炸弹），超过PDF 数据流解压后总大小上限（512\.0 MB）/],
    ['folder.docx', /是文件夹，不是普通文件/],
  ];
  for (const [name, message] of cases) {
    it(name, async () => {
      const { value: r, ms, heapMb } = await measured(() => importReport(files[name]!));
      expect(r.ok).toBe(false);
      expect(r.ok ? '' : r.message).toMatch(message);
      expect(ms).toBeLessThan(10_000);
      expect(heapMb).toBeLessThan(500);
      console.log(`[attack] ${name}: refused in ${ms.toFixed(0)} ms, rss +${heapMb.toFixed(0)} MB — ${r.ok ? '' : r.message}`);
    });
  }

  it.skipIf(!posix)('/dev/zero and a FIFO: refused without reading a byte or blocking', async () => {
    for (const path of ['/dev/zero', files['fifo.txt']!]) {
      const { value: r, ms } = await measured(() => importReport(path));
      expect(r.ok ? '' : r.message).toMatch(/(设备文件|命名管道（FIFO）)，不是普通文件/);
      expect(ms).toBeLessThan(1000);
    }
    await expect(readInput('/dev/zero', 'textBytes')).rejects.toThrow(/设备文件/);
  });

  // The blocking reader of the batch's worker threads is the same steps as readInput: the same
  // refusals, and never a byte read from a device or a wait on a FIFO.
  it('the blocking reader refuses what readInput refuses, with the same message', async () => {
    const cases: [string, InputLimit][] = [
      ['/dev/zero', 'textBytes'],
      [files['big.txt']!, 'textBytes'],
      [files['folder.docx']!, 'officeBytes'],
      [join(dir, 'no-such-file.txt'), 'textBytes'],
      ...(posix ? ([[files['fifo.txt']!, 'textBytes']] as [string, InputLimit][]) : []),
    ];
    for (const [path, limit] of cases) {
      const waited = await readInput(path, limit).then(() => null, (e: unknown) => e as InputError);
      const blocked = (() => {
        try {
          readInputSync(path, limit);
          return null;
        } catch (e) {
          return e as InputError;
        }
      })();
      expect(waited, path).toBeInstanceOf(InputError);
      expect(blocked, path).toBeInstanceOf(InputError);
      expect([blocked!.code, blocked!.message], path).toEqual([waited!.code, waited!.message]);
    }
    const good = readFileSync(GOOD_TXT);
    expect(readInputSync(GOOD_TXT, 'textBytes').equals(good)).toBe(true);
    expect((await readInput(GOOD_TXT, 'textBytes')).equals(good)).toBe(true);
  });

  it('project files: too big, GBK, a FIFO — refused with the reason', async () => {
    expect(await openProjectFile(files['big-project.nianbao.json']!)).toMatchObject({ ok: false, message: expect.stringMatching(/项目文件大小上限（16\.0 MB）/) });
    expect(await openProjectFile(files['gbk.nianbao.json']!)).toMatchObject({ ok: false, message: expect.stringMatching(/不是 UTF-8 编码/) });
    if (posix) expect(await openProjectFile(files['fifo.txt']!)).toMatchObject({ ok: false, message: expect.stringMatching(/命名管道/) });
  });

  it('a text of too many lines (a log file, a dump) is refused by the line limit, in seconds', async () => {
    const path = join(dir, 'lines.txt');
    writeFileSync(path, Array.from({ length: INPUT_LIMITS.sourceLines + 10 }, (_, i) => `第${i}行 1 2 3`).join('\n'));
    const { value: r, ms } = await measured(() => importReport(path));
    expect(r.ok ? '' : r.message).toMatch(/个段落和表格行，超过报告段落和表格行数上限（30,000）/);
    expect(ms).toBeLessThan(10_000);
  });

  it('a good report still imports', async () => {
    const r = await importReport(GOOD_TXT);
    expect(r.ok).toBe(true);
  });
});

describe('a folder mixing attack files with good reports', () => {
  it('audits the good ones, lists every bad one as 无法读取 with its reason, lists outward symlinks unread', async () => {
    const folder = join(dir, 'units');
    mkdirSync(folder);
    copyFileSync(GOOD_TXT, join(folder, '甲局.txt'));
    copyFileSync(SAMPLE_PATH, join(folder, '乙局.nianbao.json'));
    for (const name of ['bomb.docx', 'liar.docx', 'million.xlsx', 'big.txt', 'gbk.nianbao.json', ...(posix ? ['fifo.txt'] : [])]) {
      if (name === 'fifo.txt') execFileSync('mkfifo', [join(folder, name)]);
      else copyFileSync(files[name]!, join(folder, name));
    }
    writeFileSync(join(dir, 'secret.txt'), '机密：不得读取');
    if (posix) {
      symlinkSync(join(dir, 'secret.txt'), join(folder, '外部.txt'));
      symlinkSync('/dev/zero', join(folder, 'zero.txt'));
      symlinkSync(join(folder, '甲局.txt'), join(folder, '甲局副本.txt'));
    }
    const { value: result, ms, heapMb } = await measured(() => runBatch(folder, { keepFindings: true }));
    const byFile = new Map(result.rows.map((r) => [r.file, r]));
    expect(byFile.get('甲局.txt')?.status).not.toBe('unreadable');
    expect(byFile.get('乙局.nianbao.json')?.status).not.toBe('unreadable');
    const expectations: [string, RegExp][] = [
      ['bomb.docx', /压缩炸弹|解压后/],
      ['liar.docx', /压缩炸弹/],
      ['million.xlsx', /上限/],
      ['big.txt', /大小上限/],
      ['gbk.nianbao.json', /UTF-8/],
      ...(posix ? [['fifo.txt', /命名管道/] as [string, RegExp]] : []),
    ];
    for (const [name, why] of expectations) {
      expect(byFile.get(name), name).toMatchObject({ status: 'unreadable', message: expect.stringMatching(why) });
    }
    if (posix) {
      expect(result.ignored).toContain('外部.txt（符号链接，指向所选文件夹之外，未读取）');
      expect(result.ignored).toContain('zero.txt（符号链接，指向所选文件夹之外，未读取）');
      // A link that stays inside the folder is read (it is the same unit twice: a duplicate).
      expect(byFile.get('甲局副本.txt')?.status).toBe('duplicate');
      expect(JSON.stringify(result)).not.toContain('不得读取');
    }
    expect(ms).toBeLessThan(10_000);
    console.log(`[attack] mixed folder: ${result.rows.length} rows (${result.rows.filter((r) => r.status === 'unreadable').length} 无法读取), ${result.ignored.length} listed unread, ${ms.toFixed(0)} ms, rss +${heapMb.toFixed(0)} MB`);
  });

  it('a unit that takes longer than its budget becomes a 无法读取 row and the run goes on', async () => {
    const folder = join(dir, 'slow');
    mkdirSync(folder);
    // A Word report takes tens of milliseconds to read (inflating, parsing): far over a 1 ms budget.
    copyFileSync(new URL('../fixtures/reports/linyi-approval-bureau-2024.libreoffice-docx.derived.docx', import.meta.url).pathname, join(folder, '甲局.docx'));
    copyFileSync(SAMPLE_PATH, join(folder, '乙局.nianbao.json'));
    const result = await runBatch(folder, { fileBudgetMs: 1 });
    expect(result.rows).toHaveLength(2);
    expect(result.rows.find((r) => r.file === '甲局.docx')).toMatchObject({ status: 'unreadable', message: expect.stringMatching(/单个文件读取时限/) });
  });
});
