// `nianbao carry` as a clerk runs it: last year's project file, or last year's published report.
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createProject, loadProject, serializeProject, validate, type Project } from '../../src/shared';
import { generateReport } from './aggregate-generate';
import { nianbao } from './support/nianbao-bin';

const LINYI_2024 = join(__dirname, '../fixtures/reports/linyi-approval-bureau-2024.txt');

async function load(path: string): Promise<Project> {
  const r = loadProject(await readFile(path, 'utf8'));
  if (!r.ok) throw new Error(r.message);
  return r.project;
}

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'nianbao-carry-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('nianbao carry', () => {
  it('prefills 上年结转 from last year’s project and lists conflicts without overwriting', async () => {
    const last = generateReport(1, 2024);
    last.meta.issuer = '某县财政局';
    last.cells['t3.carriedForward.naturalPerson'] = 4;
    const now = generateReport(2, 2025);
    now.meta.issuer = '某县财政局';
    for (const k of Object.keys(now.cells)) if (k.startsWith('t3.carriedOver.')) now.cells[k] = null;
    now.cells['t3.carriedOver.business'] = 7;
    await writeFile(join(dir, 'last.nianbao.json'), serializeProject(last));
    await writeFile(join(dir, 'now.nianbao.json'), serializeProject(now));
    const out = join(dir, 'linked.nianbao.json');
    const r = await nianbao(['carry', join(dir, 'now.nianbao.json'), '--from', join(dir, 'last.nianbao.json'), '-o', out]);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('已关联 2024 年度报告（last.nianbao.json）');
    expect(r.stdout).toContain('表三 二、上年结转政府信息公开申请数量 · 自然人：4');
    expect(r.stdout).toContain(
      `不一致：表三商业企业列：本年度“二、上年结转”已填写 7，但 2024 年度报告“四、结转下年度继续办理”为 ${String(last.cells['t3.carriedForward.business'])}`,
    );
    const linked = await load(out);
    expect(linked.cells['t3.carriedOver.naturalPerson']).toBe(4);
    expect(linked.cells['t3.carriedOver.business']).toBe(7);
    expect(linked.prior).toMatchObject({ issuer: '某县财政局', year: 2024, source: 'last.nianbao.json' });
  });

  it('takes last year’s published report through the importer', async () => {
    const now = createProject({ issuer: '临沂市行政审批服务局', year: 2025, issuerLevel: 'department' });
    await writeFile(join(dir, 'linyi-2025.nianbao.json'), serializeProject(now));
    const out = join(dir, 'linyi-linked.nianbao.json');
    const r = await nianbao(['carry', join(dir, 'linyi-2025.nianbao.json'), '--from', LINYI_2024, '-o', out]);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('已关联 2024 年度报告（linyi-approval-bureau-2024.txt）');
    expect(r.stdout).toContain('已预填“二、上年结转”7 个单元格');
    const linked = await load(out);
    // The published 2024 report carries 0 forward in every column.
    for (const col of ['naturalPerson', 'business', 'research', 'publicInterest', 'legalService', 'otherOrg', 'total']) {
      expect(linked.cells[`t3.carriedOver.${col}`], col).toBe(0);
    }
    expect(linked.prior).toMatchObject({ issuer: '临沂市行政审批服务局', year: 2024, source: 'linyi-approval-bureau-2024.txt' });
    expect(linked.prior!.sections.overview).toContain('深入贯彻落实《中华人民共和国政府信息公开条例》');
    // With last year linked, the cross-year rule has its data and finds nothing to report.
    expect(validate(linked).filter((f) => f.rule === 'T3-CARRY')).toEqual([]);
  });

  it('warns when last year’s report is another issuer’s, and refuses to overwrite without --force', async () => {
    const other = createProject({ issuer: '某县教育局', year: 2025, issuerLevel: 'department' });
    await writeFile(join(dir, 'edu.nianbao.json'), serializeProject(other));
    const out = join(dir, 'edu-linked.nianbao.json');
    const r = await nianbao(['carry', join(dir, 'edu.nianbao.json'), '--from', LINYI_2024, '-o', out]);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('注意：所关联的上年度报告的发布机关为“临沂市行政审批服务局”，与本报告的“某县教育局”不同，请确认是否选错了文件');
    const again = await nianbao(['carry', join(dir, 'edu.nianbao.json'), '--from', LINYI_2024, '-o', out]);
    expect(again.code).toBe(64);
    const broken = await nianbao(['carry', join(dir, 'edu.nianbao.json'), '--from', join(dir, 'missing.txt'), '-o', join(dir, 'x.json')]);
    expect(broken.code).toBe(3);
    expect(broken.stderr).toContain('文件或文件夹不存在');
  });
});
