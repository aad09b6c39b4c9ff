// The Chinese application menu: the five menus, the usual shortcuts, the commands that the app's
// buttons also offer, 撤销 / 重做 routed to the page, and the recent files.
import { expect, test } from 'vitest';
import { readFileSync } from 'node:fs';
import type { MenuItemConstructorOptions } from 'electron';
import { aboutBox } from '../../src/main/electron/about';
import { menuTemplate } from '../../src/main/electron/menu-template';
import { MenuCommandSchema, type MenuCommand } from '../../src/shared/ipc';

function build(recent: { path: string; name: string; exists: boolean }[] = []) {
  const sent: MenuCommand[] = [];
  const abouts: number[] = [];
  const template = menuTemplate({ recent: recent.map((r) => ({ ...r, openedAt: '' })), send: (c) => sent.push(c), openRecoveryFolder: () => undefined, showAbout: () => abouts.push(1), devTools: false });
  const items = (menu: MenuItemConstructorOptions) => menu.submenu as MenuItemConstructorOptions[];
  const find = (label: string) => template.flatMap(items).find((i) => i.label?.startsWith(label));
  const click = (item: MenuItemConstructorOptions | undefined) => (item!.click as () => void)();
  return { template, sent, abouts, items, find, click };
}

test('文件 / 编辑 / 视图 / 工具 / 帮助', () => {
  expect(build().template.map((m) => m.label)).toEqual(['文件(&F)', '编辑(&E)', '视图(&V)', '工具(&T)', '帮助(&H)']);
});

test('工具 offers 关联上年度报告, 发布核对, 汇总 and 批量审核 as the app does', () => {
  const m = build();
  const tools = m.items(m.template[3]!).filter((i) => i.type !== 'separator');
  expect(tools.map((i) => i.label)).toEqual(['关联上年度报告(&P)…', '发布核对(&C)…', '汇总(&A)…', '批量审核(&B)…']);
  for (const item of tools) m.click(item);
  expect(m.sent).toEqual([{ command: 'prior' }, { command: 'check-published' }, { command: 'batch', kind: 'aggregate' }, { command: 'batch', kind: 'audit' }]);
  for (const c of m.sent) expect(MenuCommandSchema.safeParse(c).success).toBe(true);
});

test('撤销 / 重做 go to the page as commands, their shortcuts shown but left to the page', () => {
  const m = build();
  const [undo, redo] = m.items(m.template[1]!);
  expect([undo, redo].map((i) => [i!.label, i!.accelerator, i!.registerAccelerator, i!.role])).toEqual([
    ['撤销(&U)', 'CmdOrCtrl+Z', false, undefined],
    ['重做(&R)', 'CmdOrCtrl+Y', false, undefined],
  ]);
  m.click(undo);
  m.click(redo);
  expect(m.sent).toEqual([{ command: 'undo' }, { command: 'redo' }]);
  for (const c of m.sent) expect(MenuCommandSchema.safeParse(c).success).toBe(true);
});

test('shortcuts send the right commands', () => {
  const m = build();
  const expected: [string, string, MenuCommand][] = [
    ['新建', 'CmdOrCtrl+N', { command: 'new' }],
    ['打开', 'CmdOrCtrl+O', { command: 'open' }],
    ['保存', 'CmdOrCtrl+S', { command: 'save' }],
    ['另存为', 'CmdOrCtrl+Shift+S', { command: 'save-as' }],
    ['导出(&E)', 'CmdOrCtrl+E', { command: 'export' }],
  ];
  for (const [label, accelerator, command] of expected) {
    const item = m.find(label);
    expect(item?.accelerator, label).toBe(accelerator);
    m.click(item);
    expect(m.sent.at(-1)).toEqual(command);
  }
  m.click(m.find('导出 Word'));
  expect(m.sent.at(-1)).toEqual({ command: 'export', format: 'docx' });
  // Every command the menu sends is one the contract allows.
  for (const c of m.sent) expect(MenuCommandSchema.safeParse(c).success).toBe(true);
});

test('the clipboard uses the built-in roles with Chinese labels; no developer tools in production', () => {
  const m = build();
  expect(m.items(m.template[1]!).filter((i) => i.role).map((i) => [i.label, i.role])).toEqual([
    ['剪切', 'cut'],
    ['复制', 'copy'],
    ['粘贴', 'paste'],
    ['全选', 'selectAll'],
  ]);
  expect(m.template.flatMap(m.items).some((i) => i.role === 'toggleDevTools' || i.role === 'reload' || i.role === 'forceReload')).toBe(false);
});

test('recent files open by path; a moved file is greyed out; an empty list says so', () => {
  const m = build([
    { path: '/r/甲局2025.nianbao.json', name: '甲局2025', exists: true },
    { path: '/r/gone.nianbao.json', name: 'gone', exists: false },
  ]);
  const recent = m.items(m.find('最近打开')!);
  expect(recent.map((r) => [r.label, r.enabled])).toEqual([
    ['&1 甲局2025', true],
    ['&2 gone', false],
  ]);
  m.click(recent[0]);
  expect(m.sent).toEqual([{ command: 'open-recent', path: '/r/甲局2025.nianbao.json' }]);
  expect(build().items(build().find('最近打开')!)).toEqual([{ label: '（无）', enabled: false }]);
});

test('the page receives menu commands parsed by MenuCommandSchema: anything else is dropped and reported', async () => {
  const { onMenuCommands } = await import('../../src/shared/ipc');
  let deliver: (raw: unknown) => void = () => undefined;
  const bridge = { onMenuCommand: (cb: (raw: unknown) => void) => ((deliver = cb), () => undefined) };
  const got: MenuCommand[] = [];
  const problems: string[] = [];
  onMenuCommands(bridge, (c) => got.push(c), (p) => problems.push(p));
  deliver({ command: 'export', format: 'docx' });
  deliver({ command: 'open-recent', path: '/tmp/a.nianbao.json' });
  deliver({ command: 'format-disk' });
  deliver({ command: 'export', format: 'pdf' });
  deliver({ command: 'open-recent' });
  deliver('save');
  expect(got).toEqual([
    { command: 'export', format: 'docx' },
    { command: 'open-recent', path: '/tmp/a.nianbao.json' },
  ]);
  expect(problems).toHaveLength(4);
  expect(problems[0]).toMatch(/^无法识别的菜单命令：/);
});

test('帮助 → 关于 shows the app name and its version from package.json, in main', () => {
  const m = build();
  m.click(m.find('关于'));
  expect(m.abouts).toHaveLength(1);
  expect(m.sent).toEqual([]);
  const version = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')).version as string;
  const box = aboutBox({ version, electron: '45.5.0', chrome: '142.0', platform: 'linux', arch: 'arm64' });
  expect(box.message).toBe(`年报 Studio ${version}`);
  expect(box.detail).toContain(`版本：${version}`);
  expect(box.detail).toContain('运行环境：Electron 45.5.0，Chromium 142.0');
  expect(box.detail).toContain('国办公开办函〔2021〕30号');
});
