// The app's 上年度 / 汇总 / 批量审核 channels, driven through the real handler table with
// scripted dialogs, answers parsed by the renderer's client as in the app.
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import ExcelJS from 'exceljs';
import { createProject, linkPriorYear, serializeProject } from '../../src/shared';
import { createClient, type IpcClient, type IpcResult } from '../../src/shared/ipc';
import { createHandlers, type HandlerTable } from '../../src/main/ipc/handlers';
import { SUMMARY_SHEET, FINDINGS_SHEET } from '../../src/main/batch';
import { createTestDeps, type TestPlatform } from '../browser/bridge';
import { generateReport } from './aggregate-generate';

let dir: string;
let platform: TestPlatform;
let h: HandlerTable;
let client: IpcClient;

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'nianbao-ipc-batch-'));
  platform = createTestDeps({ userDataDir: join(dir, 'userData'), documentsDir: dir });
  h = createHandlers(platform.deps);
  client = createClient((channel, input) => (h as Record<string, (i: unknown) => Promise<unknown>>)[channel]!(input));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

function value<T>(r: IpcResult<T>): T {
  if (!r.ok) throw new Error(`expected ok, got ${r.code}: ${r.error}`);
  return r.value;
}

/** A folder of three units: clean, with errors (T3-BAL), and a file that is not a report. */
function unitsFolder(): string {
  const units = join(dir, '各单位');
  mkdirSync(units);
  writeFileSync(join(units, 'a.nianbao.json'), serializeProject(generateReport(0)));
  const unbalanced = generateReport(1);
  unbalanced.cells['t3.received.naturalPerson'] = (unbalanced.cells['t3.received.naturalPerson'] as number) + 3;
  writeFileSync(join(units, 'b.nianbao.json'), serializeProject(unbalanced));
  writeFileSync(join(units, 'c-broken.nianbao.json'), '{"kind": "nianbao-project", "schemaVersion": 99}');
  return units;
}

describe('prior.read', () => {
  test('reads a published report chosen in the dialog; the renderer links it', async () => {
    const sample = new URL('../fixtures/samples/linyi-approval-bureau-2024.txt', import.meta.url).pathname;
    platform.dialogs.open.push(sample);
    const read = value(await client.prior.read({ fallbackYear: 2024 }));
    expect(read).not.toBeNull();
    expect(read!.source).toBe('linyi-approval-bureau-2024.txt');
    expect(read!.project.meta.year).toBe(2024);
    const asked = platform.dialogs.asked[0]!;
    expect(asked.type === 'open' && asked.request.filters[0]!.extensions).toContain('json');
    const current = createProject({ issuer: read!.project.meta.issuer, year: 2025, issuerLevel: 'department' });
    const linked = linkPriorYear(current, read!.project, read!.source);
    expect(linked.project.cells['t3.carriedOver.total']).toBe(read!.project.cells['t3.carriedForward.total']);
  });

  test('cancelled dialog answers null; an unreadable file is refused in Chinese', async () => {
    expect(value(await client.prior.read({}))).toBeNull();
    const bad = join(dir, 'x.nianbao.json');
    writeFileSync(bad, 'not json');
    const r = await client.prior.read({ path: platform.grant(bad, 'read') });
    expect(r.ok).toBe(false);
    expect(!r.ok && r.error).toMatch(/未能读取上年度报告 x\.nianbao\.json/);
  });
});

describe('batch.run', () => {
  test('汇总: the folder from the dialog, progress polled, consolidated project, summary workbook', async () => {
    const units = unitsFolder();
    platform.dialogs.open.push(units);
    const seen: number[] = [];
    const running = client.batch.run({ runId: 'r1', kind: 'aggregate', issuer: '某市政务公开办' });
    // Poll as the renderer does until the run answers.
    let settled = false;
    void running.then(() => (settled = true));
    while (!settled) {
      const p = value(await client.batch.progress({ runId: 'r1' }));
      if (p) seen.push(p.done);
      await new Promise((r) => setTimeout(r, 5));
    }
    const out = value(await running)!;
    const asked = platform.dialogs.asked[0]!;
    expect(asked.type === 'open' && asked.request.directory).toBe(true);
    expect(out.rows.map((r) => r.status).sort()).toEqual(['clean', 'errors', 'unreadable']);
    expect(out.consolidation!.units).toBe(2);
    expect(out.consolidation!.project.meta.issuer).toBe('某市政务公开办');
    const a = generateReport(0).cells['t3.received.business'] as number;
    const b = generateReport(1).cells['t3.received.business'] as number;
    expect(out.consolidation!.project.cells['t3.received.business']).toBe(a + b);
    const final = value(await client.batch.progress({ runId: 'r1' }))!;
    expect(final).toMatchObject({ done: 3, total: 3, finished: true });
    expect(seen.every((n, i) => i === 0 || n >= seen[i - 1]!)).toBe(true);

    const target = join(dir, 'out', '汇总');
    mkdirSync(join(dir, 'out'));
    platform.grant(`${target}.xlsx`, 'write');
    const written = value(await client.batch.export({ runId: 'r1', path: target }))!;
    expect(written.path).toBe(`${target}.xlsx`);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(written.path);
    expect(wb.getWorksheet(SUMMARY_SHEET)).toBeDefined();
    expect(wb.worksheets.map((w) => w.name)).toContain('单位状态');
  });

  test('批量审核: every finding with its unit; the audit workbook from the save dialog', async () => {
    const units = unitsFolder();
    const out = value(await client.batch.run({ runId: 'a1', kind: 'audit', dir: platform.access.grantFolder(units), expected: ['第1单位', '缺席单位'] }))!;
    expect(out.consolidation).toBeNull();
    expect(out.rows.find((r) => r.unit === '缺席单位')).toMatchObject({ status: 'missing', file: '' });
    expect(out.rows.find((r) => r.unit === '第2单位')!.message).toMatch(/不在应报单位名单中/);
    const rules = new Set(out.findings.filter((f) => f.file === 'b.nianbao.json').map((f) => f.finding.rule));
    expect(rules.has('T3-BAL')).toBe(true);
    platform.dialogs.save.push(join(dir, '审核.xlsx'));
    const written = value(await client.batch.export({ runId: 'a1' }))!;
    const asked = platform.dialogs.asked.at(-1)!;
    expect(asked.type === 'save' && asked.request.defaultPath).toMatch(/各单位.*审核结果\.xlsx$/);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(written.path);
    expect(wb.getWorksheet(FINDINGS_SHEET)!.rowCount).toBeGreaterThan(out.findings.length);
    // Titled as `nianbao audit` titles it (auditTitle).
    expect(out.year).toBe(2025);
    expect(wb.getWorksheet('单位状态')!.getCell(1, 1).value).toBe(`${basename(units)} 2025 年度 政府信息公开工作年度报告审核结果`);
  });

  test('a folder with no report, an unknown run and bad input are refused in Chinese', async () => {
    const empty = join(dir, 'empty');
    mkdirSync(empty);
    writeFileSync(join(empty, 'readme.md'), 'hi');
    const r = await client.batch.run({ runId: 'e1', kind: 'audit', dir: platform.access.grantFolder(empty) });
    expect(!r.ok && r.error).toMatch(/没有找到报告文件（另有 1 个其他文件）/);
    const x = await client.batch.export({ runId: 'nope', path: join(dir, 'x.xlsx') });
    expect(!r.ok && !x.ok && x.error).toMatch(/请重新运行/);
    expect(existsSync(join(dir, 'x.xlsx'))).toBe(false);
    const bad = await h['batch.run']({ runId: '../x', kind: 'audit' });
    expect(!bad.ok && bad.error).toMatch(/任务标识：任务标识只能含字母/);
    const blankName = await h['batch.run']({ runId: 'x1', kind: 'audit', dir: empty, expected: ['  '] });
    expect(!blankName.ok && blankName.error).toMatch(/应报单位名单/);
    expect(value(await client.batch.progress({ runId: 'never' }))).toBeNull();
    expect(platform.dialogs.asked).toHaveLength(0);
  });

  test('汇总 of a folder where nothing can be summed is refused, naming the units', async () => {
    const units = join(dir, 'bad');
    mkdirSync(units);
    writeFileSync(join(units, 'x.nianbao.json'), '{}');
    const r = await client.batch.run({ runId: 'b1', kind: 'aggregate', dir: platform.access.grantFolder(units) });
    expect(!r.ok && r.error).toMatch(/没有可以计入汇总的报告/);
    expect(!r.ok && r.details?.[0]).toMatch(/无法读取/);
  });
});
