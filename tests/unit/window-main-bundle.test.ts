// The built main process (out/main/index.js, what `npm start` runs) loaded under plain Node
// with a stand-in for the electron module: it must take the single-instance lock, harden the
// session, register every contract channel behind the sender check, set the Chinese menu and
// open one hardened window on the built page with the built preload. Electron itself cannot be
// installed here; this checks everything up to the native calls.
import { expect, test } from 'vitest';
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { INVOKE_CHANNELS } from '../../src/shared/ipc';
import { built } from './support/built';
import { CONTENT_SECURITY_POLICY, mainWindowOptions } from '../../src/main/electron/window-options';

const root = new URL('../../', import.meta.url).pathname;
const bundle = join(root, 'out/main/index.js');

// Records what the main process asks of Electron, then exercises the registered pieces.
const FAKE_ELECTRON = `
const rec = { sent: [], listeners: {}, lock: 0, appEvents: [], switches: [], windows: [], menu: null, handlers: {}, loaded: null };
let session = {};
async function finish(win) {
  const page = new URL('file://' + rec.loaded).href;
  const call = (url, channel, input) => rec.handlers[channel]({ senderFrame: url === null ? null : { url } }, input);
  const out = {
    ...rec,
    handlers: Object.keys(rec.handlers),
    windowEvents: Object.keys(win.events),
    contentsEvents: Object.keys(win.webContents.events),
    info: await call(page, 'app.info', {}),
    foreign: await call('https://evil.example/', 'app.info', {}),
    noFrame: await call(null, 'app.info', {}),
    badInput: await call(page, 'project.openPath', { path: '' }),
    permission: await new Promise((r) => session.permission(null, 'media', r)),
    permissionCheck: session.permissionCheck(null, 'clipboard-read'),
    remote: await new Promise((r) => session.beforeRequest({ url: 'https://cdn.example/x.js' }, r)),
    local: await new Promise((r) => session.beforeRequest({ url: page }, r)),
    headers: await new Promise((r) => session.headers({ url: page, responseHeaders: {} }, r)),
    windowOpen: win.webContents.openHandler({ url: 'https://example.com' }),
    closing: [],
  };
  // Closing with unsaved changes asks 保存 / 不保存 / 取消 (answers 0 / 1 / 2).
  await call(page, 'window.setDocument', { name: '甲局2025', dirty: true });
  out.title = win.title;
  for (const choice of [2, 0, 1]) {
    rec.nextChoice = choice;
    rec.sent = [];
    win.closeCalls = 0;
    const event = { prevented: false, preventDefault() { this.prevented = true; } };
    win.events.close(event);
    out.closing.push({ choice, prevented: event.prevented, sent: rec.sent, closeCalls: win.closeCalls, asked: rec.asked });
  }
  // A page cannot skip the question: force without main's own 保存 is an ordinary close.
  const ev = () => ({ prevented: false, preventDefault() { this.prevented = true; } });
  rec.sent = [];
  rec.nextChoice = 2;
  await call(page, 'window.close', { force: true });
  const sneaky = ev();
  win.events.close(sneaky);
  out.forceWithoutAsking = sneaky.prevented;
  // After 保存 in main's question, the page's save-and-close closes without asking again.
  rec.nextChoice = 0;
  win.events.close(ev());
  await call(page, 'window.close', { force: true });
  const afterSave = ev();
  win.events.close(afterSave);
  out.forceAfterSave = afterSave.prevented;
  out.otherFile = await new Promise((r) => session.beforeRequest({ url: 'file:///etc/passwd' }, r));
  // A file dropped onto the window: granted only when the drop comes from our own page.
  const dropped = process.env.FAKE_DROPPED;
  out.refusedBeforeDrop = await call(page, 'project.openPath', { path: dropped });
  rec.sent = [];
  rec.listeners['file.dropped']({ senderFrame: { url: 'https://evil.example/' } }, [dropped]);
  out.foreignDropSent = rec.sent.length;
  rec.listeners['file.dropped']({ senderFrame: { url: page } }, [dropped]);
  out.dropSent = rec.sent;
  out.openedAfterDrop = await call(page, 'project.openPath', { path: dropped });
  await call(page, 'window.setDocument', { name: '甲局2025', dirty: false });
  const clean = { prevented: false, preventDefault() { this.prevented = true; } };
  win.events.close(clean);
  out.cleanClosePrevented = clean.prevented;
  // A project double-clicked while the app runs reaches the running window (second instance).
  rec.sent = [];
  appHandlers['second-instance']({}, ['nianbao-studio', '--flag', process.env.FAKE_SECOND_FILE]);
  out.secondInstance = rec.sent;
  process.stdout.write('RESULT' + JSON.stringify(out));
  process.exit(0);
}
class WebContents {
  events = {};
  on(ev, fn) { this.events[ev] = fn; }
  send(channel, payload) { rec.sent.push([channel, payload]); }
  setWindowOpenHandler(fn) { this.openHandler = fn; }
  reload() {}
}
export class BrowserWindow {
  events = {};
  webContents = new WebContents();
  constructor(options) { rec.windows.push(options); appHandlers['web-contents-created']?.({}, this.webContents); }
  once(ev, fn) { this.events[ev] = fn; }
  on(ev, fn) { this.events[ev] = fn; }
  loadFile(path) { rec.loaded = path; setTimeout(() => finish(this), 50); return Promise.resolve(); }
  loadURL(url) { rec.loaded = url; return Promise.resolve(); }
  setTitle(t) { this.title = t; }
  close() { this.closeCalls = (this.closeCalls ?? 0) + 1; }
  show() {}
  isMinimized() { return false; }
  restore() {}
  focus() {}
}
const appHandlers = {};
export const app = {
  isPackaged: false,
  commandLine: { appendSwitch(name, value) { rec.switches.push([name, value]); } },
  requestSingleInstanceLock() { rec.lock++; return true; },
  getPath(name) { return process.env.FAKE_USERDATA + '/' + name; },
  getVersion() { return '0.0.0-test'; },
  on(ev, fn) { rec.appEvents.push(ev); appHandlers[ev] = fn; },
  whenReady() { return Promise.resolve(); },
  quit() { rec.quit = true; },
};
export const ipcMain = { handle(channel, fn) { rec.handlers[channel] = fn; }, on(channel, fn) { rec.listeners[channel] = fn; } };
export const Menu = { buildFromTemplate: (t) => t, setApplicationMenu(m) { rec.menu = m.map((x) => x.label); } };
const defaultSession = {
  setPermissionRequestHandler(fn) { session.permission = fn; },
  setPermissionCheckHandler(fn) { session.permissionCheck = fn; },
  webRequest: { onBeforeRequest(fn) { session.beforeRequest = fn; }, onHeadersReceived(fn) { session.headers = fn; } },
};
export { defaultSession };
const sessionExport = { defaultSession };
export { sessionExport as session };
export const dialog = { showMessageBoxSync(_win, options) { rec.asked = options.buttons; return rec.nextChoice; } };
export const shell = { openPath() {}, showItemInFolder() {} };
export class ClipboardItem { constructor(items) { this.items = items; } }
export const clipboard = { async write() {} };
export default { app, BrowserWindow, ipcMain, Menu, session: sessionExport, dialog, shell, clipboard, ClipboardItem };
`;

test('the built main process wires a single hardened window and the guarded IPC table', () => {
  built(bundle);
  const dir = mkdtempSync(join(tmpdir(), 'nianbao-main-'));
  try {
    const fake = join(dir, 'electron.mjs');
    writeFileSync(fake, FAKE_ELECTRON);
    const hooks = join(dir, 'hooks.mjs');
    writeFileSync(hooks, `export async function resolve(s, c, next) { return s === 'electron' ? { url: ${JSON.stringify(pathToFileURL(fake).href)}, shortCircuit: true } : next(s, c); }`);
    const register = join(dir, 'register.mjs');
    writeFileSync(register, `import { register } from 'node:module'; register(${JSON.stringify(pathToFileURL(hooks).href)});`);
    // Double-clicked projects: one that started the app, one handed over by a second instance.
    const startupFile = join(dir, '甲局2025.nianbao');
    const secondFile = join(dir, '乙局2025.nianbao.json');
    writeFileSync(startupFile, '{}');
    writeFileSync(secondFile, '{}');
    const dropped = join(dir, '拖入的报告.nianbao');
    copyFileSync(new URL('../../templates/sample-linyi-2024.nianbao.json', import.meta.url).pathname, dropped);
    const env: NodeJS.ProcessEnv = { ...process.env, FAKE_USERDATA: join(dir, 'userData'), FAKE_SECOND_FILE: secondFile, FAKE_DROPPED: dropped };
    delete env.ELECTRON_RENDERER_URL;
    const run = spawnSync(process.execPath, ['--import', pathToFileURL(register).href, bundle, startupFile], { cwd: root, env, encoding: 'utf8', timeout: 30_000 });
    const text = run.stdout.slice(run.stdout.indexOf('RESULT') + 'RESULT'.length);
    expect(run.stdout, run.stderr).toContain('RESULT');
    const r = JSON.parse(text);

    expect(r.lock).toBe(1);
    expect(r.switches).toContainEqual(['lang', 'zh-CN']);
    expect(r.appEvents).toEqual(expect.arrayContaining(['second-instance', 'web-contents-created', 'window-all-closed']));
    expect(r.menu).toEqual(['文件(&F)', '编辑(&E)', '视图(&V)', '工具(&T)', '帮助(&H)']);

    // One window, with exactly the tested options and the built preload and page.
    expect(r.windows).toHaveLength(1);
    const preload = join(root, 'out/preload/index.cjs');
    expect(r.windows[0]).toEqual(JSON.parse(JSON.stringify(mainWindowOptions({ preloadPath: preload, devTools: false }))));
    expect(existsSync(preload)).toBe(true);
    expect(r.loaded).toBe(join(root, 'out/renderer/index.html'));
    expect(r.windowEvents).toEqual(expect.arrayContaining(['ready-to-show', 'close', 'closed']));
    expect(r.contentsEvents).toEqual(expect.arrayContaining(['will-navigate', 'will-redirect', 'will-attach-webview', 'render-process-gone']));
    expect(r.windowOpen).toEqual({ action: 'deny' });

    // Every contract channel registered; only our page is answered; inputs are parsed.
    expect(r.handlers.sort()).toEqual([...INVOKE_CHANNELS].sort());
    expect(r.info).toMatchObject({ ok: true, value: { runtime: 'electron', userDataDir: join(dir, 'userData', 'userData'), version: '0.0.0-test' } });
    expect(r.foreign).toEqual({ ok: false, code: 'refused', error: '已拒绝来自未知页面的请求。' });
    expect(r.noFrame).toMatchObject({ ok: false, code: 'refused' });
    expect(r.badInput).toMatchObject({ ok: false, code: 'invalid-input' });

    // Title and the question before closing with unsaved changes.
    expect(r.title).toBe('● 甲局2025（未保存） — 年报 Studio');
    expect(r.closing).toEqual([
      { choice: 2, prevented: true, sent: [], closeCalls: 0, asked: ['保存', '不保存', '取消'] },
      { choice: 0, prevented: true, sent: [['menu.command', { command: 'save-and-close' }]], closeCalls: 0, asked: ['保存', '不保存', '取消'] },
      { choice: 1, prevented: true, sent: [], closeCalls: 1, asked: ['保存', '不保存', '取消'] },
    ]);
    expect(r.cleanClosePrevented).toBe(false);
    expect(r.forceWithoutAsking).toBe(true);
    expect(r.forceAfterSave).toBe(false);

    // The file the app was started with is opened; one given to a second instance opens in this window.
    expect(r.info.value.startupFile).toBe(startupFile);
    expect(r.secondInstance).toEqual([['menu.command', { command: 'open-recent', path: secondFile }]]);

    // Session: permissions denied, remote requests cancelled, CSP header on file: loads.
    expect(r.permission).toBe(false);
    expect(r.permissionCheck).toBe(false);
    expect(r.remote).toEqual({ cancel: true });
    expect(r.local).toEqual({ cancel: false });
    expect(r.otherFile).toEqual({ cancel: true });
    expect(r.refusedBeforeDrop).toMatchObject({ ok: false, code: 'refused' });
    expect(r.foreignDropSent).toBe(0);
    expect(r.dropSent).toEqual([['menu.command', { command: 'open-recent', path: dropped }]]);
    expect(r.openedAfterDrop).toMatchObject({ ok: true, value: { path: dropped } });
    expect(r.headers.responseHeaders['Content-Security-Policy']).toEqual([CONTENT_SECURITY_POLICY]);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
