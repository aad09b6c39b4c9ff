// Every fixture report (tests/fixtures/reports, held-out ones included once their cells.json
// exist) imported the way `nianbao import` does, and every one of its 200 cells compared with
// the list read by eye: numbers as published, blanks where the copy shows nothing, n/a marks
// kept. Then the findings the validator reports on the imported project.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CELL_KEYS, validate, type CellValue } from '../../src/shared';
import { importReport } from '../../src/main/import';

const ROOT = join(__dirname, '../fixtures/reports');
const ARITHMETIC = new Set(['T3-BAL', 'T3-SUM7', 'T3-ROWTOT', 'T4-SUM', 'T2-VALID']);

interface Expected {
  issuer: string;
  /** null: the copy names no year anywhere; the importer must say so, not pass a guess off as read. */
  year: number | null;
  cells: Record<string, CellValue>;
  /** arithmetic: judged errors and warnings; unverifiable: rules that need a cell the copy did not show (无法判断). */
  findings?: { arithmetic: [string, string][]; present: string[]; absent: string[]; unverifiable?: [string, string][]; unverifiableRules?: string[] };
}

function fixtures(dir: string): { name: string; source: string; expected: Expected }[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => f.endsWith('.cells.json'))
    .map((f) => {
      const base = f.slice(0, -'.cells.json'.length);
      const source = ['.txt', '.html', '.docx', '.xlsx'].map((ext) => join(dir, base + ext)).find(existsSync);
      if (!source) throw new Error(`no source text for ${f}`);
      return { name: base, source, expected: JSON.parse(readFileSync(join(dir, f), 'utf8')) as Expected };
    });
}

const ALL = [...fixtures(ROOT), ...fixtures(join(ROOT, 'holdout')).map((f) => ({ ...f, name: `holdout/${f.name}` }))];

describe('import of published reports', () => {
  it('has the fixtures the brief asks for', () => {
    expect(ALL.length).toBeGreaterThanOrEqual(45);
  });

  describe.each(ALL)('$name', ({ source, expected }) => {
    it('reads every cell as published, and nothing else', async () => {
      const r = await importReport(source);
      if (!r.ok) throw new Error(r.message);
      expect(Object.keys(expected.cells).sort()).toEqual([...CELL_KEYS].sort());
      const wrong: string[] = [];
      for (const key of CELL_KEYS) {
        const got = r.project.cells[key] ?? null;
        if (JSON.stringify(got) !== JSON.stringify(expected.cells[key])) wrong.push(`${key}: got ${JSON.stringify(got)}, expected ${JSON.stringify(expected.cells[key])}`);
      }
      expect(wrong).toEqual([]);
      expect(r.project.meta.issuer).toBe(expected.issuer);
      if (expected.year !== null) expect(r.project.meta.year).toBe(expected.year);
      else expect(r.log.filter((e) => e.level === 'error').map((e) => e.message).join('\n')).toMatch(/未能识别报告年度/);
    });

    it('lists every cell it left blank in the log', async () => {
      const r = await importReport(source);
      if (!r.ok) throw new Error(r.message);
      const blank = CELL_KEYS.filter((k) => r.project.cells[k] === null);
      const logged = new Set(r.log.filter((e) => e.level !== 'info').flatMap((e) => e.cells ?? []));
      expect(blank.filter((k) => !logged.has(k))).toEqual([]);
    });

    it.runIf(/\.(txt|html)$/.test(source))('invents no number: every number it filled in is written in the source', async () => {
      const r = await importReport(source);
      if (!r.ok) throw new Error(r.message);
      const text = readFileSync(source, 'utf8').normalize('NFKC').replace(/(\d),(?=\d{3}\b)/g, '$1');
      const written = new Set((text.match(/\d+(?:\.\d+)?/g) ?? []).map(Number));
      const invented = CELL_KEYS.filter((k) => typeof r.project.cells[k] === 'number' && !written.has(r.project.cells[k] as number));
      expect(invented).toEqual([]);
    });

    it.runIf(expected.findings)('gives the validator findings checked by hand', async () => {
      const r = await importReport(source);
      if (!r.ok) throw new Error(r.message);
      // As the batch audit shows them: the validator's, and the import's own (N-TABLE-SHAPE).
      const all = [...validate(r.project), ...r.findings];
      const findings = all.filter((f) => f.severity !== 'unverifiable');
      const pair = (f: (typeof all)[number]) => [f.rule, f.cells.find((c) => c.startsWith('t3.resultTotal.'))?.split('.')[2] ?? f.cells[0]] as [string, string];
      const arithmetic = findings.filter((f) => ARITHMETIC.has(f.rule)).map(pair);
      expect(arithmetic.sort()).toEqual([...expected.findings!.arithmetic].sort());
      const unverifiable = all.filter((f) => f.severity === 'unverifiable').map(pair);
      for (const p of expected.findings!.unverifiable ?? []) expect(unverifiable, p.join(' ')).toContainEqual(p);
      for (const rule of expected.findings!.unverifiableRules ?? []) expect(unverifiable.map((p) => p[0]), rule).toContain(rule);
      const rules = new Set(findings.map((f) => f.rule));
      for (const rule of expected.findings!.present) expect(rules, rule).toContain(rule);
      for (const rule of expected.findings!.absent) expect(rules, rule).not.toContain(rule);
    });
  });
});
