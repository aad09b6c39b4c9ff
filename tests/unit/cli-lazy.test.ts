// A command loads only what it needs: a script that runs `nianbao validate` once per file must
// not pay for loading exceljs (the workbook commands) on every call (src/main/cli/commands/index.ts).
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, expect, test } from 'vitest';
import { nianbao } from './support/nianbao-bin';

const HOOK = new URL('./support/loaded-packages.mjs', import.meta.url).href;

/** The CommonJS packages the command loaded, and its exit status. */
async function loaded(args: string[]): Promise<{ code: number; packages: string[] }> {
  const { code, stderr } = await nianbao(args, ['--import', HOOK]);
  const line = stderr.split('\n').find((l) => l.startsWith('loaded-packages: '));
  if (!line) throw new Error(`no report from the hook: ${stderr}`);
  return { code, packages: JSON.parse(line.slice('loaded-packages: '.length)) as string[] };
}

let project: string;
beforeAll(async () => {
  project = join(mkdtempSync(join(tmpdir(), 'nianbao-cli-lazy-')), 'sample.nianbao.json');
  expect((await loaded(['new', '--template', 'sample-linyi-2024', '-o', project])).packages).toEqual([]);
}, 30_000);

test('validate and cells load no workbook library', async () => {
  expect(await loaded(['validate', project])).toEqual({ code: 2, packages: [] }); // 2: no 发布日期 yet
  expect(await loaded(['cells', project])).toEqual({ code: 0, packages: [] });
}, 30_000);

test('export to .xlsx does load it (the check can see a loaded package)', async () => {
  const out = join(project, '..', 'out.xlsx');
  const { code, packages } = await loaded(['export', project, '--draft', '--xlsx', out]);
  expect(code).toBe(0);
  expect(packages).toContain('exceljs');
}, 30_000);

test('an unknown command is refused, Object.prototype names included', async () => {
  expect((await loaded(['toString'])).code).toBe(64);
  expect((await loaded(['frobnicate'])).code).toBe(64);
}, 30_000);
