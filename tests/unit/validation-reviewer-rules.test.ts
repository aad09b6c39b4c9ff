// The checks reviewers and evaluators make beyond the table arithmetic (issue 14): each rule
// from both sides on the sample report, with the quote, the place and the cells it names.
import { describe, expect, it } from 'vitest';
import { validate, type Project } from '../../src/shared';
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
