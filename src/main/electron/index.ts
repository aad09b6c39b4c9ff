// Electron main process: one window (single instance), hardened per Electron's security
// checklist, the Chinese menu, native dialogs, and a question before closing with unsaved
// changes. Everything the renderer asks goes through the typed handler table (src/main/ipc).
import { app, BrowserWindow, dialog, ipcMain, Menu, session, shell } from 'electron';
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { DROP_CHANNEL, EVENT_CHANNELS, type MenuCommand } from '../../shared/ipc';
import { isProjectFileName } from '../files/display-name';
import { createHandlers, recoveryDirOf } from '../ipc/handlers';
import { FileAccess } from '../ipc/file-access';
import { reportServices } from '../ipc/report-services';
import { aboutBox } from './about';
import { menuTemplate } from './menu-template';
import { electronClipboard, electronDialogs, electronShell, windowState } from './platform';
import { registerIpc } from './register-ipc';
import { hardenContents, hardenSession } from './security';
import { acceptDroppedFiles } from './dropped-files';
import { isTrustedSender } from './trusted-sender';
import { mainWindowOptions } from './window-options';
// electron-vite builds the batch's worker thread as a file of its own and gives its path here.
import unitWorkerPath from '../batch/unit-worker?modulePath';

// Built as ESM into out/main: there is no __dirname.
const HERE = fileURLToPath(new URL('.', import.meta.url));
const PRELOAD = join(HERE, '../preload/index.cjs');
const INDEX_HTML = join(HERE, '../renderer/index.html');
const DEV_SERVER = !app.isPackaged ? (process.env.ELECTRON_RENDERER_URL ?? null) : null;
const PAGE_URL = DEV_SERVER ?? pathToFileURL(INDEX_HTML).href;

/** A project file named on the command line (double-click in the file manager). */
function projectFileIn(argv: readonly string[]): string | null {
  const found = argv.slice(1).find((a) => isProjectFileName(a) && existsSync(a));
  return found ? resolve(found) : null;
}

// The UI is Chinese whatever the system language: built-in dialogs, spellcheck and the context
// menu Chromium draws follow the locale, and Electron reads this switch only before ready.
app.commandLine.appendSwitch('lang', 'zh-CN');

let win: BrowserWindow | null = null;
const state = windowState(() => win);

function send(command: MenuCommand): void {
  win?.webContents.send(EVENT_CHANNELS.menuCommand, command);
}

if (!app.requestSingleInstanceLock()) {
  // Another 年报 Studio is running: it gets our file (second-instance) and we leave.
  app.quit();
} else {
  // What the user chose; the page can name no other file (src/main/ipc/file-access.ts).
  const access = new FileAccess();
  const handlers = createHandlers({
    access,
    userDataDir: app.getPath('userData'),
    now: () => new Date(),
    dialogs: electronDialogs(() => win),
    shell: electronShell,
    clipboard: electronClipboard,
    window: state,
    app: {
      version: app.getVersion(),
      platform: process.platform,
      runtime: 'electron',
      documentsDir: app.getPath('documents'),
      startupFile: projectFileIn(process.argv),
    },
    ...reportServices(),
    unitWorker: { kind: 'script', path: unitWorkerPath },
  });

  async function refreshMenu(): Promise<void> {
    const recent = await handlers['recent.list']({});
    Menu.setApplicationMenu(
      Menu.buildFromTemplate(
        menuTemplate({
          recent: recent.ok ? recent.value : [],
          send,
          openRecoveryFolder: () => void shell.openPath(recoveryDirOf(app.getPath('userData'))),
          showAbout: () => {
            const box = aboutBox({ version: app.getVersion(), electron: process.versions.electron, chrome: process.versions.chrome, platform: process.platform, arch: process.arch });
            void (win ? dialog.showMessageBox(win, box) : dialog.showMessageBox(box));
          },
          devTools: DEV_SERVER !== null,
        }),
      ),
    );
  }

  function createWindow(): void {
    win = new BrowserWindow(mainWindowOptions({ preloadPath: PRELOAD, devTools: DEV_SERVER !== null }));
    win.once('ready-to-show', () => win?.show());
    win.on('close', (event) => {
      if (!state.dirty || state.forceClose || !win) return;
      event.preventDefault();
      const choice = dialog.showMessageBoxSync(win, {
        type: 'warning',
        title: '年报 Studio',
        message: '报告有尚未保存的修改。',
        detail: '关闭前是否保存？选择“不保存”时，本次修改仍留在恢复草稿中，下次启动时可以找回。',
        buttons: ['保存', '不保存', '取消'],
        defaultId: 0,
        cancelId: 2,
        noLink: true,
      });
      // Only this answer lets the page close with `force` (after it has saved).
      state.saveAndCloseAsked = choice === 0;
      if (choice === 0) send({ command: 'save-and-close' });
      if (choice === 1) {
        state.forceClose = true;
        win.close();
      }
    });
    win.on('closed', () => {
      win = null;
    });
    win.webContents.on('render-process-gone', (_event, details) => {
      if (details.reason === 'clean-exit' || !win) return;
      const choice = dialog.showMessageBoxSync(win, {
        type: 'error',
        title: '年报 Studio',
        message: '编辑界面意外退出。',
        detail: '最近几秒内的修改已自动保存为恢复草稿。重新打开界面后可以选择恢复。',
        buttons: ['重新打开', '退出'],
        defaultId: 0,
        cancelId: 1,
        noLink: true,
      });
      if (choice === 0) win.webContents.reload();
      else {
        state.forceClose = true;
        win.close();
      }
    });
    if (DEV_SERVER) void win.loadURL(DEV_SERVER);
    else void win.loadFile(INDEX_HTML);
  }

  app.on('second-instance', (_event, argv) => {
    if (!win) return;
    if (win.isMinimized()) win.restore();
    win.focus();
    const file = projectFileIn(argv);
    if (file) send({ command: 'open-recent', path: access.grantFile(file, 'read', 'write') });
  });

  app.on('web-contents-created', (_event, contents) => hardenContents(contents));

  app.on('window-all-closed', () => app.quit());

  void app.whenReady().then(async () => {
    hardenSession(session.defaultSession, DEV_SERVER, dirname(INDEX_HTML));
    registerIpc(ipcMain, handlers, () => PAGE_URL, (channel) => {
      if (channel.startsWith('project.') || channel.startsWith('recent.')) void refreshMenu();
    });
    // A file dropped onto the window: the preload's trusted drop event, from our own page only.
    ipcMain.on(DROP_CHANNEL, (event, paths: unknown) => {
      if (!isTrustedSender(event.senderFrame?.url, PAGE_URL)) return;
      const command = acceptDroppedFiles(access, paths);
      if (command) send(command);
    });
    await refreshMenu();
    createWindow();
  });
}
