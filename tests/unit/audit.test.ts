// `nianbao audit` as a disclosure office runs it, and the workbook read back as Excel shows it.
import { copyFile, mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serializeProject, validate } from '../../src/shared';
import { runBatch } from '../../src/main/batch';
import { buildDocx } from '../../src/main/export/docx';
import { generateReport } from './aggregate-generate';
import { nianbao } from './support/nianbao-bin';


let dir: string;
let units: string;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'nianbao-audit-'));
  units = join(dir, 'reports');
  await mkdir(units);
  await writeFile(join(units, 'a-clean.nianbao.json'), serializeProject(generateReport(0)));
  const unbalanced = generateReport(1);
  unbalanced.cells['t3.received.naturalPerson'] = (unbalanced.cells['t3.received.naturalPerson'] as number) + 3; // T3-BAL, T3-ROWTOT
  await writeFile(join(units, 'b-errors.nianbao.json'), serializeProject(unbalanced));
  const warned = generateReport(2);
  warned.sections.other = '无。'; // N-FEE-ZERO: the 信息处理费 position is not stated
  await writeFile(join(units, 'c-warnings.nianbao.json'), serializeProject(warned));
  await writeFile(join(units, 'd-not-a-project.json'), '{"hello": 1}');
  await writeFile(join(units, 'e-newer.nianbao.json'), JSON.stringify({ kind: 'nianbao-project', schemaVersion: 99 }));
  await writeFile(join(units, 'f-scan.pdf'), '%PDF-1.4');
}, 60_000);

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('batch audit', () => {
  it('classifies every file and never stops on a broken one', async () => {
    const seen: string[] = [];
    const result = await runBatch(units, { keepFindings: true, onProgress: (p) => seen.push(`${p.done}/${p.total}`) });
    expect(seen).toEqual(['1/6', '2/6', '3/6', '4/6', '5/6', '6/6']);
    expect(result.rows.map((r) => [r.file, r.status])).toEqual([
      ['a-clean.nianbao.json', 'clean'],
      ['b-errors.nianbao.json', 'errors'],
      ['c-warnings.nianbao.json', 'warnings'],
      ['d-not-a-project.json', 'unreadable'],
      ['e-newer.nianbao.json', 'unreadable'],
      ['f-scan.pdf', 'unreadable'],
    ]);
    expect(result.rows[3]!.message).toContain('该文件不是年报 Studio 项目文件');
    expect(result.rows[4]!.message).toContain('请升级年报 Studio 后再打开');
    expect(result.rows[5]!.message).toContain('PDF 文件已损坏');
    const b = result.rows[1]!;
    expect(b.errors).toBe(validate(generateReportWithError()).filter((f) => f.severity === 'error').length);
    expect(result.findings.filter((f) => f.file === 'b-errors.nianbao.json').map((f) => f.finding.rule)).toContain('T3-BAL');
    expect(result.findings.filter((f) => f.file === 'a-clean.nianbao.json')).toEqual([]);
  });

  it('writes the audit workbook: a row per unit, every finding, and rule counts', async () => {
    const xlsx = join(dir, '审核结果.xlsx');
    const { code, stdout } = await nianbao(['audit', units, '--xlsx', xlsx]);
    expect(code).toBe(2);
    expect(stdout).toContain('已审核 6 份报告（2025 年度）');
    expect(stdout).toContain('共 6 个单位：无问题 1，有提示 1，有错误 1，无法读取 3');

    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(xlsx);
    expect(wb.worksheets.map((s) => s.name)).toEqual(['单位状态', '问题清单', '规则统计']);
    const status = wb.getWorksheet('单位状态')!;
    expect(status.getCell(1, 1).value).toBe(`${basename(units)} 2025 年度 政府信息公开工作年度报告审核结果`);
    expect(status.getRow(3).values).toEqual([undefined, '序号', '单位名称', '文件', '报告年度', '状态', '错误', '提示', '已确认提示', '无法判断', '说明']);
    const unitRows: unknown[][] = [];
    status.eachRow((row, n) => {
      if (n > 3) unitRows.push([row.getCell(2).value, row.getCell(3).value, row.getCell(5).value]);
    });
    expect(unitRows).toEqual([
      ['第1单位', 'a-clean.nianbao.json', '无问题'],
      ['第2单位', 'b-errors.nianbao.json', '有错误'],
      ['第3单位', 'c-warnings.nianbao.json', '有提示'],
      ['d-not-a-project', 'd-not-a-project.json', '无法读取'],
      ['e-newer', 'e-newer.nianbao.json', '无法读取'],
      ['f-scan', 'f-scan.pdf', '无法读取'],
    ]);
    expect(String(status.getCell(9, 10).value)).toContain('PDF 文件已损坏');

    const findings = wb.getWorksheet('问题清单')!;
    expect(findings.getRow(1).values).toEqual([undefined, '单位名称', '文件', '问题', '规则', '严重程度', '单元格', '位置', '说明', '确认理由']);
    const bal: unknown[][] = [];
    findings.eachRow((row, n) => {
      if (n > 1 && row.getCell(4).value === 'T3-BAL') bal.push([row.getCell(1).value, row.getCell(5).value, row.getCell(6).value, row.getCell(8).value, row.getCell(3).value]);
    });
    expect(bal).toHaveLength(1); // 自然人 column (the stored 总计 column still balances; T3-ROWTOT catches it)
    expect(bal[0]![0]).toBe('第2单位');
    expect(bal[0]![1]).toBe('错误');
    expect(String(bal[0]![2]).split('\n')).toEqual(['t3.received.naturalPerson', 't3.carriedOver.naturalPerson', 't3.resultTotal.naturalPerson', 't3.carriedForward.naturalPerson']);
    expect(bal[0]![4]).toBe('申请总数不平衡');
    expect(String(bal[0]![3])).toMatch(/^表三自然人列：一（\d+）\+ 二（0）= \d+，但（七）总计（\d+）\+ 四（\d+）= \d+，相差 3$/);

    const stats = wb.getWorksheet('规则统计')!;
    const byRule = new Map<string, unknown[]>();
    stats.eachRow((row, n) => {
      if (n > 1) byRule.set(String(row.getCell(2).value), [row.getCell(1).value, row.getCell(4).value, row.getCell(5).value, row.getCell(6).value]);
    });
    expect(byRule.get('T3-BAL')).toEqual(['申请总数不平衡', '错误', 1, 1]);
    expect(byRule.get('T3-ROWTOT')).toEqual(['申请人合计不符', '错误', 1, 1]);
    expect(byRule.get('N-FEE-ZERO')).toEqual(['未说明信息处理费', '提示', 1, 1]);
  });
});

describe('narrative copied between units', () => {
  it('warns every unit whose section is word for word another’s, figures aside, and not a unit’s second copy', async () => {
    const copied = join(dir, 'copied');
    await mkdir(copied);
    const problems = (n: number) =>
      `一是政务公开工作的主动性还需进一步增强，部分科室对政务公开工作重视不够；二是政策解读形式比较单一，图解、视频等解读方式运用较少。下一步将加强培训${n}次，完善工作机制，丰富解读形式。`;
    const reports = [0, 1, 2, 3].map((i) => generateReport(i));
    reports[0]!.sections.problems = problems(3);
    reports[1]!.sections.problems = problems(5); // the same text, other figures
    reports[2]!.sections.problems = `${problems(3)}另外，本年度新增政务新媒体管理问题，已整改。`;
    await Promise.all(reports.map((p, i) => writeFile(join(copied, `u${i}.nianbao.json`), serializeProject(p))));
    await writeFile(join(copied, 'u0-again.nianbao.json'), serializeProject(reports[0]!));
    const result = await runBatch(copied, { keepFindings: true });
    expect(result.rows.map((r) => [r.file, r.status, r.warnings])).toEqual([
      ['u0-again.nianbao.json', 'warnings', 1],
      ['u0.nianbao.json', 'duplicate', 0],
      ['u1.nianbao.json', 'warnings', 1],
      ['u2.nianbao.json', 'clean', 0],
      ['u3.nianbao.json', 'clean', 0],
    ]);
    const copies = result.findings.filter((f) => f.finding.rule === 'N-BOILERPLATE');
    expect(copies.map((f) => [f.file, f.finding.section, f.finding.severity])).toEqual([
      ['u0-again.nianbao.json', 'problems', 'warning'],
      ['u1.nianbao.json', 'problems', 'warning'],
    ]);
    expect(copies.every((f) => f.finding.title === '叙述内容雷同')).toBe(true);
    expect(copies[1]!.finding.message).toBe(
      '五、存在的主要问题及改进情况：与第1单位报告的相应部分相同（数字、标点不同不计），内容雷同，请按本单位实际情况撰写',
    );
  });
});

describe('batch audit of published reports in every format', () => {
  it('imports .txt, .html and .docx beside project files, and marks a broken .docx unreadable', async () => {
    const mixed = join(dir, 'mixed');
    await mkdir(mixed);
    const fixtures = join(__dirname, '../fixtures/reports');
    await copyFile(join(fixtures, 'linyi-approval-bureau-2024.txt'), join(mixed, 'linyi.txt'));
    await copyFile(join(fixtures, 'linyi-approval-bureau-2024.derived.html'), join(mixed, 'linyi-web.html'));
    const exported = generateReport(7, 2024);
    await writeFile(join(mixed, 'exported.docx'), await buildDocx(exported, validate(exported), { draft: false }));
    await writeFile(join(mixed, 'project.nianbao.json'), serializeProject(generateReport(8, 2024)));
    await writeFile(join(mixed, 'broken.docx'), 'PK\u0003\u0004 not really a zip');
    await writeFile(join(mixed, '会议纪要.txt'), '会议纪要\n今天下午召开了工作例会，讨论了办公室搬迁。\n');
    const xlsx = join(dir, 'mixed.xlsx');
    expect((await nianbao(['audit', mixed, '--xlsx', xlsx])).code).toBe(2);

    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(xlsx);
    const rows = new Map<string, { unit: unknown; year: unknown; status: unknown; message: string }>();
    wb.getWorksheet('单位状态')!.eachRow((row, n) => {
      if (n > 3) rows.set(String(row.getCell(3).value), { unit: row.getCell(2).value, year: row.getCell(4).value, status: row.getCell(5).value, message: String(row.getCell(10).value ?? '') });
    });
    expect([...rows.keys()].sort()).toEqual(['broken.docx', 'exported.docx', 'linyi-web.html', 'linyi.txt', 'project.nianbao.json', '会议纪要.txt']);
    // A text that is not a report is not a unit's report: 无法读取, with the reason.
    expect(rows.get('会议纪要.txt')).toMatchObject({ status: '无法读取' });
    expect(rows.get('会议纪要.txt')!.message).toContain('未找到年度报告的标题、章节或表格');
    expect(rows.get('linyi.txt')).toMatchObject({ unit: '临沂市行政审批服务局', year: 2024 });
    expect(rows.get('exported.docx')).toMatchObject({ unit: '第8单位', year: 2024 });
    expect(rows.get('project.nianbao.json')).toMatchObject({ unit: '第9单位', year: 2024 });
    // The web copy of the same report is the same unit: the second one read is reported as sent twice.
    expect(rows.get('linyi-web.html')).toMatchObject({ unit: '临沂市行政审批服务局', year: 2024 });
    expect([rows.get('linyi-web.html')!.status, rows.get('linyi.txt')!.status]).toContain('重复报送');
    expect(rows.get('broken.docx')).toMatchObject({ status: '无法读取' });
    expect(rows.get('broken.docx')!.message).toMatch(/broken\.docx/);
  });
});

function generateReportWithError() {
  const p = generateReport(1);
  p.cells['t3.received.naturalPerson'] = (p.cells['t3.received.naturalPerson'] as number) + 3;
  return p;
}

describe('无法判断 in the audit (issue 11)', () => {
  it('a copy cut off inside 表三 is no unit with errors: its checks on the lost rows are counted and listed as 无法判断', async () => {
    const folder = join(dir, 'cut');
    await mkdir(folder);
    await copyFile(join(__dirname, '../fixtures/reports/longgang-district-dept-2024.txt'), join(folder, 'longgang.txt'));
    const xlsx = join(dir, 'cut.xlsx');
    const r = await nianbao(['audit', folder, '--xlsx', xlsx]);
    expect(r.stdout).toMatch(/无法判断 \d+/);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(xlsx);
    const status = wb.getWorksheet('单位状态')!;
    expect(Number(status.getCell(4, 9).value)).toBeGreaterThan(0);
    const findings: string[][] = [];
    wb.getWorksheet('问题清单')!.eachRow((row, n) => {
      if (n > 1) findings.push([String(row.getCell(4).value), String(row.getCell(5).value)]);
    });
    expect(findings).toContainEqual(['T3-BAL', '无法判断']);
    expect(findings.filter(([rule, sev]) => (rule === 'T3-BAL' || rule === 'T3-SUM7') && sev === '错误')).toEqual([]);
    const stats: string[][] = [];
    wb.getWorksheet('规则统计')!.eachRow((row, n) => {
      if (n > 1) stats.push([String(row.getCell(2).value), String(row.getCell(4).value)]);
    });
    expect(stats).toContainEqual(['T3-BAL', '无法判断']);
  });
});
