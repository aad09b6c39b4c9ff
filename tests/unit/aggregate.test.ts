import { describe, expect, it } from 'vitest';
import {
  CELL_KEYS,
  DERIVED_CELLS,
  NOT_COMPUTABLE_MARK,
  applyExpectedList,
  chooseYear,
  classifyFindings,
  consolidateProjects,
  createProject,
  deriveTotals,
  parseExpectedList,
  validate,
  type Finding,
  type Project,
  type UnitRow,
} from '../../src/shared';
import { generateReport } from './aggregate-generate';

const unit = (name: string, cells: Record<string, Project['cells'][string]> = {}, year = 2025): { unit: string; project: Project } => {
  const project = createProject({ issuer: name, year, issuerLevel: 'department' });
  Object.assign(project.cells, cells);
  project.cells = deriveTotals(project.cells);
  return { unit: name, project };
};
const meta = { issuer: '某市人民政府办公室', year: 2025 };

describe('consolidation: cell by cell', () => {
  it('sums numbers, including 万元 decimals without binary noise', () => {
    const c = consolidateProjects(
      [
        unit('甲', { 't3.received.naturalPerson': 3, 't2.fees.amount': 0.1 }),
        unit('乙', { 't3.received.naturalPerson': 4, 't2.fees.amount': 0.2 }),
      ],
      meta,
    );
    expect(c.project.cells['t3.received.naturalPerson']).toBe(7);
    expect(c.project.cells['t2.fees.amount']).toBe(0.3);
    expect(c.project.cells['t3.received.total']).toBe(7);
    expect(c.units).toBe(2);
    expect(c.project.meta).toMatchObject({ issuer: '某市人民政府办公室', year: 2025 });
  });

  it('keeps a cell blank only when every unit left it blank', () => {
    const c = consolidateProjects([unit('甲', { 't4.review.upheld': null }), unit('乙', { 't4.review.upheld': 0 })], meta);
    expect(c.project.cells['t4.review.upheld']).toBe(0);
    expect(c.project.cells['t4.review.corrected']).toBeNull();
  });

  it('n/a + n/a stays n/a (as the first unit wrote it); n/a + number = the number', () => {
    const c = consolidateProjects(
      [
        unit('甲', { 't2.regulations.issued': { na: '/' }, 't2.regulations.repealed': { na: '/' } }),
        unit('乙', { 't2.regulations.issued': { na: '—' }, 't2.regulations.repealed': 2 }),
        unit('丙', { 't2.regulations.repealed': null }),
      ],
      meta,
    );
    expect(c.project.cells['t2.regulations.issued']).toEqual({ na: '/' });
    expect(c.project.cells['t2.regulations.repealed']).toBe(2);
  });

  it('junk in any unit makes the cell and every total over it not computable, and says where', () => {
    const c = consolidateProjects(
      [unit('甲', { 't3.granted.business': { raw: '约5' } }), unit('乙', { 't3.granted.business': 4, 't3.granted.naturalPerson': 1 })],
      meta,
    );
    const mark = { raw: NOT_COMPUTABLE_MARK };
    expect(c.project.cells['t3.granted.business']).toEqual(mark);
    expect(c.project.cells['t3.granted.total']).toEqual(mark);
    expect(c.project.cells['t3.resultTotal.business']).toEqual(mark);
    expect(c.project.cells['t3.resultTotal.total']).toEqual(mark);
    expect(c.project.cells['t3.resultTotal.naturalPerson']).toBe(1);
    expect(c.uncomputable).toEqual([{ key: 't3.granted.business', place: '表三 （一）予以公开 · 商业企业', unit: '甲', text: '约5' }]);
    // The validator then reports the consolidated cell where it is.
    expect(validate(c.project).some((f) => f.rule === 'G-INT' && f.cells.includes('t3.granted.business'))).toBe(true);
  });

  it('re-derives totals from the summed parts and reports units whose totals did not add up', () => {
    const a = unit('甲', { 't4.review.upheld': 2, 't4.review.corrected': 1 });
    a.project.cells['t4.review.total'] = 5; // the unit's own total is wrong (should be 3)
    const c = consolidateProjects([a, unit('乙', { 't4.review.upheld': 1 })], meta);
    expect(c.project.cells['t4.review.total']).toBe(4);
    expect(c.totalMismatches).toEqual([{ key: 't4.review.total', place: '表四 行政复议 · 总计', derived: 4, units: ['甲'] }]);
  });

  it('names every unit whose totals disagree, even when the errors cancel; a blank total is no disagreement', () => {
    const a = unit('甲', { 't4.review.upheld': 2 });
    a.project.cells['t4.review.total'] = 3;
    const b = unit('乙', { 't4.review.upheld': 2 });
    b.project.cells['t4.review.total'] = 1;
    const blank = unit('丙', { 't4.review.upheld': 5 });
    blank.project.cells['t4.review.total'] = null;
    const c = consolidateProjects([a, b, blank], meta);
    expect(c.project.cells['t4.review.total']).toBe(9);
    expect(c.totalMismatches).toEqual([{ key: 't4.review.total', place: '表四 行政复议 · 总计', derived: 9, units: ['甲', '乙'] }]);
  });

  it('keeps a total that units stated without any parts', () => {
    const a = unit('甲');
    a.project.cells['t4.suitDirect.total'] = 3;
    const c = consolidateProjects([a], meta);
    expect(c.project.cells['t4.suitDirect.total']).toBe(3);
  });

  it('of consistent reports is itself consistent: every total equals its parts, no table-rule errors', () => {
    const units = Array.from({ length: 50 }, (_, i) => ({ unit: `u${i}`, project: generateReport(i) }));
    const c = consolidateProjects(units, meta);
    for (const d of DERIVED_CELLS) {
      let sum = 0;
      for (const k of d.sumOf!) sum += c.project.cells[k] as number;
      expect(c.project.cells[d.key], d.key).toBe(sum);
    }
    for (const k of CELL_KEYS) {
      const expected = units.reduce((s, u) => s + (u.project.cells[k] as number), 0);
      expect(c.project.cells[k] as number, k).toBeCloseTo(expected, 6);
    }
    expect(c.totalMismatches).toEqual([]);
    const tableErrors = validate(c.project).filter((f) => f.severity === 'error' && /^(T|G)/.test(f.rule));
    expect(tableErrors).toEqual([]);
  });
});

describe('unit status', () => {
  const f = (severity: Finding['severity'], acknowledged = false): Finding => ({
    rule: 'X',
    severity,
    cells: [],
    message: '',
    fingerprint: String(Math.random()),
    ...(acknowledged ? { acknowledged: { reason: '已核实', by: '', at: '2026-01-05' } } : {}),
  });
  it('classifies by the worst unacknowledged finding', () => {
    expect(classifyFindings([])).toMatchObject({ status: 'clean', errors: 0, warnings: 0 });
    expect(classifyFindings([f('warning', true)])).toMatchObject({ status: 'clean', acknowledged: 1 });
    expect(classifyFindings([f('warning'), f('warning', true)])).toMatchObject({ status: 'warnings', warnings: 1, acknowledged: 1 });
    expect(classifyFindings([f('warning'), f('error')])).toMatchObject({ status: 'errors', errors: 1, warnings: 1 });
  });

  it('chooses the year most units report, the asked year first', () => {
    expect(chooseYear(new Map([[2024, 1], [2025, 3]]))).toBe(2025);
    expect(chooseYear(new Map([[2024, 2], [2025, 2]]))).toBe(2025);
    expect(chooseYear(new Map([[2025, 3]]), 2024)).toBe(2024);
    expect(chooseYear(new Map())).toBeNull();
  });

  it('reads the expected list and reports missing units, matching names loosely', () => {
    const list = parseExpectedList('\ufeff# 应报单位\n某县财政局\n\n 某县 教育局 \n某县财政局\n某县卫健委\n');
    expect(list).toEqual(['某县财政局', '某县 教育局', '某县卫健委']);
    const row = (u: string, file: string): UnitRow => ({ unit: u, file, year: 2025, status: 'clean', errors: 0, warnings: 0, acknowledged: 0, message: '' });
    const rows = applyExpectedList([row('某县财政局', 'a.nianbao.json'), row('某县教育局', 'b.nianbao.json'), row('外单位', '某县卫健委.docx'), row('某县商务局', 'c.nianbao.json')], list);
    expect(rows.map((r) => [r.unit, r.status, r.message])).toEqual([
      ['某县财政局', 'clean', ''],
      ['某县教育局', 'clean', ''],
      ['外单位', 'clean', ''], // found by its file name
      ['某县商务局', 'clean', '不在应报单位名单中'],
    ]);
    const missing = applyExpectedList([row('某县财政局', 'a.nianbao.json')], list).filter((r) => r.status === 'missing');
    expect(missing.map((r) => r.unit)).toEqual(['某县 教育局', '某县卫健委']);
    expect(missing[0]).toMatchObject({ file: '', year: null });
  });
});
