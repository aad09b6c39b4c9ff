// Electron's side of the handler dependencies: native dialogs attached to the main window,
// the shell, and the window's title and unsaved state.
import { ClipboardItem, clipboard, dialog, shell, type BrowserWindow } from 'electron';
import type { Dialogs, WindowControl } from '../ipc/deps';

export function electronDialogs(win: () => BrowserWindow | null): Dialogs {
  return {
    async open(request) {
      const w = win();
      const options = {
        title: request.title,
        defaultPath: request.defaultPath,
        filters: request.filters,
        properties: request.directory ? ['openDirectory' as const] : ['openFile' as const],
      };
      const r = w ? await dialog.showOpenDialog(w, options) : await dialog.showOpenDialog(options);
      return r.canceled ? null : (r.filePaths[0] ?? null);
    },
    async save(request) {
      const w = win();
      const options = {
        title: request.title,
        defaultPath: request.defaultPath,
        filters: request.filters,
        properties: ['showOverwriteConfirmation' as const, 'createDirectory' as const],
      };
      const r = w ? await dialog.showSaveDialog(w, options) : await dialog.showSaveDialog(options);
      return r.canceled || !r.filePath ? null : r.filePath;
    },
    async confirm(request) {
      const w = win();
      const choices = [
        ['confirm', request.confirm],
        ...(request.alternate ? ([['alternate', request.alternate]] as const) : []),
        ['cancel', request.cancel],
      ] as const;
      const options = {
        type: request.kind,
        title: request.title ?? '年报 Studio',
        message: request.message,
        detail: request.detail,
        buttons: choices.map(([, label]) => label),
        defaultId: 0,
        cancelId: choices.length - 1,
        noLink: true,
      };
      const r = w ? await dialog.showMessageBox(w, options) : await dialog.showMessageBox(options);
      return choices[r.response]?.[0] ?? 'cancel';
    },
  };
}

export interface WindowState extends WindowControl {
  readonly dirty: boolean;
  /** Set when the next close must not ask (the clerk already chose, or saved). */
  forceClose: boolean;
  /**
   * Set by main's own unsaved-changes question when the clerk chose 保存: the page saves and
   * then closes with `force`. Only then is `force` honoured — a page cannot skip the question.
   */
  saveAndCloseAsked: boolean;
}

export function windowState(win: () => BrowserWindow | null): WindowState {
  const state: WindowState = {
    dirty: false,
    forceClose: false,
    saveAndCloseAsked: false,
    setTitle(title) {
      win()?.setTitle(title);
    },
    setDirty(dirty) {
      (state as { dirty: boolean }).dirty = dirty;
      // macOS shows the unsaved dot in the close button (the call exists only there).
      if (process.platform === 'darwin') win()?.setDocumentEdited(dirty);
    },
    close(force) {
      state.forceClose = force && state.saveAndCloseAsked;
      state.saveAndCloseAsked = false;
      win()?.close();
    },
  };
  return state;
}

export const electronShell = { showItemInFolder: (path: string) => shell.showItemInFolder(path) };

/** HTML and its plain text together, so a site's rich editor takes the tables and a plain field the text. */
export const electronClipboard = {
  write: (content: { html: string; text: string }) => clipboard.write([new ClipboardItem({ 'text/html': content.html, 'text/plain': content.text })]),
};
