// The prose rules skip text before running their patterns (issue 15: a roll-up validates
// 10,000 reports' prose). A skip is only sound if every match of the pattern passes the quick
// test; these properties try random text built from the words the patterns look for.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CLAIMS, MAY_CLAIM } from '../../src/shared/validation/rules/contradict';
import { FIGURE, NUMBER_PHRASES } from '../../src/shared/validation/rules/narrative-numbers';
import { findBrokenCitations } from '../../src/shared/text/citations';

/** Pieces of the sentences the rules read, so random text often matches their patterns. */
const WORDS = [
  '共', '收到', '政府信息公开', '申请', '依申请公开', '予以公开', '部分公开', '不予公开', '无法提供', '不予处理', '其他处理',
  '结转', '下一年度', '上年', '办结', '答复', '办理完毕', '所有', '全部', '均', '未', '没有', '无', '发生', '行政复议', '复议',
  '行政诉讼', '诉讼', '起', '件', '个', '部', '条', '宗', '元', '万元', '制发', '行政规范性文件', '规章', '行政许可', '行政处罚',
  '行政强制', '行政事业性收费', '收费通知', '发出', '，', '。', '；', ' ', '为', '0', '1', '12', '3.5', '2021', '〔', '〕', '[', ']',
  '号', '年', '月', '日', '国办公开办函', '本机关',
];
/** The heads of the phrases and claims, so that random text reaches each of them. */
const HEADS = [
  '共处理依申请公开', '共收到政府信息公开申请', '上年度结转', '予以公开', '部分公开', '不予公开', '无法提供', '不予处理', '其他处理',
  '结转至下一年度', '已办结', '被申请行政复议', '被提起行政诉讼', '制发行政规范性文件', '现行有效的规范性文件', '制定规章',
  '作出行政许可决定', '行政处罚案件', '实施行政强制措施', '行政事业性收费金额', '所有申请均已办结', '未收到政府信息公开申请',
  '依申请公开为0件', '没有结转到下年', '未发生行政复议', '未发生行政诉讼', '未发出收费通知',
];
const phrase = fc
  .tuple(fc.constantFrom(...HEADS), fc.constantFrom('', '共', '，', ' '), fc.constantFrom('', '0', '7', '12', '3.5'), fc.constantFrom('', '件', '起', '个', '部', '元', '万元', '号', '日'))
  .map((t) => t.join(''));
const prose = fc.array(fc.oneof(fc.constantFrom(...WORDS), phrase), { maxLength: 10 }).map((w) => w.join(''));

describe('prose rule pre-filters', () => {
  it('N-CONTRADICT: every clause a claim matches contains one of its words', () => {
    const matched = new Set<string>();
    fc.assert(
      fc.property(prose, (clause) => {
        for (const c of CLAIMS) {
          if (!c.pattern.test(clause)) continue;
          matched.add(c.id);
          expect(c.anyOf.some((w) => clause.includes(w)), `${c.id}: ${clause}`).toBe(true);
          expect(MAY_CLAIM.test(clause), `${c.id}: ${clause}`).toBe(true);
        }
      }),
      { numRuns: 5000 },
    );
    // The property is only worth something if the random text reaches every claim.
    expect([...matched].sort()).toEqual(CLAIMS.map((c) => c.id).sort());
  });

  it('N-NUMBERS: every sentence a phrase matches states a figure with its unit', () => {
    const matched = new Set<number>();
    fc.assert(
      fc.property(prose, (sentence) => {
        NUMBER_PHRASES.forEach((p, i) => {
          p.pattern.lastIndex = 0;
          if (!p.pattern.test(sentence)) return;
          matched.add(i);
          expect(FIGURE.test(sentence), sentence).toBe(true);
          expect(p.anyOf.some((w) => sentence.includes(w)), `${i}: ${sentence}`).toBe(true);
        });
      }),
      { numRuns: 5000 },
    );
    expect(matched.size).toBe(NUMBER_PHRASES.length);
  });

  it('the 文号 and date detector still finds every broken form after its quick test', () => {
    const broken = ['国办公开办函〔202130号', '国办公开办函2021〕30号', '国办公开办函[2021]30号', '国办公开办函202130号', '自202511日起', '2025  1  1 日', '20251月1日'];
    for (const b of broken) expect(findBrokenCitations(`本机关依据${b}开展工作。`).length, b).toBe(1);
  });
});
