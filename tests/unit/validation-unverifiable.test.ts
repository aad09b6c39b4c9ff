// 无法判断: a rule whose operands include a cell the importer could not read neither passes nor
// fails. A copy cut off before （七）总计 gives unverifiable findings naming the unread cells,
// never a T3-BAL / T3-SUM7 error; typing the number in makes the rule judge again.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadProject, serializeProject, summarize, validate, type Project } from '../../src/shared';
import { importReport } from '../../src/main/import';
import { nianbao } from './support/nianbao-bin';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';

const FULL = readFileSync(join(__dirname, '../fixtures/reports/linyi-approval-bureau-2024.txt'), 'utf8');
/** The same report cut off right before （七）总计. */
const CUT = FULL.slice(0, FULL.indexOf('(七)总计'));

async function imported(text: string): Promise<Project> {
  const r = await importReport({ name: 'cut.txt', bytes: new TextEncoder().encode(text) });
  if (!r.ok) throw new Error(r.message);
  return r.project;
}

describe('unverifiable (无法判断)', () => {
  it('a copy cut off before （七）总计: no T3-BAL/T3-SUM7 error, unverifiable findings naming the unread cells', async () => {
    const p = await imported(CUT);
    expect(p.unread).toContain('t3.resultTotal.total');
    expect(p.unread).toContain('t3.carriedForward.naturalPerson');
    expect(p.unread).toContain('t4.review.total');
    // Cells the copy shows are not unread.
    expect(p.unread).not.toContain('t3.received.total');
    const findings = validate(p);
    expect(findings.filter((f) => ['T3-BAL', 'T3-SUM7'].includes(f.rule) && f.severity !== 'unverifiable')).toEqual([]);
    const bal = findings.filter((f) => f.rule === 'T3-BAL' && f.severity === 'unverifiable');
    expect(bal.length).toBeGreaterThan(0);
    expect(bal[0]!.message).toMatch(/未能从导入的原文读出，无法判断/);
    expect(bal[0]!.lhs).toBeUndefined();
    expect(findings.some((f) => f.rule === 'T3-SUM7' && f.severity === 'unverifiable' && f.cells.includes('t3.resultTotal.total'))).toBe(true);
    expect(summarize(findings).unverifiable).toBe(findings.filter((f) => f.severity === 'unverifiable').length);
    // Unverifiable findings come after errors and warnings.
    const first = findings.findIndex((f) => f.severity === 'unverifiable');
    expect(findings.slice(first).every((f) => f.severity === 'unverifiable')).toBe(true);
  });

  it('a copy cut off before 五 and 六: their absence is 无法判断, not an N-SECTIONS error; writing them judges again', async () => {
    const p = await imported(CUT);
    expect(p.unreadSections).toEqual(['problems', 'other']);
    const findings = validate(p);
    const sections = findings.filter((f) => f.rule === 'N-SECTIONS');
    expect(sections.map((f) => [f.section, f.severity])).toEqual([
      ['problems', 'unverifiable'],
      ['other', 'unverifiable'],
    ]);
    expect(sections[0]!.message).toMatch(/^“五、存在的主要问题及改进情况”未能从导入的原文读出（原文在此之前中断），无法判断（按空计算则为：/);
    // 六's 信息处理费 statement was not seen either.
    expect(findings.filter((f) => f.rule === 'N-FEE-ZERO').map((f) => f.severity)).toEqual(['unverifiable']);
    expect(findings.filter((f) => f.section === 'problems' || f.section === 'other').every((f) => f.severity === 'unverifiable')).toBe(true);
    // The clerk writes 五 from the original: it is judged again; 六 still cannot be.
    p.sections.problems = '一是……。';
    const again = validate(p).filter((f) => f.rule === 'N-SECTIONS');
    expect(again.map((f) => [f.section, f.severity])).toEqual([['other', 'unverifiable']]);
    p.sections.problems = '';
    p.unreadSections = undefined;
    expect(validate(p).filter((f) => f.rule === 'N-SECTIONS').map((f) => f.severity)).toEqual(['error', 'error']);
  });

  it('a report with its 落款 but no 六 is judged: the section is absent, not unread', async () => {
    // 六 and its text removed, a 落款 closing the report.
    const signed = `${FULL.slice(0, FULL.indexOf('六、其他需要报告的事项'))}\n临沂市行政审批服务局\n2025年1月20日\n`;
    const p = await imported(signed);
    expect(p.unreadSections).toBeUndefined();
    expect(validate(p).filter((f) => f.rule === 'N-SECTIONS').map((f) => [f.section, f.severity])).toEqual([['other', 'error']]);
  });

  it('the complete report has nothing unread and nothing unverifiable', async () => {
    const p = await imported(FULL);
    expect(p.unread).toEqual([]);
    expect(validate(p).filter((f) => f.severity === 'unverifiable')).toEqual([]);
  });

  it('a number typed into an unread cell is judged again; a wrong one is an error', async () => {
    const p = await imported(CUT);
    for (const k of p.unread ?? []) p.cells[k] = 0;
    // 五 and 六, which the copy did not reach either, written in from the original.
    p.sections.problems = '一是……。';
    p.sections.other = '本机关未收取信息处理费。';
    p.cells['t3.resultTotal.naturalPerson'] = 59;
    p.cells['t3.resultTotal.total'] = 58;
    const findings = validate(p);
    expect(findings.filter((f) => f.severity === 'unverifiable')).toEqual([]);
    expect(findings.some((f) => f.rule === 'T3-SUM7' && f.severity === 'error')).toBe(true);
  });

  it('the project file keeps unread cells; files without the field still load', async () => {
    const p = await imported(CUT);
    const again = loadProject(serializeProject(p));
    if (!again.ok) throw new Error(again.message);
    expect(again.project.unread).toEqual(p.unread);
    const old = JSON.parse(serializeProject(p)) as Record<string, unknown>;
    delete old.unread;
    const loaded = loadProject(JSON.stringify(old));
    expect(loaded.ok && loaded.project.unread).toBeUndefined();
    expect(loadProject(JSON.stringify({ ...old, unread: ['t9.nothing'] })).ok).toBe(false);
  });

  it('nianbao validate --json says unverifiable, and no T3-BAL/T3-SUM7 error', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'nianbao-unv-'));
    await writeFile(join(dir, 'cut.txt'), CUT);
    expect((await nianbao(['import', join(dir, 'cut.txt'), '-o', join(dir, 'cut.json')])).code).toBe(0);
    const r = await nianbao(['validate', join(dir, 'cut.json'), '--json']);
    const out = JSON.parse(r.stdout) as { summary: { unverifiable: number }; findings: { rule: string; severity: string }[] };
    expect(out.findings.filter((f) => ['T3-BAL', 'T3-SUM7'].includes(f.rule)).map((f) => f.severity)).not.toContain('error');
    expect(out.findings.some((f) => f.rule === 'T3-BAL' && f.severity === 'unverifiable')).toBe(true);
    expect(out.summary.unverifiable).toBeGreaterThan(0);
    const human = await nianbao(['validate', join(dir, 'cut.json')]);
    expect(human.stdout).toMatch(/\[无法判断\] .*（T3-BAL）/);
    expect(human.stdout).toMatch(/另有 \d+ 项无法判断/);
  });
});
