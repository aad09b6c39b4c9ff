// `nianbao import FILE -o OUT [--json] [--force]` as a clerk or a script runs it.
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { loadProject } from '../../src/shared';
import { importCommand } from '../../src/main/cli/commands/import';
import { UsageError } from '../../src/main/cli/command';

const SAMPLE = join(__dirname, '../fixtures/reports/linyi-approval-bureau-2024.txt');
let out = '';
let err = '';

beforeEach(() => {
  out = '';
  err = '';
  vi.spyOn(process.stdout, 'write').mockImplementation((s) => ((out += String(s)), true));
  vi.spyOn(process.stderr, 'write').mockImplementation((s) => ((err += String(s)), true));
});
afterEach(() => vi.restoreAllMocks());

describe('nianbao import', () => {
  const dir = mkdtempSync(join(tmpdir(), 'nianbao-import-cli-'));

  it('writes a project that loads, and prints what it recognised', async () => {
    const target = join(dir, 'linyi.nianbao.json');
    expect(await importCommand.run([SAMPLE, '-o', target])).toBe(0);
    const loaded = loadProject(readFileSync(target, 'utf8'));
    expect(loaded.ok).toBe(true);
    if (loaded.ok) expect(loaded.project.cells['t3.received.total']).toBe(59);
    expect(out).toContain('[第52行] 表三“一、本年新收政府信息公开申请数量”：读出 7 格');
    expect(out).toContain(`已导入到 ${target}`);
  });

  it('refuses to overwrite an existing project unless --force', async () => {
    const target = join(dir, 'exists.nianbao.json');
    writeFileSync(target, 'keep me');
    await expect(importCommand.run([SAMPLE, '-o', target])).rejects.toThrow(UsageError);
    expect(readFileSync(target, 'utf8')).toBe('keep me');
    expect(await importCommand.run([SAMPLE, '-o', target, '--force'])).toBe(0);
    expect(loadProject(readFileSync(target, 'utf8')).ok).toBe(true);
  });

  it('--json prints the log and the cells', async () => {
    const target = join(dir, 'json.nianbao.json');
    expect(await importCommand.run([join(__dirname, '../fixtures/reports/longgang-district-dept-2024.txt'), '-o', target, '--json'])).toBe(0);
    const json = JSON.parse(out) as { ok: boolean; log: { level: string; cells?: string[] }[]; cells: Record<string, unknown> };
    expect(json.ok).toBe(true);
    expect(json.cells['t2.normativeDocuments.inForce']).toBe(25);
    expect(json.cells['t3.denied.enforcementFile.total']).toBeNull();
    expect(json.log.some((e) => e.level === 'warning' && e.cells?.includes('t3.denied.enforcementFile.total'))).toBe(true);
  });

  it('a broken file: Chinese reason, exit 3 (as every command for an unreadable input), nothing written', async () => {
    const bad = join(dir, '坏.docx');
    writeFileSync(bad, 'not a zip');
    const target = join(dir, 'bad.nianbao.json');
    expect(await importCommand.run([bad, '-o', target])).toBe(3);
    expect(err).toMatch(/已损坏或不是有效的 \.docx/);
    expect(existsSync(target)).toBe(false);
  });

  it('asks for -o', async () => {
    await expect(importCommand.run([SAMPLE])).rejects.toThrow(/-o/);
  });
});
