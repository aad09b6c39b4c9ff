import { parseArgs } from 'node:util';
import { ISSUER_LEVELS, createProject, instantiateTemplate, type IssuerLevel, type Project } from '../../../shared';
import { writeProjectFile } from '../../files/project-io';
import { loadTemplate } from '../../files/templates';
import { parseIssuerLevel, refuseOverwrite } from '../arguments';
import { UsageError, type Command } from '../command';

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
    const issuerLevel: IssuerLevel | undefined = values.level === undefined ? undefined : parseIssuerLevel(values.level);
    await refuseOverwrite([values.output], values.force!);
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
