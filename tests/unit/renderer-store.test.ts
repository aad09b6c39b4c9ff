// The project store: edits recompute the totals they feed (and only those), totals cannot be
// typed, saving records name and revision, acknowledgements replace by fingerprint.
import { describe, expect, it } from 'vitest';
import { createProject, sectionParts, type Project } from '../../src/shared';
import { initialState, isDirty, recomputeTotals, reduce, type State } from '../../src/renderer/src/state/store';
import { insertParagraph } from '../../src/renderer/src/narrative/insert-paragraph';
import { completionOf } from '../../src/renderer/src/state/completion';
import { placeOfFinding } from '../../src/renderer/src/state/places';
import { marksOf } from '../../src/renderer/src/validation/cell-marks';
import { quotesOf, targetOfFinding } from '../../src/renderer/src/validation/focus-target';
import { validate } from '../../src/shared';

function opened(project: Project = createProject({ issuer: '测试局', year: 2025, issuerLevel: 'department' })): State {
  return reduce(initialState, { type: 'open', project, filePath: null, name: '未命名', diskStamp: null, recoveryKey: 'k1' });
}

describe('project store', () => {
  it('recomputes the totals an edit feeds, including 表三 （七）总计 · 总计', () => {
    let s = opened();
    s = reduce(s, { type: 'setCells', updates: { 't3.granted.naturalPerson': 4, 't3.granted.business': 2 } });
    const c = s.doc!.project.cells;
    expect(c['t3.granted.total']).toBe(6);
    expect(c['t3.resultTotal.naturalPerson']).toBe(4);
    expect(c['t3.resultTotal.total']).toBe(6);
    expect(c['t3.received.total']).toBeNull();
  });

  it('ignores writes to computed totals', () => {
    const s = reduce(opened(), { type: 'setCells', updates: { 't3.received.total': 99, 't4.review.total': 5 } });
    expect(s.doc!.project.cells['t3.received.total']).toBeNull();
    expect(s.doc!.project.cells['t4.review.total']).toBeNull();
  });

  it("keeps an opened report's own totals until a part they sum is edited", () => {
    const p = createProject({ issuer: '测试局', year: 2025, issuerLevel: 'department' });
    p.cells['t4.review.upheld'] = 1;
    p.cells['t4.review.total'] = 7; // as published, wrong
    p.cells['t4.suitDirect.total'] = 3;
    let s = opened(p);
    expect(s.doc!.project.cells['t4.review.total']).toBe(7);
    s = reduce(s, { type: 'setCells', updates: { 't4.review.corrected': 1 } });
    expect(s.doc!.project.cells['t4.review.total']).toBe(2);
    expect(s.doc!.project.cells['t4.suitDirect.total']).toBe(3);
    expect(recomputeTotals(p.cells, [])).toBe(p.cells);
  });

  it('tracks unsaved edits and takes the saved name and stamp', () => {
    let s = opened();
    expect(isDirty(s.doc!)).toBe(false);
    s = reduce(s, { type: 'setSection', section: 'problems', text: '问题' });
    expect(isDirty(s.doc!)).toBe(true);
    s = reduce(s, { type: 'saved', filePath: '/d/a.nianbao.json', name: 'a', diskStamp: 'h1', revision: s.doc!.revision });
    expect(isDirty(s.doc!)).toBe(false);
    expect(s.doc).toMatchObject({ filePath: '/d/a.nianbao.json', name: 'a', diskStamp: 'h1' });
    // A save that started before a later edit leaves that edit unsaved.
    const before = s.doc!.revision;
    s = reduce(s, { type: 'setMeta', patch: { issuer: '测试局二' } });
    s = reduce(s, { type: 'saved', filePath: '/d/a.nianbao.json', name: 'a', diskStamp: 'h2', revision: before });
    expect(isDirty(s.doc!)).toBe(true);
  });

  it('opens a recovered draft as unsaved', () => {
    const s = reduce(initialState, { type: 'open', project: opened().doc!.project, filePath: '/d/a.nianbao.json', name: 'a', diskStamp: null, recoveryKey: 'k', dirty: true });
    expect(isDirty(s.doc!)).toBe(true);
  });

  it('replaces an acknowledgement with the same fingerprint and removes it on request', () => {
    let s = opened();
    const ack = { rule: 'T2-VALID', fingerprint: 'T2-VALID|x|', reason: '一', by: '张', at: '2026-01-20T08:00:00Z' };
    s = reduce(s, { type: 'acknowledge', ack });
    s = reduce(s, { type: 'acknowledge', ack: { ...ack, reason: '二' } });
    expect(s.doc!.project.acknowledgements.map((a) => a.reason)).toEqual(['二']);
    s = reduce(s, { type: 'unacknowledge', fingerprint: ack.fingerprint });
    expect(s.doc!.project.acknowledgements).toEqual([]);
  });

  it('records review decisions and resolved comments', () => {
    let s = opened();
    s = reduce(s, { type: 'addComment', comment: { id: 'c1', anchor: { type: 'cell', cell: 't3.received.total' }, text: '核对', author: '李', at: '2026-01-20T08:00:00Z', resolved: false } });
    s = reduce(s, { type: 'decide', decision: { decision: 'returned', by: '李', at: '2026-01-20T08:01:00Z', note: '' } });
    s = reduce(s, { type: 'resolveComment', id: 'c1', by: '张', at: '2026-01-20T09:00:00Z', resolution: '' });
    const r = s.doc!.project.review;
    expect(r.status).toBe('returned');
    expect(r.history).toHaveLength(1);
    expect(r.comments[0]).toMatchObject({ resolved: true, resolvedBy: '张' });
    expect(r.comments[0]).not.toHaveProperty('resolution');
  });

  it('puts a signed-off report back to draft when its content changes, keeping the history', () => {
    let s = reduce(opened(), { type: 'decide', decision: { decision: 'approved', by: '李', at: '2026-01-20T08:01:00Z', note: '' } });
    s = reduce(s, { type: 'acknowledge', ack: { rule: 'T2-VALID', fingerprint: 'f', reason: '理由', by: '', at: '2026-01-20T08:02:00Z' } });
    expect(s.doc!.project.review.status).toBe('approved');
    s = reduce(s, { type: 'setSection', section: 'problems', text: '改动' });
    expect(s.doc!.project.review.status).toBe('draft');
    expect(s.doc!.project.review.history).toHaveLength(1);
  });

  it('a focus request shows the section holding the cell', () => {
    const s = reduce(opened(), { type: 'focus', target: { kind: 'cell', key: 't4.review.upheld' } });
    expect(s.view).toBe('litigation');
    expect(reduce(s, { type: 'focus', target: { kind: 'basic', field: 'year' } }).focus!.seq).toBe(2);
  });
});

describe('renderer helpers', () => {
  it('inserts a snippet as its own line at the caret', () => {
    expect(insertParagraph('', null, '（一）主动公开')).toEqual({ text: '（一）主动公开', caret: 7 });
    expect(insertParagraph('甲乙', 1, 'X')).toEqual({ text: '甲\nX\n乙', caret: 3 });
    expect(insertParagraph('甲\n', null, 'X').text).toBe('甲\nX');
  });

  it('counts completion per part: typed cells for tables, prose written or not', () => {
    const p = createProject({ issuer: '测试局', year: 2025, issuerLevel: 'department' });
    expect(completionOf(p, 'requests')).toEqual({ filled: 0, total: 144 });
    expect(completionOf(p, 'proactive')).toEqual({ filled: 0, total: 10 });
    expect(completionOf(p, 'litigation')).toEqual({ filled: 0, total: 12 });
    p.cells['t3.received.naturalPerson'] = 0;
    expect(completionOf(p, 'requests').filled).toBe(1);
    expect(completionOf(p, 'problems')).toEqual({ filled: 0, total: 3 });
    p.sections.problems = '政策解读深度不够的问题仍然存在。';
    expect(completionOf(p, 'problems')).toEqual({ filled: 1, total: 3 });
    p.sections.problems += '下一步将细化解读内容。上年度报告所列问题已全部整改。';
    expect(completionOf(p, 'problems')).toEqual({ filled: 3, total: 3 });
  });

  it('counts a template’s placeholders as unfilled, and each part of 一 and 六 on its own', () => {
    const p = createProject({ issuer: '测试局', year: 2025, issuerLevel: 'department' });
    // The department template's skeleton: sub-headings and 【…】 only.
    p.sections.overview = '【本年度总体情况】\n（一）主动公开\n【本年度主动公开情况】\n（二）依申请公开\n【依申请公开情况】\n（三）政府信息管理\n【政府信息管理情况】\n（四）平台建设\n【平台建设情况】\n（五）监督保障\n【监督保障情况】';
    p.sections.other = '【信息处理费收取情况：发出收费通知的件数和总金额、实际收取的总金额；未收取的写明未收取】';
    p.meta.preamble = '本报告由测试局编制。如有疑问请致电【电话】。';
    expect(completionOf(p, 'overview')).toEqual({ filled: 0, total: 5 });
    expect(completionOf(p, 'other')).toEqual({ filled: 0, total: 4 });
    expect(sectionParts(p, 'other')[0]).toEqual({ label: '信息处理费收取情况', done: false });
    expect(completionOf(p, 'basic').filled).toBe(1); // the issuer; the preamble still holds 【电话】
    // One part written under its sub-heading: 1 of 5, not "done".
    p.sections.overview = p.sections.overview.replace('【本年度主动公开情况】', '全年主动公开政府信息120条。');
    expect(completionOf(p, 'overview')).toEqual({ filled: 1, total: 5 });
    expect(sectionParts(p, 'overview').map((x) => x.done)).toEqual([true, false, false, false, false]);
    // Written without sub-headings, each part is found by its words.
    p.sections.overview = '全年主动公开信息120条。受理依申请公开3件。加强政府信息管理。优化门户网站。开展培训2次。';
    expect(completionOf(p, 'overview')).toEqual({ filled: 5, total: 5 });
    p.sections.other = '本年度未收取信息处理费。';
    expect(sectionParts(p, 'other')[0]!.done).toBe(true);
  });

  it('marks the cells a finding names, errors over warnings, and places findings by section', () => {
    const p = createProject({ issuer: '测试局', year: 2025, issuerLevel: 'department' });
    p.cells['t3.received.naturalPerson'] = 5;
    const findings = validate(p);
    const bal = findings.find((f) => f.rule === 'T3-BAL')!;
    expect(placeOfFinding(bal)).toBe('requests');
    const marks = marksOf(findings);
    const mark = marks.cells.get('t3.received.naturalPerson')!;
    expect(mark.severity).toBe('error');
    expect(mark.messages.some((m) => m.includes('T3-BAL'))).toBe(true);
    // A blank cell is only flagged as unfilled (G-BLANK), a warning.
    expect(marks.cells.get('t3.granted.business')?.severity).toBe('warning');
  });

  it('sends a finding to its cell, the prose it quotes, or the 基本信息 field it names', () => {
    expect(quotesOf('一、总体情况写“共收到申请 5 件”，另有【监督保障情况】')).toEqual(['共收到申请 5 件', '【监督保障情况】']);
    const base = { severity: 'error' as const, fingerprint: 'x' };
    expect(targetOfFinding({ ...base, rule: 'T3-BAL', section: 'requests', cells: ['t3.received.total'], message: '…' })).toEqual({ kind: 'cell', key: 't3.received.total' });
    expect(targetOfFinding({ ...base, rule: 'N-NUMBERS', section: 'overview', cells: ['t3.received.total'], message: '一、总体情况写“共收到申请 5 件”' })).toEqual({
      kind: 'section',
      section: 'overview',
      quotes: ['共收到申请 5 件'],
    });
    expect(targetOfFinding({ ...base, rule: 'N-YEAR', cells: [], message: '发布日期 2024年1月5日 不在报告年度结束之后' })).toMatchObject({ kind: 'basic', field: 'publishDate' });
    expect(targetOfFinding({ ...base, rule: 'N-PLACEHOLDER', cells: [], message: '基本信息 · 发布机关尚未填写' })).toMatchObject({ kind: 'basic', field: 'issuer' });
  });
});
