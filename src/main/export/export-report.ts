// Exporting a project to the files that get filed (.docx) and checked (.xlsx). One gate for
// the app and the command line: the report is validated with the shared engine, a filing
// export is refused while errors remain (a draft is allowed and marked 草稿), every file is
// built in memory first and then written atomically, so a failure never leaves a
// half-written report where the user expects one.
import { resolve } from 'node:path';
import { findingTitle, summarize, validate, type Finding } from '../../shared/validation';
import type { PriorYear, Profile, Project } from '../../shared/model';
import { describeFsError, writeFileAtomic } from '../files/project-io';
import { buildDocx } from './docx';
import { buildHtml } from './html/build-html';
import { buildXlsx } from './xlsx';

interface FormatDef {
  /** Name in messages. */
  readonly name: string;
  readonly extension: string;
  build(project: Project, findings: Finding[], draft: boolean): Promise<Uint8Array>;
}

/** Every export format, in the order files are written. */
export const FORMATS = {
  docx: { name: 'Word 文档', extension: '.docx', build: (project, findings, draft) => buildDocx(project, findings, { draft }) },
  xlsx: { name: 'Excel 工作簿', extension: '.xlsx', build: (project, findings, draft) => buildXlsx(project, findings, { draft }) },
  html: { name: '网页', extension: '.html', build: async (project, findings, draft) => Buffer.from(buildHtml(project, findings, { draft }), 'utf8') },
} as const satisfies Record<string, FormatDef>;

export type ExportFormat = keyof typeof FORMATS;
export const EXPORT_FORMATS = Object.keys(FORMATS) as ExportFormat[];

export type ExportOptions = Partial<Record<ExportFormat, string>> & {
  /** Export even with errors; the document is then marked 草稿 throughout. */
  draft?: boolean;
  /** Last year's report, for the cross-year rules when the project has none linked. */
  prior?: PriorYear | null;
  /** 本地要求 to check against instead of the project's own; the .xlsx 校验结果 names it. */
  profile?: Profile | null;
};

export interface ExportResult {
  findings: Finding[];
  errors: number;
  warnings: number;
  draft: boolean;
  written: { format: ExportFormat; path: string }[];
}

/** How many findings a refusal lists before "……另有 N 处". */
const LISTED = 5;

/** A filing export asked for while errors remain. Carries the findings so callers can show them. */
export class ExportRefusedError extends Error {
  constructor(readonly findings: readonly Finding[]) {
    const errors = findings.filter((f) => f.severity === 'error');
    const listed = errors.slice(0, LISTED).map((f, i) => `  ${i + 1}. ${findingTitle(f)}（${f.rule}）：${f.message}`);
    if (errors.length > LISTED) listed.push(`  ……另有 ${errors.length - LISTED} 处错误`);
    super(`报告尚有 ${errors.length} 处错误，不能导出用于报送的正式报告。请先改正以下错误，或导出标有“草稿”的稿件：\n${listed.join('\n')}`);
    this.name = 'ExportRefusedError';
  }
}

export async function exportReport(given: Project, options: ExportOptions): Promise<ExportResult> {
  const project = options.profile ? { ...given, profile: options.profile } : given;
  const targets = EXPORT_FORMATS.flatMap((format) => (options[format] ? [{ format, path: options[format] }] : []));
  if (targets.length === 0) throw new Error(`未指定导出文件：请给出 ${EXPORT_FORMATS.map((f) => FORMATS[f].extension).join(' 或 ')} 的保存位置`);
  const paths = new Set(targets.map((t) => resolve(t.path)));
  if (paths.size < targets.length) throw new Error(`不同格式的导出不能保存为同一个文件：${targets.map((t) => t.path).join('、')}`);

  const draft = options.draft ?? false;
  const findings = validate(project, { prior: options.prior ?? null });
  const { errors, warnings } = summarize(findings);
  if (errors > 0 && !draft) throw new ExportRefusedError(findings);

  // Build everything before touching the disk: a failure here writes nothing at all.
  const contents = await Promise.all(targets.map(({ format }) => FORMATS[format].build(project, findings, draft)));
  const written: ExportResult['written'] = [];
  for (const [i, target] of targets.entries()) {
    try {
      await writeFileAtomic(target.path, contents[i]!);
    } catch (e) {
      const done = written.map((w) => `已写入的${FORMATS[w.format].name} ${w.path} 完整可用`).join('；');
      throw new Error(`无法写入${FORMATS[target.format].name} ${target.path}：${describeFsError(e)}（该位置原有的文件未被改动${done ? `；${done}` : ''}）`, {
        cause: e,
      });
    }
    written.push(target);
  }
  return { findings, errors, warnings, draft, written };
}
