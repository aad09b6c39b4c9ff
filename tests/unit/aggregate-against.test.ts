// `nianbao aggregate DIR --against GOV`: the government's own report against the sum of its
// units' reports, cell by cell (AGG-PARENT), with the units that weigh most and those missing.
import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ContributionTracker, compareWithUnits, createProject, serializeProject, type Project } from '../../src/shared';
import { nianbao } from './support/nianbao-bin';

/** A unit whose 表三 balances: every request received was granted. */
function unit(issuer: string, cells: Record<string, number>): Project {
  const p = createProject({ issuer, year: 2025, issuerLevel: 'department' });
  Object.assign(p.cells, cells);
  for (const col of ['naturalPerson', 'total']) {
    const n = cells[`t3.received.${col}`] ?? 0;
    p.cells[`t3.granted.${col}`] = n;
    p.cells[`t3.resultTotal.${col}`] = n;
  }
  return p;
}
/** The government's own report: the units' sum, with the given cells changed. */
function gov(changed: Record<string, number>): Project {
  const p = createProject({ issuer: '某县人民政府', year: 2025, issuerLevel: 'government' });
  for (const u of [A, B, C]) for (const [k, v] of Object.entries(u.cells)) if (typeof v === 'number') p.cells[k] = ((p.cells[k] as number | null) ?? 0) + v;
  Object.assign(p.cells, changed);
  return p;
}
const A = unit('县市场监管局', { 't3.received.naturalPerson': 8, 't3.received.total': 8, 't2.penalties.decisions': 120 });
const B = unit('县自然资源局', { 't3.received.naturalPerson': 4, 't3.received.total': 4, 't2.penalties.decisions': 30 });
const C = unit('城关镇人民政府', { 't3.received.naturalPerson': 3, 't3.received.total': 3 });

describe('compareWithUnits', () => {
  it('one finding per differing cell, both figures and the largest contributors', () => {
    const tracker = new ContributionTracker();
    const sum: Record<string, number> = {};
    for (const u of [A, B, C]) {
      tracker.add(u.cells, u.meta.issuer);
      for (const [k, v] of Object.entries(u.cells)) if (typeof v === 'number') sum[k] = (sum[k] ?? 0) + v;
    }
    const g = gov({ 't3.received.total': 12 });
    expect(compareWithUnits(g, sum, tracker, '某县人民政府').map((f) => [f.rule, f.severity, f.cells, f.lhs, f.rhs, f.message])).toEqual([
      [
        'AGG-PARENT',
        'warning',
        ['t3.received.total'],
        12,
        15,
        '表三 一、本年新收政府信息公开申请数量 · 总计：某县人民政府本级报告为 12，所属各单位合计为 15，相差 3；各单位中数字较大的：县市场监管局 8、县自然资源局 4、城关镇人民政府 3',
      ],
    ]);
    // Equal everywhere: nothing.
    g.cells['t3.received.total'] = 15;
    expect(compareWithUnits(g, sum, tracker, '某县人民政府')).toEqual([]);
  });
});

describe('nianbao aggregate --against', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'nianbao-against-'));
    await mkdir(join(dir, 'units'));
    for (const [i, u] of [A, B, C].entries()) await writeFile(join(dir, 'units', `u${i}.nianbao.json`), serializeProject(u));
    // The government's own file may sit in the units' folder: it is never summed as a unit.
    await writeFile(join(dir, 'units', 'gov.nianbao.json'), serializeProject(gov({ 't3.received.total': 12, 't2.penalties.decisions': 140 })));
    await writeFile(join(dir, 'expect.txt'), '县市场监管局\n县自然资源局\n城关镇人民政府\n县教育局\n');
  });
  afterAll(async () => rm(dir, { recursive: true, force: true }));

  it('lists every differing cell with both figures and top units, then the units that did not report', async () => {
    const r = await nianbao(['aggregate', join(dir, 'units'), '-o', join(dir, 'sum.nianbao.json'), '--against', join(dir, 'units', 'gov.nianbao.json'), '--expect', join(dir, 'expect.txt'), '--issuer', '某县政务公开办']);
    expect(r.stderr).toBe('');
    expect(r.stdout).toContain('已汇总 3 个单位');
    expect(r.stdout).toContain('本级报告“某县人民政府”有 2 个单元格与所属各单位合计不符（AGG-PARENT）：');
    expect(r.stdout).toContain('  [提示] 表二 行政处罚 · 本年处理决定数量：某县人民政府本级报告为 140，所属各单位合计为 150，相差 10；各单位中数字较大的：县市场监管局 120、县自然资源局 30');
    expect(r.stdout).toContain('  [提示] 表三 一、本年新收政府信息公开申请数量 · 总计：某县人民政府本级报告为 12，所属各单位合计为 15，相差 3；');
    expect(r.stdout).toContain('应报未报的单位（差异可能来自这些单位）：县教育局');
    expect(r.code).toBe(2); // a unit is missing
    const j = await nianbao(['aggregate', join(dir, 'units'), '-o', join(dir, 'sum2.nianbao.json'), '--against', join(dir, 'units', 'gov.nianbao.json'), '--json']);
    const out = JSON.parse(j.stdout);
    expect(out.against.findings.map((f: { cells: string[] }) => f.cells[0])).toEqual(['t2.penalties.decisions', 't3.received.total']);
    expect(j.code).toBeGreaterThanOrEqual(1);
  });

  it('--xlsx: the summary workbook has a 本级比对 sheet listing each differing cell, and one saying all agree', async () => {
    const file = join(dir, 'sum.xlsx');
    await nianbao(['aggregate', join(dir, 'units'), '-o', join(dir, 'sum4.nianbao.json'), '--xlsx', file, '--against', join(dir, 'units', 'gov.nianbao.json'), '--expect', join(dir, 'expect.txt')]);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(file);
    expect(wb.worksheets.map((w) => w.name)).toEqual(['汇总', '汇总说明', '本级比对', '单位状态']);
    const ws = wb.getWorksheet('本级比对')!;
    const values = (r: number) => (ws.getRow(r).values as unknown[]).slice(1, 9);
    expect(String(ws.getCell('A1').value)).toBe('本级报告“某县人民政府”（' + join(dir, 'units', 'gov.nianbao.json') + '）与所属各单位合计比对');
    expect(String(ws.getCell('A2').value)).toBe('2 个单元格不符（AGG-PARENT，提示）；应报未报的单位（差异可能来自这些单位）：县教育局');
    expect(values(3)).toEqual(['表格', '项目', '栏目', '本级报告', '各单位合计', '相差', '说明', '单元格']);
    expect(values(4)).toEqual(['表二', '行政处罚', '本年处理决定数量', 140, 150, -10, expect.stringContaining('县市场监管局 120'), 't2.penalties.decisions']);
    expect(values(5)).toEqual(['表三', '一、本年新收政府信息公开申请数量', '总计', 12, 15, -3, expect.stringMatching(/^表三 一、本年新收/), 't3.received.total']);

    // A government report that equals the sum: the sheet says so.
    await mkdir(join(dir, 'units-only'));
    for (const [i, u] of [A, B, C].entries()) await writeFile(join(dir, 'units-only', `u${i}.nianbao.json`), serializeProject(u));
    await writeFile(join(dir, 'gov-ok.nianbao.json'), serializeProject(gov({})));
    const same = join(dir, 'same.xlsx');
    await nianbao(['aggregate', join(dir, 'units-only'), '-o', join(dir, 'sum5.nianbao.json'), '--xlsx', same, '--against', join(dir, 'gov-ok.nianbao.json')]);
    const wb2 = new ExcelJS.Workbook();
    await wb2.xlsx.readFile(same);
    const ok = wb2.getWorksheet('本级比对')!;
    expect(String(ok.getCell('A2').value)).toBe('各单元格均与所属各单位合计一致');
    expect(String(ok.getCell('B4').value)).toBe('本级报告与所属各单位合计一致');
  });

  it('a government report that cannot be read stops before the batch', async () => {
    const r = await nianbao(['aggregate', join(dir, 'units'), '-o', join(dir, 'sum3.nianbao.json'), '--against', join(dir, 'nope.nianbao.json')]);
    expect(r.code).toBe(3);
    expect(r.stderr).toContain('无法读取本级报告');
  });
});
