// Exporting as a clerk does it: `nianbao export FILE --docx … --xlsx … [--draft]`, and the
// exportReport gate behind it (also used by the app). A report with errors is refused for
// filing, a draft is marked, and a failed write never leaves a half-written file behind.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, promises as fsp, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { serializeProject, validate, type Project } from '../../src/shared';
import { EXPORT_FORMATS, ExportRefusedError, FORMATS, exportReport } from '../../src/main/export/export-report';
import { TEMP_MARK } from '../../src/main/files/project-io';
import { FINDINGS_SHEET, FIRST_CONTENT_ROW } from '../../src/main/export/xlsx';
import { main } from '../../src/main/cli/main';
import { NIANBAO_BIN } from './support/nianbao-bin';
import { SAMPLE_PATH, sampleProject } from './support/sample';

const sample = sampleProject;

/** The sample with 予以公开·自然人 typed one short: 一+二 no longer equals （七）+四. */
function broken(): Project {
  const p = sample();
  p.cells['t3.granted.naturalPerson'] = (p.cells['t3.granted.naturalPerson'] as number) - 1;
  return p;
}

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'nianbao-export-'));
});
afterEach(() => {
  vi.restoreAllMocks();
});

const zipEntries = async (path: string) => Object.keys((await JSZip.loadAsync(readFileSync(path))).files);
const leftovers = () => readdirSync(dir).filter((f) => f.includes(TEMP_MARK));

describe('exportReport', () => {
  /** The part every file of a format must contain, to know it is that format and complete. */
  const MAIN_PART: Record<string, string> = { docx: 'word/document.xml', xlsx: 'xl/workbook.xml' };
  const everyFormat = (name: string) => Object.fromEntries(EXPORT_FORMATS.map((f) => [f, join(dir, `${name}${FORMATS[f].extension}`)]));

  it('writes every format for a report without errors', async () => {
    const project = sample();
    expect(validate(project).filter((f) => f.severity === 'error')).toEqual([]);
    const targets = everyFormat('年报');
    const r = await exportReport(project, targets);
    expect(r.written.map((w) => w.format)).toEqual(EXPORT_FORMATS);
    for (const f of EXPORT_FORMATS.filter((x) => x !== 'html')) expect(await zipEntries(targets[f]!)).toContain(MAIN_PART[f]);
    // The web page: UTF-8 text, a whole document with the report's title.
    const page = readFileSync(targets.html!, 'utf8');
    expect(page.startsWith('<!DOCTYPE html>')).toBe(true);
    expect(page).toContain('<title>临沂市行政审批服务局2024年政府信息公开工作年度报告</title>');
    expect(leftovers()).toEqual([]);
  });

  it('refuses a filing export while errors remain, listing how many and the first ones, and writes nothing', async () => {
    const project = broken();
    const errors = validate(project).filter((f) => f.severity === 'error');
    expect(errors.length).toBeGreaterThan(0);
    const err = await exportReport(project, everyFormat('a')).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ExportRefusedError);
    const message = (err as Error).message;
    expect(message).toContain(`报告尚有 ${errors.length} 处错误`);
    expect(message).toContain(`1. ${errors[0]!.title}（${errors[0]!.rule}）：${errors[0]!.message}`);
    expect(readdirSync(dir)).toEqual([]);
  });

  it('exports a draft with errors, marked 草稿', async () => {
    const r = await exportReport(broken(), { docx: join(dir, 'draft.docx'), draft: true });
    expect(r.draft).toBe(true);
    expect(r.errors).toBeGreaterThan(0);
    const xml = await (await JSZip.loadAsync(readFileSync(join(dir, 'draft.docx')))).file('word/document.xml')!.async('string');
    expect(xml).toContain('（草稿）');
  });

  it('leaves the previous file untouched and no temp file when the disk fills mid-write', async () => {
    const target = join(dir, '年报.docx');
    writeFileSync(target, 'the report filed last week');
    const realOpen = fsp.open.bind(fsp);
    vi.spyOn(fsp, 'open').mockImplementation(async (...args: Parameters<typeof fsp.open>) => {
      const handle = await realOpen(...args);
      if (String(args[0]).includes(TEMP_MARK)) {
        // Half the bytes reach the disk, then it is full.
        vi.spyOn(handle, 'writeFile').mockImplementation(async (data) => {
          const bytes = data as Uint8Array;
          await handle.write(bytes.subarray(0, bytes.length >> 1));
          throw Object.assign(new Error('no space left on device'), { code: 'ENOSPC' });
        });
      }
      return handle;
    });
    await expect(exportReport(sample(), { docx: target })).rejects.toThrow(/无法写入Word 文档 .*年报\.docx：磁盘空间不足/);
    expect(readFileSync(target, 'utf8')).toBe('the report filed last week');
    expect(leftovers()).toEqual([]);
  });

  it('leaves the previous file untouched when the final rename fails', async () => {
    const target = join(dir, '年报.docx');
    writeFileSync(target, 'old document');
    vi.spyOn(fsp, 'rename').mockRejectedValue(Object.assign(new Error('permission denied'), { code: 'EACCES' }));
    await expect(exportReport(sample(), { docx: target })).rejects.toThrow(/没有读写权限/);
    expect(readFileSync(target, 'utf8')).toBe('old document');
    expect(leftovers()).toEqual([]);
  });

  it('needs at least one target, and a different file for each format', async () => {
    await expect(exportReport(sample(), {})).rejects.toThrow('未指定导出文件');
    const same = Object.fromEntries(EXPORT_FORMATS.map((f) => [f, join(dir, 'x')]));
    if (EXPORT_FORMATS.length > 1) await expect(exportReport(sample(), same)).rejects.toThrow('不能保存为同一个文件');
  });
});

describe('nianbao export', () => {
  async function run(...args: string[]) {
    let stdout = '';
    let stderr = '';
    vi.spyOn(process.stdout, 'write').mockImplementation((s) => ((stdout += String(s)), true));
    vi.spyOn(process.stderr, 'write').mockImplementation((s) => ((stderr += String(s)), true));
    const status = await main(['export', ...args]);
    vi.restoreAllMocks();
    return { status, stdout, stderr };
  }
  const save = (p: Project, name: string) => {
    const path = join(dir, name);
    writeFileSync(path, serializeProject(p));
    return path;
  };

  it('exports every format asked for and says where', async () => {
    const file = save(sample(), 'report.nianbao.json');
    const flags = EXPORT_FORMATS.flatMap((f) => [`--${f}`, join(dir, `out${FORMATS[f].extension}`)]);
    const r = await run(file, ...flags);
    expect(r.status, r.stderr).toBe(0);
    for (const f of EXPORT_FORMATS) {
      const out = join(dir, `out${FORMATS[f].extension}`);
      expect(r.stdout).toContain(`已导出${FORMATS[f].name}：${out}`);
      expect(existsSync(out)).toBe(true);
    }
  });

  it('refuses a report with errors, says why, exits non-zero and writes nothing', async () => {
    const file = save(broken(), 'broken.nianbao.json');
    const r = await run(file, '--docx', join(dir, 'out.docx'));
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/报告尚有 \d+ 处错误/);
    expect(r.stderr).toContain('T3-BAL');
    expect(r.stderr).toContain('--draft');
    expect(existsSync(join(dir, 'out.docx'))).toBe(false);
  });

  it('exports a draft with --draft and says it is one', async () => {
    const file = save(broken(), 'broken.nianbao.json');
    const r = await run(file, '--docx', join(dir, 'draft.docx'), '--draft');
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/这是草稿，报告尚有 \d+ 处错误/);
    expect(existsSync(join(dir, 'draft.docx'))).toBe(true);
  });

  describe('--prior LAST.nianbao.json', () => {
    /** Last year's report of the same bureau: the sample as 2023, with 四、结转下年度 per column. */
    function lastYear(carriedForward: number): Project {
      const p = sample();
      p.meta.year = 2023;
      p.cells['t3.carriedForward.naturalPerson'] = carriedForward;
      p.cells['t3.carriedForward.total'] = carriedForward;
      // 2023's 行政规范性文件 in force: this year's 0 no longer follows from it (T2-STOCK).
      p.cells['t2.normativeDocuments.inForce'] = 5;
      return p;
    }
    /** The 校验结果 sheet as rows of text, without its title lines and header. */
    async function findingsSheet(path: string): Promise<string[][]> {
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.load(readFileSync(path) as unknown as ArrayBuffer);
      const ws = wb.getWorksheet(FINDINGS_SHEET)!;
      const rows: string[][] = [];
      ws.eachRow((row, n) => {
        if (n > FIRST_CONTENT_ROW) rows.push((row.values as unknown[]).slice(1).map((v) => String(v ?? '')));
      });
      return rows;
    }

    it('makes T3-CARRY a hard check: a 上年结转 that differs from last year’s 结转下年度 refuses the filing export', async () => {
      const file = save(sample(), 'report.nianbao.json');
      const prior = save(lastYear(3), 'last.nianbao.json');
      const out = join(dir, 'out.xlsx');
      // Without last year's report the sample exports: its 上年结转 of 0 cannot be checked.
      expect((await run(file, '--xlsx', out)).status).toBe(0);
      rmSync(out);

      const r = await run(file, '--xlsx', out, '--prior', prior);
      expect(r.status).toBe(2);
      expect(r.stderr).toContain('上年结转不衔接（T3-CARRY）：表三自然人列：二、上年结转政府信息公开申请数量（0）≠ 2023 年度报告的四、结转下年度继续办理（3），相差 3');
      expect(r.stderr).toContain('--draft');
      expect(existsSync(out)).toBe(false);
    });

    it('lists the cross-year errors in 校验结果 of a draft exported with them', async () => {
      const file = save(sample(), 'report.nianbao.json');
      const prior = save(lastYear(3), 'last.nianbao.json');
      const out = join(dir, 'draft.xlsx');
      const r = await run(file, '--xlsx', out, '--prior', prior, '--draft');
      expect(r.status, r.stderr).toBe(0);
      expect(r.stdout).toContain('已与 2023 年度报告（last.nianbao.json）比对');
      expect(r.stdout).toMatch(/这是草稿，报告尚有 2 处错误/);
      const carry = (await findingsSheet(out)).filter((row) => row[2] === 'T3-CARRY');
      expect(carry.map((row) => [row[1], row[3], row[4], row[5]])).toEqual([
        ['上年结转不衔接', '错误', '须改正', 't3.carriedOver.naturalPerson'],
        ['上年结转不衔接', '错误', '须改正', 't3.carriedOver.total'],
      ]);
    });

    it('exports for filing when 上年结转 agrees, with the cross-year warnings in 校验结果', async () => {
      const file = save(sample(), 'report.nianbao.json');
      const prior = save(lastYear(0), 'last.nianbao.json');
      const out = join(dir, 'out.xlsx');
      const r = await run(file, '--xlsx', out, '--prior', prior);
      expect(r.status, r.stderr).toBe(0);
      const rows = await findingsSheet(out);
      expect(rows.map((row) => row[2])).not.toContain('T3-CARRY');
      const stock = rows.find((row) => row[2] === 'T2-STOCK')!;
      expect(stock.slice(3, 6)).toEqual(['提示', '待确认', 't2.normativeDocuments.issued\nt2.normativeDocuments.repealed\nt2.normativeDocuments.inForce']);
      expect(stock[7]).toContain('2023 年现行有效件数（5）');
      // Last year's narrative, word for word: 内容雷同.
      expect(rows.map((row) => row[2])).toContain('N-BOILERPLATE');
    });

    it('reports an unreadable --prior file in Chinese and writes nothing', async () => {
      const file = save(sample(), 'report.nianbao.json');
      const r = await run(file, '--xlsx', join(dir, 'out.xlsx'), '--prior', join(dir, 'missing.nianbao.json'));
      expect(r.status).toBe(3);
      expect(r.stderr).toContain('missing.nianbao.json：无法读取文件');
      expect(existsSync(join(dir, 'out.xlsx'))).toBe(false);
    });
  });

  it('rejects wrong usage with exit 64', async () => {
    const file = save(sample(), 'r.nianbao.json');
    expect((await run(file)).status).toBe(64);
    expect((await run(file, '--docx', join(dir, 'out.pdf'))).stderr).toContain('.docx 结尾');
    expect((await run('--docx', join(dir, 'out.docx'))).status).toBe(64);
  });

  it('--html writes the web page; an older one is kept unless --force, as for --docx; the name must end in .html', async () => {
    const file = save(sample(), 'report.nianbao.json');
    const out = join(dir, '网页版.html');
    writeFileSync(out, 'old');
    const kept = await run(file, '--html', out);
    expect(kept.status).toBe(64);
    expect(readFileSync(out, 'utf8')).toBe('old');
    const r = await run(file, '--html', out, '--force');
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout).toContain(`已导出网页：${out}`);
    expect(readFileSync(out, 'utf8')).toContain('<table');
    const wrong = await run(file, '--html', join(dir, 'page.htm'));
    expect(wrong.status).toBe(64);
    expect(wrong.stderr).toContain('--html 的文件名应以 .html 结尾');
  });

  it('reports a missing project file in Chinese, exit 3 as validate', async () => {
    const r = await run(join(dir, 'nope.nianbao.json'), '--docx', join(dir, 'out.docx'));
    expect(r.status).toBe(3);
    expect(r.stderr).toContain('文件或文件夹不存在');
  });

  it('works as the installed command on the sample template: refused without 发布日期 (N-PUBDATE), a draft goes out', () => {
    const out = join(dir, 'sample.docx');
    const refused = spawnSync(process.execPath, [NIANBAO_BIN, 'export', SAMPLE_PATH, '--docx', out], { encoding: 'utf8' });
    expect(refused.status).toBe(2);
    expect(refused.stderr).toContain('发布日期未填写（N-PUBDATE）：基本信息 · 发布日期尚未填写');
    expect(existsSync(out)).toBe(false);
    const r = spawnSync(process.execPath, [NIANBAO_BIN, 'export', SAMPLE_PATH, '--docx', out, '--draft'], { encoding: 'utf8' });
    expect(r.status, r.stderr).toBe(0);
    expect(readFileSync(out).subarray(0, 2).toString()).toBe('PK');
  });
});
