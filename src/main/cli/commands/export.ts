import { parseArgs } from 'node:util';
import { basename } from 'node:path';
import { snapshotPrior } from '../../../shared';
import { EXIT_UNREADABLE, openProfile, openProject, refuseOverwrite, refuseOwnInput } from '../arguments';
import { EXPORT_FORMATS, ExportRefusedError, FORMATS, exportReport, type ExportOptions } from '../../export/export-report';
import { UsageError, type Command } from '../command';

/** Exit status when the export is refused because errors remain (as `validate` reports errors). */
export const EXIT_REFUSED = 2;

const formatFlags = EXPORT_FORMATS.map((f) => `[--${f} OUT${FORMATS[f].extension}]`).join(' ');

export const exportCommand: Command = {
  usage: `export FILE ${formatFlags} [--draft] [--prior LAST.nianbao.json] [--profile PROFILE.json] [--force]`,
  summary: '导出报告（尚有错误时拒绝导出正式报告；--draft 导出标明“草稿”的稿件）',
  async run(args) {
    const { values: parsed, positionals } = parseArgs({
      args,
      allowPositionals: true,
      options: {
        ...Object.fromEntries(EXPORT_FORMATS.map((f) => [f, { type: 'string' as const }])),
        draft: { type: 'boolean', default: false },
        prior: { type: 'string' },
        profile: { type: 'string' },
        force: { type: 'boolean', default: false },
      },
    });
    // The format flags are built from FORMATS, so their names are only known as strings here.
    const values = parsed as Record<string, string | boolean | undefined>;
    const [file, ...extra] = positionals;
    if (!file) throw new UsageError('请指定要导出的项目文件');
    if (extra.length > 0) throw new UsageError(`多余的参数：${extra.join(' ')}`);
    const targets: ExportOptions = {};
    for (const format of EXPORT_FORMATS) {
      const path = values[format];
      if (typeof path !== 'string') continue;
      const { extension } = FORMATS[format];
      if (!path.toLowerCase().endsWith(extension)) throw new UsageError(`--${format} 的文件名应以 ${extension} 结尾：${path}`);
      targets[format] = path;
    }
    if (Object.keys(targets).length === 0) {
      throw new UsageError(`请指定导出文件：${EXPORT_FORMATS.map((f) => `--${f} OUT${FORMATS[f].extension}`).join(' 和/或 ')}`);
    }

    const priorFile = typeof values.prior === 'string' ? values.prior : undefined;
    const outputs = EXPORT_FORMATS.flatMap((f) => (targets[f] ? [targets[f]] : []));
    await refuseOwnInput([file, ...(priorFile ? [priorFile] : [])], outputs);
    // Like new and import: an existing file is replaced only when asked (and then kept as .bak).
    await refuseOverwrite(outputs, values.force === true);
    const project = await openProject(file);
    if (!project) return EXIT_UNREADABLE;
    // Last year's report, as for `validate --prior`: T3-CARRY becomes a hard check, so the
    // filing/draft decision and the 校验结果 sheet include the cross-year findings.
    const last = priorFile ? await openProject(priorFile) : null;
    if (priorFile && !last) return EXIT_UNREADABLE;
    const prior = priorFile && last ? snapshotPrior(last, basename(priorFile)) : null;
    const profileFile = typeof values.profile === 'string' ? values.profile : undefined;
    const profile = profileFile ? await openProfile(profileFile) : undefined;
    if (profile === null) return EXIT_UNREADABLE;
    try {
      const result = await exportReport(project, { ...targets, draft: values.draft === true, prior, ...(profile ? { profile } : {}) });
      if (prior) process.stdout.write(`已与 ${prior.year} 年度报告（${prior.source}）比对上年结转等跨年度项目\n`);
      for (const w of result.written) process.stdout.write(`已导出${FORMATS[w.format].name}：${w.path}\n`);
      if (result.draft) {
        process.stdout.write(
          result.errors > 0
            ? `注意：这是草稿，报告尚有 ${result.errors} 处错误，文档已标明“草稿”，不得作为正式报告报送。\n`
            : '注意：按草稿导出，文档已标明“草稿”。\n',
        );
      }
      if (result.warnings > 0) process.stdout.write(`另有 ${result.warnings} 条提示尚未确认，可用 nianbao validate ${file} 查看。\n`);
      return 0;
    } catch (e) {
      if (!(e instanceof ExportRefusedError)) throw e;
      process.stderr.write(`nianbao export：${e.message}\n未写入任何文件。改正错误后再导出；如只需草稿，请加 --draft。\n`);
      return EXIT_REFUSED;
    }
  },
};
