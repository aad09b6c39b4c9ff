// 撤销 / 重做: the pure history (steps, coalescing of typing, no empty steps) and the store
// built on it (a pasted block is one step, undo recomputes totals, marks the file unsaved,
// shows the place, and leaves acknowledgements and comments alone).
import { describe, expect, it } from 'vitest';
import { createProject, validate } from '../../src/shared';
import { closeStep, emptyHistory, record, redo, undo, type History } from '../../src/renderer/src/state/history';
import { canRedo, canUndo, initialState, isDirty, reduce, type State } from '../../src/renderer/src/state/store';

type H = History<string, string>;
const eq = (a: string, b: string) => a === b;
const edit = (h: H, before: string, after: string, group: string | null, info = after) => record(h, { before, after, info, group }, eq);

describe('history', () => {
  it('undoes and redoes step by step; a new edit drops what could be redone', () => {
    let h: H = emptyHistory();
    h = edit(h, 'a', 'b', null);
    h = edit(h, 'b', 'c', null);
    const u1 = undo(h, 'c')!;
    expect([u1.content, u1.info]).toEqual(['b', 'c']);
    const u2 = undo(u1.history, u1.content)!;
    expect(u2.content).toBe('a');
    expect(undo(u2.history, 'a')).toBeNull();
    const r1 = redo(u2.history, 'a')!;
    expect(r1.content).toBe('b');
    h = edit(r1.history, 'b', 'x', null);
    expect(h.future).toEqual([]);
    expect(redo(h, 'x')).toBeNull();
    expect(undo(h, 'x')!.content).toBe('b');
  });

  it('coalesces typing in one field until another field is edited or the step is closed', () => {
    let h: H = emptyHistory();
    h = edit(h, '', '1', 'cell:a');
    h = edit(h, '1', '12', 'cell:a');
    h = edit(h, '12', '123', 'cell:a');
    expect(h.past).toHaveLength(1);
    h = edit(h, '123', '123+', 'cell:b');
    expect(h.past).toHaveLength(2);
    h = closeStep(h);
    h = edit(h, '123+', '123++', 'cell:b');
    expect(h.past.map((s) => s.content)).toEqual(['', '123', '123+']);
    // A block (group null) never joins the step before it, nor takes the next one.
    h = edit(h, '123++', 'P', null);
    h = edit(h, 'P', 'PP', null);
    expect(h.past).toHaveLength(5);
  });

  it('makes no step of an edit that changes nothing, and drops a step typed back to its start', () => {
    let h: H = emptyHistory();
    h = edit(h, 'a', 'a', null);
    expect(h.past).toEqual([]);
    h = edit(h, 'a', 'ab', 'f');
    h = edit(h, 'ab', 'a', 'f');
    expect(h.past).toEqual([]);
    expect(h.open).toBeNull();
  });

  it('keeps at most the limit, dropping the oldest steps', () => {
    let h: H = emptyHistory();
    for (let i = 0; i < 5; i++) h = record(h, { before: String(i), after: String(i + 1), info: '', group: null }, eq, 3);
    expect(h.past.map((s) => s.content)).toEqual(['2', '3', '4']);
  });
});

function opened(): State {
  const project = createProject({ issuer: '测试局', year: 2025, issuerLevel: 'department' });
  return reduce(initialState, { type: 'open', project, filePath: '/d/a.nianbao.json', name: 'a', diskStamp: null, recoveryKey: 'k' });
}

describe('store undo / redo', () => {
  it('takes back a pasted block in one step, with its totals and findings, and marks the file unsaved', () => {
    let s = opened();
    s = reduce(s, { type: 'setCells', updates: { 't3.received.naturalPerson': 5 } });
    s = reduce(s, { type: 'setCells', updates: { 't3.granted.naturalPerson': 5 } });
    s = reduce(s, { type: 'saved', filePath: '/d/a.nianbao.json', name: 'a', diskStamp: null, revision: s.doc!.revision });
    const clean = validate(s.doc!.project).filter((f) => f.rule === 'T3-BAL');
    expect(clean).toEqual([]);
    s = reduce(s, { type: 'navigate', view: 'litigation' });
    s = reduce(s, {
      type: 'setCells',
      updates: { 't3.received.business': 3, 't3.received.research': 4, 't3.carriedOver.business': 1 },
      label: '粘贴 3 个单元格',
    });
    expect(s.doc!.project.cells['t3.received.total']).toBe(12);
    expect(validate(s.doc!.project).some((f) => f.rule === 'T3-BAL')).toBe(true);
    expect(canUndo(s)).toBe('粘贴 3 个单元格');

    s = reduce(s, { type: 'navigate', view: 'basic' });
    s = reduce(s, { type: 'undo' });
    const c = s.doc!.project.cells;
    expect([c['t3.received.business'], c['t3.received.research'], c['t3.carriedOver.business'], c['t3.received.total']]).toEqual([null, null, null, 5]);
    expect(validate(s.doc!.project).some((f) => f.rule === 'T3-BAL')).toBe(false);
    expect(isDirty(s.doc!)).toBe(true);
    expect(s.view).toBe('requests');
    expect(s.historyNote).toBe('已撤销：粘贴 3 个单元格');
    expect(s.restored).toBe(1);
    expect(canRedo(s)).toBe('粘贴 3 个单元格');

    s = reduce(s, { type: 'redo' });
    expect(s.doc!.project.cells['t3.received.total']).toBe(12);
    expect(canRedo(s)).toBeNull();
    expect(canUndo(s)).toBe('粘贴 3 个单元格');
  });

  it('coalesces typing per field and names the step', () => {
    let s = opened();
    for (const text of ['本', '本年', '本年度']) s = reduce(s, { type: 'setSection', section: 'problems', text });
    for (const issuer of ['甲', '甲局']) s = reduce(s, { type: 'setMeta', patch: { issuer } });
    expect(s.history.past.map((p) => p.info.label)).toEqual(['编辑“五、存在的主要问题及改进情况”', '修改发布机关']);
    s = reduce(s, { type: 'undo' });
    expect(s.doc!.project.meta.issuer).toBe('测试局');
    expect(s.view).toBe('basic');
    s = reduce(s, { type: 'undo' });
    expect(s.doc!.project.sections.problems).toBe(opened().doc!.project.sections.problems);
    expect(s.view).toBe('problems');
    expect(reduce(s, { type: 'undo' })).toBe(s);
  });

  it('leaves acknowledgements, comments and the prior-year link out of the history', () => {
    let s = opened();
    s = reduce(s, { type: 'setCells', updates: { 't4.review.upheld': 2 } });
    s = reduce(s, { type: 'acknowledge', ack: { rule: 'G-BLANK', fingerprint: 'f', reason: '无', by: '', at: '2026-01-20T08:00:00Z' } });
    s = reduce(s, { type: 'addComment', comment: { id: 'c1', anchor: { type: 'section', section: 'problems' }, text: '补充', author: '李', at: '2026-01-20T08:00:00Z', resolved: false } });
    expect(s.history.past).toHaveLength(1);
    s = reduce(s, { type: 'undo' });
    expect(s.doc!.project.cells['t4.review.upheld']).toBeNull();
    expect(s.doc!.project.acknowledgements).toHaveLength(1);
    expect(s.doc!.project.review.comments).toHaveLength(1);
  });

  it('does nothing in review mode, and starts afresh with each opened report', () => {
    let s = reduce(opened(), { type: 'setCells', updates: { 't4.review.upheld': 2 } });
    const review = reduce(s, { type: 'setMode', mode: 'review' });
    expect(reduce(review, { type: 'undo' })).toBe(review);
    s = reduce(s, { type: 'open', project: s.doc!.project, filePath: null, name: '未命名', diskStamp: null, recoveryKey: 'k2' });
    expect(canUndo(s)).toBeNull();
  });

  it('a focus change closes the step: typing again in the same cell is a new step', () => {
    let s = opened();
    s = reduce(s, { type: 'setCells', updates: { 't4.review.upheld': 1 } });
    expect(reduce(s, { type: 'closeStep' }).history.open).toBeNull();
    s = reduce(s, { type: 'closeStep' });
    expect(reduce(s, { type: 'closeStep' })).toBe(s);
    s = reduce(s, { type: 'setCells', updates: { 't4.review.upheld': 12 } });
    expect(s.history.past).toHaveLength(2);
    s = reduce(s, { type: 'undo' });
    expect(s.doc!.project.cells['t4.review.upheld']).toBe(1);
  });
});
