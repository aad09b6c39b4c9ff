// A report that goes out as .xlsx and comes back through `nianbao import` is the same report:
// every cell, the six sections' text, 前言 and 基本信息/联系方式 from the 报告正文 sheet — and
// the sheet itself reads and prints as a document. The .docx round trip of the same sample too.
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { CELL_KEYS, SECTIONS, validate, type Project } from '../../src/shared';
import { buildDocx } from '../../src/main/export/docx';
import { REPORT_TEXT_SHEET, buildXlsx } from '../../src/main/export/xlsx';
import { CONTINUED, ROW_CHARS } from '../../src/main/export/xlsx/report-text-sheet';
import { importReport } from '../../src/main/import';
import { sampleProject } from './support/sample';

async function imported(name: string, bytes: Uint8Array) {
  const r = await importReport({ name, bytes });
  if (!r.ok) throw new Error(r.message);
  return r;
}

function expectSameReport(again: Project, first: Project): void {
  for (const key of CELL_KEYS) expect(again.cells[key], key).toEqual(first.cells[key]);
  expect(again.sections).toEqual(first.sections);
  expect(again.meta).toEqual(first.meta);
}

async function workbook(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as unknown as ArrayBuffer);
  return wb;
}

/** The sample with everything the sheet must carry filled in, in ways the recogniser cannot guess. */
function fullReport(): Project {
  const p = sampleProject();
  p.meta.issuerLevel = 'other'; // the name says 局: only the sheet can say 其他
  p.meta.publishDate = '2025-01-20';
  p.meta.contact = { office: '临沂市行政审批服务局办公室', address: '临沂市北城新区市直机关办公大楼', postcode: '276000', phone: '0539-8720000', email: 'spj@linyi.gov.cn' };
  p.meta.preamble = '本报告根据《中华人民共和国政府信息公开条例》编制。\n\n\u3000\u3000本报告中所列数据统计期限为2024年1月1日至12月31日。 ';
  p.sections.proactive = '注：行政许可数量含即办件。';
  // One paragraph longer than a row holds (about three rows), sentences of 15 characters.
  p.sections.problems = `${p.sections.problems}\n${'整改措施已经逐项落实到位并持续跟踪。'.repeat(70)}`;
  return p;
}

describe('round trip of the sample template through our .xlsx', () => {
  it('brings back every cell, every section’s text and the meta unchanged, and says where they came from', async () => {
    const first = sampleProject();
    const r = await imported('sample.xlsx', await buildXlsx(first, validate(first)));
    expectSameReport(r.project, first);
    const messages = r.log.map((e) => e.message);
    expect(messages).toContain('基本信息、联系方式、前言和六个部分的正文取自工作表“报告正文”：发布机关“临沂市行政审批服务局”，部门，2024 年度，正文共 2110 字');
    // Nothing the sheet answers is left as a question.
    expect(r.log.filter((e) => e.level !== 'info')).toEqual([]);
  });

  it('carries publish date, contact, a level the name does not tell, 前言 with blank and indented lines, and long paragraphs', async () => {
    const first = fullReport();
    const r = await imported('full.xlsx', await buildXlsx(first, validate(first), { draft: true }));
    expectSameReport(r.project, first);
  });
});

describe('the 报告正文 sheet', () => {
  it('lays the text out under the official headings, one paragraph a row, long ones continued', async () => {
    const project = fullReport();
    const wb = await workbook(await buildXlsx(project, validate(project), { draft: true }));
    const ws = wb.getWorksheet(REPORT_TEXT_SHEET)!;
    const rows: { a: string; b: string; c: string; row: number }[] = [];
    ws.eachRow((row, n) => {
      if (n > 3) rows.push({ a: String(row.getCell(1).value ?? ''), b: String(row.getCell(2).value ?? ''), c: String(row.getCell(3).value ?? ''), row: n });
    });
    expect(ws.getRow(3).values).toEqual([undefined, '项目', '栏目', '内容']);
    // Column A, block by block: 基本信息, 联系方式, 前言, then the six official headings in order.
    expect([...new Set(rows.map((r) => r.a))]).toEqual(['基本信息', '联系方式', '前言', ...SECTIONS.map((s) => s.heading)]);
    expect(rows.filter((r) => r.a === '基本信息').map((r) => [r.b, r.c])).toEqual([
      ['发布机关', '临沂市行政审批服务局'],
      ['机关类型', '其他'],
      ['报告年度', '2024'],
      ['发布日期', '2025-01-20'],
    ]);
    expect(rows.find((r) => r.b === '邮编')!.c).toBe('276000');
    expect(rows.filter((r) => r.a === '前言').map((r) => r.b)).toEqual(['第1段', '第2段', '第3段']);
    expect(rows.filter((r) => r.a === '二、主动公开政府信息情况').map((r) => [r.b, r.c])).toEqual([
      ['表格', '见工作表“表二”'],
      ['第1段', '注：行政许可数量含即办件。'],
    ]);
    const problems = rows.filter((r) => r.a === '五、存在的主要问题及改进情况');
    expect(problems.map((r) => r.b)).toEqual(['第1段', '第2段', CONTINUED, CONTINUED]);
    // Cut after a full stop, never longer than a row holds.
    for (const r of problems.slice(1, -1)) {
      expect(r.c.length).toBeLessThanOrEqual(ROW_CHARS);
      expect(r.c.endsWith('。')).toBe(true);
    }
    // Each block's label is one merged cell down column A.
    const merges = new Set(ws.model.merges);
    expect(merges).toContain(`A4:A7`); // 基本信息: 4 rows
    expect(merges).toContain(`A${problems[0]!.row}:A${problems[problems.length - 1]!.row}`);
  });

  it('reads and prints as a document: wrapped text, rows tall enough, header repeated, A4 one page wide, protected', async () => {
    const project = fullReport();
    const wb = await workbook(await buildXlsx(project, validate(project), { draft: true }));
    const ws = wb.getWorksheet(REPORT_TEXT_SHEET)!;
    expect(ws.getColumn(3).width).toBe(78);
    const text = ws.getCell('C13'); // 前言 第1段, after the header, 4 rows of 基本信息 and 5 of 联系方式
    expect(text.value).toBe('本报告根据《中华人民共和国政府信息公开条例》编制。');
    expect(text.alignment).toMatchObject({ wrapText: true, vertical: 'top' });
    expect(text.protection?.locked).toBe(false); // white: a correction made here is read back
    expect(ws.getCell('B13').protection?.locked).not.toBe(false);
    ws.eachRow((row) => {
      expect(row.height).toBeGreaterThanOrEqual(21);
      expect(row.height).toBeLessThanOrEqual(409);
    });
    expect(ws.pageSetup).toMatchObject({ paperSize: 9, orientation: 'portrait', fitToWidth: 1, fitToHeight: 0, printTitlesRow: '3:3' });
    expect((ws as unknown as { sheetProtection?: { sheet?: boolean } }).sheetProtection?.sheet).toBe(true);
    expect(ws.properties.tabColor).toEqual({ argb: 'FFC00000' }); // a draft's tab is red
  });

  it('takes what was corrected in Excel, and keeps the recognised value where the sheet’s is unusable', async () => {
    const project = sampleProject();
    const wb = await workbook(await buildXlsx(project, validate(project)));
    const ws = wb.getWorksheet(REPORT_TEXT_SHEET)!;
    const rowOf = (b: string) => {
      let found = 0;
      ws.eachRow((row, n) => {
        if (!found && row.getCell(2).value === b) found = n;
      });
      return found;
    };
    // Excel turns a typed 2025-01-22 into a date and formats the cell as one.
    const date = ws.getCell(rowOf('发布日期'), 3);
    date.value = new Date(Date.UTC(2025, 0, 22));
    date.style = { ...date.style, numFmt: 'yyyy-mm-dd' };
    ws.getCell(rowOf('机关类型'), 3).value = '科室';
    ws.getCell(rowOf('电话'), 3).value = 5398720000; // typed as a number
    let overview = 0;
    ws.eachRow((row, n) => {
      if (!overview && row.getCell(1).value === '一、总体情况') overview = n;
    });
    ws.getCell(overview, 3).value = { richText: [{ text: '2024 年，' }, { font: { bold: true }, text: '我局' }, { text: '依法公开。' }] };
    const r = await imported('edited.xlsx', new Uint8Array(await wb.xlsx.writeBuffer()));
    expect(r.project.meta.publishDate).toBe('2025-01-22');
    expect(r.project.meta.contact.phone).toBe('5398720000');
    expect(r.project.meta.issuerLevel).toBe('department'); // guessed from the name, as before
    expect(r.log).toContainEqual({ level: 'warning', message: '工作表“报告正文”基本信息·机关类型：“科室”不是部门、县级以上人民政府、乡镇街道、其他之一' });
    expect(r.log.some((e) => e.message.startsWith('机关类型按名称推定'))).toBe(true);
    expect(r.project.sections.overview.split('\n')[0]).toBe('2024 年，我局依法公开。');
  });

  it('reads a 发布日期 retyped the way the report writes dates, and names a date that is not one', async () => {
    // Undated (a draft), so that no other sheet names a date the reader could fall back on.
    const project = sampleProject();
    project.meta.publishDate = null;
    const wb = await workbook(await buildXlsx(project, validate(project), { draft: true }));
    const ws = wb.getWorksheet(REPORT_TEXT_SHEET)!;
    let dateRow = 0;
    ws.eachRow((row, n) => {
      if (!dateRow && row.getCell(2).value === '发布日期') dateRow = n;
    });
    ws.getCell(dateRow, 3).value = '２０２５年1月20日';
    const ok = await imported('cn-date.xlsx', new Uint8Array(await wb.xlsx.writeBuffer()));
    expect(ok.project.meta.publishDate).toBe('2025-01-20');
    ws.getCell(dateRow, 3).value = '2025年2月30日';
    const bad = await imported('bad-date.xlsx', new Uint8Array(await wb.xlsx.writeBuffer()));
    expect(bad.project.meta.publishDate).toBeNull();
    expect(bad.log).toContainEqual({ level: 'warning', message: '工作表“报告正文”基本信息·发布日期：“2025年2月30日”无效' });
  });
});

describe('round trip of the sample template through our .docx', () => {
  // The .docx prints no contact (the sample has none); its 落款 carries the 发布日期 back.
  it('brings back every cell, every section’s text and the meta unchanged', async () => {
    const first = sampleProject();
    expect(first.meta.publishDate).not.toBeNull();
    const r = await imported('sample.docx', await buildDocx(first, validate(first), { draft: false }));
    expectSameReport(r.project, first);
    expect(r.project.meta.publishDate).toBe(first.meta.publishDate);
  });
});
