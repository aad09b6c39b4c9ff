// The checks reviewers and evaluators make beyond the table arithmetic (issue 14): each rule
// from both sides on the sample report, with the quote, the place and the cells it names.
import { describe, expect, it } from 'vitest';
import { validate, type Project } from '../../src/shared';
import { findBrokenCitations } from '../../src/shared/text/citations';
import { sampleProject as sample } from './support/sample';

const only = (p: Project, rule: string) => validate(p).filter((f) => f.rule === rule);

describe('G-NA', () => {
  it('“/” or “—” in 表三 and 表四 asks for 0, one finding per table naming every marked cell', () => {
    const p = sample();
    expect(only(p, 'G-NA')).toEqual([]);
    p.cells['t3.denied.stateSecret.business'] = { na: '/' };
    p.cells['t3.received.research'] = { na: '—' };
    p.cells['t4.review.upheld'] = { na: '／' };
    expect(only(p, 'G-NA').map((f) => [f.section, f.severity, f.cells, f.message])).toEqual([
      [
        'requests',
        'warning',
        ['t3.received.research', 't3.denied.stateSecret.business'],
        '表三（收到和处理政府信息公开申请情况）有 2 个单元格填写了符号而不是数字：一、本年新收政府信息公开申请数量 · 科研机构（—），（三）1.属于国家秘密 · 商业企业（/）。没有发生的请填 0',
      ],
      ['litigation', 'warning', ['t4.review.upheld'], '表四（政府信息公开行政复议、行政诉讼情况）有 1 个单元格填写了符号而不是数字：行政复议 · 结果维持（／）。没有发生的请填 0'],
    ]);
  });

  it('leaves 表二 alone: a township has no 规章 to count', () => {
    const p = sample();
    p.cells['t2.regulations.issued'] = { na: '/' };
    p.cells['t2.fees.amount'] = { na: '—' };
    expect(only(p, 'G-NA')).toEqual([]);
  });
});

describe('N-CONTRADICT', () => {
  const withSentence = (section: 'overview' | 'problems' | 'other', sentence: string, patch: Record<string, number> = {}) => {
    const p = sample();
    p.sections[section] += `\n${sentence}`;
    Object.assign(p.cells, patch);
    return p;
  };

  it('the sample (59 requests, 2 suits, nothing carried forward) contradicts nothing it says', () => {
    expect(only(sample(), 'N-CONTRADICT')).toEqual([]);
  });

  it('所有申请均已按时办结 while requests are carried forward: quotes the sentence, names the cell', () => {
    const p = withSentence('overview', '全年所有申请均已按时办结，群众满意率100%。', { 't3.carriedForward.naturalPerson': 2, 't3.carriedForward.total': 2 });
    expect(only(p, 'N-CONTRADICT').map((f) => [f.section, f.severity, f.cells, f.message])).toEqual([
      [
        'overview',
        'warning',
        ['t3.carriedForward.total'],
        '一、总体情况第 14 段写“全年所有申请均已按时办结，群众满意率100%。”（申请均已办结），但表三 四、结转下年度继续办理 · 总计为 2：请改正文字或表格',
      ],
    ]);
    p.cells['t3.carriedForward.total'] = 0;
    expect(only(p, 'N-CONTRADICT')).toEqual([]);
  });

  it('未收到政府信息公开申请 while 新收 > 0; a claim about organisations only reads their columns', () => {
    const f = only(withSentence('overview', '本年度未收到政府信息公开申请。'), 'N-CONTRADICT');
    expect(f.map((x) => [x.cells, x.message])).toEqual([
      [['t3.received.total'], '一、总体情况第 14 段写“本年度未收到政府信息公开申请。”（本年未收到政府信息公开申请），但表三 一、本年新收政府信息公开申请数量 · 总计为 59：请改正文字或表格'],
    ]);
    // All 59 came from natural persons: no organisation asked, so this is true.
    expect(only(withSentence('overview', '未收到法人或者其他组织对依申请公开政府信息的申请。'), 'N-CONTRADICT')).toEqual([]);
    expect(only(withSentence('overview', '未收到公民的依申请公开政府信息的申请。'), 'N-CONTRADICT')[0]!.cells).toEqual(['t3.received.naturalPerson']);
  });

  it('未发生行政复议/行政诉讼 against 表四, each clause for itself', () => {
    const p = withSentence('problems', '全年未发生与政府信息公开相关的行政复议或行政诉讼。');
    expect(only(p, 'N-CONTRADICT').map((f) => [f.section, f.cells, f.message])).toEqual([
      [
        'problems',
        ['t4.suitDirect.total', 't4.suitAfterReview.total'],
        '五、存在的主要问题及改进情况第 2 段写“全年未发生与政府信息公开相关的行政复议或行政诉讼。”（未发生行政诉讼），但表四 行政诉讼·未经复议直接起诉 · 总计为 2：请改正文字或表格',
      ],
    ]);
    p.cells['t4.review.upheld'] = 1;
    p.cells['t4.review.total'] = 1;
    expect(only(p, 'N-CONTRADICT').map((f) => f.cells)).toEqual([['t4.review.total'], ['t4.suitDirect.total', 't4.suitAfterReview.total']]);
    // A suit lost is another claim: 未发生败诉 says nothing about how many suits there were.
    expect(only(withSentence('problems', '未发生行政诉讼败诉案件。'), 'N-CONTRADICT')).toEqual([]);
  });

  it('kin: 无结转, 未发出收费通知; statements about other matters are left alone', () => {
    const p = withSentence('other', '本年度没有结转到下一年度办理的申请；未发出收费通知。', {
      't3.carriedForward.naturalPerson': 1,
      't3.carriedForward.total': 1,
      't3.otherHandling.feeUnpaid.naturalPerson': 1,
      't3.otherHandling.feeUnpaid.total': 1,
    });
    expect(only(p, 'N-CONTRADICT').map((f) => f.cells)).toEqual([['t3.carriedForward.total'], ['t3.otherHandling.feeUnpaid.total']]);
    const q = withSentence('other', '人大代表建议、政协提案已全部办结。我办全年未收到行政许可申请。', { 't3.carriedForward.total': 3 });
    expect(only(q, 'N-CONTRADICT')).toEqual([]);
  });
});

describe('N-NUMBERS: the figures reviewers compare beyond the 表三 totals', () => {
  // The sample: （七）总计 59, 行政许可 31510, 行政处罚 0, 规范性文件 0, 行政事业性收费 39910.33 万元, 诉讼 2.
  it.each([
    ['全年共办结依申请公开申请59件', []],
    ['全年共办结依申请公开申请58件', [['t3.resultTotal.total'], 58, 59]],
    ['依申请公开申请均按时答复，答复57件', [['t3.resultTotal.total'], 57, 59]],
    ['办理人大代表建议、政协提案共计16件，已全部办结16件', []],
    ['全年作出行政许可决定31510件', []],
    ['全年作出行政许可决定31500件', [['t2.licensing.decisions'], 31500, 31510]],
    ['公开行政许可信息1234条', []],
    ['作出行政处罚决定3件', [['t2.penalties.decisions'], 3, 0]],
    ['本年制发行政规范性文件2件', [['t2.normativeDocuments.issued'], 2, 0]],
    ['发生行政复议案件1起', [['t4.review.total'], 1, 0]],
    ['被提起行政诉讼2起', []],
    ['行政事业性收费39910.33万元', []],
    ['行政事业性收费399103300元', []],
    ['行政事业性收费39910万元', [['t2.fees.amount'], 39910, 39910.33]],
  ] as const)('%s', (sentence, expected) => {
    const p = sample();
    p.sections.overview += `\n${sentence}。`;
    const f = validate(p).filter((x) => x.rule === 'N-NUMBERS');
    if (!expected.length) expect(f).toEqual([]);
    else expect(f.map((x) => [x.cells, x.lhs, x.rhs])).toEqual([expected]);
  });

  it('quotes the sentence, its figure and the table’s', () => {
    const p = sample();
    p.sections.other += '\n本年度行政事业性收费12000元，全部按标准收取。';
    p.cells['t2.fees.amount'] = 1.3;
    expect(only(p, 'N-NUMBERS').map((f) => f.message)).toEqual([
      '六、其他需要报告的事项第 7 段“本年度行政事业性收费12000元，全部按标准收取。”中写“行政事业性收费12000元”（即 1.2 万元），但表二 行政事业性收费 · 本年收费金额（单位：万元）为 1.3 万元，相差 0.1 万元',
    ]);
  });
});

it('N-NUMBERS: a table left blank (a copy cut off before it) is not contradicted by the prose', () => {
  const p = sample();
  p.sections.overview += '\n全年作出行政处罚决定3件。';
  p.cells['t2.penalties.decisions'] = null;
  expect(only(p, 'N-NUMBERS')).toEqual([]);
});

describe('N-TEXT', () => {
  const text = (sentence: string, section: 'overview' | 'problems' | 'other' = 'problems') => {
    const p = sample();
    p.sections[section] += `\n${sentence}`;
    return only(p, 'N-TEXT').map((f) => [f.section, f.message]);
  };

  it('the sample (a published report) has none', () => {
    expect(only(sample(), 'N-TEXT')).toEqual([]);
  });

  it('a doubled word, quoted with its paragraph and the correct form', () => {
    expect(text('进一步加强资金资金管理。')).toEqual([['problems', '五、存在的主要问题及改进情况词语重复：第 2 段“进一步加强资金资金管理。”，应为“进一步加强资金管理。”']]);
    expect(text('我们的的工作。')[0]![1]).toContain('应为“我们的工作。”');
    // Numbers and ordinary words are not doubled words.
    expect(text('一个一个落实，天天更新，2020年2020年度。')).toEqual([]);
  });

  it('ASCII punctuation in a text that otherwise uses the full-width marks', () => {
    expect(text('本报告共六部分,第一部分为总体情况。')).toEqual([['problems', '五、存在的主要问题及改进情况中文中混用半角标点：第 2 段“本报告共六部分,第一部分为总”，应为“本报告共六部分，第一部分为总”']]);
    // A copy that uses the ASCII comma throughout (a normalised web page) is consistent, not a slip;
    // a decimal point or a time is not punctuation.
    const p = sample();
    p.sections.problems = '本年度问题有三,一是公开不及时,二是解读不够。增长3.5%,9:30开始';
    expect(only(p, 'N-TEXT')).toEqual([]);
  });

  it('unmatched brackets and quotes; list numbers like “1)” are not', () => {
    expect(text('参照《山东省政务公开工作要点的通知，细化措施。')).toEqual([['problems', '五、存在的主要问题及改进情况括号或引号不成对：第 2 段“参照《山东省政务公”']]);
    expect(text('坚持“先审查、后公开的原则。')[0]![1]).toContain('括号或引号不成对：第 2 段“坚持“先审查、后公”');
    expect(text('（一）主动公开）方面。')[0]![1]).toContain('第 2 段“一）主动公开）方面。”');
    expect(text('措施有：1)加强培训；2)完善制度。（见附件）')).toEqual([]);
  });

  it('a broken 文号 and a broken date, with the correct form', () => {
    expect(text('按照市政府办公室《通知》（临政办字〔202130号）要求。', 'other')).toEqual([
      ['other', '六、其他需要报告的事项文号格式有误：第 7 段“知》（临政办字〔202130号）要求。”，应为“知》（临政办字〔2021〕30号）要求。”'],
    ]);
    expect(text('依据鲁政办发[2021]30号文件。')[0]![1]).toContain('应为“依据鲁政办发〔2021〕30号文件。”');
    expect(text('依据鲁政办发(2021)30号文件。')[0]![1]).toContain('应为“依据鲁政办发〔2021〕30号文件。”');
    expect(text('依据鲁政办发〔2021〕30号文件，自2025年1月1日起施行。')).toEqual([]);
    expect(text('本制度自202511日起施行。')).toEqual([['problems', '五、存在的主要问题及改进情况日期残缺：第 2 段“本制度自202511日起施行。”，应为“本制度自2025年1月1日起施行。”']]);
    expect(text('统计期限为 2025  1  1  日至今。')[0]![1]).toContain('应为“统计期限为 2025年1月1日至今。”');
    expect(text('自2025112日起。')[0]![1]).toContain('应为“自2025年1月12日或2025年11月2日起。”');
  });

  it('finds every broken 文号 and date the published-copy check (发布核对) finds: one detector', () => {
    expect(text('依据鲁政办发〔2024〕第5号文件。')[0]![1]).toContain('应为“依据鲁政办发〔2024〕5号文件。”');
    // Full-width figures, as a copy from a PDF gives them; a date missing only its 年.
    expect(text('依据国办公开办函（２０２１）３０号文件。')).toEqual([
      ['problems', '五、存在的主要问题及改进情况文号格式有误：第 2 段“据国办公开办函（２０２１）３０号文件。”，应为“据国办公开办函〔2021〕30号文件。”'],
    ]);
    expect(text('该文件于20251月20日印发。')).toEqual([['problems', '五、存在的主要问题及改进情况日期残缺：第 2 段“该文件于20251月20日印发。”，应为“该文件于2025年1月20日印发。”']]);
    expect(text('依据国办公开办函〔２０２１〕３０号文件。')).toEqual([]);
    expect(text('自20250101日起。')[0]![1]).toContain('应为“自2025年1月1日起。”');
    const sentence = '按照国办公开办函[2021]30号、鲁政办发2021〕5号和临政办字〔20213号，自202511日至2025  12  31  日。';
    const p = sample();
    p.sections.other += `\n${sentence}`;
    const listed = only(p, 'N-TEXT').filter((f) => f.section === 'other').map((f) => f.message).join('\n');
    for (const c of findBrokenCitations(sentence)) expect(listed, c.quote).toContain(c.quote);
    expect(findBrokenCitations(sentence)).toHaveLength(5);
  });
});
