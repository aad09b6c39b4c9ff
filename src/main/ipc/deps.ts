// What the handler table needs from its platform. Electron passes dialogs, shell and the
// window; tests pass scripted dialogs and a temp folder — the handlers are the same code.
import type { IssuerLevel, Project } from '../../shared';
import type { ConfirmChoice, ExportFormat, ImportLogEntry } from '../../shared/ipc';
import type { WorkerSource } from '../batch/unit-pool';
import type { PublishedCheck } from '../publish/check-published';
import type { FileAccess } from './file-access';

export interface FileFilter {
  name: string;
  extensions: string[];
}

export interface FileDialogRequest {
  title: string;
  defaultPath?: string;
  filters: FileFilter[];
  /** Pick a folder instead of a file (汇总 and 批量审核 read a whole folder). */
  directory?: boolean;
}

export interface ConfirmRequest {
  kind: 'info' | 'warning' | 'question';
  title?: string;
  message: string;
  detail?: string;
  confirm: string;
  cancel: string;
  alternate?: string;
}

export interface Dialogs {
  /** The chosen file, or null when cancelled. */
  open(request: FileDialogRequest): Promise<string | null>;
  /** The chosen file, or null when cancelled. The dialog itself asks before overwriting. */
  save(request: FileDialogRequest): Promise<string | null>;
  confirm(request: ConfirmRequest): Promise<ConfirmChoice>;
}

export interface WindowControl {
  setTitle(title: string): void;
  /** Remembered so that closing the window can ask first. */
  setDirty(dirty: boolean): void;
  close(force: boolean): void;
}

/** Writes one export file at `path` (atomically); throws with a Chinese message on failure. */
export type ExportWriter = (project: Project, format: ExportFormat, path: string, options: { draft: boolean }) => Promise<void>;

/** The web page of a report (validated; refused with a Chinese message while errors remain unless a draft). */
export type HtmlBuilder = (project: Project, options: { draft: boolean }) => Promise<string>;

/** 发布核对 of a published copy at `path` against the project. */
export type PublishedChecker = (project: Project, path: string) => Promise<PublishedCheck>;

export interface ImportedReport {
  project: Project;
  log: ImportLogEntry[];
}
/** Reads a published report into a new project; throws with a Chinese message when it cannot. */
export type ReportImporter = (path: string, options: { fallbackYear: number }) => Promise<ImportedReport>;

export interface Templates {
  list(): Promise<{ name: string; description: string }[]>;
  /** A new project from the named template with the clerk's issuer, year and level; throws with a Chinese message. */
  instantiate(name: string, fill: { issuer: string; year: number; issuerLevel: IssuerLevel }): Promise<Project>;
}

export interface HandlerDeps {
  /** Where recovery drafts and the recent list live (Electron's app.getPath('userData')). */
  userDataDir: string;
  now(): Date;
  dialogs: Dialogs;
  shell: { showItemInFolder(path: string): void };
  /** The system clipboard (Electron's clipboard in the app; a recorder in tests). */
  clipboard: { write(content: { html: string; text: string }): Promise<void> | void };
  window: WindowControl;
  app: { version: string; platform: string; runtime: 'electron' | 'node'; documentsDir: string; startupFile?: string | null };
  exportWriter: ExportWriter;
  htmlBuilder: HtmlBuilder;
  publishedChecker: PublishedChecker;
  templates: Templates;
  importer: ReportImporter;
  /**
   * The files and folders the user chose, which alone the handlers may touch. Electron grants
   * command-line, second-instance and dropped files into it; a test grants what it pretends the
   * user chose. A fresh, empty one when not given.
   */
  access?: FileAccess;
  /** Where a handler's unexpected failure (a bug, not a file-system error) is logged; console.error by default. */
  log?: (line: string) => void;
  /**
   * The batch's worker thread (src/main/batch/unit-worker): the app passes the file electron-vite
   * built for it. Without it, folder runs read every file on the main thread.
   */
  unitWorker?: WorkerSource;
}
