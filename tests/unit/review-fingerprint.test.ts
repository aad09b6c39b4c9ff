// The approval fingerprint: the core's own SHA-256 agrees with node:crypto; the canonical
// content does not depend on key order or on comments; changes since approval are listed
// cell by cell and paragraph by paragraph, old → new.
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { changesSince, contentFingerprint, isApprovedContent, paragraphChanges, reportContent, sha256Hex, validate } from '../../src/shared';
import { reduce, initialState, type State } from '../../src/renderer/src/state/store';
import { sampleProject as sample } from './support/sample';

describe('sha256Hex', () => {
  it('agrees with node:crypto on any text, including CJK, emoji and block boundaries', () => {
    for (const s of ['', 'abc', 'x'.repeat(55), 'x'.repeat(56), 'x'.repeat(64), '政府信息公开工作年度报告😀']) {
      expect(sha256Hex(s)).toBe(createHash('sha256').update(s, 'utf8').digest('hex'));
    }
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 300 }), (s) => sha256Hex(s) === createHash('sha256').update(s, 'utf8').digest('hex')));
  });
});

describe('content fingerprint', () => {
  it('is the same for the same content whatever the key order, and ignores comments and review', () => {
    const p = sample();
    const fp = contentFingerprint(p);
    const reordered = { ...p, cells: Object.fromEntries(Object.entries(p.cells).reverse()), meta: Object.fromEntries(Object.entries(p.meta).reverse()) as typeof p.meta };
    expect(contentFingerprint(reordered)).toBe(fp);
    p.review.comments.push({ id: 'c1', anchor: { type: 'preamble' }, text: '意见', author: '李', at: '2025-01-01T00:00:00Z', resolved: false });
    expect(contentFingerprint(p)).toBe(fp);
    p.cells['t3.granted.naturalPerson'] = 47;
    expect(contentFingerprint(p)).not.toBe(fp);
  });

  it('lists changes since approval: typed cells (not the totals computed from them) and paragraphs, old → new', () => {
    const p = sample();
    const approved = reportContent(p);
    p.cells['t3.granted.naturalPerson'] = 47;
    p.cells['t3.granted.total'] = 47;
    p.sections.problems = `${p.sections.problems}\n上年度问题已整改。`;
    p.meta.contact.phone = '0539-1234567';
    expect(changesSince(approved, p)).toEqual([
      { place: '基本信息 · 电话', kind: 'field', before: '', after: '0539-1234567', target: { field: 'phone' } },
      { place: '表三 （一）予以公开 · 自然人', kind: 'cell', before: '48', after: '47', target: { cell: 't3.granted.naturalPerson' } },
      { place: '五、存在的主要问题及改进情况 第 2 段', kind: 'paragraph', before: '', after: '上年度问题已整改。', target: { section: 'problems' } },
    ]);
    expect(isApprovedContent({ fingerprint: '0'.repeat(64), by: '李', at: '2025-01-01T00:00:00Z', content: approved }, p)).toBe(false);
  });

  it('pairs a rewritten paragraph old → new, and keeps unchanged ones out', () => {
    expect(paragraphChanges('甲\n乙\n丙', '甲\n乙改\n丙')).toEqual([{ index: 2, before: '乙', after: '乙改' }]);
    expect(paragraphChanges('甲\n乙', '甲')).toEqual([{ index: 2, before: '乙', after: '' }]);
  });
});

describe('approval in the store', () => {
  it('freezes the approved version; an edit makes a draft; 撤销 back to it restores the approval', () => {
    let s: State = reduce(initialState, { type: 'open', project: sample(), filePath: null, name: 'x', diskStamp: null, recoveryKey: 'k' });
    s = reduce(s, { type: 'decide', decision: { decision: 'approved', by: '李主任', at: '2025-02-01T09:00:00Z', note: '' } });
    const review = s.doc!.project.review;
    expect(review.status).toBe('approved');
    expect(review.approved?.fingerprint).toBe(contentFingerprint(s.doc!.project));
    expect(review.history.at(-1)?.fingerprint).toBe(review.approved?.fingerprint);
    s = reduce(s, { type: 'setCells', updates: { 't3.granted.naturalPerson': 47 } });
    expect(s.doc!.project.review.status).toBe('draft');
    s = reduce(s, { type: 'undo' });
    expect(s.doc!.project.review.status).toBe('approved');
  });
});

describe('nianbao narrate', () => {
  it('prints the paragraphs section by section, with the sample’s table figures', async () => {
    const { nianbao } = await import('./support/nianbao-bin');
    const { SAMPLE_PATH } = await import('./support/sample');
    const r = await nianbao(['narrate', SAMPLE_PATH]);
    expect(r.code).toBe(0);
    const p = sample();
    const total = (row: string) => String(p.cells[`t3.${row}.total`]);
    expect(r.stdout).toContain(`一、总体情况\n本年新收政府信息公开申请${total('received')}件，上年结转政府信息公开申请${total('carriedOver')}件；本年度办理结果：予以公开${total('granted')}件，`);
    expect(r.stdout).toContain(`行政许可本年处理决定${String(p.cells['t2.licensing.decisions'])}件`);
    expect(r.stdout).toContain(`四、政府信息公开行政复议、行政诉讼情况\n行政复议${String(p.cells['t4.review.total'])}起`);
    // Written into 一, the paragraph leaves N-NUMBERS clean.
    const { narrate } = await import('../../src/shared');
    p.sections.overview += `\n${narrate(p, 'overview')}`;
    expect(validate(p).filter((f) => f.rule === 'N-NUMBERS')).toEqual([]);
    p.cells['t3.granted.total'] = 40;
    expect(validate(p).filter((f) => f.rule === 'N-NUMBERS').length).toBeGreaterThan(0);
  }, 60_000);
});
