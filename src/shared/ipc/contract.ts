// The IPC contract between the renderer and the main process: for every channel, the zod
// schema of what the renderer sends and of what main answers. Main parses every input with
// these schemas before acting; the renderer's client parses every answer. Types are derived
// from the schemas (z.input for what a caller passes, z.output for what it gets back).
import { z } from 'zod';
import { IssuerLevelSchema, ProjectSchema } from '../model/project';
import { ProfileSchema } from '../model/profile';
import { UNIT_STATUSES } from '../aggregate/unit-status';
import { FindingSchema } from '../validation/finding';
import { INVOKE_CHANNELS, type InvokeChannel } from './channels';

const NonEmptyPath = z.string().min(1, '路径不能为空').max(4096, '路径过长');
const Empty = z.object({}).strict();

/** A draft's identity in the recovery folder; the renderer picks it once per open document. */
export const RecoveryKeySchema = z.string().regex(/^[A-Za-z0-9_-]{1,64}$/, '恢复草稿标识只能含字母、数字、“-”和“_”，长度 1–64');

/**
 * What main knows about a file on disk when it read or wrote it (a content hash). The renderer
 * passes it back on save; a different stamp on disk means someone else changed the file.
 */
export const DiskStampSchema = z.string().min(1).max(200);

/** A project as the renderer holds it after new / open / import / recovery. */
export const OpenedProjectSchema = z.object({
  project: ProjectSchema,
  /** Where it lives; null for a report never saved. */
  path: NonEmptyPath.nullable(),
  /** What the title bar and the start screen show (file name, or 未命名). */
  name: z.string(),
  diskStamp: DiskStampSchema.nullable(),
  /** Set when the file was written by an older version and upgraded on reading. */
  migratedFrom: z.number().int().nullable(),
});
export type OpenedProject = z.infer<typeof OpenedProjectSchema>;

export const SaveOutcomeSchema = z.discriminatedUnion('status', [
  z.object({
    status: z.literal('saved'),
    path: NonEmptyPath,
    name: z.string(),
    diskStamp: DiskStampSchema,
    /** The previous version kept beside it (`<file>.bak`), or null for a new file. */
    backupPath: z.string().nullable(),
    savedAt: z.string(),
  }),
  z.object({
    /** The file changed on disk since it was opened or last saved: nothing was written. */
    status: z.literal('conflict'),
    path: NonEmptyPath,
    /** Chinese explanation for the clerk. */
    message: z.string(),
    /** The stamp of what is on disk now; send it as expectedStamp to overwrite deliberately. */
    diskStamp: DiskStampSchema.nullable(),
  }),
]);
export type SaveOutcome = z.infer<typeof SaveOutcomeSchema>;

export const RecoveryEntrySchema = z.object({
  key: RecoveryKeySchema,
  /** The file the draft belongs to, or null for a report never saved. */
  path: z.string().nullable(),
  name: z.string(),
  savedAt: z.string(),
  project: ProjectSchema,
});
export type RecoveryEntry = z.infer<typeof RecoveryEntrySchema>;

export const RecentFileSchema = z.object({
  path: NonEmptyPath,
  name: z.string(),
  openedAt: z.string(),
  /** False when the file has since been moved or deleted (the start screen greys it out). */
  exists: z.boolean(),
});
export type RecentFile = z.infer<typeof RecentFileSchema>;

export const EXPORT_FORMATS = ['docx', 'xlsx', 'html'] as const;
export const ExportFormatSchema = z.enum(EXPORT_FORMATS);
export type ExportFormat = z.infer<typeof ExportFormatSchema>;

export const ImportLogEntrySchema = z.object({
  level: z.enum(['info', 'warning', 'error']),
  /** Where in the source (table, row, paragraph), in words. */
  place: z.string(),
  message: z.string(),
});
export type ImportLogEntry = z.infer<typeof ImportLogEntrySchema>;

/** Identity of one batch run (汇总 or 批量审核), chosen by the renderer to poll its progress and export its workbook. */
export const RunIdSchema = z.string().regex(/^[A-Za-z0-9_-]{1,64}$/, '任务标识只能含字母、数字、“-”和“_”，长度 1–64');

export const BATCH_KINDS = ['aggregate', 'audit'] as const;
export const BatchKindSchema = z.enum(BATCH_KINDS);
export type BatchKind = z.infer<typeof BatchKindSchema>;

export const UnitRowSchema = z.object({
  unit: z.string(),
  file: z.string(),
  year: z.number().int().nullable(),
  status: z.enum(UNIT_STATUSES),
  errors: z.number().int(),
  warnings: z.number().int(),
  acknowledged: z.number().int(),
  unverifiable: z.number().int().optional(),
  message: z.string(),
});

export const BatchOutcomeSchema = z.object({
  runId: RunIdSchema,
  kind: BatchKindSchema,
  dir: z.string(),
  year: z.number().int().nullable(),
  rows: z.array(UnitRowSchema),
  /** Every finding of every unit (audit only; empty for a roll-up). */
  findings: z.array(z.object({ unit: z.string(), file: z.string(), finding: FindingSchema })),
  ignored: z.array(z.string()),
  consolidation: z
    .object({
      project: ProjectSchema,
      units: z.number().int(),
      uncomputable: z.array(z.object({ key: z.string(), place: z.string(), unit: z.string(), text: z.string() })),
      totalMismatches: z.array(z.object({ key: z.string(), place: z.string(), derived: z.number().nullable(), units: z.array(z.string()) })),
    })
    .nullable(),
  /** 汇总 against the government's own report (AGG-PARENT): each differing cell, and units on the list that sent nothing. */
  against: z
    .object({ file: z.string(), issuer: z.string(), year: z.number().int(), findings: z.array(FindingSchema), missing: z.array(z.string()) })
    .nullable()
    .optional(),
});
export type BatchOutcome = z.infer<typeof BatchOutcomeSchema>;

export const BatchProgressSchema = z.object({
  done: z.number().int(),
  /** 0 until the folder has been listed. */
  total: z.number().int(),
  /** The file read last, relative to the folder. */
  file: z.string(),
  finished: z.boolean(),
});
export type BatchProgress = z.infer<typeof BatchProgressSchema>;

export const ConfirmChoiceSchema = z.enum(['confirm', 'alternate', 'cancel']);
export type ConfirmChoice = z.infer<typeof ConfirmChoiceSchema>;

export const CONTRACT = {
  /** About the running app and where it keeps its files. */
  'app.info': {
    input: Empty,
    output: z.object({
      name: z.string(),
      version: z.string(),
      platform: z.string(),
      runtime: z.enum(['electron', 'node']),
      userDataDir: z.string(),
      recoveryDir: z.string(),
      recentFile: z.string(),
      /** A project file the app was started with (double-click in the file manager): open it first. */
      startupFile: z.string().nullable(),
    }),
  },
  /** The templates shipped with the app (templates/*.nianbao.json) for the start screen. */
  'project.templates': {
    input: Empty,
    output: z.array(z.object({ name: z.string(), description: z.string() })),
  },
  /**
   * A new report with the clerk's issuer, year and level: from a shipped template when `template`
   * names one (`department`, `government`, …), else blank. Nothing is written to disk.
   */
  'project.new': {
    input: z
      .object({
        template: z.string().regex(/^[a-z0-9-]{1,64}$/, '模板名称无效').optional(),
        issuer: z.string().trim().min(1, '请填写发布机关').max(200, '发布机关名称过长'),
        year: z.number().int('报告年度应为整数').min(2008, '报告年度不能早于 2008 年').max(2200, '报告年度无效'),
        issuerLevel: IssuerLevelSchema,
      })
      .strict(),
    output: OpenedProjectSchema,
  },
  /** Shows the open dialog (filtered to project files). null when the clerk cancels. */
  'project.open': {
    input: z.object({ defaultPath: z.string().max(4096).optional() }).strict(),
    output: OpenedProjectSchema.nullable(),
  },
  /** Opens a known path (recent files, drag and drop). A broken file is refused with its problems in `details`. */
  'project.openPath': {
    input: z.object({ path: NonEmptyPath }).strict(),
    output: OpenedProjectSchema,
  },
  /**
   * Saves atomically over `path` (temp file, fsync, rename; the previous version kept as .bak),
   * unless the file on disk no longer matches `expectedStamp` — then nothing is written and the
   * answer is a conflict. `expectedStamp: null` means "I believe no file is there".
   * After a successful save the recovery draft `recoveryKey` is discarded.
   */
  'project.save': {
    input: z
      .object({
        project: ProjectSchema,
        path: NonEmptyPath,
        expectedStamp: DiskStampSchema.nullable(),
        recoveryKey: RecoveryKeySchema.optional(),
      })
      .strict(),
    output: SaveOutcomeSchema,
  },
  /** Shows the save dialog, then saves there (the dialog already asked about overwriting). null when cancelled. */
  'project.saveAs': {
    input: z
      .object({
        project: ProjectSchema,
        /** Starting folder/name for the dialog; defaults to the issuer and year. */
        defaultPath: z.string().max(4096).optional(),
        recoveryKey: RecoveryKeySchema.optional(),
      })
      .strict(),
    output: SaveOutcomeSchema.nullable(),
  },
  /** Autosave: writes the draft to the recovery folder (every few seconds and on blur). */
  'recovery.write': {
    input: z.object({ key: RecoveryKeySchema, project: ProjectSchema, path: NonEmptyPath.nullable() }).strict(),
    output: z.object({ savedAt: z.string() }),
  },
  /** Drafts left by a session that did not save (a crash), newest first; offered at start. */
  'recovery.list': { input: Empty, output: z.array(RecoveryEntrySchema) },
  'recovery.discard': { input: z.object({ key: RecoveryKeySchema }).strict(), output: z.object({ discarded: z.boolean() }) },
  /** Recently opened or saved files, newest first. */
  'recent.list': { input: Empty, output: z.array(RecentFileSchema) },
  'recent.remove': { input: z.object({ path: NonEmptyPath }).strict(), output: z.array(RecentFileSchema) },
  /**
   * Exports .docx or .xlsx. Without `path` a save dialog asks where (beside the project file by
   * default). A report with errors can only be exported with `draft: true` (marked 草稿).
   * null when the dialog is cancelled.
   */
  'export.run': {
    input: z
      .object({
        project: ProjectSchema,
        format: ExportFormatSchema,
        draft: z.boolean(),
        projectPath: z.string().max(4096).nullable().optional(),
        path: NonEmptyPath.optional(),
      })
      .strict(),
    output: z
      .object({ path: z.string(), name: z.string(), format: ExportFormatSchema, draft: z.boolean(), bytes: z.number().int() })
      .nullable(),
  },
  /**
   * 复制网页版: the report as the web page `export --html` writes, put on the clipboard (as HTML,
   * with a plain-text version) for pasting into the website's editor. Refused like a filing
   * export while errors remain, unless `draft`.
   */
  'export.copyHtml': {
    input: z.object({ project: ProjectSchema, draft: z.boolean() }).strict(),
    output: z.object({ chars: z.number().int(), draft: z.boolean() }),
  },
  /**
   * 发布核对: the copy published on the website (a saved .html, copied .txt, a .docx; dialog when
   * no path) against the open report, cell by cell and paragraph by paragraph. null when the
   * dialog is cancelled. status: 0 identical, 1 text differences only, 2 numbers or a table.
   */
  'publish.check': {
    input: z.object({ project: ProjectSchema, path: NonEmptyPath.optional() }).strict(),
    output: z
      .object({
        source: z.string(),
        status: z.union([z.literal(0), z.literal(1), z.literal(2)]),
        differences: z.array(
          z.object({
            kind: z.enum(['table', 'row', 'cell', 'heading', 'paragraphChanged', 'paragraphAdded', 'paragraphDropped', 'citation', 'meta']),
            weight: z.enum(['figures', 'text']),
            place: z.string(),
            message: z.string(),
            approved: z.string(),
            published: z.string(),
          }),
        ),
      })
      .nullable(),
  },
  /** Imports a .docx / .xlsx / .txt / .html report (dialog when no path) into a new, unsaved project. */
  'import.run': {
    input: z.object({ path: NonEmptyPath.optional() }).strict(),
    output: z
      .object({ opened: OpenedProjectSchema, sourcePath: z.string(), log: z.array(ImportLogEntrySchema) })
      .nullable(),
  },
  /**
   * Reads last year's report for linking (dialog when no path): a project file, or a published
   * report imported as `import.run` does. The renderer links it (linkPriorYear) into the open report.
   */
  'prior.read': {
    input: z
      .object({
        path: NonEmptyPath.optional(),
        /** The year a published report that names none is taken to be (the report's year − 1). */
        fallbackYear: z.number().int().min(2000).max(2200).optional(),
      })
      .strict(),
    output: z
      .object({
        project: ProjectSchema,
        sourcePath: z.string(),
        /** File name, kept in the project as where last year's figures came from. */
        source: z.string(),
        /** What the importer could not read or doubted (empty for a project file). */
        notes: z.array(z.string()),
      })
      .nullable(),
  },
  /**
   * A 本地要求 file the clerk chooses in a dialog (a prefecture's profile not shipped with the
   * app), checked with the profile schema. null when the dialog is cancelled.
   */
  'profile.read': {
    input: Empty,
    output: z.object({ profile: ProfileSchema, source: z.string() }).nullable(),
  },
  /**
   * 汇总 or 批量审核 of a folder of units' reports (folder dialog when no `dir`). Resolves when
   * the whole folder is done; meanwhile `batch.progress` with the same runId says how far it is.
   * null when the dialog is cancelled.
   */
  'batch.run': {
    input: z
      .object({
        runId: RunIdSchema,
        kind: BatchKindSchema,
        dir: NonEmptyPath.optional(),
        /** 汇总: the office issuing the consolidated report. */
        issuer: z.string().trim().max(200, '发布机关名称过长').optional(),
        issuerLevel: IssuerLevelSchema.optional(),
        year: z.number().int().min(2008, '报告年度不能早于 2008 年').max(2200, '报告年度无效').optional(),
        /** 应报单位名单: units that must report; those with no report in the folder become 未报送 rows. */
        expected: z.array(z.string().trim().min(1).max(200, '单位名称过长')).max(100_000).optional(),
        /** 汇总: after the folder, ask for the government's own report and compare it with the sum. */
        against: z.boolean().optional(),
      })
      .strict(),
    output: BatchOutcomeSchema.nullable(),
  },
  /** How far a running batch is; null for a runId main does not know. */
  'batch.progress': { input: z.object({ runId: RunIdSchema }).strict(), output: BatchProgressSchema.nullable() },
  /**
   * Writes the workbook of a finished batch: the summary workbook for 汇总, the audit workbook for
   * 批量审核 (save dialog when no path). null when the dialog is cancelled.
   */
  'batch.export': {
    input: z.object({ runId: RunIdSchema, path: NonEmptyPath.optional() }).strict(),
    output: z.object({ path: z.string(), name: z.string(), bytes: z.number().int() }).nullable(),
  },
  /**
   * A unit's report of a finished 批量审核 / 汇总, to open from its row: main grants that file
   * (only a file the run itself listed) and says where it is and whether it is a project file.
   */
  'batch.openUnit': {
    input: z.object({ runId: RunIdSchema, file: z.string().min(1).max(4096) }).strict(),
    output: z.object({ path: z.string(), project: z.boolean() }),
  },
  /** Opens the folder containing a file (after export). */
  'shell.showItemInFolder': { input: z.object({ path: NonEmptyPath }).strict(), output: z.null() },
  /** Tells main what the window shows: the title becomes "name • 年报 Studio" with ● when dirty; closing asks when dirty. */
  'window.setDocument': {
    input: z.object({ name: z.string().max(300).nullable(), dirty: z.boolean() }).strict(),
    output: z.object({ title: z.string() }),
  },
  /** Closes the window; with `force` even when dirty (after the clerk chose 不保存, or after save-and-close). */
  'window.close': { input: z.object({ force: z.boolean() }).strict(), output: z.null() },
  /** A native question with two or three buttons. */
  'dialog.confirm': {
    input: z
      .object({
        kind: z.enum(['info', 'warning', 'question']).default('question'),
        title: z.string().max(200).optional(),
        message: z.string().min(1).max(2000),
        detail: z.string().max(5000).optional(),
        confirm: z.string().min(1).max(40),
        cancel: z.string().min(1).max(40),
        alternate: z.string().min(1).max(40).optional(),
      })
      .strict(),
    output: ConfirmChoiceSchema,
  },
} as const satisfies Record<InvokeChannel, { input: z.ZodType; output: z.ZodType }>;

// The zod-free channel list (channels.ts) and this table name exactly the same channels.
type Missing = Exclude<InvokeChannel, keyof typeof CONTRACT>;
type Extra = Exclude<keyof typeof CONTRACT, InvokeChannel>;
const _sameChannels: [Missing, Extra] extends [never, never] ? true : never = true;
void _sameChannels;
void INVOKE_CHANNELS;

export type Contract = typeof CONTRACT;
export type ChannelInput<C extends InvokeChannel> = z.input<Contract[C]['input']>;
export type ChannelOutput<C extends InvokeChannel> = z.output<Contract[C]['output']>;

/** Menu commands main sends to the renderer (File / Edit / View / Help). */
export const MenuCommandSchema = z.discriminatedUnion('command', [
  z.object({ command: z.literal('new') }),
  z.object({ command: z.literal('open') }),
  z.object({ command: z.literal('open-recent'), path: NonEmptyPath }),
  z.object({ command: z.literal('save') }),
  z.object({ command: z.literal('save-as') }),
  /** Ctrl+E, or a format chosen in the 导出 submenu. */
  z.object({ command: z.literal('export'), format: ExportFormatSchema.optional() }),
  /** 导入…; with `path`, a report file dropped onto the window (main granted it first). */
  z.object({ command: z.literal('import'), path: NonEmptyPath.optional() }),
  /** 关联上年度报告… (the 上年度 dialog of the open report). */
  z.object({ command: z.literal('prior') }),
  /** 发布核对… (the published copy against the open report). */
  z.object({ command: z.literal('check-published') }),
  /** 汇总… / 批量审核… of a folder of units' reports. */
  z.object({ command: z.literal('batch'), kind: BatchKindSchema }),
  /** 编辑 → 撤销 / 重做: the renderer applies them to the focused text field or to the report's edit history. */
  z.object({ command: z.literal('undo') }),
  z.object({ command: z.literal('redo') }),
  /** The window is closing with unsaved changes and the clerk chose 保存: save, then window.close({force:true}). */
  z.object({ command: z.literal('save-and-close') }),
  z.object({ command: z.literal('toggle-review') }),
  z.object({ command: z.literal('show-findings') }),
  /** 视图 → 下一个问题 / 上一个问题 (F8 / Shift+F8, handled by the page). */
  z.object({ command: z.literal('next-finding') }),
  z.object({ command: z.literal('prev-finding') }),
]);
export type MenuCommand = z.infer<typeof MenuCommandSchema>;
