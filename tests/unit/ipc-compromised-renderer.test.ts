// A compromised renderer (issue 10): the page's script is the attacker's. It calls every
// channel of the real handler table with paths the user never gave it — system files, another
// user's folder, `..` tricks, symlinks out of a folder the user did choose, device files — and
// tries the save-after-conflict trick. Every call is refused, no answer carries a byte of
// those files, the importer and exporter are never reached, and nothing on disk changes.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createProject, serializeProject, type Project } from '../../src/shared';
import { INVOKE_CHANNELS, type InvokeChannel } from '../../src/shared/ipc';
import { createHandlers, type HandlerTable } from '../../src/main/ipc/handlers';
import { stampOf } from '../../src/main/files/disk-stamp';
import { createTestDeps, type TestPlatform } from '../browser/bridge';

const posix = process.platform !== 'win32';
const SECRET = 'SECRET-第三方机密-7f3a';
let dir: string;
let other: string;
let granted: string;
let platform: TestPlatform;
let h: HandlerTable;
const calls = { importer: [] as string[], exporter: [] as string[] };
let before: Map<string, string>;

const project = (issuer = '某市审计局'): Project => createProject({ issuer, year: 2025, issuerLevel: 'department' });

/** Every file under `root` with a hash of its content and its mtime, to prove nothing changed. */
function snapshot(...roots: string[]): Map<string, string> {
  const out = new Map<string, string>();
  const walk = (p: string) => {
    const s = statSync(p, { throwIfNoEntry: false });
    if (!s) return;
    if (s.isDirectory()) for (const n of readdirSync(p)) walk(join(p, n));
    else if (s.isFile()) out.set(p, `${s.mtimeMs}:${createHash('sha256').update(readFileSync(p)).digest('hex')}`);
  };
  for (const r of roots) walk(r);
  return out;
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'nianbao-attacker-'));
  other = join(dir, 'other-user');
  granted = join(dir, 'clerk');
  mkdirSync(join(other, 'units'), { recursive: true });
  mkdirSync(granted);
  writeFileSync(join(other, 'secret.txt'), `${SECRET}\n一、总体情况\n共收到申请 5 件`);
  writeFileSync(join(other, 'secret.nianbao.json'), serializeProject(project(SECRET)));
  writeFileSync(join(other, 'units', 'u.nianbao.json'), serializeProject(project(SECRET)));
  writeFileSync(join(other, 'filed.docx'), 'filed report');
  writeFileSync(join(granted, 'mine.nianbao.json'), serializeProject(project('本单位')));
  if (posix) {
    symlinkSync(join(other, 'secret.nianbao.json'), join(granted, 'link.nianbao.json'));
    symlinkSync(join(other, 'secret.txt'), join(granted, 'link.txt'));
  }
  platform = createTestDeps({ userDataDir: join(dir, 'userData'), documentsDir: granted });
  const { importer, exportWriter } = platform.deps;
  platform.deps.importer = (path, o) => (calls.importer.push(path), importer(path, o));
  platform.deps.exportWriter = (p, f, path, o) => (calls.exporter.push(path), exportWriter(p, f, path, o));
  h = createHandlers(platform.deps);
  // What the clerk really chose: one project through the open dialog, the folder through the folder dialog.
  platform.dialogs.open.push(join(granted, 'mine.nianbao.json'));
  expect((await h['project.open']({})).ok).toBe(true);
  platform.dialogs.open.push(granted);
  const run = await h['batch.run']({ runId: 'mine', kind: 'audit' });
  expect(run.ok).toBe(true);
  if (posix && run.ok) {
    // The symlinks out of the chosen folder were listed, not followed.
    expect(run.value!.ignored).toEqual(expect.arrayContaining(['link.nianbao.json（符号链接，指向所选文件夹之外，未读取）']));
    expect(JSON.stringify(run.value)).not.toContain(SECRET);
  }
  calls.importer.length = 0;
  before = snapshot(other, granted, ...(posix ? ['/etc/hostname', '/etc/passwd'] : []));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Paths the page was never given. */
function attackPaths(): string[] {
  const paths = [
    join(other, 'secret.txt'),
    join(other, 'secret.nianbao.json'),
    join(granted, '..', 'other-user', 'secret.nianbao.json'),
    `${join(granted, 'mine.nianbao.json')}/../../other-user/secret.txt`,
    join(granted, 'mine.nianbao.json.bak'),
    join(granted, 'new.nianbao.json'),
    join(dir, 'userData', 'recent-files.json'),
  ];
  if (posix) paths.push('/etc/passwd', '/etc/hostname', '/dev/zero', '/proc/self/environ', join(granted, 'link.nianbao.json'), join(granted, 'link.txt'));
  else paths.push('C:\\Windows\\win.ini');
  return paths;
}

const answers: unknown[] = [];
async function refused(channel: InvokeChannel, input: unknown): Promise<void> {
  const r = await h[channel](input);
  answers.push(r);
  expect(r, `${channel} ${JSON.stringify(input).slice(0, 200)}`).toMatchObject({ ok: false, code: 'refused' });
  if (!r.ok) expect(r.error).toMatch(/^已拒绝：.*不是您在本程序中选择或打开过的文件/);
}

/** The channels that take a path, and how the attacker calls each. */
const ATTACKS: Partial<Record<InvokeChannel, (path: string) => unknown[]>> = {
  'project.openPath': (path) => [{ path }],
  'project.open': (path) => [{ defaultPath: path }],
  'project.save': (path) => [{ project: project('篡改'), path, expectedStamp: null }],
  'project.saveAs': (path) => [{ project: project('篡改'), defaultPath: path }],
  'recovery.write': (path) => [{ key: 'evil', project: project('篡改'), path }],
  'export.run': (path) => [
    { project: project(), format: 'docx', draft: true, path },
    { project: project(), format: 'xlsx', draft: true, path: `${path}.xlsx` },
    { project: project(), format: 'docx', draft: true, projectPath: path },
  ],
  'import.run': (path) => [{ path }],
  'publish.check': (path) => [{ project: project(), path }],
  'prior.read': (path) => [{ path }],
  'batch.run': (path) => [{ runId: 'evil', kind: 'aggregate', dir: path }],
  'batch.export': (path) => [{ runId: 'mine', path }],
  'batch.openUnit': (path) => [{ runId: 'mine', file: path }],
  'shell.showItemInFolder': (path) => [{ path }],
};
/** Channels that take no path, or one that names nothing on disk to read or write. */
const NO_FILE_ACCESS: InvokeChannel[] = [
  'app.info',
  'project.templates',
  'project.new',
  'recovery.list',
  'recovery.discard',
  'recent.list',
  // Only drops an entry from main's own list; the file itself is never opened.
  'recent.remove',
  'batch.progress',
  'window.setDocument',
  // Electron's window state honours `force` only after main's own 保存 answer (window-main-bundle.test.ts).
  'window.close',
  'dialog.confirm',
  // Builds the web page in memory and puts it on the clipboard: no path at all.
  'export.copyHtml',
  // Reads only the file the clerk picks in its own dialog; its input is empty, and a path is refused (ipc-handlers.test.ts).
  'profile.read',
];

describe('a compromised renderer', () => {
  test('every channel is either attacked here or touches no file', () => {
    expect([...Object.keys(ATTACKS), ...NO_FILE_ACCESS].sort()).toEqual([...INVOKE_CHANNELS].sort());
  });

  test('every path-taking channel refuses every path it was never given', async () => {
    let count = 0;
    for (const [channel, inputs] of Object.entries(ATTACKS) as [InvokeChannel, (p: string) => unknown[]][]) {
      for (const path of [...attackPaths(), other, '/', join(granted, '..')]) {
        for (const input of inputs(path)) {
          await refused(channel, input);
          count++;
        }
      }
    }
    // Not one dialog was shown in the attacker's stead, not one file reached the importer or exporter.
    expect(platform.dialogs.asked.filter((a) => a.type !== 'confirm')).toHaveLength(2);
    expect(calls).toEqual({ importer: [], exporter: [] });
    expect(platform.shown).toEqual([]);
    console.log(`[compromised renderer] ${count} calls on ${Object.keys(ATTACKS).length} channels with ${attackPaths().length + 3} foreign paths: all refused`);
  });

  test('the save-after-conflict trick: refused before the file is even stamped, with or without the right stamp', async () => {
    const target = join(other, 'secret.nianbao.json');
    await refused('project.save', { project: project('篡改'), path: target, expectedStamp: null });
    // The attacker computes the real stamp itself: still refused.
    await refused('project.save', { project: project('篡改'), path: target, expectedStamp: stampOf(readFileSync(target)) });
    if (posix) await refused('project.save', { project: project('篡改'), path: '/etc/hostname', expectedStamp: stampOf(readFileSync('/etc/hostname')) });
    expect(readFileSync(target, 'utf8')).toContain(SECRET);
    expect(existsSync(`${target}.bak`)).toBe(false);
  });

  test('a recovery draft cannot smuggle a path in: nothing written, nothing granted by listing', async () => {
    await refused('recovery.write', { key: 'smuggle', project: project(), path: join(other, 'secret.nianbao.json') });
    const list = await h['recovery.list']({});
    expect(list.ok && list.value.map((d) => d.key)).toEqual([]);
    await refused('project.openPath', { path: join(other, 'secret.nianbao.json') });
  });

  test('no answer carries a byte of the files, and nothing on disk changed', async () => {
    const text = JSON.stringify(answers);
    expect(text).not.toContain(SECRET);
    if (posix) expect(text).not.toContain('root:x:0');
    expect(snapshot(other, granted, ...(posix ? ['/etc/hostname', '/etc/passwd'] : []))).toEqual(before);
  });

  test('what the clerk chose still works', async () => {
    const mine = join(granted, 'mine.nianbao.json');
    const opened = await h['project.openPath']({ path: mine });
    expect(opened.ok).toBe(true);
    const saved = await h['project.save']({ project: project('本单位'), path: mine, expectedStamp: opened.ok ? opened.value.diskStamp : null });
    expect(saved).toMatchObject({ ok: true, value: { status: 'saved' } });
  });
});
