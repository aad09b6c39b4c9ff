// The `nianbao` command line as a person runs it: `node bin/nianbao.js …` in a shell.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Finding } from '../../src/shared';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const SAMPLE = join(ROOT, 'templates/sample-linyi-2024.nianbao.json');
let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'nianbao-cli-'));
});

function nianbao(...args: string[]) {
  const r = spawnSync(process.execPath, [join(ROOT, 'bin/nianbao.js'), ...args], { cwd: dir, encoding: 'utf8' });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

/**
 * A copy of the sample with some cells (and other fields) changed. The template has no 发布日期
 * (the published report names none); the copy is given one, so only the edits are judged.
 */
function edited(name: string, edit: (json: { cells: Record<string, unknown>; acknowledgements: unknown[] }) => void): string {
  const json = JSON.parse(readFileSync(SAMPLE, 'utf8'));
  json.meta.publishDate = '2025-01-20';
  edit(json);
  const file = join(dir, name);
  writeFileSync(file, JSON.stringify(json, null, 2));
  return file;
}
const findingsOf = (stdout: string) => (JSON.parse(stdout) as { findings: Finding[] }).findings;

describe('nianbao validate', () => {
  it('the sample template: only N-PUBDATE until dated; then no findings, exit 0, a Chinese verdict', () => {
    const undated = nianbao('validate', SAMPLE, '--json');
    expect(undated.status).toBe(2);
    expect(findingsOf(undated.stdout).map((f) => [f.rule, f.severity])).toEqual([['N-PUBDATE', 'error']]);
    expect(nianbao('validate', SAMPLE).stdout).toContain('[错误] 发布日期未填写（N-PUBDATE）：基本信息 · 发布日期尚未填写');
    const DATED = edited('dated.nianbao.json', () => {});
    const r = nianbao('validate', DATED);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('校验通过：没有错误，也没有提示。');
    const json = nianbao('validate', DATED, '--json');
    expect(json.status).toBe(0);
    expect(JSON.parse(json.stdout)).toMatchObject({ summary: { errors: 0, warnings: 0, acknowledged: 0 }, findings: [] });
  });

  it('t3.granted.naturalPerson 48 → 47: T3-BAL, T3-SUM7 and T3-ROWTOT with the keys and numbers, exit 2', () => {
    const file = edited('edited.nianbao.json', (j) => {
      expect(j.cells['t3.granted.naturalPerson']).toBe(48);
      j.cells['t3.granted.naturalPerson'] = 47;
    });
    const r = nianbao('validate', file, '--json');
    expect(r.status).toBe(2);
    const findings = findingsOf(r.stdout);
    expect(findings.map((f) => f.rule).sort()).toEqual(['T3-BAL', 'T3-ROWTOT', 'T3-SUM7']);
    const by = (rule: string) => findings.find((f) => f.rule === rule)!;
    for (const f of findings) {
      expect(f.severity).toBe('error');
      expect(f.cells).toContain('t3.granted.naturalPerson');
      expect(typeof f.message).toBe('string');
      expect(f.title).toMatch(/^[\u4e00-\u9fff]+$/);
    }
    expect(by('T3-BAL').title).toBe('申请总数不平衡');
    expect(by('T3-BAL')).toMatchObject({ lhs: 59, rhs: 58, difference: 1 });
    expect(by('T3-BAL').cells).toEqual(expect.arrayContaining(['t3.received.naturalPerson', 't3.carriedOver.naturalPerson', 't3.resultTotal.naturalPerson', 't3.carriedForward.naturalPerson', 't3.unavailable.notHeld.naturalPerson']));
    expect(by('T3-BAL').message).toMatch(/^表三自然人列：一（59）\+ 二（0）= 59，但三、本年度办理结果各项.*（一）予以公开（47）.*= 58，加四（0）= 58，相差 1/);
    expect(by('T3-SUM7')).toMatchObject({ lhs: 59, rhs: 58, difference: 1 });
    expect(by('T3-SUM7').cells).toHaveLength(22);
    expect(by('T3-SUM7').message).toContain('（七）总计（59）≠');
    expect(by('T3-ROWTOT')).toMatchObject({
      cells: ['naturalPerson', 'business', 'research', 'publicInterest', 'legalService', 'otherOrg', 'total'].map((c) => `t3.granted.${c}`),
      lhs: 48,
      rhs: 47,
      difference: 1,
      message: '表三“（一）予以公开”行：自然人（47）+ 商业企业（0）+ 科研机构（0）+ 社会公益组织（0）+ 法律服务机构（0）+ 其他（0）= 47，但总计为 48，相差 1',
    });

    const human = nianbao('validate', file);
    expect(human.status).toBe(2);
    expect(human.stdout).toContain('三、收到和处理政府信息公开申请情况\n  [错误] 申请总数不平衡（T3-BAL）：表三自然人列');
    expect(human.stdout).toContain('发现 3 个错误、0 个提示：错误须改正后才能导出正式文件。');
  });

  it('warnings only exit 1; acknowledged warnings exit 0', () => {
    const file = edited('warn.nianbao.json', (j) => {
      j.cells['t2.normativeDocuments.issued'] = 1;
    });
    const r = nianbao('validate', file, '--json');
    expect(r.status).toBe(1);
    const [f] = findingsOf(r.stdout);
    expect(f).toMatchObject({ rule: 'T2-VALID', severity: 'warning' });
    expect(nianbao('validate', file).stdout).toContain('二、主动公开政府信息情况\n  [提示] 现行有效少于本年制发（T2-VALID）：');
    const acked = edited('acked.nianbao.json', (j) => {
      j.cells['t2.normativeDocuments.issued'] = 1;
      j.acknowledgements = [{ rule: 'T2-VALID', fingerprint: f!.fingerprint, reason: '本年制发后又废止', by: '李四', at: '2025-01-10T09:00:00Z' }];
    });
    const a = nianbao('validate', acked);
    expect(a.status).toBe(0);
    expect(a.stdout).toContain('[已确认] 现行有效少于本年制发（T2-VALID）');
    expect(a.stdout).toContain('确认理由：本年制发后又废止（李四）');
  });

  it('--prior: last year’s 结转下年度 must equal this year’s 上年结转', () => {
    const prior = edited('prior.nianbao.json', (j) => {
      Object.assign(j, { meta: { ...JSON.parse(readFileSync(SAMPLE, 'utf8')).meta, year: 2023 } });
      j.cells['t3.carriedForward.naturalPerson'] = 2;
      j.cells['t3.carriedForward.total'] = 2;
    });
    const r = nianbao('validate', edited('dated.nianbao.json', () => {}), '--prior', prior, '--json');
    expect(r.status).toBe(2);
    // The prior here is the same text, so N-BOILERPLATE (内容雷同) speaks too; only 表三 matters here.
    expect(findingsOf(r.stdout).filter((f) => f.rule === 'T3-CARRY').map((f) => [f.rule, f.cells, f.lhs, f.rhs])).toEqual([
      ['T3-CARRY', ['t3.carriedOver.naturalPerson'], 0, 2],
      ['T3-CARRY', ['t3.carriedOver.total'], 0, 2],
    ]);
  });

  it('a broken or foreign file: Chinese message on stderr, exit 3, nothing on stdout', () => {
    const broken = join(dir, 'broken.nianbao.json');
    writeFileSync(broken, '{"kind": "nianbao-project", ');
    const r = nianbao('validate', broken);
    expect(r.status).toBe(3);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('文件已损坏或不是年报 Studio 项目文件');
    const missing = nianbao('validate', join(dir, 'no-such-file.json'));
    expect(missing.status).toBe(3);
    expect(missing.stderr).toContain('文件或文件夹不存在');
    const bad = edited('bad-cell.nianbao.json', (j) => {
      j.cells['t3.granted.naturalPerson'] = '48';
    });
    expect(nianbao('validate', bad).stderr).toContain('表三 （一）予以公开 · 自然人：取值不是数字');
  });

  it('wrong usage exits 64', () => {
    expect(nianbao('validate').status).toBe(64);
    expect(nianbao('validate', SAMPLE, '--bogus').status).toBe(64);
  });
});

describe('nianbao new --template', () => {
  it('creates a project from a blank template that validates with errors until filled in', () => {
    const r = nianbao('new', '--template', 'government', '--year', '2025', '--issuer', '某县人民政府', '-o', 'gov.nianbao.json');
    expect(r.status).toBe(0);
    const v = nianbao('validate', 'gov.nianbao.json', '--json');
    expect(v.status).toBe(2);
    expect(new Set(findingsOf(v.stdout).filter((f) => f.severity === 'error').map((f) => f.rule))).toEqual(new Set(['N-SECTIONS', 'N-PLACEHOLDER', 'N-PUBDATE']));
  });

  it('copies the sample as it is and refuses a blank template without issuer', () => {
    expect(nianbao('new', '--template', 'sample-linyi-2024', '-o', 'copy.nianbao.json').status).toBe(0);
    expect(readFileSync(join(dir, 'copy.nianbao.json'), 'utf8')).toBe(readFileSync(SAMPLE, 'utf8'));
    const r = nianbao('new', '--template', 'department', '--year', '2025', '-o', 'x.nianbao.json');
    expect(r.status).toBe(64);
    expect(r.stderr).toContain('请用 --issuer 指定发布机关名称');
  });
});
