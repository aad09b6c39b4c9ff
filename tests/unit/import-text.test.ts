// The pure recognition core on small texts written the ways published reports write them.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CELL_KEYS, type CellValue } from '../../src/shared';
import { linesFromHtml, linesFromText, matchRow, projectFromLines, type ImportResult } from '../../src/shared/import';

const SAMPLE = readFileSync(join(__dirname, '../fixtures/reports/linyi-approval-bureau-2024.txt'), 'utf8');

function importText(text: string): Extract<ImportResult, { ok: true }> {
  const r = projectFromLines(linesFromText(text), { format: 'text', fallbackYear: 2030 });
  if (!r.ok) throw new Error(r.message);
  return r;
}
/** A cut copy: refused when too little of a report is left (no title, heading or table), else imported. */
function importCut(text: string): Extract<ImportResult, { ok: true }>['project']['cells'] {
  const r = projectFromLines(linesFromText(text), { format: 'text', fallbackYear: 2030 });
  if (r.ok) return r.project.cells;
  expect(r.message).toContain('未找到年度报告的标题、章节或表格');
  return {};
}
const cell = (r: Extract<ImportResult, { ok: true }>, key: string): CellValue | undefined => r.project.cells[key];
const warnedAbout = (r: Extract<ImportResult, { ok: true }>, key: string) => r.log.some((e) => e.level !== 'info' && e.cells?.includes(key));

describe('row labels', () => {
  it('match whatever the width of parentheses and digits, spaces, traditional characters and pinyin glosses', () => {
    for (const text of ['（三）1.属于国家秘密', '(三)1．属于国家秘密', '1. 属于 国家 秘密', '1.屬於國家秘密', '1.屬(shǔ)於國家秘密', '１.属于国家秘密']) {
      expect(matchRow(text)?.target.rowKey, text).toBe('denied.stateSecret');
    }
    expect(matchRow('规范性文件')?.target.rowKey).toBe('normativeDocuments');
    expect(matchRow('行政規範性文件')?.target.rowKey).toBe('normativeDocuments');
  });
  it('match a row written after its group label in one cell', () => {
    expect(matchRow('（三）不予公开 1.属于国家秘密')?.target.rowKey).toBe('denied.stateSecret');
    expect(matchRow('三、本年度办理结果（一）予以公开')?.target.rowKey).toBe('granted');
    expect(matchRow('(六)其他处理3.其他')?.target.rowKey).toBe('otherHandling.other');
  });
  it('do not take the 其他 column heading for row （六）3.其他', () => {
    expect(matchRow('其他')).toBeNull();
    expect(matchRow('3.其他')?.target.rowKey).toBe('otherHandling.other');
  });
  it('take a bare 「其他」 for row （六）3 only between （六）2 and （七）总计 (Word-numbered lists)', () => {
    const zeros = (n: number) => Array(7).fill(n).join('\t');
    const r = projectFromLines(
      linesFromText(`\t其他\t${zeros(9)}\n2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请\t${zeros(0)}\n\t其他\t${zeros(3)}\n(七)总计\t${zeros(3)}\n`),
      { format: 'text', fallbackYear: 2030 },
    );
    if (!r.ok) throw new Error(r.message);
    expect(r.project.cells['t3.otherHandling.other.naturalPerson']).toBe(3);
  });
  it('accept a label cut off by the end of a copy only when it can mean one row', () => {
    expect(matchRow('(二)部分公开(区')?.target.rowKey).toBe('partlyGranted');
    expect(matchRow('属于')).toBeNull();
  });
});

describe('values', () => {
  const t2 = (row: string) => `二、主动公开政府信息情况\n第二十条第(一)项\n信息内容\t本年制发件数\t本年废止件数\t现行有效件数\n${row}\n行政规范性文件\t1\t0\t5\n`;

  it('reads "/", "—" and "不适用" as not applicable, never as 0', () => {
    const r = importText(t2('规章\t/\t—\t不适用'));
    expect(cell(r, 't2.regulations.issued')).toEqual({ na: '/' });
    expect(cell(r, 't2.regulations.repealed')).toEqual({ na: '—' });
    expect(cell(r, 't2.regulations.inForce')).toEqual({ na: '不适用' });
    expect(cell(r, 't2.normativeDocuments.inForce')).toBe(5);
    expect(r.log.find((e) => e.message.startsWith('共 200 格'))!.message).toContain('不适用 3 格');
  });
  it('reads full-width digits and thousands separators', () => {
    const r = importText(t2('规章\t１２\t１，２３４\t0'));
    expect(cell(r, 't2.regulations.issued')).toBe(12);
    expect(cell(r, 't2.regulations.repealed')).toBe(1234);
  });
  it('keeps text that is not a number as written and says so', () => {
    const r = importText(t2('规章\t无\t0\t0'));
    expect(cell(r, 't2.regulations.issued')).toEqual({ raw: '无' });
    expect(r.log.some((e) => e.cells?.includes('t2.regulations.issued') && e.message.includes('不是数字'))).toBe(true);
  });
  it('leaves a row blank when it shows fewer numbers than columns and the columns cannot be told', () => {
    const r = importText('规章\n0\n行政规范性文件\n0\n0\n0\n行政许可\n7\n');
    for (const k of ['issued', 'repealed', 'inForce']) expect(cell(r, `t2.regulations.${k}`)).toBeNull();
    expect(warnedAbout(r, 't2.regulations.issued')).toBe(true);
    expect(cell(r, 't2.normativeDocuments.issued')).toBe(0);
    expect(cell(r, 't2.licensing.decisions')).toBe(7);
  });
  it('leaves a short table row blank (one merged cell may span several columns)', () => {
    const r = importText('一、本年新收政府信息公开申请数量 | 3 |\n二、上年结转政府信息公开申请数量 | 0 | 0 | 0 | 0 | 0 | 0 | 0 |\n');
    expect(CELL_KEYS.filter((k) => k.startsWith('t3.received.')).map((k) => cell(r, k))).toEqual(Array(7).fill(null));
    expect(cell(r, 't3.carriedOver.total')).toBe(0);
  });
  it('does not read a number cut short at the very end of a copy', () => {
    const r = importText('行政许可\n315');
    expect(cell(r, 't2.licensing.decisions')).toBeNull();
    expect(r.log.some((e) => e.message.includes('可能不完整'))).toBe(true);
    expect(cell(importText('行政许可\n315\n'), 't2.licensing.decisions')).toBe(315);
  });
  it('does not read the 2019 trial-format 表二, whose columns mean something else', () => {
    const r = importText('第二十条第(五)项\n信息内容\t上一年项目数量\t本年增/减\t处理决定数量\n行政许可\t0\t2\t9\n');
    expect(cell(r, 't2.licensing.decisions')).toBeNull();
    expect(r.log.some((e) => e.message.includes('2019年试行格式'))).toBe(true);
  });
});

describe('web pages', () => {
  it('read a report laid out inside a page-layout table, with its own tables nested in it', () => {
    const html = `<html><body><table width="100%"><tr><td>首页</td><td>
      <p>某某局2023年政府信息公开工作年度报告</p><p>一、总体情况</p><p>甲。</p><p>乙。</p>
      <p>二、主动公开政府信息情况</p>
      <table><tr><td colspan="4">第二十条第（一）项</td></tr>
        <tr><td>信息内容</td><td><p>本年</p><p>制发件数</p></td><td>本年废止件数</td><td>现行有效件数</td></tr>
        <tr><td>规章</td><td>/</td><td>/</td><td>/</td></tr>
        <tr><td>行政规范性文件</td><td>2</td><td>0</td><td>9</td></tr></table>
      <p>五、存在的主要问题及改进情况</p><p>丙。</p></td></tr></table></body></html>`;
    const r = projectFromLines(linesFromHtml(html), { format: 'html', fallbackYear: 2030 });
    if (!r.ok) throw new Error(r.message);
    expect(r.project.meta).toMatchObject({ issuer: '某某局', year: 2023 });
    expect(r.project.sections.overview).toBe('甲。\n乙。');
    expect(r.project.sections.problems).toBe('丙。');
    expect(r.project.cells['t2.regulations.issued']).toEqual({ na: '/' });
    expect(r.project.cells['t2.normativeDocuments.inForce']).toBe(9);
  });
});

describe('sections, title and year', () => {
  it('reads drifted headings into the right section and logs the drift', () => {
    const r = importText('某某局2023年政府信息公开工作年度报告\n一、总体情况\n甲。\n二、主动公开政府信息情况\n三是收到和处理政府信息公开申请情况\n四、因政府信息公开工作被申请行政复议和提起行政诉讼情况\n五、政府信息公开工作存在的问题及改进情况\n乙。\n六、其他需要报告的事项\n丙。\n');
    expect(r.project.sections.overview).toBe('甲。');
    expect(r.project.sections.problems).toBe('乙。');
    expect(r.project.sections.other).toBe('丙。');
    expect(r.log.some((e) => e.level === 'warning' && e.message.includes('三是收到'))).toBe(true);
    expect(r.project.meta).toMatchObject({ issuer: '某某局', year: 2023 });
  });
  it('reads a year in Chinese numerals and a title broken over two lines', () => {
    const r = importText('某某县人民政府\n二〇二四年政府信息公开工作年度报告\n一、总体情况\n');
    expect(r.project.meta).toMatchObject({ issuer: '某某县人民政府', year: 2024, issuerLevel: 'government' });
  });
  it('takes the issuer from the opening sentence when the copy has no title, and the page’s publish date', () => {
    const r = importText('发布时间:2024-02-07 14:44 浏览次数:\n  一、总体情况\n  根据《条例》，特向社会公布益阳市大通湖区审计局的2023年政府信息公开工作年度报告。\n');
    expect(r.project.meta).toMatchObject({ issuer: '益阳市大通湖区审计局', year: 2023, publishDate: '2024-02-07' });
    expect(r.log.some((e) => e.level === 'warning' && e.message.includes('按前言中的“益阳市大通湖区审计局”'))).toBe(true);
  });
  it('keeps a paragraph that mentions 发布时间 or 字体: page furniture is a short line, not a sentence (平湖 2024 lost its （四）)', () => {
    const four = '(四)平台建设情况。我局按政务公开要求,进一步明确公开事项,及时公开各类工作信息。严格落实信息发布审核制度,定期检查新媒体发布时间,确保信息发布时效。';
    const font = '（五）公文规范。严格按照公文格式要求统一字体字号，确保对外发布的信息规范统一。';
    const r = importText(`发布时间:2025-01-20 浏览次数:12 字号:大 中 小\n一、总体情况\n(三)政府信息管理情况。甲。\n${four}\n${font}\n`);
    expect(r.project.sections.overview).toBe(`(三)政府信息管理情况。甲。\n${four}\n${font}`);
    expect(r.project.meta.publishDate).toBe('2025-01-20');
  });
  it('finds the title below a web page’s menus and after its breadcrumb', () => {
    const menus = Array.from({ length: 15 }, (_, i) => `栏目${i}`).join('\n');
    const r = importText(`${menus}\n首页 > 政府信息公开 > 某某市统计局2022年政府信息公开工作年度报告\n一、总体情况\n`);
    expect(r.project.meta).toMatchObject({ issuer: '某某市统计局', year: 2022 });
  });
  it('recognises headings whose number Word generates (not in the text)', () => {
    const r = importText('总体情况\n甲。\n主动公开政府信息情况\n收到和处理政府信息公开申请情况\n政府信息公开行政复议、行政诉讼情况\n存在的主要问题及改进情况\n乙。\n其他需要报告的事项\n丙。\n');
    expect(r.project.sections).toMatchObject({ overview: '甲。', problems: '乙。', other: '丙。' });
  });
  it('says so when a table section has its heading but no table (tables published as images)', () => {
    const r = importText('一、总体情况\n甲。\n二、主动公开政府信息情况\n\n三、收到和处理政府信息公开申请情况\n');
    const t2 = r.log.find((e) => e.message.includes('第二部分') && e.message.includes('图片'));
    expect(t2?.cells).toHaveLength(10);
    expect(r.log.some((e) => e.message.includes('第三部分') && e.message.includes('图片'))).toBe(true);
    expect(CELL_KEYS.every((k) => r.project.cells[k] === null)).toBe(true);
  });
  it('keeps all the text, in the preamble, when no section heading is found', () => {
    const r = importText('某某局2023年政府信息公开工作年度报告\n本年度我局认真落实条例。\n全年未收到申请。\n');
    expect(r.project.meta.preamble).toBe('本年度我局认真落实条例。\n全年未收到申请。');
    expect(r.log.some((e) => e.message.includes('全部文字放在“前言”中'))).toBe(true);
  });
  it('falls back to the caller’s year, as an error in the log, when the report names none', () => {
    const r = importText('一、总体情况\n无年份的文字。\n');
    expect(r.project.meta.year).toBe(2030);
    expect(r.log.some((e) => e.level === 'error' && e.message.includes('未能识别报告年度'))).toBe(true);
  });
});

describe('truncated copies', () => {
  const full = importText(SAMPLE);

  it('import what they show: every cell read from a cut copy equals the complete report', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: SAMPLE.length }), (cut) => {
        const part = importCut(SAMPLE.slice(0, cut));
        for (const key of CELL_KEYS) {
          const v = part[key] ?? null;
          if (v !== null) expect(v, `${key} at cut ${cut}`).toEqual(full.project.cells[key]);
        }
      }),
      { numRuns: 150 },
    );
  });

  it('never read a cell of a cut copy differently from the whole copy, in any fixture', () => {
    const dir = join(__dirname, '../fixtures/reports');
    for (const name of readdirSync(dir).filter((f) => f.endsWith('.txt'))) {
      const text = readFileSync(join(dir, name), 'utf8');
      const whole = importText(text).project.cells;
      fc.assert(
        fc.property(fc.integer({ min: 0, max: text.length }), (cut) => {
          const part = importCut(text.slice(0, cut));
          for (const key of CELL_KEYS) if ((part[key] ?? null) !== null) expect(part[key], `${name} ${key} at cut ${cut}`).toEqual(whole[key]);
        }),
        { numRuns: 40 },
      );
    }
  });

  it('never throw on any text', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 400 }), fc.array(fc.constantFrom('规章', '\t', '|', '0', '１', '/', '\n', '一、总体情况', '行政复议', '3.其他'), { maxLength: 60 }), (s, parts) => {
        expect(() => projectFromLines(linesFromText(s + parts.join('')), { format: 'text', fallbackYear: 2030 })).not.toThrow();
        expect(() => projectFromLines(linesFromHtml(`<table><tr><td>${parts.join('</td><td>')}</td></tr></table>${s}`), { format: 'html', fallbackYear: 2030 })).not.toThrow();
      }),
      { numRuns: 200 },
    );
  });
});

describe('copies found after the parser was finished (second pass)', () => {
  it('count empty cells written as lines of their own ("|") in a one-cell-per-line copy', () => {
    const empty = '|\n'.repeat(6);
    const r = importText(`三、收到和处理政府信息公开申请情况\n一、本年新收政府信息公开申请数量 |\n${empty}5 |\n||\n二、上年结转政府信息公开申请数量 |\n1 |\n${empty}||\n三、本年度办理结果 |\n`);
    expect(cell(r, 't3.received.total')).toBe(5);
    expect(cell(r, 't3.received.naturalPerson')).toBeNull();
    expect(cell(r, 't3.carriedOver.naturalPerson')).toBe(1);
    expect(cell(r, 't3.carriedOver.total')).toBeNull();
  });
  it('leave a row blank when its empty cells are written together at its end ("3 |\\n3 |\\n|||||||")', () => {
    const r = importText('一、本年新收政府信息公开申请数量 |\n3 |\n3 |\n|||||||\n二、上年结转政府信息公开申请数量 |\n|\n|\n|\n|\n|\n|\n0 |\n||\n三、本年度办理结果 |\n');
    for (const c of ['naturalPerson', 'business', 'total']) expect(cell(r, `t3.received.${c}`), c).toBeNull();
    expect(r.log.some((e) => e.message.includes('空格成串写在后面') && e.cells?.includes('t3.received.total'))).toBe(true);
    // A lone "|" is an empty cell in its own column; "||" after the row is padding.
    expect(cell(r, 't3.carriedOver.total')).toBe(0);
    expect(cell(r, 't3.carriedOver.naturalPerson')).toBeNull();
  });
  it('read the first cells of a delimited one-cell-per-line row cut off by the end of the copy', () => {
    const r = importText('规章 |\n0 |\n0 |\n0 |\n|\n行政规范性文件 |\n4 |\n1 |\n3');
    expect(['issued', 'repealed', 'inForce'].map((c) => cell(r, `t2.normativeDocuments.${c}`))).toEqual([4, 1, null]);
    expect(warnedAbout(r, 't2.normativeDocuments.inForce')).toBe(true);
  });
  it('take a cut-off row label ("6.属于四") for a label, not for a number cut short', () => {
    const row = (label: string) => `| | ${label} | | | | | | | 0 |`;
    const r = importText(`${row('4.保护第三方合法权益')}\n${row('5.属于三类内部事务信息')}\n| | 6.属于四`);
    expect(cell(r, 't3.denied.internalAffairs.total')).toBe(0);
    expect(cell(r, 't3.denied.processInformation.total')).toBeNull();
  });
  it('match a row label carrying a note in brackets, and say the label was changed', () => {
    expect(matchRow('规章(县级无此项)')).toMatchObject({ target: { rowKey: 'regulations' }, changed: 'annotated' });
    expect(matchRow('（二）部分公开')).toMatchObject({ target: { rowKey: 'partlyGranted' }, changed: 'shortened' });
    expect(matchRow('规范性文件')).toMatchObject({ target: { rowKey: 'normativeDocuments' }, changed: 'wording' });
    expect(matchRow('规章')?.changed).toBeUndefined();
    expect(matchRow('其他(县级无此项)')).toBeNull();
  });
  it('read the issuer from a title after a bare one, from a title without 政府, and from 「由…编制」', () => {
    expect(importText('2022年政府信息公开工作年度报告\n桃江县松木塘镇人民政府\n2022年政府信息公开工作年度报告\n一、总体情况\n').project.meta.issuer).toBe('桃江县松木塘镇人民政府');
    expect(importText('下湿壕镇政府2022年信息公开工作年度报告\n一、总体情况\n').project.meta).toMatchObject({ issuer: '下湿壕镇政府', year: 2022 });
    expect(importText('政府信息公开工作年度报告\n本报告由保康县农业农村局编制。\n一、总体情况\n').project.meta.issuer).toBe('保康县农业农村局');
    expect(importText('政府信息公开工作年度报告\n本报告由局办公室编制。\n一、总体情况\n').project.meta.issuer).toBe('');
  });
  it('keep the issuer in the script it was published in, and tell its kind in simplified script', () => {
    const r = importText('興國縣良村鎮2024年政府信息公開工作年度報告\n一、總體情況\n');
    expect(r.project.meta).toMatchObject({ issuer: '興國縣良村鎮', year: 2024, issuerLevel: 'township' });
    expect(importText('根據條例，現特向社會公布興國縣良村鎮2024年政府信息公開工作年度報告。\n一、總體情況\n').project.meta.issuer).toBe('興國縣良村鎮');
  });
  it('do not take a bare title printed twice for an issuer', () => {
    const r = importText('2023年政府信息公开工作年度报告\n2023年政府信息公开工作年度报告\n一、总体情况\n');
    expect(r.project.meta).toMatchObject({ issuer: '', year: 2023 });
  });
  it('do not take a site menu bar above the title for part of the issuer', () => {
    const menu = '首   页 走进汉台 新闻中心 政府信息公开 政务服务 互动交流 专题专栏';
    expect(importText(`${menu}\n\n汉台区徐望镇人民政府2025年政府信息公开工作年度报告\n\n一、总体情况\n`).project.meta.issuer).toBe('汉台区徐望镇人民政府');
    // A title spaced out by a PDF copy is still a title.
    expect(importText('某某 县 审计局 2024年 政府信息公开 工作年度报告\n一、总体情况\n').project.meta.issuer).toBe('某某县审计局');
  });
});

describe('a row not found is blamed on an incomplete text exactly when a section heading is missing too', () => {
  const without = (text: string, drop: (line: string) => boolean) => text.split('\n').filter((l) => !drop(l)).join('\n');
  const missingRow = (r: Extract<ImportResult, { ok: true }>) =>
    r.log.find((e) => e.level === 'warning' && e.cells?.includes('t2.coercion.decisions') && e.message.includes('未找到'));

  it('all six headings present: the lost row is reported without 文本不完整', () => {
    const r = importText(without(SAMPLE, (l) => l.startsWith('行政强制')));
    expect(missingRow(r)?.message).toBe('表二“行政强制”这一行未找到，1 格留空');
  });

  it('five headings (六 lost as well): the lost row is reported as 文本不完整', () => {
    const r = importText(without(SAMPLE, (l) => l.startsWith('行政强制') || l.startsWith('六、其他需要报告的事项')));
    expect(missingRow(r)?.message).toBe('表二“行政强制”这一行未找到（文本不完整），1 格留空');
  });
});
