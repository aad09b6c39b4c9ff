// Everything that moves a report between the window and the disk: new, open, save, save as,
// the recovery draft (every few seconds and when the window loses focus), the title bar, and
// the prompts when a save would overwrite a file changed on disk or a close would lose edits.
import { useCallback, useEffect, useRef, useState, type Dispatch } from 'react';
import type { IssuerLevel } from '../../../shared';
import { onMenuCommands, type MenuCommand, type OpenedProject, type RecoveryEntry, type SaveOutcome } from '../../../shared/ipc';
import { ipc, newRecoveryKey } from '../ipc/client';
import type { ImportRecord } from '../importlog/ImportLogPanel';
import { isDirty, type Action, type OpenDoc, type State } from '../state/store';

/** How often the recovery draft is written while there are unsaved edits. */
export const AUTOSAVE_INTERVAL_MS = 4000;

export type Notice = {
  kind: 'error' | 'info';
  text: string;
  details?: readonly string[];
  /** Stale once the report is edited again (已保存到 … beside ● 未保存 would contradict it). */
  untilEdit?: boolean;
};

export type Prompt =
  | { kind: 'conflict'; path: string; message: string; diskStamp: string | null }
  /** Closing the report, or opening another in its place, with unsaved edits; `next` does that. */
  | { kind: 'unsaved'; next: () => void };

export interface DocumentControls {
  notice: Notice | null;
  setNotice(n: Notice | null): void;
  prompt: Prompt | null;
  draftSavedAt: string | null;
  newReport(init: { issuer: string; year: number; issuerLevel: IssuerLevel; template?: string }): Promise<void>;
  open(): Promise<void>;
  openPath(path: string): Promise<void>;
  openRecovered(entry: RecoveryEntry): void;
  /** Import a .docx / .xlsx / web report into a new, unsaved project. */
  importReport(path?: string): Promise<void>;
  /** The log of the last import, shown to the clerk until dismissed (null: none to show). */
  importLog: ImportRecord | null;
  setImportLog(r: ImportRecord | null): void;
  save(): Promise<boolean>;
  saveAs(): Promise<boolean>;
  /** Back to the start screen (asks first when there are unsaved edits), then `then` (e.g. open 汇总). */
  close(then?: () => void): void;
  /** Answer the open prompt. */
  answer(choice: 'overwrite' | 'save' | 'saveAs' | 'discard' | 'cancel'): Promise<void>;
}

function failureNotice(r: { error: string; details?: string[] }): Notice {
  // The message already states the first problem; list them only when there are more.
  return r.details && r.details.length > 1 ? { kind: 'error', text: r.error, details: r.details } : { kind: 'error', text: r.error };
}

export function useDocument(state: State, dispatch: Dispatch<Action>, onMenu: (c: MenuCommand) => void): DocumentControls {
  const [notice, setNotice] = useState<Notice | null>(null);
  const [prompt, setPrompt] = useState<Prompt | null>(null);
  const [draftSavedAt, setDraftSavedAt] = useState<string | null>(null);
  const [importLog, setImportLog] = useState<ImportRecord | null>(null);
  const latest = useRef(state);
  latest.current = state;
  const draftRevision = useRef(-1);

  // Anything that replaces the open report asks first when it has unsaved edits.
  const guard = useCallback((next: () => void) => {
    const doc = latest.current.doc;
    if (doc && isDirty(doc)) setPrompt({ kind: 'unsaved', next });
    else next();
  }, []);

  const load = useCallback(
    (o: OpenedProject, recoveryKey = newRecoveryKey(), dirty = false) =>
      guard(() => {
        draftRevision.current = -1;
        setDraftSavedAt(null);
        dispatch({ type: 'open', project: o.project, filePath: o.path, name: o.name, diskStamp: o.diskStamp, recoveryKey, dirty });
        if (o.migratedFrom !== null) setNotice({ kind: 'info', text: `该文件由旧版本（文件格式版本 ${o.migratedFrom}）保存，已自动升级；保存后将以新格式写入。` });
        else setNotice(null);
      }),
    [dispatch, guard],
  );

  const client = ipc();
  const noBridge = useCallback(() => setNotice({ kind: 'error', text: '无法连接年报 Studio 主进程：请从桌面应用中打开本页面。' }), []);

  const newReport = useCallback<DocumentControls['newReport']>(
    async (init) => {
      if (!client) return noBridge();
      const r = await client.project.new(init);
      if (r.ok) load(r.value);
      else setNotice(failureNotice(r));
    },
    [client, load, noBridge],
  );

  const open = useCallback(async () => {
    if (!client) return noBridge();
    const r = await client.project.open({});
    if (!r.ok) setNotice(failureNotice(r));
    else if (r.value) load(r.value);
  }, [client, load, noBridge]);

  const openPath = useCallback(
    async (path: string) => {
      if (!client) return noBridge();
      const r = await client.project.openPath({ path });
      if (r.ok) load(r.value);
      else setNotice(failureNotice(r));
    },
    [client, load, noBridge],
  );

  const openRecovered = useCallback(
    (e: RecoveryEntry) => load({ project: e.project, path: e.path, name: e.name, diskStamp: null, migratedFrom: null }, e.key, true),
    [load],
  );

  /** 导入…: the dialog, or a report dropped onto the window (`path`, granted by main). */
  const importReport = useCallback(async (path?: string) => {
    if (!client) return noBridge();
    const r = await client.import.run(path ? { path } : {});
    if (!r.ok) return setNotice(failureNotice(r));
    if (!r.value) return;
    const docKey = newRecoveryKey();
    load(r.value.opened, docKey, true);
    setImportLog({ docKey, sourcePath: r.value.sourcePath, log: r.value.log, project: r.value.opened.project });
    const problems = r.value.log.filter((l) => l.level !== 'info');
    setNotice({
      kind: problems.length ? 'error' : 'info',
      // The places are listed in the 导入记录 panel beside the form.
      text: `已从 ${r.value.sourcePath} 导入${problems.length ? `，有 ${problems.length} 处未能识别或需核对，详见右侧“导入记录”。` : '。'}`,
    });
  }, [client, load, noBridge]);

  const afterSave = useCallback(
    (doc: OpenDoc, outcome: SaveOutcome | null): boolean => {
      if (!outcome) return false;
      if (outcome.status === 'conflict') {
        setPrompt({ kind: 'conflict', path: outcome.path, message: outcome.message, diskStamp: outcome.diskStamp });
        return false;
      }
      dispatch({ type: 'saved', filePath: outcome.path, name: outcome.name, diskStamp: outcome.diskStamp, revision: doc.revision });
      setNotice({ kind: 'info', text: `已保存到 ${outcome.path}${outcome.backupPath ? `（上一版本保留为 ${outcome.backupPath}）` : ''}`, untilEdit: true });
      return true;
    },
    [dispatch],
  );

  const saveAs = useCallback(async () => {
    const doc = latest.current.doc;
    if (!doc) return false;
    if (!client) return (noBridge(), false);
    const r = await client.project.saveAs({ project: doc.project, recoveryKey: doc.recoveryKey, ...(doc.filePath ? { defaultPath: doc.filePath } : {}) });
    if (!r.ok) return (setNotice(failureNotice(r)), false);
    return afterSave(doc, r.value);
  }, [client, afterSave, noBridge]);

  const saveWith = useCallback(
    async (expectedStamp: string | null) => {
      const doc = latest.current.doc;
      if (!doc) return false;
      if (!doc.filePath) return saveAs();
      if (!client) return (noBridge(), false);
      const r = await client.project.save({ project: doc.project, path: doc.filePath, expectedStamp, recoveryKey: doc.recoveryKey });
      if (!r.ok) return (setNotice(failureNotice(r)), false);
      return afterSave(doc, r.value);
    },
    [client, saveAs, afterSave, noBridge],
  );

  const save = useCallback(() => saveWith(latest.current.doc?.diskStamp ?? null), [saveWith]);

  const discardDraft = useCallback(async () => {
    const doc = latest.current.doc;
    if (doc && client) await client.recovery.discard({ key: doc.recoveryKey });
  }, [client]);

  const close = useCallback(
    (then?: () => void) =>
      guard(() => {
        dispatch({ type: 'close' });
        then?.();
      }),
    [guard, dispatch],
  );

  const answer = useCallback<DocumentControls['answer']>(
    async (choice) => {
      const p = prompt;
      setPrompt(null);
      if (!p || choice === 'cancel') return;
      if (p.kind === 'conflict') {
        if (choice === 'overwrite') await saveWith(p.diskStamp);
        else if (choice === 'saveAs') await saveAs();
        return;
      }
      if (choice === 'save' && !(await save())) return;
      if (choice === 'discard') await discardDraft();
      p.next();
    },
    [prompt, save, saveAs, saveWith, discardDraft],
  );

  // Autosave: the recovery draft, every few seconds while there are unsaved edits, and at once when the window loses focus.
  useEffect(() => {
    if (!client) return;
    const writeDraft = async () => {
      const doc = latest.current.doc;
      if (!doc || !isDirty(doc) || draftRevision.current === doc.revision) return;
      draftRevision.current = doc.revision;
      const r = await client.recovery.write({ key: doc.recoveryKey, project: doc.project, path: doc.filePath });
      if (r.ok) setDraftSavedAt(r.value.savedAt);
      else {
        draftRevision.current = -1;
        setNotice({ kind: 'error', text: `自动保存恢复草稿失败：${r.error}` });
      }
    };
    const timer = setInterval(() => void writeDraft(), AUTOSAVE_INTERVAL_MS);
    const onBlur = () => void writeDraft();
    window.addEventListener('blur', onBlur);
    return () => {
      clearInterval(timer);
      window.removeEventListener('blur', onBlur);
    };
  }, [client]);

  const doc = state.doc;
  const revision = doc?.revision;
  useEffect(() => setNotice((n) => (n?.untilEdit ? null : n)), [revision]);

  // The title bar: file name and the unsaved marker.
  const title = doc ? doc.name : null;
  const dirty = doc ? isDirty(doc) : false;
  useEffect(() => {
    document.title = title ? `${dirty ? '● ' : ''}${title} — 年报 Studio` : '年报 Studio';
    void client?.window.setDocument({ name: title, dirty });
  }, [client, title, dirty]);

  // Menu commands from Electron's menu; outside Electron (browser tests) the page handles
  // Ctrl+S / Ctrl+Shift+S itself. Inside Electron the menu's accelerators do it, and handling the
  // key here as well could save twice (the second save would then see a "changed" file).
  const menu = useRef(onMenu);
  menu.current = onMenu;
  useEffect(() => {
    const inElectron = navigator.userAgent.includes('Electron/');
    const onKey = (e: KeyboardEvent) => {
      if (inElectron) return;
      if (!(e.ctrlKey || e.metaKey) || e.altKey) return;
      const k = e.key.toLowerCase();
      if (k === 's') {
        e.preventDefault();
        menu.current({ command: e.shiftKey ? 'save-as' : 'save' });
      }
    };
    window.addEventListener('keydown', onKey);
    const bridge = window.nianbao;
    // Opened as a plain web page there is no bridge, and no menu.
    const off = typeof bridge?.onMenuCommand === 'function' ? onMenuCommands(bridge, (c) => menu.current(c), (problem) => console.error(problem)) : undefined;
    return () => {
      window.removeEventListener('keydown', onKey);
      off?.();
    };
  }, []);

  return { notice, setNotice, prompt, draftSavedAt, newReport, open, openPath, openRecovered, importReport, importLog, setImportLog, save, saveAs, close, answer };
}
