import { describe, expect, it } from 'vitest';
import { createProject, linkPriorYear, snapshotPrior, validate, yearOverYear, type Project } from '../../src/shared';

function project(year: number, cells: Project['cells'] = {}): Project {
  const p = createProject({ issuer: '某县财政局', year, issuerLevel: 'department' });
  Object.assign(p.cells, cells);
  p.sections.overview = `${year}年概况`;
  return p;
}

const lastYear = () =>
  project(2024, {
    't3.carriedForward.naturalPerson': 2,
    't3.carriedForward.business': 1,
    't3.carriedForward.research': 0,
    't3.carriedForward.otherOrg': { na: '/' },
    't3.carriedForward.total': 3,
  });

describe('linking last year: carry-over', () => {
  it('prefills blank 上年结转 cells column by column and derives the 总计', () => {
    const before = project(2025);
    const { project: p, prefilled, conflicts, notes } = linkPriorYear(before, lastYear(), '2024.nianbao.json');
    expect(p.cells['t3.carriedOver.naturalPerson']).toBe(2);
    expect(p.cells['t3.carriedOver.business']).toBe(1);
    expect(p.cells['t3.carriedOver.research']).toBe(0);
    expect(p.cells['t3.carriedOver.otherOrg']).toEqual({ na: '/' });
    expect(p.cells['t3.carriedOver.publicInterest']).toBeNull(); // blank last year: nothing to carry
    expect(p.cells['t3.carriedOver.total']).toBe(3);
    expect(prefilled).toEqual([
      't3.carriedOver.naturalPerson',
      't3.carriedOver.business',
      't3.carriedOver.research',
      't3.carriedOver.otherOrg',
      't3.carriedOver.total',
    ]);
    expect(conflicts).toEqual([]);
    expect(notes).toEqual([]);
    expect(before.cells['t3.carriedOver.naturalPerson']).toBeNull(); // the input is untouched
  });

  it('never overwrites a typed figure: a different one is a conflict with both numbers', () => {
    const typed = project(2025, { 't3.carriedOver.naturalPerson': 5, 't3.carriedOver.business': 1 });
    const { project: p, prefilled, conflicts } = linkPriorYear(typed, lastYear());
    expect(p.cells['t3.carriedOver.naturalPerson']).toBe(5);
    expect(prefilled).not.toContain('t3.carriedOver.naturalPerson');
    expect(prefilled).not.toContain('t3.carriedOver.business'); // same figure: nothing to do
    expect(conflicts.map((c) => [c.key, c.typed, c.carried])).toEqual([['t3.carriedOver.naturalPerson', 5, 2]]);
    expect(conflicts[0]!.message).toBe(
      '表三自然人列：本年度“二、上年结转”已填写 5，但 2024 年度报告“四、结转下年度继续办理”为 2；未覆盖已填写的数字，请核对',
    );
    // The derived 总计 is the sum of the parts as they stand, so the row stays consistent.
    expect(p.cells['t3.carriedOver.total']).toBe(5 + 1 + 0);
  });

  it('a typed total that differs from last year is a conflict too; n/a typed counts as typed', () => {
    const typed = project(2025, { 't3.carriedOver.total': 9, 't3.carriedOver.business': { na: '/' } });
    const { project: p, conflicts } = linkPriorYear(typed, lastYear());
    expect(p.cells['t3.carriedOver.total']).toBe(9);
    expect(p.cells['t3.carriedOver.business']).toEqual({ na: '/' });
    expect(conflicts.map((c) => c.key)).toEqual(['t3.carriedOver.business', 't3.carriedOver.total']);
  });

  it('stores a snapshot of last year and notes a year that is not the year before, and junk it cannot carry', () => {
    const old = project(2022, { 't3.carriedForward.naturalPerson': { raw: '两件' } });
    old.sections.problems = '去年的问题';
    const { project: p, notes, prefilled } = linkPriorYear(project(2025), old, 'old.docx');
    expect(p.prior).toMatchObject({ issuer: '某县财政局', year: 2022, source: 'old.docx' });
    expect(p.prior!.sections.problems).toBe('去年的问题');
    expect(p.prior!.cells['t3.carriedForward.naturalPerson']).toEqual({ raw: '两件' });
    expect(prefilled).toEqual([]);
    expect(notes).toEqual([
      '所关联的上年度报告为 2022 年度，而本报告为 2025 年度（上一年度应为 2024 年度），请确认是否选错了文件',
      '上年度报告表三 四、结转下年度继续办理 · 自然人填写的“两件”不是数字，未结转到本年度',
    ]);
  });

  it('the linked snapshot is what T3-CARRY then checks: prefilled passes, a conflict is reported', () => {
    const ok = linkPriorYear(project(2025), lastYear()).project;
    expect(validate(ok).filter((f) => f.rule === 'T3-CARRY')).toEqual([]);
    const bad = linkPriorYear(project(2025, { 't3.carriedOver.naturalPerson': 5 }), lastYear()).project;
    expect(validate(bad).filter((f) => f.rule === 'T3-CARRY').length).toBeGreaterThan(0);
  });

  it('a snapshot round-trips through the project schema', () => {
    const snap = snapshotPrior(lastYear(), 'x');
    expect(Object.keys(snap.sections)).toHaveLength(6);
    expect(snap.cells['t3.carriedForward.total']).toBe(3);
  });
});

describe('year over year', () => {
  it('lists every changed figure with delta and percentage, in official order', () => {
    const last = project(2024, {
      't2.licensing.decisions': 100,
      't2.fees.amount': 1.5,
      't3.received.total': 0,
      't4.review.total': 4,
      't2.regulations.issued': { na: '/' },
      't2.penalties.decisions': 7,
    });
    const now = project(2025, {
      't2.licensing.decisions': 120,
      't2.fees.amount': 1.2,
      't3.received.total': 5,
      't4.review.total': 4,
      't2.regulations.issued': { na: '—' },
      't2.penalties.decisions': null,
      't4.review.upheld': 3,
    });
    const changes = yearOverYear(now, snapshotPrior(last));
    expect(changes).toEqual([
      { key: 't2.licensing.decisions', place: '表二 行政许可 · 本年处理决定数量', last: 100, this: 120, delta: 20, percentage: 20 },
      { key: 't2.penalties.decisions', place: '表二 行政处罚 · 本年处理决定数量', last: 7, this: null, delta: null, percentage: null },
      { key: 't2.fees.amount', place: '表二 行政事业性收费 · 本年收费金额（单位：万元）', last: 1.5, this: 1.2, delta: -0.3, percentage: -20 },
      { key: 't3.received.total', place: '表三 一、本年新收政府信息公开申请数量 · 总计', last: 0, this: 5, delta: 5, percentage: null },
      { key: 't4.review.upheld', place: '表四 行政复议 · 结果维持', last: null, this: 3, delta: null, percentage: null },
    ]);
    // A project works as the prior too, and identical reports have no changes.
    expect(yearOverYear(now, now)).toEqual([]);
  });
});
