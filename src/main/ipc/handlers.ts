// The one IPC handler table. Every handler takes the raw input the renderer sent, parses it
// with the contract's zod schema before doing anything, and answers {ok, value} or a Chinese
// error — it never throws. Electron registers these on ipcMain; browser tests expose the same
// table into Chromium; unit tests call it directly.
import { promises as fs } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import type { z } from 'zod';
import { createProject, type Project } from '../../shared';
import {
  CONTRACT,
  fail,
  ok,
  type ChannelOutput,
  type ExportFormat,
  type InvokeChannel,
  type IpcResult,
  type OpenedProject,
  type SaveOutcome,
} from '../../shared/ipc';
import { describeFsError } from '../files/project-io';
import { readProfileFile } from '../files/read-profile';
import { saveProjectChecked } from '../files/checked-save';
import { readDiskStamp } from '../files/disk-stamp';
import { openProjectFile } from '../files/open-project';
import { RecoveryStore } from '../files/recovery-store';
import { RecentFiles } from '../files/recent-files';
import { PROJECT_EXTENSION, displayName, isProjectFileName } from '../files/display-name';
import type { FileFilter, HandlerDeps } from './deps';
import { FileAccess, notGranted, samePath } from './file-access';
import { createBatchHandlers } from './batch-handlers';
import { htmlFragment } from '../export/html/build-html';
import { linesFromHtml } from '../../shared/import';
import { parseInput } from './input-errors';
import { windowTitle } from './window-title';

/** The Node file-system error (one with an errno code such as ENOENT) in an error or its causes. */
export function fileSystemErrorOf(e: unknown): NodeJS.ErrnoException | undefined {
  for (let cause = e, depth = 0; cause instanceof Error && depth < 5; cause = cause.cause, depth++) {
    const code = (cause as NodeJS.ErrnoException).code;
    if (typeof code === 'string' && /^E[A-Z]+$/.test(code)) return cause as NodeJS.ErrnoException;
  }
  return undefined;
}

export type Handler<C extends InvokeChannel> = (input: unknown) => Promise<IpcResult<ChannelOutput<C>>>;
export type HandlerTable = { [C in InvokeChannel]: Handler<C> };

export type Impl<C extends InvokeChannel> = (input: z.output<(typeof CONTRACT)[C]['input']>) => Promise<IpcResult<ChannelOutput<C>>>;

export const PROJECT_FILTERS: FileFilter[] = [
  { name: '年报 Studio 项目（*.nianbao、*.nianbao.json）', extensions: ['nianbao', 'json'] },
  { name: '所有文件', extensions: ['*'] },
];
const EXPORT_FILTERS: Record<ExportFormat, FileFilter[]> = {
  docx: [{ name: 'Word 文档（*.docx）', extensions: ['docx'] }],
  xlsx: [{ name: 'Excel 工作簿（*.xlsx）', extensions: ['xlsx'] }],
  html: [{ name: '网页（*.html）', extensions: ['html'] }],
};
const EXPORT_TITLES: Record<ExportFormat, string> = { docx: '导出 Word 文档', xlsx: '导出 Excel 工作簿', html: '导出网页' };
const PROFILE_FILTERS: FileFilter[] = [
  { name: '本地要求文件（*.json）', extensions: ['json'] },
  { name: '所有文件', extensions: ['*'] },
];
const IMPORT_FILTERS: FileFilter[] = [
  { name: '年度报告（Word、Excel、PDF、网页或文本）', extensions: ['docx', 'xlsx', 'pdf', 'txt', 'html', 'htm'] },
  { name: '所有文件', extensions: ['*'] },
];

export function recoveryDirOf(userDataDir: string): string {
  return join(userDataDir, 'recovery');
}
export function recentFileOf(userDataDir: string): string {
  return join(userDataDir, 'recent-files.json');
}

/** The default file name of a report: 发布机关 + 年度 + 年政府信息公开工作年度报告. */
function reportBaseName(project: Project): string {
  const issuer = project.meta.issuer.replace(/[\\/:*?"<>|]/g, '').trim() || '未命名机关';
  return `${issuer}${project.meta.year}年政府信息公开工作年度报告`;
}

function ensureExtension(path: string, ext: string): string {
  return path.toLowerCase().endsWith(ext) ? path : `${path}${ext}`;
}

/** The page as text: a paragraph a line, a table row a line with its cells separated by tabs. */
function plainTextOf(html: string): string {
  return linesFromHtml(html)
    .map((l) => l.cells.join('\t'))
    .join('\n');
}

/** What the handlers ask before touching a path the page sent (see file-access.ts). */
export interface PathGuard {
  access: FileAccess;
  readable(path: string): Promise<boolean>;
  writable(path: string): Promise<boolean>;
}

export function createHandlers(deps: HandlerDeps): HandlerTable {
  const recovery = new RecoveryStore(recoveryDirOf(deps.userDataDir), deps.now);
  const recent = new RecentFiles(recentFileOf(deps.userDataDir), deps.now);
  const access = deps.access ?? new FileAccess();
  /** Files main itself knows the user chose: the startup file and the recent list count as granted. */
  const chosenBefore = async (path: string) =>
    (deps.app.startupFile ? samePath(deps.app.startupFile, path) : false) || (await recent.has(path, samePath));
  const guard: PathGuard = {
    access,
    readable: async (path) => access.may(path, 'read') || (await chosenBefore(path)),
    writable: async (path) => access.may(path, 'write') || (await chosenBefore(path)),
  };
  /** A dialog's starting point: a path already granted, or a bare file name (put in Documents). */
  const startingPoint = (path: string | undefined): string | undefined | null => {
    if (path === undefined) return undefined;
    if (basename(path) === path) return join(deps.app.documentsDir, path);
    return access.known(path) ? path : null;
  };
  /** Per file: the versions this app wrote, and the save in progress (saves to one file run in turn). */
  const written = new Map<string, Set<string>>();
  const saving = new Map<string, Promise<unknown>>();

  async function openPath(path: string): Promise<IpcResult<OpenedProject>> {
    const abs = resolve(path);
    if (!(await guard.readable(abs))) return fail('refused', notGranted(path, '文件'));
    const loaded = await openProjectFile(abs);
    if (!loaded.ok) {
      return fail('unreadable', `未能打开 ${basename(abs)}：${loaded.message}`, loaded.problems.map((p) => `${p.place}：${p.message}`));
    }
    access.grantFile(abs, 'read', 'write');
    await recent.add(abs);
    return ok({ project: loaded.project, path: abs, name: displayName(abs), diskStamp: loaded.diskStamp, migratedFrom: loaded.migratedFrom ?? null });
  }

  async function save(project: Project, path: string, expectedStamp: string | null, recoveryKey: string | undefined): Promise<IpcResult<SaveOutcome>> {
    const abs = resolve(path);
    // The save-after-conflict trick (ask once, get the stamp, save again) is useless on a file
    // the user never chose: it is refused before the file is even stamped.
    if (!(await guard.writable(abs))) return fail('refused', notGranted(path, '保存位置'));
    const own = written.get(abs) ?? new Set<string>();
    const previous = saving.get(abs) ?? Promise.resolve();
    const attempt = previous.then(() => saveProjectChecked(abs, project, expectedStamp, own));
    saving.set(abs, attempt.catch(() => undefined));
    const r = await attempt;
    if (r.status === 'saved') written.set(abs, own.add(r.diskStamp));
    if (r.status === 'conflict') {
      const message =
        r.reason === 'changed'
          ? `文件“${basename(abs)}”在打开之后已被其他程序或其他人修改。保存将覆盖那些修改；也可以另存为新文件，两份都保留。`
          : `位置“${abs}”已有一个文件。保存将覆盖它；也可以另存为新文件。`;
      return ok({ status: 'conflict', path: abs, message, diskStamp: r.diskStamp });
    }
    // The report is safely on disk: its recovery draft has done its job.
    if (recoveryKey) await recovery.discard(recoveryKey);
    await recent.add(abs);
    return ok({ status: 'saved', path: abs, name: displayName(abs), diskStamp: r.diskStamp, backupPath: r.backupPath, savedAt: deps.now().toISOString() });
  }

  const impl: { [C in InvokeChannel]: Impl<C> } = {
    'app.info': async () =>
      ok({
        name: '年报 Studio',
        version: deps.app.version,
        platform: deps.app.platform,
        runtime: deps.app.runtime,
        userDataDir: deps.userDataDir,
        recoveryDir: recovery.dir,
        recentFile: recent.file,
        startupFile: deps.app.startupFile ?? null,
      }),

    'project.templates': async () => ok(await deps.templates.list()),

    'project.new': async ({ template, issuer, year, issuerLevel }) => {
      let project: Project;
      if (template) {
        try {
          project = await deps.templates.instantiate(template, { issuer, year, issuerLevel });
        } catch (e) {
          return fail('unreadable', e instanceof Error ? e.message : String(e));
        }
      } else {
        project = createProject({ issuer, year, issuerLevel });
      }
      return ok({ project, path: null, name: displayName(null), diskStamp: null, migratedFrom: null });
    },

    'project.open': async ({ defaultPath }) => {
      const start = startingPoint(defaultPath);
      if (start === null) return fail('refused', notGranted(defaultPath!, '默认位置'));
      const path = await deps.dialogs.open({ title: '打开年报项目', defaultPath: start ?? deps.app.documentsDir, filters: PROJECT_FILTERS });
      return path ? openPath(access.grantFile(path, 'read', 'write')) : ok(null);
    },

    'project.openPath': async ({ path }) => openPath(path),

    'project.save': async ({ project, path, expectedStamp, recoveryKey }) => save(project, path, expectedStamp, recoveryKey),

    'project.saveAs': async ({ project, defaultPath, recoveryKey }) => {
      const start = startingPoint(defaultPath);
      if (start === null) return fail('refused', notGranted(defaultPath!, '默认位置'));
      const chosen = await deps.dialogs.save({
        title: '另存为',
        defaultPath: start ?? join(deps.app.documentsDir, `${reportBaseName(project)}${PROJECT_EXTENSION}`),
        filters: PROJECT_FILTERS,
      });
      if (!chosen) return ok(null);
      // A name typed without an extension gets the full project one (显示名 stays the typed name).
      const abs = resolve(chosen);
      const path = access.grantFile(isProjectFileName(abs) ? abs : `${abs}${PROJECT_EXTENSION}`, 'read', 'write');
      // The dialog already asked about replacing the file it named: overwrite what is there now.
      // A file the dialog did not name (we added the extension) is not replaced without asking.
      return save(project, path, path === abs ? await readDiskStamp(path) : null, recoveryKey);
    },

    'recovery.write': async ({ key, project, path }) => {
      // A draft remembers its file, and recovery.list grants it back: only a granted one.
      if (path !== null && !(await guard.writable(path))) return fail('refused', notGranted(path, '草稿所属文件'));
      return ok(await recovery.write(key, project, path));
    },

    'recovery.list': async () => {
      const { drafts } = await recovery.list();
      // Main's own store: a draft's file was granted when the draft was written.
      for (const d of drafts) if (d.path) access.grantFile(d.path, 'read', 'write');
      return ok(drafts);
    },

    'recovery.discard': async ({ key }) => ok({ discarded: await recovery.discard(key) }),

    'recent.list': async () => ok(await recent.list()),

    'recent.remove': async ({ path }) => ok(await recent.remove(path)),

    'export.run': async ({ project, format, draft, projectPath, path }) => {
      if (projectPath && !(await guard.readable(projectPath))) return fail('refused', notGranted(projectPath, '项目文件'));
      let target = path ?? null;
      if (target) {
        if (!(await guard.writable(ensureExtension(resolve(target), `.${format}`)))) return fail('refused', notGranted(target, '导出位置'));
      } else {
        const folder = projectPath ? dirname(projectPath) : deps.app.documentsDir;
        target = await deps.dialogs.save({
          title: EXPORT_TITLES[format],
          defaultPath: join(folder, `${reportBaseName(project)}${draft ? '（草稿）' : ''}.${format}`),
          filters: EXPORT_FILTERS[format],
        });
        if (!target) return ok(null);
        // The dialog asked before replacing; a name typed without the extension is granted as written.
        access.grantFile(ensureExtension(resolve(target), `.${format}`), 'write');
      }
      const abs = ensureExtension(resolve(target), `.${format}`);
      try {
        await deps.exportWriter(project, format, abs, { draft });
      } catch (e) {
        return fail('refused', e instanceof Error ? e.message : String(e));
      }
      const { size } = await fs.stat(abs);
      return ok({ path: abs, name: basename(abs), format, draft, bytes: size });
    },

    'export.copyHtml': async ({ project, draft }) => {
      let html: string;
      try {
        html = await deps.htmlBuilder(project, { draft });
      } catch (e) {
        return fail('refused', e instanceof Error ? e.message : String(e));
      }
      await deps.clipboard.write({ html: htmlFragment(html), text: plainTextOf(html) });
      return ok({ chars: html.length, draft });
    },

    'publish.check': async ({ project, path }) => {
      // Only a file the user chose (this dialog, or one granted before) is read.
      if (path && !(await guard.readable(path))) return fail('refused', notGranted(path, '文件'));
      const chosen = path
        ? null
        : await deps.dialogs.open({
            title: '发布核对：选择网站上发布的版本',
            defaultPath: deps.app.documentsDir,
            filters: [{ name: '发布稿（网页、文本、PDF 或 Word）', extensions: ['html', 'htm', 'txt', 'pdf', 'docx'] }, { name: '所有文件', extensions: ['*'] }],
          });
      const source = path ?? (chosen ? access.grantFile(chosen, 'read') : null);
      if (!source) return ok(null);
      const r = await deps.publishedChecker(project, resolve(source));
      if (!r.ok) return fail('unreadable', r.message);
      return ok({ source: r.source, status: r.status, differences: r.differences });
    },

    'import.run': async ({ path }) => {
      if (path && !(await guard.readable(path))) return fail('refused', notGranted(path, '文件'));
      const chosen = path ? null : await deps.dialogs.open({ title: '导入已有年度报告', defaultPath: deps.app.documentsDir, filters: IMPORT_FILTERS });
      const source = path ?? (chosen ? access.grantFile(chosen, 'read') : null);
      if (!source) return ok(null);
      const abs = resolve(source);
      let imported;
      try {
        // A report that names no year is most likely last year's.
        imported = await deps.importer(abs, { fallbackYear: deps.now().getFullYear() - 1 });
      } catch (e) {
        return fail('unreadable', `未能导入 ${basename(abs)}：${e instanceof Error ? e.message : String(e)}`);
      }
      return ok({
        opened: { project: imported.project, path: null, name: displayName(null), diskStamp: null, migratedFrom: null },
        sourcePath: abs,
        log: imported.log,
      });
    },

    'profile.read': async () => {
      const chosen = await deps.dialogs.open({ title: '载入本地要求文件', defaultPath: deps.app.documentsDir, filters: PROFILE_FILTERS });
      if (!chosen) return ok(null);
      const path = access.grantFile(chosen, 'read');
      const r = await readProfileFile(path);
      if (!r.ok) return fail('invalid-input', r.message, r.problems);
      return ok({ profile: r.profile, source: basename(path) });
    },

    'shell.showItemInFolder': async ({ path }) => {
      const abs = resolve(path);
      if (!access.known(abs) && !(await guard.readable(abs))) return fail('refused', notGranted(path, '文件'));
      const exists = await fs.stat(abs).then(() => true, () => false);
      if (!exists) return fail('io', `文件“${abs}”不存在，可能已被移动或删除。`);
      deps.shell.showItemInFolder(abs);
      return ok(null);
    },

    'window.setDocument': async ({ name, dirty }) => {
      const title = windowTitle(name, dirty);
      deps.window.setTitle(title);
      deps.window.setDirty(dirty);
      return ok({ title });
    },

    'window.close': async ({ force }) => {
      deps.window.close(force);
      return ok(null);
    },

    'dialog.confirm': async (request) => ok(await deps.dialogs.confirm(request)),

    // Last year's report, 汇总 and 批量审核 (issue 5).
    ...createBatchHandlers(deps, guard),
  };

  const log = deps.log ?? ((line: string) => console.error(line));
  const table = {} as Record<InvokeChannel, Handler<InvokeChannel>>;
  for (const channel of Object.keys(impl) as InvokeChannel[]) {
    table[channel] = async (input: unknown) => {
      const parsed = parseInput(CONTRACT[channel].input, input);
      if (!parsed.ok) return fail('invalid-input', `请求内容无效（${channel}）：${parsed.problems[0]}`, parsed.problems);
      try {
        return await (impl[channel] as Impl<InvokeChannel>)(parsed.data as never);
      } catch (e) {
        // A file-system failure is the clerk's to fix (a locked or missing file) and is said so;
        // anything else is a bug: it is logged with its stack and reported as internal, never
        // dressed up as a disk problem.
        const fsError = fileSystemErrorOf(e);
        if (fsError) return fail('io', `操作未能完成：${describeFsError(fsError)}`);
        log(`[ipc] ${channel} 内部错误：${e instanceof Error ? (e.stack ?? e.message) : String(e)}`);
        return fail('internal', `操作未能完成：程序内部错误（${channel}）：${e instanceof Error ? e.message : String(e)}`);
      }
    };
  }
  return table as HandlerTable;
}
