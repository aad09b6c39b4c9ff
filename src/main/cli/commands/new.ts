import { parseArgs } from 'node:util';
import { access } from 'node:fs/promises';
import { ISSUER_LEVELS, ISSUER_LEVEL_LABELS, IssuerLevelSchema, createProject } from '../../../shared';
import { writeProjectFile } from '../../files/project-io';
import { UsageError, type Command } from '../command';

const LEVEL_ALIASES: Record<string, string> = Object.fromEntries(
  ISSUER_LEVELS.map((l) => [ISSUER_LEVEL_LABELS[l], l]),
);

export const newCommand: Command = {
  usage: 'new --year Y --issuer NAME --level L -o FILE',
  summary: `新建空白年报项目（L：${ISSUER_LEVELS.join(' / ')}，或 部门 / 县级以上人民政府 / 乡镇街道 / 其他）`,
  async run(args) {
    const { values } = parseArgs({
      args,
      options: {
        year: { type: 'string' },
        issuer: { type: 'string' },
        level: { type: 'string', default: 'department' },
        output: { type: 'string', short: 'o' },
        force: { type: 'boolean', default: false },
      },
    });
    const year = Number(values.year);
    if (!values.year || !Number.isInteger(year) || year < 2008 || year > 2200) throw new UsageError('请用 --year 指定报告年度，例如 --year 2025');
    if (!values.issuer?.trim()) throw new UsageError('请用 --issuer 指定发布机关名称');
    if (!values.output) throw new UsageError('请用 -o 指定输出文件，例如 -o 年报2025.nianbao.json');
    const level = IssuerLevelSchema.safeParse(LEVEL_ALIASES[values.level!] ?? values.level);
    if (!level.success) throw new UsageError(`机关类型“${values.level}”无效，应为 ${ISSUER_LEVELS.join(' / ')}`);
    if (!values.force && (await access(values.output).then(() => true, () => false))) {
      throw new UsageError(`${values.output} 已存在，未覆盖（如需覆盖请加 --force）`);
    }
    await writeProjectFile(values.output, createProject({ issuer: values.issuer.trim(), year, issuerLevel: level.data }));
    process.stdout.write(`已创建 ${values.output}\n`);
    return 0;
  },
};
