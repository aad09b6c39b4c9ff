// Word, Excel and broken files, the way people bring them: an agency's own Word report with
// merged cells, a one-sheet-per-table Excel template, files that are not what they claim.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Document, Packer, Paragraph, Table, TableCell, TableRow, TextRun } from 'docx';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { T3_ROWS, type CellValue } from '../../src/shared';
import { importReport } from '../../src/main/import';

const LINYI = JSON.parse(readFileSync(join(__dirname, '../fixtures/reports/linyi-approval-bureau-2024.cells.json'), 'utf8')) as {
  cells: Record<string, CellValue>;
};

type Spec = string | { text: string; colSpan?: number; rowSpan?: number };
const table = (rows: Spec[][]) =>
  new Table({
    rows: rows.map(
      (row) =>
        new TableRow({
          children: row.map((c) => {
            const s = typeof c === 'string' ? { text: c } : c;
            return new TableCell({ columnSpan: s.colSpan, rowSpan: s.rowSpan, children: [new Paragraph(s.text)] });
          }),
        }),
    ),
  });
const p = (text: string) => new Paragraph({ children: [new TextRun(text)] });

/** A 表三 row as agencies lay it out: group labels merged down, numbers from the sample. */
function t3Rows(): Spec[][] {
  const rows: Spec[][] = [
    [{ text: '(本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和)', colSpan: 3, rowSpan: 3 }, { text: '申请人情况', colSpan: 7 }],
    [{ text: '自然人', rowSpan: 2 }, { text: '法人或其他组织', colSpan: 5 }, { text: '总计', rowSpan: 2 }],
    ['商业企业', '科研机构', '社会公益组织', '法律服务机构', '其他'],
  ];
  const cols = ['naturalPerson', 'business', 'research', 'publicInterest', 'legalService', 'otherOrg', 'total'];
  T3_ROWS.forEach((r, i) => {
    const nums = cols.map((c) => String(LINYI.cells[`t3.${r.key}.${c}`]));
    const cells: Spec[] = [];
    r.groups.forEach((g, depth) => {
      if (T3_ROWS[i - 1]?.groups[depth] === g) return;
      const span = T3_ROWS.slice(i).findIndex((x) => x.groups[depth] !== g);
      // Half-width parentheses and a space, as typed in many agencies' Word files.
      cells.push({ text: g.replace('（', '(').replace('）', ') '), rowSpan: span < 0 ? T3_ROWS.length - i : span });
    });
    cells.push({ text: r.label.replace('（', '(').replace('）', ')'), colSpan: 3 - r.groups.length });
    rows.push([...cells, ...nums]);
  });
  return rows;
}

async function agencyDocx(): Promise<Uint8Array> {
  const doc = new Document({
    sections: [
      {
        children: [
          p('临沂市行政审批服务局'),
          p('2024年政府信息公开工作年度报告'),
          p('一、总体情况'),
          p('2024 年，我局深入贯彻落实《中华人民共和国政府信息公开条例》。'),
          p('二、主动公开政府信息情况'),
          table([
            [{ text: '第二十条第(一)项', colSpan: 4 }],
            ['信息内容', '本年制发件数', '本年废止件数', '现行有效件数'],
            ['规章', '/', '/', '/'],
            ['行政规范性文件', '０', '0', '0'],
            [{ text: '第二十条第(五)项', colSpan: 4 }],
            ['信息内容', { text: '本年处理决定数量', colSpan: 3 }],
            ['行政许可', { text: '31,510', colSpan: 3 }],
            [{ text: '第二十条第(六)项', colSpan: 4 }],
            ['信息内容', { text: '本年处理决定数量', colSpan: 3 }],
            ['行政处罚', { text: '0', colSpan: 3 }],
            ['行政强制', { text: '—', colSpan: 3 }],
            [{ text: '第二十条第(八)项', colSpan: 4 }],
            ['信息内容', { text: '本年收费金额(单位:万元)', colSpan: 3 }],
            ['行政事业性收费', { text: '39910.33', colSpan: 3 }],
          ]),
          p('三、收到和处理政府信息公开申请情况'),
          table(t3Rows()),
          p('四、政府信息公开行政复议、行政诉讼情况'),
          table([
            [{ text: '行政复议', colSpan: 5 }, { text: '行政诉讼', colSpan: 10 }],
            [...['结果 维持', '结果 纠正', '其他 结果', '尚未 审结', '总计'].map((text) => ({ text, rowSpan: 2 })), { text: '未经复议直接起诉', colSpan: 5 }, { text: '复议后起诉', colSpan: 5 }],
            ['结果维持', '结果纠正', '其他结果', '尚未审结', '总计', '结果维持', '结果纠正', '其他结果', '尚未审结', '总计'],
            ['0', '0', '0', '0', '0', '2', '0', '0', '0', '2', '0', '0', '0', '0', '0'],
          ]),
          p('五、存在的问题及改进情况'),
          p('政策解读深度不够。'),
          p('六、其他需要报告的事项'),
          p('1.未有信息处理费收费情况。'),
        ],
      },
    ],
  });
  return new Uint8Array(await Packer.toBuffer(doc));
}

describe('an agency’s Word report (.docx)', () => {
  it('reads merged cells (vMerge, gridSpan), n/a marks, full-width digits, thousands separators and drifted headings', async () => {
    const r = await importReport({ name: '临沂市行政审批服务局2024年报.docx', bytes: await agencyDocx() });
    if (!r.ok) throw new Error(r.message);
    const c = r.project.cells;
    expect([c['t2.regulations.issued'], c['t2.regulations.repealed'], c['t2.regulations.inForce']]).toEqual([{ na: '/' }, { na: '/' }, { na: '/' }]);
    expect(c['t2.normativeDocuments.issued']).toBe(0);
    expect(c['t2.licensing.decisions']).toBe(31510);
    expect(c['t2.coercion.decisions']).toEqual({ na: '—' });
    expect(c['t2.fees.amount']).toBe(39910.33);
    for (const key of Object.keys(LINYI.cells).filter((k) => !k.startsWith('t2.'))) expect(c[key], key).toEqual(LINYI.cells[key]);
    expect(r.project.meta).toMatchObject({ issuer: '临沂市行政审批服务局', year: 2024 });
    expect(r.project.sections.problems).toBe('政策解读深度不够。');
    expect(r.log.some((e) => e.message.includes('“五、存在的问题及改进情况”（常见写法'))).toBe(true);
    expect(r.log.find((e) => e.message.includes('表三“（七）总计”'))?.where).toMatch(/^第2个表格第\d+行$/);
    // Merged cells are the standard's own merges, not a change of the table's shape.
    expect(r.log.filter((e) => e.rule === 'N-TABLE-SHAPE')).toEqual([]);
  });
});

describe('a government web page (.html)', () => {
  it('reads 表三 laid out with rowspan/colspan and &nbsp; padding, in a GBK-encoded page', async () => {
    const esc = (t: string) => t.replace(/&/g, '&amp;').replace(/</g, '&lt;');
    const rows = t3Rows()
      .map((row) => `<tr>${row.map((c) => (typeof c === 'string' ? `<td>${esc(c)}&nbsp;</td>` : `<td colspan="${c.colSpan ?? 1}" rowspan="${c.rowSpan ?? 1}"><p>${esc(c.text)}</p></td>`)).join('')}</tr>`)
      .join('\n');
    const html = `<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312"><title>临沂市行政审批服务局2024年政府信息公开工作年度报告</title></head><body>
<div class="crumb">当前位置：首页 &gt; 政府信息公开</div>
<p>三、收到和处理政府信息公开申请情况</p><table border="1">${rows}</table>
<p>四、政府信息公开行政复议、行政诉讼情况</p></body></html>`;
    const gbk = execFileSync('iconv', ['-f', 'UTF-8', '-t', 'GB18030'], { input: html });
    const r = await importReport({ name: 'content.html', bytes: new Uint8Array(gbk) });
    if (!r.ok) throw new Error(r.message);
    for (const key of Object.keys(LINYI.cells).filter((k) => k.startsWith('t3.'))) expect(r.project.cells[key], key).toEqual(LINYI.cells[key]);
    expect(r.project.meta).toMatchObject({ issuer: '临沂市行政审批服务局', year: 2024 });
    expect(r.log[0]!.message).toContain('GB18030');
    expect(r.log.filter((e) => e.rule === 'N-TABLE-SHAPE')).toEqual([]);
  });
});

describe('a Word report boxed in a one-cell frame', () => {
  it('reads the prose as paragraphs and the table inside the frame as a table', async () => {
    const inner = table([
      [{ text: '第二十条第(五)项', colSpan: 2 }],
      ['信息内容', '本年处理决定数量'],
      ['行政许可', '12'],
      ['行政处罚', '不适用'],
    ]);
    const frame = new Table({
      rows: [
        new TableRow({
          children: [
            new TableCell({
              children: [p('某某县市场监督管理局2024年政府信息公开工作年度报告'), p('一、总体情况'), p('甲。'), p('二、主动公开政府信息情况'), inner, p('五、存在的主要问题及改进情况'), p('乙。')],
            }),
          ],
        }),
      ],
    });
    const bytes = new Uint8Array(await Packer.toBuffer(new Document({ sections: [{ children: [frame] }] })));
    const r = await importReport({ name: 'framed.docx', bytes });
    if (!r.ok) throw new Error(r.message);
    expect(r.project.meta).toMatchObject({ issuer: '某某县市场监督管理局', year: 2024 });
    expect(r.project.sections).toMatchObject({ overview: '甲。', problems: '乙。' });
    expect(r.project.cells['t2.licensing.decisions']).toBe(12);
    expect(r.project.cells['t2.penalties.decisions']).toEqual({ na: '不适用' });
  });
});

async function templateXlsx(opts: { unCachedTotal?: boolean } = {}): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  const t2 = wb.addWorksheet('表二');
  t2.addRow(['某某区统计局2023年政府信息公开工作年度报告']);
  t2.mergeCells('A1:D1');
  t2.addRow(['第二十条第（一）项']);
  t2.mergeCells('A2:D2');
  t2.addRow(['信息内容', '本年制发件数', '本年废止件数', '现行有效件数']);
  t2.addRow(['规章', '不适用', '不适用', '不适用']);
  t2.addRow(['行政规范性文件', 2, 1, 14]);
  for (const [heading, label, value] of [
    ['第二十条第（五）项', '行政许可', 0],
    ['第二十条第（六）项', '行政处罚', 3],
  ] as const) {
    t2.addRow([heading]);
    t2.addRow(['信息内容', '本年处理决定数量']);
    const r = t2.addRow([label, value]);
    t2.mergeCells(r.number, 2, r.number, 4);
  }
  const co = t2.addRow(['行政强制', '']);
  t2.mergeCells(co.number, 2, co.number, 4);
  t2.addRow(['第二十条第（八）项']);
  const fee = t2.addRow(['行政事业性收费', 0.035]);
  t2.mergeCells(fee.number, 2, fee.number, 4);

  const t3 = wb.addWorksheet('表三');
  t3.addRow(['（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）', '', '', '申请人情况']);
  t3.mergeCells('A1:C3');
  t3.addRow(['', '', '', '自然人', '法人或其他组织', '', '', '', '', '总计']);
  t3.addRow(['', '', '', '', '商业企业', '科研机构', '社会公益组织', '法律服务机构', '其他', '']);
  // A small unit's year: 5 requests, 4 granted, 1 not held. 总计 is a SUM formula, as in most templates.
  const counts: Record<string, number[]> = {
    received: [4, 1, 0, 0, 0, 0],
    granted: [3, 1, 0, 0, 0, 0],
    'unavailable.notHeld': [1, 0, 0, 0, 0, 0],
    resultTotal: [4, 1, 0, 0, 0, 0],
  };
  T3_ROWS.forEach((r, i) => {
    const nums = counts[r.key] ?? [0, 0, 0, 0, 0, 0];
    // Group labels only where a group starts (the cells below are merged in the template).
    const groups = [0, 1].map((d) => (r.groups[d] && T3_ROWS[i - 1]?.groups[d] !== r.groups[d] ? r.groups[d]! : ''));
    const row = t3.addRow([...groups, r.label, ...nums]);
    const sum = `SUM(D${row.number}:I${row.number})`;
    row.getCell(10).value = opts.unCachedTotal && r.key === 'received' ? { formula: sum } : { formula: sum, result: nums.reduce((a, b) => a + b, 0) };
  });

  const t4 = wb.addWorksheet('表四');
  t4.addRow(['行政复议', '', '', '', '', '行政诉讼']);
  t4.addRow(['结果维持', '结果纠正', '其他结果', '尚未审结', '总计', '未经复议直接起诉', '', '', '', '', '复议后起诉']);
  t4.addRow(['', '', '', '', '', '结果维持', '结果纠正', '其他结果', '尚未审结', '总计', '结果维持', '结果纠正', '其他结果', '尚未审结', '总计']);
  t4.addRow([1, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0]);
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

describe('a one-sheet-per-table Excel template (.xlsx)', () => {
  it('reads every table, with merged cells, n/a marks, formulas by their stored result', async () => {
    const r = await importReport({ name: '统计局年报表格.xlsx', bytes: await templateXlsx() });
    if (!r.ok) throw new Error(r.message);
    const c = r.project.cells;
    expect(r.project.meta).toMatchObject({ issuer: '某某区统计局', year: 2023 });
    expect(c['t2.regulations.issued']).toEqual({ na: '不适用' });
    expect([c['t2.normativeDocuments.issued'], c['t2.normativeDocuments.repealed'], c['t2.normativeDocuments.inForce']]).toEqual([2, 1, 14]);
    expect(c['t2.penalties.decisions']).toBe(3);
    expect(c['t2.coercion.decisions']).toBeNull();
    expect(c['t2.fees.amount']).toBe(0.035);
    expect(['naturalPerson', 'business', 'total'].map((k) => c[`t3.received.${k}`])).toEqual([4, 1, 5]);
    expect(c['t3.unavailable.notHeld.total']).toBe(1);
    expect(c['t3.resultTotal.total']).toBe(5);
    expect(c['t4.review.upheld']).toBe(1);
    expect(c['t4.review.total']).toBe(1);
    expect(r.log.some((e) => e.where?.startsWith('工作表“表三”'))).toBe(true);
    expect(r.log.filter((e) => e.rule === 'N-TABLE-SHAPE')).toEqual([]);
  });

  it('leaves a formula without a stored result blank and lists it — it never computes a number', async () => {
    const r = await importReport({ name: 't.xlsx', bytes: await templateXlsx({ unCachedTotal: true }) });
    if (!r.ok) throw new Error(r.message);
    expect(r.project.cells['t3.received.total']).toBeNull();
    expect(r.project.cells['t3.received.naturalPerson']).toBe(4);
    expect(r.log.some((e) => e.level === 'warning' && e.cells?.includes('t3.received.total'))).toBe(true);
  });
});

describe('files that cannot be imported', () => {
  const dir = mkdtempSync(join(tmpdir(), 'nianbao-import-'));
  const cases: [string, Uint8Array | null, RegExp][] = [
    ['空.txt', new Uint8Array(), /空文件/],
    ['报告.docx', new TextEncoder().encode('这不是 Word 文档'), /已损坏或不是有效的 \.docx/],
    ['旧版.doc', new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), /旧版 Word\/Excel 格式/],
    ['扫描件.pdf', new TextEncoder().encode('%PDF-1.7\n'), /PDF/],
    ['二进制.txt', new Uint8Array([0x41, 0x00, 0x42, 0x00, 0x00]), /不是文本文件/],
    ['不存在.txt', null, /无法读取文件.*不存在/],
  ];
  it.each(cases)('%s is refused with a Chinese reason, not a crash', async (name, bytes, message) => {
    const path = join(dir, name);
    if (bytes) writeFileSync(path, bytes);
    const r = await importReport(path);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.message).toMatch(message);
  });

  it('a text, page, Word or Excel file that is not a report is refused: 未找到年度报告的标题、章节或表格', async () => {
    const prose = '会议纪要\n今天下午召开了工作例会，讨论了办公室搬迁和下月的培训安排。\n请各科室做好准备。\n';
    const doc = new Document({ sections: [{ children: prose.trim().split('\n').map((t) => new Paragraph(t)) }] });
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('名单').addRows([['姓名', '科室'], ['张三', '办公室']]);
    for (const input of [
      { name: '纪要.txt', bytes: new TextEncoder().encode(prose) },
      { name: '纪要.html', bytes: new TextEncoder().encode(`<html><body>${prose.split('\n').map((p) => `<p>${p}</p>`).join('')}</body></html>`) },
      { name: '纪要.docx', bytes: new Uint8Array(await Packer.toBuffer(doc)) },
      { name: '名单.xlsx', bytes: new Uint8Array(await wb.xlsx.writeBuffer()) },
    ]) {
      const r = await importReport(input);
      expect(r.ok, input.name).toBe(false);
      if (!r.ok) expect(r.message).toBe(`“${input.name}（${input.name.endsWith('.txt') || input.name.endsWith('.html') ? 'UTF-8 编码' : ''}）”中未找到年度报告的标题、章节或表格，不是政府信息公开工作年度报告，未导入`.replace('（）', ''));
    }
  });

  it('a zip that is not an Office document, and a cut-off .docx, are refused', async () => {
    const zip = new JSZip();
    zip.file('a.txt', 'x');
    const notOffice = await importReport({ name: 'a.docx', bytes: await zip.generateAsync({ type: 'uint8array' }) });
    expect(notOffice.ok).toBe(false);
    const docx = await agencyDocx();
    const cut = await importReport({ name: 'b.docx', bytes: docx.slice(0, Math.floor(docx.length / 2)) });
    expect(cut.ok).toBe(false);
    if (!cut.ok) expect(cut.message).toMatch(/损坏/);
  });

  it('never throws, whatever the bytes', async () => {
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ maxLength: 300 }), fc.constantFrom('x.txt', 'x.docx', 'x.xlsx', 'x.html'), async (bytes, name) => {
        const head = name.endsWith('.docx') || name.endsWith('.xlsx') ? new Uint8Array([0x50, 0x4b, 0x03, 0x04, ...bytes]) : bytes;
        const r = await importReport({ name, bytes: head });
        expect(typeof r.ok).toBe('boolean');
      }),
      { numRuns: 60 },
    );
  });
});
