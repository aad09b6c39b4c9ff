// Broken 文号 and dates as content systems leave them (issue 12): each found with its quote and,
// where only one reading exists, the correct form; correct text is left alone.
import { describe, expect, it } from 'vitest';
import { describeCitation, findBrokenCitations } from '../../src/shared/text/citations';

const found = (text: string) => findBrokenCitations(text).map((p) => [p.kind, p.quote, p.correct ?? null]);

describe('findBrokenCitations', () => {
  it('leaves correct 文号 and dates alone', () => {
    expect(found('《中华人民共和国政府信息公开工作年度报告格式》（国办公开办函〔2021〕30号）')).toEqual([]);
    expect(found('本报告所列数据的统计期限自2025年1月1日起，至2025年12月31日止。')).toEqual([]);
    expect(found('共受理申请59件，办结202件，2024年第30号公告。')).toEqual([]);
    expect(found('全年发布信息20251条，12月31日前办结。')).toEqual([]);
  });

  it('finds a 文号 whose closing bracket was dropped, and gives the correct form', () => {
    const [p] = findBrokenCitations('《中华人民共和国政府信息公开工作年度报告格式》（国办公开办函〔202130号）要求');
    expect(p).toMatchObject({ kind: 'docNumber', quote: '国办公开办函〔202130号', correct: '国办公开办函〔2021〕30号' });
    expect(describeCitation(p!)).toBe('“国办公开办函〔202130号”：文号的年份括号不完整（缺少后括号“〕”），应为“国办公开办函〔2021〕30号”');
  });

  it.each([
    ['按照国办公开办函[2021]30号要求', '国办公开办函[2021]30号', '国办公开办函〔2021〕30号'],
    ['根据国办公开办函（2021）30号', '国办公开办函（2021）30号', '国办公开办函〔2021〕30号'],
    ['详见[2021]30号', '[2021]30号', '〔2021〕30号'],
    ['国办公开办函202130号', '国办公开办函202130号', '国办公开办函〔2021〕30号'],
    ['国办公开办函2021〕30号', '国办公开办函2021〕30号', '国办公开办函〔2021〕30号'],
    ['鲁政办发〔2024〕第5号', '鲁政办发〔2024〕第5号', '鲁政办发〔2024〕5号'],
    ['京政办规202112号', '京政办规202112号', '京政办规〔2021〕12号'],
    ['沪府202112号', '沪府202112号', '沪府〔2021〕12号'],
    ['国办公开办函〔２０２１〕３０号', null, null],
  ])('文号: %s', (text, quote, correct) => {
    expect(found(text)).toEqual(quote ? [['docNumber', quote, correct]] : []);
  });

  it('finds dates whose 年 and 月 were stripped, reading them when only one reading exists', () => {
    expect(found('本报告所列数据的统计期限自202511日起，至20251231日止。')).toEqual([
      ['date', '202511日', '2025年1月1日'],
      ['date', '20251231日', '2025年12月31日'],
    ]);
    expect(found('于20251月20日发布')).toEqual([['date', '20251月20日', '2025年1月20日']]);
    expect(found('于2025年120日发布')).toEqual([['date', '2025年120日', '2025年1月20日']]);
    // 2025112日: 1月12日 or 11月2日 — reported, not guessed.
    const [amb] = findBrokenCitations('于2025112日印发');
    expect(amb).toMatchObject({ kind: 'date', quote: '2025112日' });
    expect(amb!.correct).toBeUndefined();
    expect(amb!.problem).toContain('2025年1月12日或2025年11月2日');
    expect(amb!.readings).toEqual(['2025年1月12日', '2025年11月2日']);
    // Leading zeros only when nothing else reads as a date: 2025年01月01日 garbled, and 10月1日 (not 1月01日).
    expect(found('自20250101日起，于2025011日、2025101日')).toEqual([
      ['date', '20250101日', '2025年1月1日'],
      ['date', '2025011日', '2025年1月1日'],
      ['date', '2025101日', '2025年10月1日'],
    ]);
  });

  it('finds a date whose 年 and 月 were dropped but whose figures stayed spaced apart', () => {
    expect(found('统计期限为 2025  1  1  日至今，2025\u30001\u300031日止。')).toEqual([
      ['date', '2025  1  1  日', '2025年1月1日'],
      ['date', '2025\u30001\u300031日', '2025年1月31日'],
    ]);
    // Not a date (2 月 has no 30th), and a table's spaced figures are not dates.
    expect(found('2025  2  30  日；共 2025  12  件')).toEqual([]);
  });

  it('reports each problem once, in reading order, with its offset', () => {
    const text = '依据国办公开办函〔202130号，统计期限自202511日起。';
    const problems = findBrokenCitations(text);
    expect(problems.map((p) => p.kind)).toEqual(['docNumber', 'date']);
    for (const p of problems) expect(text.slice(p.index, p.index + p.quote.length)).toBe(p.quote);
  });
});
