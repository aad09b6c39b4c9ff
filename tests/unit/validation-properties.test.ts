// Property-based: whatever a report holds, the engine answers with well-formed findings, and
// deriveTotals always produces totals that satisfy T3-SUM7, T3-ROWTOT and T4-SUM.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CELL_KEYS, FindingSchema, RULES, T3_COLUMNS, T3_ROWS, createProject, deriveTotals, isCellKey, validate, type CellValue, type Project } from '../../src/shared';

const cellValue: fc.Arbitrary<CellValue> = fc.oneof(
  { weight: 6, arbitrary: fc.nat(500) },
  { weight: 2, arbitrary: fc.constant(null) },
  { weight: 1, arbitrary: fc.double({ min: -1e9, max: 1e9, noNaN: true, noDefaultInfinity: true }) },
  { weight: 1, arbitrary: fc.constantFrom('/', '—', '不适用').map((na) => ({ na })) },
  { weight: 1, arbitrary: fc.string({ maxLength: 8 }).map((raw) => ({ raw })) },
);
const cells = fc.tuple(...CELL_KEYS.map(() => cellValue)).map((vs) => Object.fromEntries(CELL_KEYS.map((k, i) => [k, vs[i]!])));
const prose = fc.oneof(
  fc.string({ maxLength: 200 }),
  fc.constantFrom(
    '',
    '2024年共处理依申请公开 59 件，其中予以公开48件。',
    '五、存在的问题及改进情况\n统计期限为2023年1月1日至12月31日。',
    '【电话】收取信息处理费 355 元，行政复议3起，部分公开。',
    '《中华人民共和国政府信息年度报告格式》（国办公开办函202130 号）',
  ),
);
const project: fc.Arbitrary<Project> = fc
  .record({
    cells,
    level: fc.constantFrom('department', 'government', 'township', 'other' as const),
    year: fc.integer({ min: 2008, max: 2200 }),
    overview: prose,
    problems: prose,
    other: prose,
    preamble: prose,
    publishDate: fc.option(fc.date({ min: new Date('2008-01-01'), max: new Date('2200-12-31'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10))),
  })
  .map((r) => {
    const p = createProject({ issuer: '某局', year: r.year, issuerLevel: r.level });
    p.cells = r.cells;
    Object.assign(p.sections, { overview: r.overview, problems: r.problems, other: r.other });
    p.meta.preamble = r.preamble;
    p.meta.publishDate = r.publishDate;
    return p;
  });

const RULE_IDS = new Set(RULES.map((r) => r.id));

describe('validate on random reports', () => {
  it('never throws and every finding is well formed', () => {
    fc.assert(
      fc.property(project, fc.option(cells), (p, priorCells) => {
        const prior = priorCells ? { issuer: 'x', year: p.meta.year - 1, source: '', cells: priorCells, sections: {} } : null;
        const findings = validate(p, { prior });
        for (const f of findings) {
          expect(FindingSchema.safeParse(f).success).toBe(true);
          expect(RULE_IDS.has(f.rule)).toBe(true);
          expect(f.message).toMatch(/[\u4e00-\u9fff]/);
          expect(f.cells.every(isCellKey)).toBe(true);
          if (f.lhs !== undefined && f.rhs !== undefined && f.difference !== undefined) expect(f.difference).toBeCloseTo(f.lhs - f.rhs, 6);
        }
      }),
      { numRuns: 300 },
    );
  });
});

describe('deriveTotals', () => {
  // Counts only: totals of integers are exact, so the equations must hold to the unit.
  const countCells = fc
    .tuple(...CELL_KEYS.map(() => fc.oneof(fc.nat(1000), fc.constant(null), fc.constant({ na: '/' }), fc.constant({ raw: 'x' }))))
    .map((vs) => Object.fromEntries(CELL_KEYS.map((k, i) => [k, vs[i]! as CellValue])));

  it('always satisfies T3-SUM7, T3-ROWTOT and T4-SUM', () => {
    fc.assert(
      fc.property(countCells, (c) => {
        const p = createProject({ issuer: '某局', year: 2024, issuerLevel: 'department' });
        p.cells = deriveTotals(c);
        const broken = validate(p).filter((f) => ['T3-SUM7', 'T3-ROWTOT', 'T4-SUM'].includes(f.rule));
        expect(broken).toEqual([]);
      }),
      { numRuns: 300 },
    );
  });

  it('keeps every part as entered and leaves an all-blank total blank', () => {
    fc.assert(
      fc.property(countCells, (c) => {
        const d = deriveTotals(c);
        for (const k of CELL_KEYS) if (!k.endsWith('.total') && !k.startsWith('t3.resultTotal.')) expect(d[k]).toEqual(c[k]);
      }),
      { numRuns: 100 },
    );
    const blank = deriveTotals(createProject({ issuer: '某局', year: 2024, issuerLevel: 'department' }).cells);
    expect(blank['t3.resultTotal.total']).toBeNull();
  });
});

describe('T3-BAL fires exactly when a column is out of balance', () => {
  // An oracle written from the standard's note, not from the rule: per column,
  // 一 + 二 = 三（七）总计 + 四; and when （七）总计 disagrees with the results it sums, the
  // itemised results + 四 must equal 一 + 二 as well. Blank, n/a and text count 0.
  const RESULT_ROWS = T3_ROWS.filter((r) => r.groups.length > 0 && !r.isTotal).map((r) => r.key);
  const n = (v: CellValue | undefined) => (typeof v === 'number' ? v : 0);
  const outOfBalance = (cells: Record<string, CellValue>, col: string) => {
    const at = (row: string) => n(cells[`t3.${row}.${col}`]);
    const lhs = at('received') + at('carriedOver');
    const stored = at('resultTotal');
    const itemised = RESULT_ROWS.reduce((s, r) => s + at(r), 0);
    return lhs !== stored + at('carriedForward') || (itemised !== stored && lhs !== itemised + at('carriedForward'));
  };
  const ROWS = ['received', 'carriedOver', 'resultTotal', 'carriedForward', ...RESULT_ROWS];
  /** One column: balanced by construction, then perhaps one cell nudged, perhaps some 0s left blank or n/a. */
  const column = fc.record({
    parts: fc.array(fc.nat(40), { minLength: RESULT_ROWS.length, maxLength: RESULT_ROWS.length }),
    carriedOver: fc.nat(30),
    carriedForward: fc.nat(30),
    nudge: fc.option(fc.record({ row: fc.constantFrom(...ROWS), by: fc.integer({ min: -3, max: 3 }) }), { freq: 2 }),
    zeroAs: fc.constantFrom<CellValue>(0, null, { na: '/' }),
  });

  it('over random columns, balanced or not', () => {
    fc.assert(
      fc.property(fc.tuple(...T3_COLUMNS.map(() => column)), (columns) => {
        const p = createProject({ issuer: '某局', year: 2024, issuerLevel: 'department' });
        T3_COLUMNS.forEach((c, i) => {
          const col = columns[i]!;
          const itemised = col.parts.reduce((a, b) => a + b, 0);
          const carriedOver = Math.min(col.carriedOver, itemised + col.carriedForward);
          const values: Record<string, number> = {
            received: itemised + col.carriedForward - carriedOver,
            carriedOver,
            resultTotal: itemised,
            carriedForward: col.carriedForward,
          };
          RESULT_ROWS.forEach((r, j) => (values[r] = col.parts[j]!));
          if (col.nudge) values[col.nudge.row] = Math.max(0, values[col.nudge.row]! + col.nudge.by);
          for (const [row, v] of Object.entries(values)) p.cells[`t3.${row}.${c.key}`] = v === 0 ? col.zeroAs : v;
        });
        const fired = new Set(validate(p).filter((f) => f.rule === 'T3-BAL').map((f) => T3_COLUMNS.find((c) => f.cells[0]!.endsWith(`.${c.key}`))!.key));
        const expected = new Set(T3_COLUMNS.map((c) => c.key).filter((k) => outOfBalance(p.cells, k)));
        expect([...fired].sort()).toEqual([...expected].sort());
      }),
      { numRuns: 300 },
    );
  });
});
