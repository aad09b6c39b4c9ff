// The command-line pieces every command shares (src/main/cli/arguments.ts), each from both sides.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { serializeProject } from '../../src/shared';
import { oneInput, openProject, parseIssuerLevel, refuseOverwrite } from '../../src/main/cli/arguments';
import { UsageError } from '../../src/main/cli/command';
import { sampleProject } from './support/sample';

const dir = mkdtempSync(join(tmpdir(), 'nianbao-args-'));
afterEach(() => vi.restoreAllMocks());

describe('command-line arguments', () => {
  it('oneInput: exactly one non-empty input, else the usage message', () => {
    expect(oneInput(['a.nianbao.json'], '请指定')).toBe('a.nianbao.json');
    for (const bad of [[], ['a', 'b'], ['']]) expect(() => oneInput(bad, '请指定一个年报项目文件')).toThrow(new UsageError('请指定一个年报项目文件'));
  });

  it('refuseOverwrite: an existing output only with --force', async () => {
    const there = join(dir, 'there.xlsx');
    writeFileSync(there, 'x');
    await expect(refuseOverwrite([join(dir, 'new.xlsx'), there], false)).rejects.toThrow(`${there} 已存在，未覆盖（如需覆盖请加 --force）`);
    await expect(refuseOverwrite([there], true)).resolves.toBeUndefined();
    await expect(refuseOverwrite([join(dir, 'new.xlsx')], false)).resolves.toBeUndefined();
  });

  it('parseIssuerLevel: by code or Chinese name', () => {
    expect(parseIssuerLevel('township')).toBe('township');
    expect(parseIssuerLevel('县级以上人民政府')).toBe('government');
    expect(() => parseIssuerLevel('科室')).toThrow('机关类型“科室”无效，应为 department / government / township / other');
  });

  it('openProject: the project, or null with every problem of a broken file on stderr', async () => {
    const good = join(dir, 'good.nianbao.json');
    writeFileSync(good, serializeProject(sampleProject()));
    expect((await openProject(good))!.meta.issuer).toBe('临沂市行政审批服务局');

    const broken = sampleProject() as unknown as { meta: Record<string, unknown> };
    broken.meta.year = 1999;
    broken.meta.issuerLevel = '科室';
    const bad = join(dir, 'bad.nianbao.json');
    writeFileSync(bad, JSON.stringify(broken));
    let stderr = '';
    vi.spyOn(process.stderr, 'write').mockImplementation((s) => ((stderr += String(s)), true));
    expect(await openProject(bad)).toBeNull();
    const lines = stderr.trimEnd().split('\n');
    expect(lines[0]).toMatch(new RegExp(`^${bad}：`));
    expect(lines.slice(1)).toHaveLength(2); // one line per problem: the year and the level
    expect(lines.slice(1).every((l) => l.startsWith('  - '))).toBe(true);
  });
});
