// `nianbao aggregate` as a disclosure office runs it: a folder of units' project files, some
// broken, one of another year, one sent twice, an expected list with a unit that sent nothing.
import { mkdtemp, readFile, rm, writeFile, mkdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CELL_KEYS, loadProject, serializeProject } from '../../src/shared';
import { generateReport } from './aggregate-generate';
import { nianbao } from './support/nianbao-bin';


let dir: string;
let units: string;
const reports = Array.from({ length: 6 }, (_, i) => generateReport(i));

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'nianbao-aggregate-'));
  units = join(dir, '各单位');
  await mkdir(join(units, '乡镇'), { recursive: true });
  for (let i = 0; i < 5; i++) await writeFile(join(units, `u${i}.nianbao.json`), serializeProject(reports[i]!));
  // One unit keeps its report in a subfolder.
  await writeFile(join(units, '乡镇', 'u5.nianbao.json'), serializeProject(reports[5]!));
  // The same unit sent twice: counted once.
  await writeFile(join(units, 'v0-重发.nianbao.json'), serializeProject(reports[0]!));
  // Last year's report by mistake: reported, not summed.
  await writeFile(join(units, 'old.nianbao.json'), serializeProject(generateReport(40, 2024)));
  await writeFile(join(units, '损坏.nianbao.json'), '{"kind": "nianbao-project", "schemaVersion": 2, "cel');
  await writeFile(join(units, '说明.png'), 'not a report');
  await writeFile(join(dir, 'expect.txt'), '第1单位\n第2单位\n第3单位\n第4单位\n第5单位\n第6单位\n第99单位\n');
}, 60_000);

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('nianbao aggregate', () => {
  it('writes the consolidated project and the summary workbook, and lists units needing attention', async () => {
    const out = join(dir, '汇总.nianbao.json');
    const xlsx = join(dir, '汇总.xlsx');
    const r = await nianbao(['aggregate', units, '-o', out, '--xlsx', xlsx, '--issuer', '某县政务公开办', '--expect', join(dir, 'expect.txt')]);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(2); // something needs attention
    expect(r.stdout).toContain(`已汇总 6 个单位的 2025 年度报告 → ${out}`);
    expect(r.stdout).toContain('共 10 个单位：无问题 6，年度不符 1，重复报送 1，无法读取 1，未报送 1');
    expect(r.stdout).toContain('[年度不符] 第41单位（old.nianbao.json）：报告年度为 2024 年，与本批的 2025 年度不符，未计入汇总');
    expect(r.stdout).toContain('[重复报送] 第1单位（v0-重发.nianbao.json）：与 u0.nianbao.json 是同一单位同一年度的报告，只计入一次');
    expect(r.stdout).toMatch(/\[无法读取\] 损坏（损坏\.nianbao\.json）：文件已损坏或不是年报 Studio 项目文件/);
    expect(r.stdout).toContain('[未报送] 第99单位：应报单位名单中有此单位，但文件夹中没有它的报告');
    expect(r.stdout).toContain('已忽略 1 个不是报告的文件');

    const loaded = loadProject(await readFile(out, 'utf8'));
    if (!loaded.ok) throw new Error(loaded.message);
    expect(loaded.project.meta).toMatchObject({ issuer: '某县政务公开办', year: 2025 });
    for (const k of CELL_KEYS) {
      const expected = reports.reduce((s, p) => s + (p.cells[k] as number), 0);
      expect(loaded.project.cells[k] as number, k).toBeCloseTo(expected, 6);
    }

    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(xlsx);
    expect(wb.worksheets.map((s) => s.name)).toEqual(['汇总', '汇总说明', '单位状态']);
    const summary = wb.getWorksheet('汇总')!;
    expect(summary.getCell('A1').value).toBe('某县政务公开办 2025 年度政府信息公开工作年度报告汇总');
    expect(summary.getCell('A2').value).toBe('计入汇总 6 个单位；未计入 3 份（见“单位状态”）');
    const byKey = new Map<string, unknown>();
    summary.eachRow((row, n) => {
      if (n > 3) byKey.set(String(row.getCell(5).value), row.getCell(4).value);
    });
    expect(byKey.get('t3.received.total')).toBe(loaded.project.cells['t3.received.total']);
    expect(byKey.get('t2.fees.amount')).toBe(loaded.project.cells['t2.fees.amount']);
    expect(byKey.has('t3.received.naturalPerson')).toBe(false); // 表三: the 总计 column only
    expect(byKey.size).toBe(10 + 25 + 15);

    const status = wb.getWorksheet('单位状态')!;
    const rows: string[][] = [];
    status.eachRow((row, n) => {
      if (n > 3) rows.push([2, 3, 5, 10].map((c) => String(row.getCell(c).value ?? '')));
    });
    expect(rows).toContainEqual(['第1单位', 'u0.nianbao.json', '无问题', '是']);
    expect(rows).toContainEqual(['第6单位', join('乡镇', 'u5.nianbao.json'), '无问题', '是']);
    expect(rows).toContainEqual(['第41单位', 'old.nianbao.json', '年度不符', '否']);
    expect(rows).toContainEqual(['第99单位', '', '未报送', '否']);
    expect(rows).toHaveLength(10);
  });

  it('sums the year asked for, and refuses to overwrite without --force', async () => {
    const out = join(dir, '2024.nianbao.json');
    const r = await nianbao(['aggregate', units, '-o', out, '--year', '2024', '--json']);
    const json = JSON.parse(r.stdout) as { year: number; units: { status: string }[] };
    expect(json.year).toBe(2024);
    expect(json.units.filter((u) => u.status === 'wrongYear')).toHaveLength(6);
    const again = await nianbao(['aggregate', units, '-o', out]);
    expect(again.code).toBe(64);
    expect(again.stderr).toContain('已存在，未覆盖（如需覆盖请加 --force）');
  });

  it('never sums its own output when it is written into the folder', async () => {
    const out = join(units, '汇总.nianbao.json');
    await nianbao(['aggregate', units, '-o', out, '--issuer', '某县']);
    const r = await nianbao(['aggregate', units, '-o', out, '--issuer', '某县', '--force', '--json']);
    const json = JSON.parse(r.stdout) as { units: { file: string }[] };
    expect(json.units.map((u) => u.file)).not.toContain('汇总.nianbao.json');
    const loaded = loadProject(await readFile(out, 'utf8'));
    if (!loaded.ok) throw new Error(loaded.message);
    expect(loaded.project.cells['t3.received.total']).toBe(reports.reduce((s, p) => s + (p.cells['t3.received.total'] as number), 0));
    await rm(out);
  });

  it('says what is wrong with the command line', async () => {
    const r = await nianbao(['aggregate', units]);
    expect(r.code).toBe(64);
    expect(r.stderr).toContain('请用 -o 指定汇总项目的输出文件');
    const missing = await nianbao(['aggregate', join(dir, '没有这个文件夹'), '-o', join(dir, 'x.json')]);
    expect(missing.code).toBe(3);
    expect(missing.stderr).toContain('无法读取文件夹');
    expect(missing.stderr).toContain('文件或文件夹不存在');
    await mkdir(join(dir, '空'));
    await writeFile(join(dir, '空', '说明.png'), '');
    const empty = await nianbao(['aggregate', join(dir, '空'), '-o', join(dir, 'x.json'), '--year', '2025']);
    expect(empty.code).toBe(2);
    expect(empty.stderr).toContain('中没有找到报告文件（另有 1 个其他文件）');
    const audit = await nianbao(['audit', join(dir, '空'), '--xlsx', join(dir, 'x.xlsx')]);
    expect(audit.code).toBe(2);
    expect(audit.stderr).toContain('未生成审核工作簿');
  });
});
