// Browser tests run the REAL main-process handler table; only the transport differs from
// Electron. `bridgeHandlers(page, handlers)` exposes the table to the page through
// page.exposeFunction and installs `window.nianbao` with exactly the shape the preload exposes
// (one named function per contract channel, plus onMenuCommand). `createTestDeps()` gives the
// handlers a temp userData folder and scripted dialogs in place of Electron's.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import type { Page } from 'playwright-core';
import { BRIDGE_GLOBAL, EVENT_CHANNELS, INVOKE_CHANNELS, fail, type ConfirmChoice, type InvokeChannel, type MenuCommand } from '../../src/shared/ipc';
import type { ConfirmRequest, FileDialogRequest, HandlerDeps } from '../../src/main/ipc/deps';
import type { HandlerTable } from '../../src/main/ipc/handlers';
import { reportServices } from '../../src/main/ipc/report-services';
import { FileAccess, type AccessMode } from '../../src/main/ipc/file-access';
import { acceptDroppedFiles } from '../../src/main/electron/dropped-files';
import { forwardDroppedFiles } from '../../src/preload/dropped-files';

const INVOKE_BINDING = '__nianbaoInvoke';
const MENU_DISPATCH = '__nianbaoDispatchMenu';
const DROP_BINDING = '__nianbaoDropped';
/** Where the dropped files lie: Chromium gives a dropped File no path, Electron's webUtils does. */
const DROP_DIR = '__nianbaoDropDir';

export interface Bridge {
  /** Delivers a menu command to the page as main's menu would (e.g. { command: 'save' }). */
  sendMenuCommand(command: MenuCommand): Promise<void>;
  /**
   * Drags files from one folder onto the window and drops them, as trusted events through the
   * DevTools protocol. The preload's own listener (src/preload/dropped-files.ts) receives them and
   * main's acceptDroppedFiles grants and opens or imports, as in Electron.
   */
  dropFiles(paths: readonly string[], at?: { x: number; y: number }): Promise<void>;
}

/**
 * Installs `window.nianbao` backed by `handlers`. Call once per page; when the page has already
 * loaded something it is reloaded so the bridge exists before the renderer's first script runs.
 */
export async function bridgeHandlers(page: Page, handlers: HandlerTable, access?: FileAccess): Promise<Bridge> {
  await page.exposeFunction(INVOKE_BINDING, async (channel: string, input: unknown) => {
    const handler = (handlers as Record<string, (input: unknown) => Promise<unknown>>)[channel];
    if (!(INVOKE_CHANNELS as readonly string[]).includes(channel) || !handler) return fail('refused', `未知的接口：${channel}`);
    return handler(input);
  });
  await page.addInitScript(
    ({ channels, global, binding, dispatch, menuEvent }) => {
      const w = window as unknown as Record<string, unknown>;
      const invoke = w[binding] as (channel: string, input: unknown) => Promise<unknown>;
      const api: Record<string, Record<string, (input: unknown) => Promise<unknown>>> = {};
      for (const channel of channels) {
        const dot = channel.indexOf('.');
        const group = channel.slice(0, dot);
        (api[group] ??= {})[channel.slice(dot + 1)] = (input: unknown) => invoke(channel, input);
      }
      const listeners = new Set<(command: unknown) => void>();
      const bridge = {
        ...api,
        onMenuCommand(callback: (command: unknown) => void) {
          listeners.add(callback);
          return () => listeners.delete(callback);
        },
      };
      for (const group of Object.values(api)) Object.freeze(group);
      Object.defineProperty(window, global, { value: Object.freeze(bridge), writable: false, configurable: false });
      // Test-only door for menu commands (Electron sends them on the `menuEvent` channel).
      Object.defineProperty(window, dispatch, { value: (command: unknown) => listeners.forEach((cb) => cb(command)) });
      void menuEvent;
    },
    { channels: [...INVOKE_CHANNELS], global: BRIDGE_GLOBAL, binding: INVOKE_BINDING, dispatch: MENU_DISPATCH, menuEvent: EVENT_CHANNELS.menuCommand },
  );
  const dispatch = (command: MenuCommand) =>
    page.evaluate(([name, cmd]) => (window as unknown as Record<string, (c: unknown) => void>)[name as string]!(cmd), [MENU_DISPATCH, command] as const);
  // Main's side of a drop: what Electron's ipcMain does with the paths on the drop channel.
  await page.exposeFunction(DROP_BINDING, async (paths: unknown) => {
    const command = access ? acceptDroppedFiles(access, paths) : null;
    if (command) await dispatch(command);
  });
  // The preload's listener itself, with a stand-in for webUtils.getPathForFile.
  await page.addInitScript({
    content: `(${forwardDroppedFiles.toString()})(window, (file) => window.${DROP_DIR} + '/' + file.name, (paths) => window.${DROP_BINDING}(paths));`,
  });
  if (page.url() !== 'about:blank') await page.reload();
  return {
    async dropFiles(paths, at = { x: 400, y: 300 }) {
      const dirs = new Set(paths.map((p) => dirname(p)));
      if (dirs.size !== 1) throw new Error('dropFiles: the files of one drop come from one folder');
      await page.evaluate(([name, dir]) => void ((window as unknown as Record<string, string>)[name] = dir), [DROP_DIR, [...dirs][0]!] as const);
      const cdp = await page.context().newCDPSession(page);
      const data = { items: [], files: [...paths], dragOperationsMask: 1 };
      for (const type of ['dragEnter', 'dragOver', 'drop'] as const) await cdp.send('Input.dispatchDragEvent', { type, ...at, data });
      await cdp.detach();
    },
    async sendMenuCommand(command) {
      // Main sends a path only for a file the user chose (recent list, second instance): it grants it first.
      if ('path' in command && command.path && access) access.grantFile(command.path, 'read', 'write');
      await dispatch(command);
    },
  };
}

/** A dialog answer: a path (or null = cancelled) for file dialogs, a choice for confirmations. */
export interface ScriptedDialogs {
  /** Answers for the next open dialogs, in order. An open dialog with none queued is cancelled. */
  open: (string | null)[];
  save: (string | null)[];
  confirm: ConfirmChoice[];
  /** Every request the handlers made, for asserting titles, filters and default paths. */
  asked: ({ type: 'open' | 'save'; request: FileDialogRequest } | { type: 'confirm'; request: ConfirmRequest })[];
}

export interface TestPlatform {
  deps: HandlerDeps;
  userDataDir: string;
  dialogs: ScriptedDialogs;
  /** What main's window would show and do. */
  window: { title: string; dirty: boolean; closed: null | { force: boolean } };
  shown: string[];
  /** What was put on the clipboard (复制网页版). */
  copied: { html: string; text: string }[];
  /** The file access main keeps; scripted dialog answers are granted by the handlers themselves. */
  access: FileAccess;
  /**
   * Grants a file as if the user had chosen it outside a dialog (command line, second instance,
   * drop): what Electron's main does before it tells the page about such a file.
   */
  grant(path: string, ...modes: AccessMode[]): string;
}

export function createTestDeps(options: { userDataDir?: string; documentsDir?: string; now?: () => Date; overrides?: Partial<HandlerDeps> } = {}): TestPlatform {
  const userDataDir = options.userDataDir ?? mkdtempSync(join(tmpdir(), 'nianbao-userdata-'));
  const dialogs: ScriptedDialogs = { open: [], save: [], confirm: [], asked: [] };
  const win: TestPlatform['window'] = { title: '年报 Studio', dirty: false, closed: null };
  const shown: string[] = [];
  const copied: { html: string; text: string }[] = [];
  const access = new FileAccess();
  const deps: HandlerDeps = {
    access,
    userDataDir,
    now: options.now ?? (() => new Date()),
    dialogs: {
      async open(request) {
        dialogs.asked.push({ type: 'open', request });
        return dialogs.open.shift() ?? null;
      },
      async save(request) {
        dialogs.asked.push({ type: 'save', request });
        return dialogs.save.shift() ?? null;
      },
      async confirm(request) {
        dialogs.asked.push({ type: 'confirm', request });
        return dialogs.confirm.shift() ?? 'cancel';
      },
    },
    shell: { showItemInFolder: (path) => void shown.push(path) },
    // A stand-in for Electron's clipboard: what 复制网页版 put there, for the test to read.
    clipboard: { write: (content) => void copied.push(content) },
    window: {
      setTitle: (title) => void (win.title = title),
      setDirty: (dirty) => void (win.dirty = dirty),
      close: (force) => void (win.closed = { force }),
    },
    app: { version: 'test', platform: process.platform, runtime: 'node', documentsDir: options.documentsDir ?? userDataDir },
    ...reportServices(),
    ...options.overrides,
  };
  return { deps, userDataDir, dialogs, window: win, shown, copied, access, grant: (path, ...modes) => access.grantFile(path, ...(modes.length ? modes : (['read', 'write'] as AccessMode[]))) };
}

export type { InvokeChannel };
