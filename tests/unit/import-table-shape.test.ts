// N-TABLE-SHAPE: a published table that is not in FMT2021's shape (a row deleted, two rows
// merged, a column added, a label reworded) is named in the import log under the rule id, in
// `nianbao import --json`, and as a finding per unit in the batch audit. The standard table,
// and copies that merely begin or end inside a table, give no such entry.
import { copyFileSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { linesFromText, projectFromLines, TABLE_SHAPE_RULE, type ImportLogEntry, type ImportResult } from '../../src/shared/import';
import { importReport } from '../../src/main/import';
import { runBatch } from '../../src/main/batch';
import { importCommand } from '../../src/main/cli/commands/import';

const REPORTS = join(__dirname, '../fixtures/reports');
const SAMPLE = readFileSync(join(REPORTS, 'linyi-approval-bureau-2024.txt'), 'utf8');

function importText(text: string): Extract<ImportResult, { ok: true }> {
  const r = projectFromLines(linesFromText(text), { format: 'text', fallbackYear: 2030 });
  if (!r.ok) throw new Error(r.message);
  return r;
}
const shape = (r: { log: ImportLogEntry[] }) => r.log.filter((e) => e.rule === TABLE_SHAPE_RULE);

/** The sample with one line replaced (the line must be there, so a variant cannot silently be the sample). */
function variant(find: string, replace: string): string {
  const lines = SAMPLE.split('\n');
  const i = lines.findIndex((l) => l === find);
  if (i < 0) throw new Error(`line not in sample: ${find}`);
  lines.splice(i, 1, ...(replace === '' ? [] : [replace]));
  return lines.join('\n');
}
const zeros = (n: number) => Array(n).fill('0').join('\t');

describe('N-TABLE-SHAPE on import', () => {
  it('gives no entry for the standard tables, in text, HTML, .docx and .xlsx', async () => {
    expect(shape(importText(SAMPLE))).toEqual([]);
    for (const f of ['linyi-approval-bureau-2024.derived.html', 'linyi-approval-bureau-2024.libreoffice-docx.derived.docx', 'linyi-approval-bureau-2024.libreoffice-xlsx.derived.xlsx']) {
      const r = await importReport(join(REPORTS, f));
      if (!r.ok) throw new Error(r.message);
      expect(shape(r), f).toEqual([]);
      expect(r.findings, f).toEqual([]);
    }
  });

  it('names a deleted row, with its cells, and leaves those cells blank', () => {
    const r = importText(variant(`\t\t2.其他法律行政法规禁止公开\t${zeros(7)}`, ''));
    const entries = shape(r);
    expect(entries).toHaveLength(1);
    expect(entries[0]!.message).toBe('表格形式与标准格式不符（N-TABLE-SHAPE）：表三删除了标准行：缺少“（三）不予公开2.其他法律行政法规禁止公开”这一行（表格其余部分都在，其间没有其他内容），标准格式的行不得删除');
    expect(r.findings.map((f) => f.severity)).toEqual(['error']);
    expect(entries[0]!.cells).toEqual(['naturalPerson', 'business', 'research', 'publicInterest', 'legalService', 'otherOrg', 'total'].map((c) => `t3.denied.prohibitedByLaw.${c}`));
    expect(r.project.cells['t3.denied.prohibitedByLaw.total']).toBeNull();
    expect(r.project.cells['t3.denied.securityStability.total']).toBe(0);
  });

  it('says 未能识别该行 (a warning, not a deleted row) where the copy shows text it could not match in the row\'s place', () => {
    const r = importText(variant(`\t\t2.其他法律行政法规禁止公开\t${zeros(7)}`, `\t\t2.其他法律行政法规禁止公（印刷不清）\t${zeros(7)}`));
    const entries = shape(r);
    expect(entries.map((e) => e.message)).toEqual([
      '表格形式与标准格式不符（N-TABLE-SHAPE）：表三“（三）不予公开2.其他法律行政法规禁止公开”：未能识别该行（原文中这一位置有未能识别的文字），请对照原件核对，7 格按未读出处理',
    ]);
    expect(r.findings.map((f) => [f.rule, f.severity])).toEqual([['N-TABLE-SHAPE', 'warning']]);
    expect(r.project.unread).toContain('t3.denied.prohibitedByLaw.total');
  });

  it('says 未能识别该行, not 删除了标准行, when other rows of the table are missing too', () => {
    const text = variant(`\t\t2.其他法律行政法规禁止公开\t${zeros(7)}`, '').replace(`\t\t5.属于三类内部事务信息\t${zeros(7)}\n`, '');
    const entries = shape(importText(text));
    expect(entries).toHaveLength(2);
    for (const e of entries) expect(e.message).toContain('未能识别该行');
  });

  it('names two rows merged into one, and not as missing', () => {
    const text = variant('行政处罚\t0\t\t', '行政处罚、行政强制\t0\t\t').replace('行政强制\t0\t\t\n', '');
    const entries = shape(importText(text));
    expect(entries.map((e) => e.message)).toEqual(['表格形式与标准格式不符（N-TABLE-SHAPE）：表二“行政处罚”“行政强制”2行合并为一行（“行政处罚、行政强制”），标准格式中各占一行']);
    expect(entries[0]!.where).toBe('第40行');
    expect(entries[0]!.cells).toEqual(['t2.penalties.decisions', 't2.coercion.decisions']);
  });

  it('names a row with an added column in 表三, and an added column in 表四', () => {
    const t3 = variant(`一、本年新收政府信息公开申请数量\t\t59\t${zeros(5)}\t59\t`, `一、本年新收政府信息公开申请数量\t\t59\t${zeros(5)}\t59\t3`);
    expect(shape(importText(t3)).map((e) => e.message)).toEqual([
      '表格形式与标准格式不符（N-TABLE-SHAPE）：表三“一、本年新收政府信息公开申请数量”这一行有 8 个数，标准格式为 7 列（自然人、商业企业、科研机构、社会公益组织、法律服务机构、其他、总计），表格多出了列',
    ]);
    const t4 = variant(`${zeros(5)}\t2\t0\t0\t0\t2\t${zeros(5)}`, `${zeros(5)}\t2\t0\t0\t0\t2\t${zeros(5)}\t1`);
    expect(shape(importText(t4)).map((e) => e.message)).toEqual([
      '表格形式与标准格式不符（N-TABLE-SHAPE）：表四数据行有 16 个数，标准格式为 15 列（行政复议、未经复议直接起诉、复议后起诉各 5 列），表格多出了列',
    ]);
  });

  it('names reworded, shortened and annotated labels — but not width, spacing, script or punctuation', () => {
    let text = variant('行政规范性文件\t0\t0\t0', '规范性文件\t0\t0\t0');
    text = text.replace('规章\t0\t0\t0', '规章（本机关无规章制定权）\t0\t0\t0');
    text = text.replace('\t(二) 部分公开(区分处理的, 只计这一情形, 不计其他情形)\t', '\t（二）部分公开\t');
    const r = importText(text);
    expect(shape(r).map((e) => `${e.where} ${e.message.replace(/^.*?：/, '')}`)).toEqual([
      '第33行 表二“规章”这一行的标签写作“规章（本机关无规章制定权）”，与标准写法相比加了括注',
      '第34行 表二“行政规范性文件”这一行的标签写作“规范性文件”，与标准写法相比措辞不同',
      '第55行 表三“（二）部分公开（区分处理的，只计这一情形，不计其他情形）”这一行的标签写作“（二）部分公开”，与标准写法相比删去了部分文字',
    ]);
    // The numbers are still read: the rows are recognised, only their labels differ.
    expect(r.project.cells['t2.normativeDocuments.inForce']).toBe(0);
    const harmless = SAMPLE.replace('行政处罚\t', '行 政 處 罰\t').replace('3.危及“三安全一稳定”', '3．危及"三安全一稳定"').replace('(七)总计', '（七）總計');
    expect(harmless).not.toBe(SAMPLE);
    expect(shape(importText(harmless))).toEqual([]);
  });

  it('names changed 表二 column headings, but not headings split over lines or spaced out', () => {
    const r = importText(variant('信息内容\t本年制发件数\t本年废止件数\t现行有效件数', '信息内容\t本年新制发数量\t本年废止件数\t现行有效件数'));
    expect(shape(r).map((e) => e.message)).toEqual([
      '表格形式与标准格式不符（N-TABLE-SHAPE）：表二“第二十条第（一）项”的列标题写作“本年新制发数量、本年废止件数、现行有效件数”，标准格式为“本年制发件数、本年废止件数、现行有效件数”',
    ]);
    expect(r.project.cells['t2.normativeDocuments.inForce']).toBe(0);
    const split = importText('二、主动公开政府信息情况\n第二十条第(一)项 |\n信息内容 |\n本年 |\n制发件数 |\n本年 废止件数 |\n现行有效件数 |\n规章 |\n0 |\n0 |\n0 |\n');
    expect(shape(split)).toEqual([]);
  });

  it('names a 表二 block in the 2019 trial format, on a published report', async () => {
    const r = await importReport(join(REPORTS, 'taojiang-audit-2020-trial-table.txt'));
    if (!r.ok) throw new Error(r.message);
    expect(shape(r).filter((e) => e.message.includes('2019年试行格式')).map((e) => e.message.match(/“(第二十条第（.）项)”/)?.[1])).toEqual([
      '第二十条第（一）项',
      '第二十条第（五）项',
      '第二十条第（六）项',
      '第二十条第（八）项',
    ]);
  });

  it('does not take rows outside a copy that begins or ends inside a table for deleted rows', () => {
    // A flip-book page that starts at 表三's last row; a copy cut off inside 表三.
    const cut = SAMPLE.slice(0, SAMPLE.indexOf('6.属于四类过程性信息'));
    expect(shape(importText(cut))).toEqual([]);
    const start = SAMPLE.slice(SAMPLE.indexOf('(七)总计'));
    expect(shape(importText(start))).toEqual([]);
  });

  it('turns each entry into an error finding of the section holding the table', () => {
    const r = importText(variant('行政规范性文件\t0\t0\t0', '规范性文件\t0\t0\t0'));
    expect(r.findings).toEqual([
      expect.objectContaining({
        rule: 'N-TABLE-SHAPE',
        severity: 'error',
        section: 'proactive',
        cells: ['t2.normativeDocuments.issued', 't2.normativeDocuments.repealed', 't2.normativeDocuments.inForce'],
        message: '表二“行政规范性文件”这一行的标签写作“规范性文件”，与标准写法相比措辞不同（原文第34行）',
      }),
    ]);
  });
});

describe('N-TABLE-SHAPE where people see it', () => {
  let out = '';
  beforeEach(() => {
    out = '';
    vi.spyOn(process.stdout, 'write').mockImplementation((s) => ((out += String(s)), true));
  });
  afterEach(() => vi.restoreAllMocks());

  it('is in `nianbao import` output and its --json log with the rule id', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'nianbao-shape-'));
    const src = join(REPORTS, 'baokang-agriculture-2021-annotated-label.txt');
    expect(await importCommand.run([src, '-o', join(dir, 'a.nianbao.json')])).toBe(0);
    expect(out).toContain('！ [第12行] 表格形式与标准格式不符（N-TABLE-SHAPE）：表二“规章”这一行的标签写作“规章(县级无此项)”，与标准写法相比加了括注');
    out = '';
    expect(await importCommand.run([src, '-o', join(dir, 'b.nianbao.json'), '--json'])).toBe(0);
    const json = JSON.parse(out) as { log: ImportLogEntry[] };
    expect(json.log.filter((e) => e.rule === 'N-TABLE-SHAPE').map((e) => e.cells)).toEqual([['t2.regulations.issued', 't2.regulations.repealed', 't2.regulations.inForce']]);
  });

  it('is a finding of the unit in the batch audit, and the unit counts an error for it', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'nianbao-shape-audit-'));
    writeFileSync(join(dir, 'merged.txt'), variant('行政处罚\t0\t\t', '行政处罚、行政强制\t0\t\t').replace('行政强制\t0\t\t\n', ''));
    copyFileSync(join(REPORTS, 'linyi-approval-bureau-2024.txt'), join(dir, 'standard.txt'));
    const result = await runBatch(dir, { keepFindings: true });
    const shapeFindings = result.findings.filter((f) => f.finding.rule === 'N-TABLE-SHAPE');
    expect(shapeFindings.map((f) => [f.file, f.finding.severity, f.finding.message])).toEqual([
      ['merged.txt', 'error', '表二“行政处罚”“行政强制”2行合并为一行（“行政处罚、行政强制”），标准格式中各占一行（原文第40行）'],
    ]);
    const rows = Object.fromEntries(result.rows.map((r) => [r.file, r]));
    expect(rows['merged.txt']!.errors).toBeGreaterThan(rows['standard.txt']!.errors);
  });
});
