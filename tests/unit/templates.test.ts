// The shipped templates: the sample report exactly as published and clean; the blank ones
// never pass silently — their placeholders and empty sections are errors until filled in.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { listTemplates, loadTemplate, projectFromTemplate } from '../../src/main/files/templates';
import { CELL_KEYS, SECTION_BY_ID, formatCellValue, serializeProject, validate } from '../../src/shared';

const PUBLISHED = readFileSync(new URL('../fixtures/samples/linyi-approval-bureau-2024.txt', import.meta.url), 'utf8');
const squeeze = (s: string) => s.replace(/\s+/g, '').replace(/[（(]/g, '(').replace(/[）)]/g, ')');

describe('listTemplates / loadTemplate', () => {
  it('lists the three templates with a Chinese description', async () => {
    expect(await listTemplates()).toEqual([
      { name: 'department', description: '空白模板：部门' },
      { name: 'government', description: '空白模板：县级以上人民政府' },
      { name: 'sample-linyi-2024', description: '样例：临沂市行政审批服务局 2024 年度报告（部门）' },
    ]);
  });

  it('refuses an unknown name with the list of known ones', async () => {
    await expect(loadTemplate('nope')).rejects.toThrow('没有名为“nope”的模板；可用模板：department、government、sample-linyi-2024');
    await expect(loadTemplate('../package')).rejects.toThrow('模板名称“../package”无效');
  });

  it('template files are stored as serializeProject writes them', async () => {
    for (const { name } of await listTemplates()) {
      const text = readFileSync(new URL(`../../templates/${name}.nianbao.json`, import.meta.url), 'utf8');
      expect(serializeProject(await loadTemplate(name))).toBe(text);
    }
  });
});

describe('sample-linyi-2024', () => {
  it('is the published report: issuer, level, year, every paragraph and every cell', async () => {
    const p = await loadTemplate('sample-linyi-2024');
    expect(p.meta).toMatchObject({ issuer: '临沂市行政审批服务局', issuerLevel: 'department', year: 2024 });
    const flat = squeeze(PUBLISHED);
    for (const id of ['overview', 'problems', 'other'] as const) {
      const paragraphs = p.sections[id].split('\n');
      expect(paragraphs.length).toBeGreaterThan(0);
      // Sub-headings stand on their own line without the run-in full stop; all else is verbatim.
      for (const para of paragraphs) expect(flat).toContain(squeeze(para));
    }
    expect(p.sections.overview.split('\n').filter((l) => SECTION_BY_ID.overview.subheadings.some((h) => l.startsWith(h)))).toHaveLength(5);
    // Every cell holds a number, and the published tables' figures appear in the published order.
    expect(CELL_KEYS.every((k) => typeof p.cells[k] === 'number')).toBe(true);
    const t3 = CELL_KEYS.filter((k) => k.startsWith('t3.')).map((k) => formatCellValue(p.cells[k]));
    const publishedT3 = PUBLISHED.slice(PUBLISHED.indexOf('一、本年新收'), PUBLISHED.indexOf('四、政府信息公开行政复议'))
      .split('\n')
      .flatMap((l) => l.split('\t').filter((c) => /^\d+$/.test(c.trim())).map((c) => c.trim()));
    expect(publishedT3).toEqual(t3);
    const t4 = CELL_KEYS.filter((k) => k.startsWith('t4.')).map((k) => formatCellValue(p.cells[k]));
    const t4Line = PUBLISHED.split('\n').find((l) => /^0\t0\t0\t0\t0\t2/.test(l))!;
    expect(t4Line.split('\t')).toEqual(t4);
    expect(p.cells['t2.licensing.decisions']).toBe(31510);
    expect(p.cells['t2.fees.amount']).toBe(39910.33);
  });

  it('validates with no errors and no warnings once given its 发布日期 (the published copy names none)', async () => {
    const p = await loadTemplate('sample-linyi-2024');
    expect(p.meta.publishDate).toBeNull();
    expect(validate(p).map((f) => f.rule)).toEqual(['N-PUBDATE']);
    p.meta.publishDate = '2025-01-20';
    expect(validate(p)).toEqual([]);
  });
});

describe('blank templates', () => {
  it.each(['department', 'government'])('%s: filled with issuer and year, every leftover shows as an error', async (name) => {
    const p = await projectFromTemplate(name, { issuer: '某市某局', year: 2025 });
    expect(p.meta).toMatchObject({ issuer: '某市某局', year: 2025, issuerLevel: name });
    expect(p.meta.preamble).toContain('本报告由某市某局');
    expect(p.meta.preamble).toContain('统计期限为2025年1月1日至12月31日');
    expect(p.meta.preamble).not.toMatch(/【(发布机关|年度)】/);
    expect(CELL_KEYS.every((k) => p.cells[k] === null)).toBe(true);
    // Section 一's skeleton is the layout's conventional sub-headings, each followed by a placeholder.
    expect(p.sections.overview.split('\n').filter((l) => !l.startsWith('【'))).toEqual(SECTION_BY_ID.overview.subheadings);
    const findings = validate(p);
    const errors = findings.filter((f) => f.severity === 'error');
    expect(errors.map((f) => `${f.rule} ${f.section ?? ''}`).sort()).toEqual(
      ['N-PLACEHOLDER ', 'N-PLACEHOLDER overview', 'N-PLACEHOLDER problems', 'N-PLACEHOLDER other', 'N-PUBDATE ', 'N-SECTIONS overview', 'N-SECTIONS problems', 'N-SECTIONS other'].sort(),
    );
    expect(findings.filter((f) => f.rule === 'G-BLANK').map((f) => f.cells.length)).toEqual([10, 144, 12]);
    // No year, citation or number rule trips on the skeleton itself.
    expect(findings.filter((f) => /^N-(YEAR|FORMAT-CITE|NUMBERS)$/.test(f.rule))).toEqual([]);
  });

  it('the government skeleton asks for 工作考核、社会评议和责任追究结果情况', async () => {
    const p = await loadTemplate('government');
    expect(p.sections.overview).toContain('工作考核、社会评议和责任追究结果情况');
    expect(p.meta.issuerLevel).toBe('government');
  });

  it('a raw blank template reports its missing issuer', async () => {
    const findings = validate(await loadTemplate('department'));
    expect(findings.find((f) => f.message.startsWith('基本信息 · 发布机关尚未填写'))).toBeDefined();
  });
});
