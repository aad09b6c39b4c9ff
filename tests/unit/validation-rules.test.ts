// Every rule from both sides: the sample report (clean) holds, one edit breaks it, and the
// finding names exactly the cells and the numbers.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { RULES, deriveTotals, narrate, summarize, validate, type PriorYear, type Project, type ValidateOptions } from '../../src/shared';
import { ENFORCEMENT_AGENCIES, NO_POWER_AGENCIES, agencyType } from '../../src/shared/validation/rules/license-scope';
import { importReport } from '../../src/main/import';

import { sampleProject as sample } from './support/sample';

const only = (p: Project, rule: string, opts: ValidateOptions = {}) => validate(p, opts).filter((f) => f.rule === rule);
const cols = ['naturalPerson', 'business', 'research', 'publicInterest', 'legalService', 'otherOrg', 'total'];
const priorOf = (p: Project, patch: Record<string, number> = {}, year = p.meta.year - 1): PriorYear => ({
  issuer: p.meta.issuer,
  year,
  source: 'test',
  cells: { ...p.cells, ...patch },
  sections: {},
});

it('the engine names every finding with its rule’s Chinese name (title)', () => {
  const p = sample();
  p.cells['t3.granted.naturalPerson'] = 1.5;
  p.sections.overview = '【请填写】';
  const findings = validate(p);
  expect(findings.length).toBeGreaterThan(3);
  const nameOf = new Map(RULES.map((r) => [r.id, r.name]));
  for (const f of findings) expect(f.title, f.rule).toBe(nameOf.get(f.rule));
});

it('the sample report has no findings at all', () => {
  expect(validate(sample())).toEqual([]);
});

it('every rule has a distinct id, a short distinct Chinese name, a severity and a Chinese title, and the README lists it', () => {
  expect(new Set(RULES.map((r) => r.id)).size).toBe(RULES.length);
  expect(new Set(RULES.map((r) => r.name)).size).toBe(RULES.length);
  for (const r of RULES) expect(r.name, r.id).toMatch(/^[\u4e00-\u9fff][\u4e00-\u9fff、]{2,11}$/);
  const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
  for (const r of RULES) {
    expect(r.title).toMatch(/[\u4e00-\u9fff]/);
    expect(readme).toContain(`| \`${r.id}\` | ${r.name} | ${r.severity === 'error' ? '错误（H）' : '提示（S）'} | ${r.title} |`);
  }
});

describe('G-INT / G-MONEY / G-MONEY-PREC / G-BLANK', () => {
  it('G-INT: junk, negative and fractional counts, each at its cell', () => {
    const p = sample();
    p.cells['t3.denied.stateSecret.business'] = { raw: '五' };
    p.cells['t2.licensing.decisions'] = -1;
    p.cells['t4.review.pending'] = 2.5;
    p.cells['t2.regulations.issued'] = { na: '/' };
    const f = only(p, 'G-INT');
    expect(f.map((x) => [x.cells, x.section, x.severity, x.message])).toEqual([
      [['t2.licensing.decisions'], 'proactive', 'error', '表二 行政许可 · 本年处理决定数量：-1 是负数，件数不能小于 0'],
      [['t3.denied.stateSecret.business'], 'requests', 'error', '表三 （三）1.属于国家秘密 · 商业企业：填写的“五”不是数字'],
      [['t4.review.pending'], 'litigation', 'error', '表四 行政复议 · 尚未审结：2.5 不是整数，件数应为整数'],
    ]);
  });

  it('G-MONEY: junk and negative amounts; n/a and decimals are fine', () => {
    const p = sample();
    expect(only(p, 'G-MONEY')).toEqual([]);
    p.cells['t2.fees.amount'] = { raw: '3.5万' };
    expect(only(p, 'G-MONEY').map((f) => [f.cells, f.message])).toEqual([
      [['t2.fees.amount'], '表二 行政事业性收费 · 本年收费金额（单位：万元）：填写的“3.5万”不是金额，应填写以万元为单位的数字'],
    ]);
    p.cells['t2.fees.amount'] = -0.5;
    expect(only(p, 'G-MONEY')[0]!.message).toContain('-0.5 是负数');
    p.cells['t2.fees.amount'] = { na: '/' };
    expect(only(p, 'G-MONEY')).toEqual([]);
  });

  it('G-MONEY-PREC: more than 4 decimals, or 元 typed into 万元 for the issuer level', () => {
    const p = sample();
    p.cells['t2.fees.amount'] = 0.0035;
    expect(only(p, 'G-MONEY-PREC')).toEqual([]);
    p.cells['t2.fees.amount'] = 0.00355;
    expect(only(p, 'G-MONEY-PREC')).toMatchObject([{ severity: 'warning', cells: ['t2.fees.amount'], message: '表二 行政事业性收费 · 本年收费金额（单位：万元）：0.00355 万元有 5 位小数，超过 4 位（精确到 1 元）' }]);
    p.cells['t2.fees.amount'] = 20000;
    expect(only(p, 'G-MONEY-PREC')).toEqual([]);
    p.meta.issuerLevel = 'township';
    expect(only(p, 'G-MONEY-PREC')[0]!.message).toContain('20000 万元（即 200,000,000 元）对本机关而言数额异常');
  });

  it('G-BLANK: one finding per table listing its blank cells, counting only cells a clerk can type', () => {
    const p = sample();
    p.cells['t4.suitAfterReview.total'] = null; // computed: never "unfilled" on its own
    p.cells['t4.review.upheld'] = null;
    p.cells['t4.suitAfterReview.pending'] = null;
    const f = only(p, 'G-BLANK');
    expect(f).toHaveLength(1);
    expect(f[0]).toMatchObject({
      severity: 'warning',
      section: 'litigation',
      cells: ['t4.review.upheld', 't4.suitAfterReview.pending'],
      message: '表四（政府信息公开行政复议、行政诉讼情况）有 2 个单元格未填写（导出时按 0 填写；如确为 0 请填 0）：行政复议 · 结果维持，行政诉讼·复议后起诉 · 尚未审结',
    });
  });

  it('G-BLANK: a new report’s 表三 counts its 144 typeable cells, not the 175 with totals', () => {
    const p = sample();
    for (const k of Object.keys(p.cells)) if (k.startsWith('t3.')) p.cells[k] = null;
    expect(only(p, 'G-BLANK')[0]!.message).toMatch(/^表三（收到和处理政府信息公开申请情况）有 144 个单元格未填写/);
  });

  it('G-INT: a decimal typed in a part is reported at that cell, not at the totals computed from it', () => {
    const q = sample();
    q.cells['t3.granted.naturalPerson'] = 1208.5;
    q.cells = deriveTotals(q.cells);
    expect(q.cells['t3.granted.total']).not.toSatisfy(Number.isInteger);
    expect(only(q, 'G-INT').map((f) => f.cells)).toEqual([['t3.granted.naturalPerson']]);
    // A stored total with a decimal of its own (an imported report) is still reported.
    const r = sample();
    r.cells['t3.granted.total'] = 48.5;
    expect(only(r, 'G-INT').map((f) => f.cells)).toEqual([['t3.granted.total']]);
  });
});

describe('T3-BAL / T3-SUM7 / T3-ROWTOT', () => {
  it('T3-BAL: the spec §6 example, with the stored (七)总计', () => {
    const p = sample();
    p.cells['t3.resultTotal.naturalPerson'] = 48;
    const [f] = only(p, 'T3-BAL');
    expect(f).toMatchObject({
      severity: 'error',
      section: 'requests',
      cells: ['t3.received.naturalPerson', 't3.carriedOver.naturalPerson', 't3.resultTotal.naturalPerson', 't3.carriedForward.naturalPerson'],
      lhs: 59,
      rhs: 48,
      difference: 11,
      message: '表三自然人列：一（59）+ 二（0）= 59，但（七）总计（48）+ 四（0）= 48，相差 11',
    });
    expect(only(p, 'T3-BAL')).toHaveLength(1);
  });

  it('T3-BAL: a blank cell shows as 空 and still counts as 0', () => {
    const p = sample();
    p.cells['t3.carriedForward.total'] = 4;
    p.cells['t3.carriedOver.total'] = null;
    expect(only(p, 'T3-BAL')[0]!.message).toBe('表三总计列：一（59）+ 二（空）= 59，但（七）总计（59）+ 四（4）= 63，相差 4');
  });

  it('T3-BAL: the itemised results must balance when the stored total is stale', () => {
    const p = sample();
    p.cells['t3.granted.naturalPerson'] = 47;
    const [f] = only(p, 'T3-BAL');
    expect(f!.lhs).toBe(59);
    expect(f!.rhs).toBe(58);
    expect(f!.difference).toBe(1);
    expect(f!.cells).toHaveLength(25);
    expect(f!.cells).toContain('t3.granted.naturalPerson');
    expect(f!.message).toBe(
      '表三自然人列：一（59）+ 二（0）= 59，但三、本年度办理结果各项（一）予以公开（47）+ （二）部分公开（0）+ （三）不予公开（0）+ （四）无法提供（11）+ （五）不予处理（0）+ （六）其他处理（0）= 58，加四（0）= 58，相差 1（（七）总计填为 59，与各项之和不符）',
    );
  });

  it('T3-SUM7: (七)总计 against its 22 parts, per column', () => {
    const p = sample();
    p.cells['t3.granted.naturalPerson'] = 47;
    const f = only(p, 'T3-SUM7');
    expect(f).toHaveLength(1);
    expect(f[0]!.cells).toEqual([
      ...['granted', 'partlyGranted', 'denied.stateSecret', 'denied.prohibitedByLaw', 'denied.securityStability', 'denied.thirdPartyRights', 'denied.internalAffairs', 'denied.processInformation', 'denied.enforcementFile', 'denied.queryMatter', 'unavailable.notHeld', 'unavailable.needsCreation', 'unavailable.stillUnclear', 'notProcessed.complaint', 'notProcessed.duplicate', 'notProcessed.publication', 'notProcessed.excessive', 'notProcessed.confirmation', 'otherHandling.noCorrection', 'otherHandling.feeUnpaid', 'otherHandling.other', 'resultTotal'].map((r) => `t3.${r}.naturalPerson`),
    ]);
    expect(f[0]).toMatchObject({ lhs: 59, rhs: 58, difference: 1 });
    expect(f[0]!.message).toBe('表三自然人列：（七）总计（59）≠ （一）予以公开（47）+ （二）部分公开（0）+ （三）不予公开（0）+ （四）无法提供（11）+ （五）不予处理（0）+ （六）其他处理（0）= 58，相差 1');
  });

  it('T3-ROWTOT: 总计 against the six applicant columns, per row', () => {
    const p = sample();
    p.cells['t3.denied.thirdPartyRights.legalService'] = 2;
    const f = only(p, 'T3-ROWTOT');
    expect(f).toHaveLength(1);
    expect(f[0]).toMatchObject({
      cells: cols.map((c) => `t3.denied.thirdPartyRights.${c}`),
      lhs: 0,
      rhs: 2,
      difference: -2,
      message: '表三“（三）4.保护第三方合法权益”行：自然人（0）+ 商业企业（0）+ 科研机构（0）+ 社会公益组织（0）+ 法律服务机构（2）+ 其他（0）= 2，但总计为 0，相差 2',
    });
  });
});

describe('T3-CARRY / T3-CARRYPLAUS / T3-FEE-LINK / T3-PARTIAL', () => {
  it('T3-CARRY with a prior year: hard, per column, holds when equal', () => {
    const p = sample();
    expect(only(p, 'T3-CARRY', { prior: priorOf(p) })).toEqual([]);
    const prior = priorOf(p, { 't3.carriedForward.naturalPerson': 2, 't3.carriedForward.total': 2 });
    const f = only(p, 'T3-CARRY', { prior });
    expect(f.map((x) => [x.severity, x.cells, x.lhs, x.rhs, x.difference])).toEqual([
      ['error', ['t3.carriedOver.naturalPerson'], 0, 2, -2],
      ['error', ['t3.carriedOver.total'], 0, 2, -2],
    ]);
    expect(f[0]!.message).toBe('表三自然人列：二、上年结转政府信息公开申请数量（0）≠ 2023 年度报告的四、结转下年度继续办理（2），相差 2');
  });

  it('T3-CARRY reads project.prior when no prior is passed, and options.prior wins', () => {
    const p = sample();
    p.prior = priorOf(p, { 't3.carriedForward.total': 1 });
    expect(only(p, 'T3-CARRY').map((f) => f.cells)).toEqual([['t3.carriedOver.total']]);
    expect(only(p, 'T3-CARRY', { prior: priorOf(p) })).toEqual([]);
  });

  it('T3-CARRY without a prior year: a non-zero carry-over is only queried', () => {
    const p = sample();
    expect(only(p, 'T3-CARRY')).toEqual([]);
    p.cells['t3.carriedOver.naturalPerson'] = 3;
    p.cells['t3.carriedOver.total'] = 3;
    expect(only(p, 'T3-CARRY')).toMatchObject([
      {
        severity: 'warning',
        cells: cols.map((c) => `t3.carriedOver.${c}`),
        message: '表三“二、上年结转政府信息公开申请数量”填有 自然人（3）、总计（3），但未关联 2023 年度报告：请核对是否与上年度报告表三“四、结转下年度继续办理”逐列一致',
      },
    ]);
  });

  it('T3-CARRY: a prior report of the wrong year is not compared', () => {
    const p = sample();
    const f = only(p, 'T3-CARRY', { prior: priorOf(p, { 't3.carriedForward.total': 5 }, 2022) });
    expect(f).toMatchObject([{ severity: 'warning', message: '关联的上年度报告是 2022 年度的，不是 2023 年度，未比对“二、上年结转政府信息公开申请数量”：请关联 2023 年度报告' }]);
  });

  it('T3-CARRYPLAUS: 四 above half of 一', () => {
    const p = sample();
    p.cells['t3.carriedForward.total'] = 29;
    expect(only(p, 'T3-CARRYPLAUS')).toEqual([]);
    p.cells['t3.carriedForward.total'] = 30;
    expect(only(p, 'T3-CARRYPLAUS')).toMatchObject([
      {
        severity: 'warning',
        cells: ['t3.received.total', 't3.carriedForward.total'],
        lhs: 30,
        rhs: 29.5,
        message: '表三总计列：四、结转下年度继续办理（30）超过一、本年新收政府信息公开申请数量（59）的一半（29.5）。结转的通常只是年末收到、尚在答复期限内的申请，请核实',
      },
    ]);
  });

  it('T3-FEE-LINK: unpaid fee notices need section 六 to talk about the fee', () => {
    const p = sample();
    p.cells['t3.otherHandling.feeUnpaid.business'] = 1;
    expect(only(p, 'T3-FEE-LINK')).toEqual([]); // 六 says 未有信息处理费收费情况
    p.sections.other = p.sections.other.replace('1.未有信息处理费收费情况。\n', '');
    const [f] = only(p, 'T3-FEE-LINK');
    expect(f!.cells).toEqual(cols.map((c) => `t3.otherHandling.feeUnpaid.${c}`));
    expect(f!.message).toBe('表三“（六）2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请”有 1 件，但第六部分没有提到信息处理费或收费通知：请说明发出收费通知的件数、金额和实际收取的金额');
  });

  it('T3-FEE-LINK: a collected amount must be one the fee schedule can produce', () => {
    const p = sample();
    p.sections.other = p.sections.other.replace('1.未有信息处理费收费情况。', '1.本年度收取信息处理费 350 元。');
    expect(only(p, 'T3-FEE-LINK')).toEqual([]);
    p.sections.other = p.sections.other.replace('350 元', '355 元');
    expect(only(p, 'T3-FEE-LINK').map((f) => f.message)).toEqual([
      '第六部分写“信息处理费 355 元”：355 元不是 10 元的整数倍，按收费标准（按件 100 元、按页 10/20/40 元）无法得出，请核实',
    ]);
  });

  it('T3-PARTIAL: the prose mentions partial disclosure but （二） is zero', () => {
    const p = sample();
    p.sections.overview += '\n对涉及第三方的申请作部分公开处理。';
    expect(only(p, 'T3-PARTIAL')).toMatchObject([{ severity: 'warning', cells: cols.map((c) => `t3.partlyGranted.${c}`) }]);
    p.cells['t3.partlyGranted.naturalPerson'] = 1;
    expect(only(p, 'T3-PARTIAL')).toEqual([]);
    const q = sample();
    q.sections.overview += '\n本年度无部分公开情形。';
    expect(only(q, 'T3-PARTIAL')).toEqual([]);
  });

  it('T3-PARTIAL: each negation (无 / 没有 / 未 / 不存在) and an explicit zero silence it; anything else does not', () => {
    for (const said of ['本年度无部分公开情形。', '本年度没有部分公开的申请。', '本年度未部分公开。', '本年度不存在部分公开情形。', '部分公开0件。']) {
      const p = sample();
      p.sections.overview += `\n${said}`;
      expect(only(p, 'T3-PARTIAL'), said).toEqual([]);
    }
    for (const said of ['本年度有部分公开的申请。', '部分公开3件。']) {
      const p = sample();
      p.sections.overview += `\n${said}`;
      expect(only(p, 'T3-PARTIAL'), said).toHaveLength(1);
    }
  });
});

describe('T4-SUM / T4-REVIEW-VS-T3 / T4-DOUBLE', () => {
  it('T4-SUM: 总计 against its four results, per group', () => {
    const p = sample();
    p.cells['t4.suitDirect.total'] = 3;
    expect(only(p, 'T4-SUM')).toMatchObject([
      {
        cells: ['t4.suitDirect.upheld', 't4.suitDirect.corrected', 't4.suitDirect.other', 't4.suitDirect.pending', 't4.suitDirect.total'],
        lhs: 3,
        rhs: 2,
        difference: 1,
        message: '表四行政诉讼·未经复议直接起诉：结果维持（2）+ 结果纠正（0）+ 其他结果（0）+ 尚未审结（0）= 2，但总计为 3，相差 1',
      },
    ]);
  });

  it('T4-REVIEW-VS-T3: more reviews than twice the decided requests', () => {
    const p = sample();
    p.cells['t4.review.total'] = 118;
    expect(only(p, 'T4-REVIEW-VS-T3')).toEqual([]);
    p.cells['t4.review.total'] = 119;
    expect(only(p, 'T4-REVIEW-VS-T3')).toMatchObject([{ cells: ['t3.resultTotal.total', 't4.review.total'], lhs: 119, rhs: 118, difference: 1 }]);
  });

  it('T4-DOUBLE: governments with suits are reminded of LIT2016', () => {
    const p = sample();
    expect(only(p, 'T4-DOUBLE')).toEqual([]);
    p.meta.issuerLevel = 'government';
    expect(only(p, 'T4-DOUBLE')).toMatchObject([{ cells: ['t4.suitDirect.total', 't4.suitAfterReview.total'] }]);
  });
});

describe('T2-VALID / T2-STOCK / T2-RULES-AUTH', () => {
  it('T2-VALID: 现行有效 below 本年制发', () => {
    const p = sample();
    Object.assign(p.cells, { 't2.normativeDocuments.issued': 5, 't2.normativeDocuments.repealed': 1, 't2.normativeDocuments.inForce': 5 });
    expect(only(p, 'T2-VALID')).toEqual([]);
    p.cells['t2.normativeDocuments.inForce'] = 3;
    expect(only(p, 'T2-VALID')).toMatchObject([
      {
        cells: ['t2.normativeDocuments.issued', 't2.normativeDocuments.repealed', 't2.normativeDocuments.inForce'],
        lhs: 3,
        rhs: 5,
        message: '表二行政规范性文件：现行有效件数（3）小于本年制发件数（5），甚至小于本年制发件数减本年废止件数（5 − 1 = 4），请核实',
      },
    ]);
  });

  it('T2-STOCK: last year’s stock + issued − repealed', () => {
    const p = sample();
    Object.assign(p.cells, { 't2.normativeDocuments.issued': 2, 't2.normativeDocuments.repealed': 1, 't2.normativeDocuments.inForce': 11 });
    const prior = priorOf(p, { 't2.normativeDocuments.inForce': 10 });
    expect(only(p, 'T2-STOCK', { prior })).toEqual([]);
    p.cells['t2.normativeDocuments.inForce'] = 12;
    expect(only(p, 'T2-STOCK', { prior })).toMatchObject([{ lhs: 12, rhs: 11, difference: 1, message: '表二行政规范性文件：2023 年现行有效件数（10）+ 本年制发件数（2）− 本年废止件数（1）= 11，但本年现行有效件数为 12，相差 1；如因修订、清理所致请说明' }]);
    expect(only(p, 'T2-STOCK')).toEqual([]); // no prior year, nothing to compare
  });

  it('T2-RULES-AUTH: 规章 from a township', () => {
    const p = sample();
    p.cells['t2.regulations.inForce'] = 1;
    expect(only(p, 'T2-RULES-AUTH')).toEqual([]);
    p.meta.issuerLevel = 'township';
    expect(only(p, 'T2-RULES-AUTH')).toMatchObject([
      { cells: ['t2.regulations.issued', 't2.regulations.repealed', 't2.regulations.inForce'], message: '表二规章填有数字（本年制发件数 0，本年废止件数 0，现行有效件数 1），但机关类型为“乡镇街道”，没有规章制定权：请确认，不适用的可填“/”' },
    ]);
  });
});

describe('T2-LICENSE-SCOPE', () => {
  const POWERS = ['t2.licensing.decisions', 't2.penalties.decisions', 't2.coercion.decisions'];
  const withIssuer = (issuer: string, powers: [number | null, number | null, number | null]) => {
    const p = sample();
    p.meta.issuer = issuer;
    POWERS.forEach((k, i) => (p.cells[k] = powers[i]!));
    return p;
  };

  it('an enforcement agency with 行政许可, 行政处罚 and 行政强制 all 0 or blank', () => {
    expect(only(withIssuer('临沂市市场监督管理局', [0, 12, 0]), 'T2-LICENSE-SCOPE')).toEqual([]);
    expect(only(withIssuer('临沂市市场监督管理局', [0, 0, null]), 'T2-LICENSE-SCOPE')).toMatchObject([
      {
        severity: 'warning',
        section: 'proactive',
        cells: POWERS,
        message:
          '表二第二十条第（五）项、第二十条第（六）项：行政许可（0）、行政处罚（0）、行政强制（空）均为 0 或未填写，但“临沂市市场监督管理局”是市场监管执法机关，通常每年都有行政许可或行政处罚决定：' +
          '请核对是否漏填或填错。确实没有的（如许可已划转行政审批服务局、处罚由综合执法部门以自己的名义作出），请在此提示中填写理由予以确认',
      },
    ]);
    // The sample's own issuer licenses: 31510 许可 holds, none at all does not.
    const p = sample();
    expect(only(p, 'T2-LICENSE-SCOPE')).toEqual([]);
    p.cells['t2.licensing.decisions'] = 0;
    expect(only(p, 'T2-LICENSE-SCOPE').map((f) => f.message)).toEqual([expect.stringContaining('“临沂市行政审批服务局”是行政许可机关')]);
  });

  it('an agency without such powers that reports some', () => {
    expect(only(withIssuer('威海市文登区信访局', [0, 0, 0]), 'T2-LICENSE-SCOPE')).toEqual([]);
    expect(only(withIssuer('威海市文登区信访局', [null, 3, 0]), 'T2-LICENSE-SCOPE')).toMatchObject([
      {
        severity: 'warning',
        cells: POWERS,
        message:
          '表二第二十条第（五）项、第二十条第（六）项：行政处罚（3）填有数字，但“威海市文登区信访局”是信访工作机构，通常没有行政许可、行政处罚或行政强制职权：' +
          '请核对是否把其他事项（如办理的信访事项、查阅档案）或其他机关的数字填入了表二。确有此类职权的，请在此提示中填写理由予以确认',
      },
    ]);
    // Not applicable ("/") is what such an agency should write: no finding.
    const na = withIssuer('某市档案馆', [0, 0, 0]);
    POWERS.forEach((k) => (na.cells[k] = { na: '/' }));
    expect(only(na, 'T2-LICENSE-SCOPE')).toEqual([]);
  });

  it('an acknowledged finding stays acknowledged until one of the three figures changes', () => {
    const p = withIssuer('某县应急管理局', [0, 0, 0]);
    const [f] = only(p, 'T2-LICENSE-SCOPE');
    p.acknowledgements.push({ rule: f!.rule, fingerprint: f!.fingerprint, reason: '安全生产执法由县综合行政执法局以其名义实施', by: '张三', at: '2025-01-10T09:00:00Z' });
    expect(only(p, 'T2-LICENSE-SCOPE')[0]!.acknowledged?.reason).toBe('安全生产执法由县综合行政执法局以其名义实施');
    p.cells['t2.coercion.decisions'] = null;
    expect(only(p, 'T2-LICENSE-SCOPE')[0]!.acknowledged).toBeUndefined();
  });

  it('raises nothing on published reports of the agency types it judges', async () => {
    // 信访局 writing “/”, a 研究室 and a 地方志办公室 leaving them blank or 0, a 农业农村局 and a
    // 卫生健康局 with 行政处罚, and the 行政审批服务局 sample: as published, all plausible.
    const reports = fileURLToPath(new URL('../fixtures/reports', import.meta.url));
    const files = [
      'holdout/yueyang-petitions-2021.txt',
      'holdout/wendeng-petitions-2022-pdf-page8.txt',
      'holdout/xiaogan-research-2019-trial-table.txt',
      'holdout/zhanjiang-gazetteer-2023.txt',
      'baokang-agriculture-2021-annotated-label.txt',
      'holdout/daixian-health-2024.txt',
      'linyi-approval-bureau-2024.txt',
    ];
    for (const file of files) {
      const r = await importReport(join(reports, file));
      if (!r.ok) throw new Error(`${file}: ${r.message}`);
      expect(agencyType(r.project.meta.issuer, ENFORCEMENT_AGENCIES) ?? agencyType(r.project.meta.issuer, NO_POWER_AGENCIES), file).toBeDefined();
      // 无法判断 where the copy did not show 表二 is not a finding against the agency.
      expect(only(r.project, 'T2-LICENSE-SCOPE').filter((f) => f.severity !== 'unverifiable'), file).toEqual([]);
    }
  });

  it('knows agencies by name, branches included, and leaves the uncertain ones alone', () => {
    const kind = (issuer: string) => agencyType(issuer, ENFORCEMENT_AGENCIES)?.what ?? agencyType(issuer, NO_POWER_AGENCIES)?.what ?? null;
    expect(kind('临沂市公安局兰山分局')).toBe('公安机关');
    expect(kind('国家税务总局临沂市税务局')).toBe('税务机关');
    expect(kind('济南市生态环境局章丘分局')).toBe('生态环境执法机关');
    expect(kind('某县文化体育广电和旅游局')).toBe('文化市场执法机关');
    expect(kind('某市城市管理综合行政执法局')).toBe('城市管理执法机关');
    expect(kind('某市自然资源和规划局')).toBe('自然资源执法机关');
    expect(kind('某市卫生健康委员会')).toBe('卫生健康执法机关');
    expect(kind('中共某市委政策研究室')).toBe('政策研究、咨询机构');
    expect(kind('某县地方志编纂委员会办公室')).toBe('地方志工作机构');
    expect(kind('某省机关事务管理局')).toBe('机关事务管理机构');
    // A unit inside an agency is not the agency; types whose powers reforms often moved are not judged.
    for (const name of ['临沂市公安局办公室', '某市档案局', '某市政务服务中心', '某市住房和城乡建设局', '某市教育局', '某市审计局', '某县人民政府', '']) {
      expect(kind(name), name).toBeNull();
    }
  });
});

describe('N-SECTIONS / N-YEAR / N-DEADLINE / N-FEE-ZERO / N-FORMAT-CITE / N-PLACEHOLDER', () => {
  it('N-SECTIONS: an unwritten narrative section', () => {
    const p = sample();
    p.sections.problems = '  \n';
    expect(only(p, 'N-SECTIONS')).toMatchObject([{ severity: 'error', section: 'problems', cells: [], message: '“五、存在的主要问题及改进情况”尚未填写：本机关存在的主要问题；采取的改进措施；上一年度报告所列问题的整改情况' }]);
    p.sections.problems = '（一）主动公开';
    expect(only(p, 'N-SECTIONS')).toHaveLength(0); // only 一 treats its conventional sub-headings as empty
    p.sections.overview = '（一）主动公开\n（二）依申请公开';
    expect(only(p, 'N-SECTIONS').map((f) => f.section)).toEqual(['overview']);
  });

  it('N-SECTIONS: each of 一’s five parts on its own — one written part does not clear the other four', () => {
    const p = sample();
    p.sections.overview = '【总体情况】\n（一）主动公开\n全年主动公开信息120条。\n（二）依申请公开\n【依申请公开情况】\n（三）政府信息管理\n（四）平台建设\n（五）监督保障';
    expect(only(p, 'N-SECTIONS')).toMatchObject([
      { severity: 'warning', section: 'overview', message: '“一、总体情况”尚缺 4 项：依申请公开；政府信息管理；政府信息公开平台建设；监督保障（5 项须分别叙述）' },
    ]);
    p.sections.overview = p.sections.overview.replace('【依申请公开情况】', '受理申请3件，均按期答复。');
    expect(only(p, 'N-SECTIONS')[0]!.message).toContain('尚缺 3 项：政府信息管理；');
  });

  it('N-FEE-ZERO: the template’s placeholder naming 信息处理费 is not a statement; a sub-heading alone is not either', () => {
    const p = sample();
    p.sections.other = '【信息处理费收取情况：发出收费通知的件数和总金额、实际收取的总金额；未收取的写明未收取】';
    expect(only(p, 'N-FEE-ZERO')).toHaveLength(1);
    p.sections.other = '（一）信息处理费收取情况\n（二）其他';
    expect(only(p, 'N-FEE-ZERO')).toHaveLength(1);
    p.sections.other = '（一）信息处理费收取情况\n本年度未收取。';
    expect(only(p, 'N-FEE-ZERO')).toHaveLength(0);
  });

  it('N-SECTIONS: a drifted heading in the prose (E-HEAD), but not a numbered list item', () => {
    const p = sample();
    p.sections.problems = `五、存在的问题及改进情况\n${p.sections.problems}`;
    p.sections.overview = `一、加强组织领导\n${p.sections.overview}`;
    expect(only(p, 'N-SECTIONS').map((f) => f.message)).toEqual([
      '五、存在的主要问题及改进情况第 1 段写有标题“五、存在的问题及改进情况”，与官方标题“五、存在的主要问题及改进情况”不一致（国办公开办函〔2021〕30号）。各部分标题由软件按官方格式生成，请删除或改正此行',
    ]);
    p.sections.problems = p.sections.problems.replace('五、存在的问题及改进情况', '五、政府信息公开工作存在的主要问题及改进情况');
    expect(only(p, 'N-SECTIONS')).toEqual([]);
  });

  it('N-YEAR: title and period years, 上年, and the publish date', () => {
    const p = sample();
    p.meta.preamble = '本报告中所列数据的统计期限为2024年1月1日至12月31日。';
    p.meta.publishDate = '2025-01-20';
    expect(only(p, 'N-YEAR')).toEqual([]);
    p.meta.preamble = '本报告中所列数据的统计期限为２０２３年1月1日至2023年12月31日。';
    p.sections.other += '\n详见临沂市行政审批服务局2023年政府信息公开工作年度报告。与上年度（2022年）相比持平。';
    p.meta.publishDate = '2024-12-30';
    const f = only(p, 'N-YEAR');
    expect(f.map((x) => [x.section, x.lhs, x.rhs, x.message])).toEqual([
      [undefined, 2023, 2024, '前言中的统计期限写作“2023年1月1日至2023年12月31日”，其中 2023、2023 年与报告年度不符，应为 2024 年'],
      ['other', 2023, 2024, '六、其他需要报告的事项中的报告标题写作“2023年政府信息公开工作年度报告”，其中 2023 年与报告年度不符，应为 2024 年'],
      ['other', 2022, 2023, '六、其他需要报告的事项中的“上年”写作“上年度（2022年）”，其中 2022 年与报告年度不符，应为 2023 年'],
      [undefined, undefined, undefined, '发布日期 2024年12月30日 不在报告年度（2024 年）结束之后：年度报告应在 2025 年发布，请核对发布日期或报告年度'],
    ]);
  });

  it.each([
    ['本报告中所列数据的统计期限自2023年1月1日起至2024年12月31日止。', [2023]],
    ['统计期限从2024年01月01日到2023年12月31日止', [2023]],
    ['本年度报告中所列数据统计期限从2024年1月1日到12月31日止。', []],
    ['临沂市行政审批服务局2024年度政府信息公开工作年度报告', []],
    ['2024 年内共处理依申请公开 59 件，受理数量较 2023 年持平', []],
  ] as const)('N-YEAR reads the period and title phrasings: %s', (text, wrong) => {
    const p = sample();
    p.meta.preamble = text;
    expect(only(p, 'N-YEAR').map((f) => f.lhs)).toEqual(wrong);
  });

  it('N-PUBDATE: a report without 发布日期 is an error (its 落款 needs one); with a date N-DEADLINE judges it', () => {
    const p = sample();
    p.meta.publishDate = null;
    expect(only(p, 'N-PUBDATE')).toMatchObject([{ severity: 'error', cells: [], message: expect.stringMatching(/^基本信息 · 发布日期尚未填写/) }]);
    expect(only(p, 'N-DEADLINE')).toEqual([]);
    p.meta.publishDate = '2025-03-01';
    expect(only(p, 'N-PUBDATE')).toEqual([]);
    expect(only(p, 'N-DEADLINE')).toHaveLength(1);
  });

  it('N-DEADLINE: 1月31日 for a department, 3月31日 for a government', () => {
    const p = sample();
    p.meta.publishDate = '2025-01-31';
    expect(only(p, 'N-DEADLINE')).toEqual([]);
    p.meta.publishDate = '2025-02-01';
    expect(only(p, 'N-DEADLINE')).toMatchObject([{ severity: 'warning', message: '发布日期 2025年2月1日 晚于法定期限 2025年1月31日（《中华人民共和国政府信息公开条例》第四十九条，部门），属于逾期发布' }]);
    p.meta.issuerLevel = 'government';
    p.meta.publishDate = '2025-03-31';
    expect(only(p, 'N-DEADLINE')).toEqual([]);
    p.meta.publishDate = '2025-04-01';
    expect(only(p, 'N-DEADLINE')).toHaveLength(1);
  });

  it('N-FEE-ZERO: section 六 says nothing about 信息处理费', () => {
    const p = sample();
    p.sections.other = p.sections.other.replace('1.未有信息处理费收费情况。\n', '');
    expect(only(p, 'N-FEE-ZERO')).toMatchObject([{ section: 'other', severity: 'warning' }]);
    p.sections.other = `【信息处理费收取情况】\n${p.sections.other}`;
    expect(only(p, 'N-FEE-ZERO')).toHaveLength(1); // a placeholder is not a statement
  });

  it('N-FORMAT-CITE: the format document quoted wrongly (E-CITE)', () => {
    const p = sample();
    p.meta.preamble = '本报告根据《中华人民共和国政府信息公开工作年度报告格式》（国办公开办函〔2021〕30号）编制。';
    expect(only(p, 'N-FORMAT-CITE')).toEqual([]);
    p.meta.preamble = '本报告根据《中华人民共和国政府信息年度报告格式》（国办公开办函202130 号）编制。';
    expect(only(p, 'N-FORMAT-CITE').map((f) => f.message)).toEqual([
      '前言引用格式文件写作“《中华人民共和国政府信息年度报告格式》”，应为《中华人民共和国政府信息公开工作年度报告格式》（国办公开办函〔2021〕30号）',
      '前言引用格式文件写作“国办公开办函202130 号”，应为《中华人民共和国政府信息公开工作年度报告格式》（国办公开办函〔2021〕30号）',
    ]);
  });

  it('N-PLACEHOLDER: leftover 【…】 and a missing issuer', () => {
    const p = sample();
    p.meta.contact.phone = '【电话】';
    p.meta.issuer = '';
    expect(only(p, 'N-PLACEHOLDER').map((f) => f.message)).toEqual([
      '基本信息 · 发布机关尚未填写：报告标题由发布机关和报告年度组成',
      '基本信息（发布机关、联系方式）中仍有模板占位符 【电话】，请替换为实际内容',
    ]);
  });
});

describe('N-NUMBERS', () => {
  it('the sample’s “共处理依申请公开 59 件” matches 表三', () => {
    expect(only(sample(), 'N-NUMBERS')).toEqual([]);
  });

  it('the notes under the tables of 二、三、四 too: a generated paragraph goes stale when a figure changes', () => {
    const p = sample();
    for (const section of ['proactive', 'requests', 'litigation'] as const) p.sections[section] = narrate(p, section);
    expect(only(p, 'N-NUMBERS')).toEqual([]);
    p.cells = deriveTotals({ ...p.cells, 't3.granted.naturalPerson': 47, 't3.carriedForward.naturalPerson': 1, 't4.review.upheld': 3 });
    // 予以公开 48 → 47, 结转下年度 0 → 1, 行政复议 0 → 3: each stated figure against its table.
    expect(only(p, 'N-NUMBERS').map((f) => [f.section, f.lhs, f.rhs])).toEqual([
      ['requests', 48, 47],
      ['requests', 0, 1],
      ['litigation', 0, 3],
    ]);
  });

  it('a figure in the prose that no total supports', () => {
    const p = sample();
    p.sections.overview = p.sections.overview.replace('共处理依申请公开 59 件', '共处理依申请公开 60 件');
    expect(only(p, 'N-NUMBERS')).toMatchObject([
      {
        severity: 'warning',
        section: 'overview',
        cells: ['t3.received.total', 't3.carriedOver.total', 't3.resultTotal.total'],
        lhs: 60,
        rhs: 59,
        difference: 1,
        message:
          '一、总体情况第 5 段“2024 年内共处理依申请公开 60 件，受理数量较 2023 年持平，全部按时回复，依申请公开办理满意率 100%。”中写“共处理依申请公开 60 件”，但表三 一、本年新收政府信息公开申请数量 · 总计为 59，表三 （七）总计 · 总计为 59，表三 一 + 二（总计列）为 59，相差 1',
      },
    ]);
  });

  it.each([
    ['共收到政府信息公开申请59件，其中予以公开48件，无法提供11件', []],
    ['共收到政府信息公开申请５８件', [['t3.received.total', 't3.carriedOver.total'], 58, 59]],
    ['予以公开47件', [['t3.granted.total'], 47, 48]],
    ['无法提供10件', [['t3.unavailable.notHeld.total', 't3.unavailable.needsCreation.total', 't3.unavailable.stillUnclear.total'], 10, 11]],
    ['被申请行政复议0起，行政诉讼2起', []],
    ['行政诉讼3起', [['t4.suitDirect.total', 't4.suitAfterReview.total'], 3, 2]],
    ['行政复议1件', [['t4.review.total'], 1, 0]],
    ['结转下年度继续办理0件', []],
  ] as const)('%s', (sentence, expected) => {
    const p = sample();
    p.sections.problems += `\n${sentence}。`;
    const f = only(p, 'N-NUMBERS');
    if (!expected.length) expect(f).toEqual([]);
    else expect(f.map((x) => [x.cells, x.lhs, x.rhs])).toEqual([expected]);
  });
});

describe('acknowledgements and the engine', () => {
  const ack = (p: Project, fingerprint: string) =>
    p.acknowledgements.push({ rule: 'T3-CARRYPLAUS', fingerprint, reason: '12月下旬集中收到申请', by: '张三', at: '2025-01-10T09:00:00Z' });

  it('an acknowledgement survives re-validation and lapses when a value it explained changes', () => {
    const p = sample();
    p.cells['t3.carriedForward.total'] = 30;
    const [f] = only(p, 'T3-CARRYPLAUS');
    ack(p, f!.fingerprint);
    expect(only(p, 'T3-CARRYPLAUS')[0]!.acknowledged).toEqual({ reason: '12月下旬集中收到申请', by: '张三', at: '2025-01-10T09:00:00Z' });
    // Unrelated edits keep it.
    p.cells['t2.licensing.decisions'] = 31511;
    p.sections.problems += '补充。';
    expect(only(p, 'T3-CARRYPLAUS')[0]!.acknowledged).toBeDefined();
    expect(summarize(validate(p))).toMatchObject({ acknowledged: 1 });
    // A changed figure it explained makes it lapse.
    p.cells['t3.carriedForward.total'] = 31;
    expect(only(p, 'T3-CARRYPLAUS')[0]!.acknowledged).toBeUndefined();
    // And it comes back when the figure does.
    p.cells['t3.carriedForward.total'] = 30;
    expect(only(p, 'T3-CARRYPLAUS')[0]!.acknowledged).toBeDefined();
  });

  it('errors cannot be acknowledged', () => {
    const p = sample();
    p.cells['t3.resultTotal.naturalPerson'] = 48;
    const [f] = only(p, 'T3-BAL');
    p.acknowledgements.push({ rule: 'T3-BAL', fingerprint: f!.fingerprint, reason: 'x', by: '', at: '2025-01-10T09:00:00Z' });
    expect(only(p, 'T3-BAL')[0]!.acknowledged).toBeUndefined();
  });

  it('lists errors before warnings and counts them', () => {
    const p = sample();
    p.cells['t3.carriedForward.total'] = 30;
    const all = validate(p);
    const firstWarning = all.findIndex((f) => f.severity === 'warning');
    expect(firstWarning).toBeGreaterThan(0);
    expect(all.slice(firstWarning).every((f) => f.severity === 'warning')).toBe(true);
    expect(summarize(all)).toEqual({ errors: all.length - 1 - (all.length - firstWarning - 1), warnings: all.length - firstWarning, acknowledged: 0, unverifiable: 0 });
  });
});
