// The IPC handler table, exactly as Electron registers it, driven with scripted dialogs.
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createProject, serializeProject, type Project } from '../../src/shared';
import { INVOKE_CHANNELS, createClient, type IpcResult } from '../../src/shared/ipc';
import { createHandlers, type HandlerTable } from '../../src/main/ipc/handlers';
import { createTestDeps, type TestPlatform } from '../browser/bridge';
import { buildHtml } from '../../src/main/export/html/build-html';

let dir: string;
let platform: TestPlatform;
let h: HandlerTable;

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'nianbao-ipc-'));
  platform = createTestDeps({ userDataDir: join(dir, 'userData'), documentsDir: dir });
  h = createHandlers(platform.deps);
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

function value<T>(r: IpcResult<T>): T {
  if (!r.ok) throw new Error(`expected ok, got ${r.code}: ${r.error}`);
  return r.value;
}
const newProject = (issuer = '某市审计局'): Project => createProject({ issuer, year: 2025, issuerLevel: 'department' });

test('the table has exactly the contract channels', () => {
  expect(Object.keys(h).sort()).toEqual([...INVOKE_CHANNELS].sort());
});

describe('inputs are parsed before anything is done', () => {
  test.each([
    ['project.openPath', { path: '' }, /文件路径：路径不能为空/],
    ['project.openPath', { path: 42 }, /文件路径/],
    ['project.openPath', null, /参数/],
    ['project.new', { issuer: '  ', year: 2025, issuerLevel: 'department' }, /请填写发布机关/],
    ['project.new', { issuer: '甲局', year: 1999, issuerLevel: 'department' }, /报告年度不能早于 2008 年/],
    ['project.new', { issuer: '甲局', year: 2025, issuerLevel: 'ministry' }, /机关类型/],
    ['project.new', { issuer: '甲局', year: 2025, issuerLevel: 'department', extra: 1 }, /extra/],
    ['recovery.write', { key: '../../etc', project: newProject(), path: null }, /恢复草稿标识只能含字母/],
    ['export.run', { project: newProject(), format: 'pdf', draft: false }, /导出格式/],
    ['dialog.confirm', { message: '', confirm: '是', cancel: '否' }, /提示内容/],
  ] as const)('%s is refused in Chinese (%#)', async (channel, input, message) => {
    const r = await h[channel](input);
    expect(r.ok).toBe(false);
    expect(!r.ok && r.code).toBe('invalid-input');
    expect(!r.ok && r.error).toMatch(message);
    expect(!r.ok && r.error).toMatch(/[\u4e00-\u9fff]/);
  });

  test('a project with a bad cell names the table cell', async () => {
    const project = { ...newProject(), cells: { ...newProject().cells, 't3.received.naturalPerson': 'x' } };
    const r = await h['project.save']({ project, path: join(dir, 'a.nianbao.json'), expectedStamp: null });
    expect(!r.ok && r.error).toMatch(/项目内容 · 表三/);
    expect(existsSync(join(dir, 'a.nianbao.json'))).toBe(false);
  });

  test('the dialogs were never shown for refused inputs', async () => {
    await h['project.saveAs']({ project: { kind: 'nope' } });
    expect(platform.dialogs.asked).toEqual([]);
  });
});

describe('new, save, open', () => {
  test('new from the department template fills issuer and year; blank without a template', async () => {
    const templates = value(await h['project.templates']({}));
    expect(templates.map((t) => t.name)).toEqual(expect.arrayContaining(['department', 'government']));
    const fromTemplate = value(await h['project.new']({ template: 'department', issuer: '某市审计局', year: 2025, issuerLevel: 'department' }));
    expect(fromTemplate).toMatchObject({ path: null, name: '未命名', diskStamp: null });
    expect(fromTemplate.project.meta).toMatchObject({ issuer: '某市审计局', year: 2025 });
    const blank = value(await h['project.new']({ issuer: '某县人民政府', year: 2024, issuerLevel: 'government' }));
    expect(blank.project).toEqual(createProject({ issuer: '某县人民政府', year: 2024, issuerLevel: 'government' }));
    const unknown = await h['project.new']({ template: 'nosuch', issuer: '甲', year: 2025, issuerLevel: 'department' });
    expect(!unknown.ok && unknown.error).toMatch(/没有名为“nosuch”的模板/);
  });

  test('save as → save → conflict → reopen, with recent files and the recovery draft discarded', async () => {
    const project = newProject();
    value(await h['recovery.write']({ key: 'doc-1', project, path: null }));
    expect(value(await h['recovery.list']({}))).toHaveLength(1);

    const target = join(dir, '审计局2025');
    platform.dialogs.save.push(target);
    const saved = value(await h['project.saveAs']({ project, recoveryKey: 'doc-1' }));
    expect(saved).toMatchObject({ status: 'saved', path: `${target}.nianbao`, name: '审计局2025', backupPath: null });
    const asked = platform.dialogs.asked[0]!;
    expect(asked.type === 'save' && asked.request.filters[0]!.extensions).toEqual(['nianbao', 'json']);
    expect(asked.type === 'save' && asked.request.defaultPath).toBe(join(dir, '某市审计局2025年政府信息公开工作年度报告.nianbao'));
    expect(value(await h['recovery.list']({}))).toEqual([]);
    expect(value(await h['recent.list']({})).map((r) => r.path)).toEqual([`${target}.nianbao`]);
    if (saved?.status !== 'saved') throw new Error('not saved');

    const edited = { ...project, sections: { ...project.sections, overview: '（一）主动公开情况。' } };
    const second = value(await h['project.save']({ project: edited, path: saved.path, expectedStamp: saved.diskStamp }));
    expect(second).toMatchObject({ status: 'saved', backupPath: `${saved.path}.bak` });
    if (second.status !== 'saved') throw new Error();

    // Someone else changes the file; our next save must not overwrite it silently.
    writeFileSync(saved.path, serializeProject(newProject('他人修改')));
    const conflict = value(await h['project.save']({ project: edited, path: saved.path, expectedStamp: second.diskStamp }));
    expect(conflict.status).toBe('conflict');
    expect(conflict.status === 'conflict' && conflict.message).toMatch(/已被其他程序或其他人修改/);
    expect(readFileSync(saved.path, 'utf8')).toContain('他人修改');

    const reopened = value(await h['project.openPath']({ path: saved.path }));
    expect(reopened.project.meta.issuer).toBe('他人修改');
    expect(reopened.diskStamp).toBe(conflict.status === 'conflict' ? conflict.diskStamp : null);
  });

  test('open through the dialog, cancel, and a broken file listed problem by problem', async () => {
    expect(value(await h['project.open']({}))).toBeNull();
    const broken = join(dir, 'broken.nianbao.json');
    const bad = JSON.parse(serializeProject(newProject()));
    bad.meta.year = 'x';
    bad.cells['t3.received.business'] = -1;
    writeFileSync(broken, JSON.stringify(bad));
    platform.dialogs.open.push(broken);
    const r = await h['project.open']({});
    expect(r.ok).toBe(false);
    expect(!r.ok && r.error).toMatch(/未能打开 broken\.nianbao\.json/);
    expect(!r.ok && r.details!.join('\n')).toMatch(/基本信息 · 报告年度/);
    expect(readFileSync(broken, 'utf8')).toBe(JSON.stringify(bad));
    expect(value(await h['recent.list']({}))).toEqual([]);
  });

  test('a bug in a handler is internal and logged; a file-system error is io', async () => {
    const logged: string[] = [];
    const bug = createHandlers({
      ...platform.deps,
      log: (line) => logged.push(line),
      templates: { ...platform.deps.templates, list: async () => (undefined as unknown as { x: { name: string; description: string }[] }).x },
    });
    const r = await bug['project.templates']({});
    expect(r).toMatchObject({ ok: false, code: 'internal' });
    expect(!r.ok && r.error).toMatch(/程序内部错误（project\.templates）/);
    expect(logged).toHaveLength(1);
    expect(logged[0]).toMatch(/^\[ipc\] project\.templates 内部错误：TypeError/);

    const locked = Object.assign(new Error('EBUSY: resource busy'), { code: 'EBUSY' });
    const disk = createHandlers({
      ...platform.deps,
      log: (line) => logged.push(line),
      templates: {
        ...platform.deps.templates,
        list: async () => {
          throw new Error('模板目录无法读取', { cause: locked });
        },
      },
    });
    const io = await disk['project.templates']({});
    expect(io).toMatchObject({ ok: false, code: 'io' });
    expect(!io.ok && io.error).toMatch(/文件正被其他程序占用/);
    expect(logged).toHaveLength(1);
  });

  test('a save into a folder that does not exist is an io error in Chinese', async () => {
    const r = await h['project.save']({ project: newProject(), path: platform.grant(join(dir, 'nope', 'a.nianbao.json')), expectedStamp: null });
    expect(r).toMatchObject({ ok: false, code: 'io' });
    expect(!r.ok && r.error).toMatch(/文件或文件夹不存在/);
  });
});

describe('window, shell, dialogs, import', () => {
  test('the title shows the file name and the unsaved marker; closing is passed on', async () => {
    expect(value(await h['window.setDocument']({ name: '审计局2025', dirty: true })).title).toBe('● 审计局2025（未保存） — 年报 Studio');
    expect(platform.window).toMatchObject({ title: '● 审计局2025（未保存） — 年报 Studio', dirty: true });
    value(await h['window.setDocument']({ name: '审计局2025', dirty: false }));
    expect(platform.window).toMatchObject({ title: '审计局2025 — 年报 Studio', dirty: false });
    value(await h['window.close']({ force: true }));
    expect(platform.window.closed).toEqual({ force: true });
  });

  test('show in folder only for a file that exists', async () => {
    const f = join(dir, 'x.docx');
    writeFileSync(f, 'x');
    value(await h['shell.showItemInFolder']({ path: platform.grant(f) }));
    expect(platform.shown).toEqual([f]);
    const r = await h['shell.showItemInFolder']({ path: platform.grant(join(dir, 'gone.docx')) });
    expect(!r.ok && r.error).toMatch(/不存在/);
  });

  test('confirm passes the buttons and returns the choice', async () => {
    platform.dialogs.confirm.push('alternate');
    expect(value(await h['dialog.confirm']({ message: '是否保存修改？', confirm: '保存', alternate: '不保存', cancel: '取消' }))).toBe('alternate');
    expect(platform.dialogs.asked[0]).toMatchObject({ type: 'confirm', request: { kind: 'question', confirm: '保存' } });
  });

  test('app.info says where drafts and the recent list live', async () => {
    const info = value(await h['app.info']({}));
    expect(info).toMatchObject({ name: '年报 Studio', runtime: 'node', recoveryDir: join(dir, 'userData', 'recovery'), recentFile: join(dir, 'userData', 'recent-files.json') });
  });
});

test('the typed client over the table parses answers and turns transport failures into Chinese errors', async () => {
  const client = createClient((channel, input) => h[channel](input));
  const r = await client.project.new({ issuer: '甲局', year: 2025, issuerLevel: 'department' });
  expect(r.ok && r.value.project.meta.issuer).toBe('甲局');
  const broken = createClient(async () => ({ ok: true, value: { nonsense: 1 } }));
  const b = await broken.recent.list({});
  expect(!b.ok && b.error).toMatch(/主进程返回的数据格式不正确（recent\.list）/);
  const down = createClient(async () => {
    throw new Error('disconnected');
  });
  const d = await down.call('app.info', {});
  expect(!d.ok && d.error).toMatch(/与主进程通信失败（app\.info）：disconnected/);
});

describe('import', () => {
  const sample = new URL('../fixtures/samples/linyi-approval-bureau-2024.txt', import.meta.url).pathname;

  test('a published report becomes a new, unsaved project with a log naming places', async () => {
    platform.dialogs.open.push(sample);
    const r = value(await h['import.run']({}));
    const asked = platform.dialogs.asked[0]!;
    expect(asked.type === 'open' && asked.request.filters[0]!.extensions).toEqual(['docx', 'xlsx', 'pdf', 'txt', 'html', 'htm']);
    expect(r).toMatchObject({ sourcePath: sample, opened: { path: null, diskStamp: null, name: '未命名' } });
    expect(r!.opened.project.meta).toMatchObject({ year: 2024 });
    expect(r!.opened.project.meta.issuer).toMatch(/临沂/);
    expect(r!.log.length).toBeGreaterThan(0);
    for (const e of r!.log) expect(e.place.length, e.message).toBeGreaterThan(0);
  });

  test('cancelled dialog, and a file that cannot be read', async () => {
    expect(value(await h['import.run']({}))).toBeNull();
    const junk = join(dir, 'junk.docx');
    writeFileSync(junk, '这不是 Word 文档。');
    const r = await h['import.run']({ path: platform.grant(junk, 'read') });
    expect(r.ok).toBe(false);
    expect(!r.ok && r.error).toMatch(/^未能导入 junk\.docx：/);
  });
});

test('two quick saves of one file are not a conflict with each other; a foreign change still is', async () => {
  const path = platform.grant(join(dir, 'a.nianbao.json'));
  const first = value(await h['project.save']({ project: newProject('甲'), path, expectedStamp: null }));
  if (first.status !== 'saved') throw new Error('not saved');
  // Both sent before the renderer heard back from either: same expected stamp.
  const [a, b] = await Promise.all([
    h['project.save']({ project: newProject('乙'), path, expectedStamp: first.diskStamp }),
    h['project.save']({ project: newProject('丙'), path, expectedStamp: first.diskStamp }),
  ]);
  expect([value(a).status, value(b).status]).toEqual(['saved', 'saved']);
  expect(readFileSync(path, 'utf8')).toContain('丙');
  writeFileSync(path, serializeProject(newProject('他人')));
  expect(value(await h['project.save']({ project: newProject('丁'), path, expectedStamp: first.diskStamp })).status).toBe('conflict');
});

describe('export', () => {
  test('draft export through the dialog, beside the project file; a filing export refused while errors remain', async () => {
    const project = newProject();
    project.cells['t3.received.naturalPerson'] = 5; // received but never handled: T3-BAL error
    const refused = await h['export.run']({ project, format: 'docx', draft: false, path: platform.grant(join(dir, 'filing.docx'), 'write') });
    expect(refused).toMatchObject({ ok: false, code: 'refused' });
    expect(!refused.ok && refused.error).toMatch(/报告尚有 \d+ 处错误，不能导出用于报送的正式报告/);
    expect(existsSync(join(dir, 'filing.docx'))).toBe(false);

    const target = join(dir, 'out', '某市审计局草稿');
    mkdirSync(join(dir, 'out'));
    platform.dialogs.save.push(target);
    const r = value(await h['export.run']({ project, format: 'docx', draft: true, projectPath: platform.grant(join(dir, 'a.nianbao.json')) }));
    const asked = platform.dialogs.asked.at(-1)!;
    expect(asked.type === 'save' && asked.request.defaultPath).toBe(join(dir, '某市审计局2025年政府信息公开工作年度报告（草稿）.docx'));
    expect(asked.type === 'save' && asked.request.filters).toEqual([{ name: 'Word 文档（*.docx）', extensions: ['docx'] }]);
    expect(r).toMatchObject({ path: `${target}.docx`, name: '某市审计局草稿.docx', format: 'docx', draft: true });
    const bytes = readFileSync(`${target}.docx`);
    expect(bytes.subarray(0, 2).toString()).toBe('PK');
    expect(r!.bytes).toBe(bytes.length);

    platform.dialogs.save.push(null);
    expect(value(await h['export.run']({ project, format: 'docx', draft: true }))).toBeNull();
  });
});

describe('复制网页版', () => {
  test('puts the web page on the clipboard as HTML and text; refused while errors remain unless a draft', async () => {
    const project = newProject();
    project.cells['t3.received.naturalPerson'] = 5; // T3-BAL error
    const refused = await h['export.copyHtml']({ project, draft: false });
    expect(refused).toMatchObject({ ok: false, code: 'refused' });
    expect(platform.copied).toEqual([]);
    const r = value(await h['export.copyHtml']({ project, draft: true }));
    expect(r.draft).toBe(true);
    const [copied] = platform.copied;
    // The body's content only (what a site's editor takes), with the tables and the headings.
    expect(copied!.html).not.toContain('<html');
    expect(copied!.html).toContain('<table');
    expect(copied!.html).toContain('三、收到和处理政府信息公开申请情况');
    expect(copied!.text).toContain('某市审计局2025年政府信息公开工作年度报告（草稿）');
    expect(copied!.text).toMatch(/一、本年新收政府信息公开申请数量\t5\t/);
  });
});

describe('发布核对', () => {
  test('the chosen published copy against the report: status and differences; cancelled is null; unreadable is said in Chinese', async () => {
    const project = newProject();
    project.meta.publishDate = '2026-01-20';
    const page = join(dir, 'published.html');
    writeFileSync(page, buildHtml(project, [], { draft: true }).replace('>三、收到和处理政府信息公开申请情况<', '>三、收到处理政府信息公开申请情况<'));
    platform.dialogs.open.push(page);
    const r = value(await h['publish.check']({ project }));
    expect(r!.status).toBe(1);
    expect(r!.differences).toContainEqual(expect.objectContaining({ kind: 'heading', approved: '三、收到和处理政府信息公开申请情况', published: '三、收到处理政府信息公开申请情况' }));
    platform.dialogs.open.push(null);
    expect(value(await h['publish.check']({ project }))).toBeNull();
    // A path the user never chose is refused; a chosen file that is no report is said in Chinese.
    expect(await h['publish.check']({ project, path: join(dir, 'nope.html') })).toMatchObject({ ok: false, code: 'refused' });
    const empty = join(dir, 'empty.html');
    writeFileSync(empty, '');
    platform.grant(empty, 'read');
    const unreadable = await h['publish.check']({ project, path: empty });
    expect(unreadable).toMatchObject({ ok: false, code: 'unreadable' });
    expect(!unreadable.ok && unreadable.error).toContain('空文件');
  });
});

test('save as: the file the dialog confirmed is replaced; one it did not name is not', async () => {
  const named = join(dir, 'x.nianbao');
  writeFileSync(named, 'old');
  platform.dialogs.save.push(named);
  expect(value(await h['project.saveAs']({ project: newProject() }))).toMatchObject({ status: 'saved', backupPath: `${named}.bak` });
  // Typed "x" without an extension: x.nianbao exists but the dialog asked about "x".
  platform.dialogs.save.push(join(dir, 'x'));
  const r = value(await h['project.saveAs']({ project: newProject('别的') }));
  expect(r).toMatchObject({ status: 'conflict', path: named });
  expect(r!.status === 'conflict' && r!.message).toMatch(/已有一个文件/);
});

describe('profile.read (本地要求 from a file)', () => {
  const profile = { kind: 'nianbao-profile', name: '某市2025年要求', version: '3', year: 2025, otherItems: [{ title: '政务公开培训', phrasings: ['培训'], message: '写明培训情况' }] };

  test('loads the profile the clerk picks, checked with the schema', async () => {
    const file = join(dir, '某市要求.json');
    writeFileSync(file, JSON.stringify(profile));
    platform.dialogs.open.push(file);
    expect(value(await h['profile.read']({}))).toEqual({ profile, source: '某市要求.json' });
    // Cancelled: nothing.
    platform.dialogs.open.push(null);
    expect(value(await h['profile.read']({}))).toBeNull();
  });

  test('a file that fails the schema, or is not a profile at all, is refused naming each field', async () => {
    const bad = join(dir, 'bad.json');
    writeFileSync(bad, JSON.stringify({ ...profile, year: '二〇二五', colour: 'red' }));
    platform.dialogs.open.push(bad);
    const r = await h['profile.read']({});
    expect(r).toMatchObject({ ok: false, code: 'invalid-input', details: ['year：类型不对，应为 数字', '（整个文件）：不认识的字段 colour'] });
    const huge = join(dir, 'huge.json');
    writeFileSync(huge, Buffer.alloc(2 * 1024 * 1024, 32));
    platform.dialogs.open.push(huge);
    expect(await h['profile.read']({})).toMatchObject({ ok: false, error: expect.stringMatching(/^本地要求文件未载入：“huge.json”有 2.0 MB，超过本地要求文件大小上限（1.0 MB），未读取$/) });
  });

  test('the renderer cannot name the file', async () => {
    const r = await h['profile.read']({ path: '/etc/passwd' });
    expect(r).toMatchObject({ ok: false, code: 'invalid-input' });
    expect(platform.dialogs.open).toEqual([]);
  });
});
