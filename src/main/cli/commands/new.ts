import { parseArgs } from 'node:util';
import { access } from 'node:fs/promises';
import { ISSUER_LEVELS, ISSUER_LEVEL_LABELS, IssuerLevelSchema, createProject, instantiateTemplate, type Project } from '../../../shared';
import { writeProjectFile } from '../../files/project-io';
import { loadTemplate } from '../../files/templates';
import { UsageError, type Command } from '../command';

const LEVEL_ALIASES: Record<string, string> = Object.fromEntries(
  ISSUER_LEVELS.map((l) => [ISSUER_LEVEL_LABELS[l], l]),
);

export const newCommand: Command = {
  usage: 'new --year Y --issuer NAME --level L [--template NAME] -o FILE',
  summary: `新建年报项目（L：${ISSUER_LEVELS.join(' / ')}，或 部门 / 县级以上人民政府 / 乡镇街道 / 其他；NAME：department / government / sample-linyi-2024）`,
  async run(args) {
    const { values } = parseArgs({
      args,
      options: {
        year: { type: 'string' },
        issuer: { type: 'string' },
        level: { type: 'string' },
        template: { type: 'string', short: 't' },
        output: { type: 'string', short: 'o' },
        force: { type: 'boolean', default: false },
      },
    });
    const year = values.year === undefined ? undefined : Number(values.year);
    if (year !== undefined && (!Number.isInteger(year) || year < 2008 || year > 2200)) throw new UsageError('报告年度无效，例如 --year 2025');
    const issuer = values.issuer?.trim() || undefined;
    if (!values.output) throw new UsageError('请用 -o 指定输出文件，例如 -o 年报2025.nianbao.json');
    let issuerLevel;
    if (values.level !== undefined) {
      const level = IssuerLevelSchema.safeParse(LEVEL_ALIASES[values.level] ?? values.level);
      if (!level.success) throw new UsageError(`机关类型“${values.level}”无效，应为 ${ISSUER_LEVELS.join(' / ')}`);
      issuerLevel = level.data;
    }
    if (!values.force && (await access(values.output).then(() => true, () => false))) {
      throw new UsageError(`${values.output} 已存在，未覆盖（如需覆盖请加 --force）`);
    }
    let project: Project;
    if (values.template) {
      const template = await loadTemplate(values.template);
      // Blank templates carry no issuer and only a stand-in year: the clerk must give both.
      if (!template.meta.issuer) {
        if (!year) throw new UsageError('请用 --year 指定报告年度，例如 --year 2025');
        if (!issuer) throw new UsageError('请用 --issuer 指定发布机关名称');
      }
      project = instantiateTemplate(template, {
        ...(issuer ? { issuer } : {}),
        ...(year ? { year } : {}),
        ...(issuerLevel ? { issuerLevel } : {}),
      });
    } else {
      if (!year) throw new UsageError('请用 --year 指定报告年度，例如 --year 2025');
      if (!issuer) throw new UsageError('请用 --issuer 指定发布机关名称');
      project = createProject({ issuer, year, issuerLevel: issuerLevel ?? 'department' });
    }
    await writeProjectFile(values.output, project);
    process.stdout.write(`已创建 ${values.output}\n`);
    return 0;
  },
};
