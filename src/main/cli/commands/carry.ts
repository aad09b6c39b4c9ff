// `nianbao carry FILE --from LASTYEAR -o OUT`: link last year's report to this year's project:
// snapshot it into the project and prefill 二、上年结转 from last year's 四、结转下年度继续办理.
// A figure already typed is never overwritten; a different one is listed as a conflict.
// Exit status: 0 linked, 1 linked with conflicts or notes to check, 3 a file cannot be read.
import { parseArgs } from 'node:util';
import { basename } from 'node:path';
import { T3_ROWS, describeCell, formatCellValue, linkPriorYear } from '../../../shared';

const rowLabel = (key: string) => T3_ROWS.find((r) => r.key === key)!.label.replace(/^[一二三四]、/, '');
import { readUnit } from '../../batch';
import { writeProjectFile } from '../../files/project-io';
import { EXIT_UNREADABLE, oneInput, openProject, refuseOverwrite, refuseOwnInput } from '../arguments';
import { UsageError, type Command } from '../command';

export const carryCommand: Command = {
  usage: 'carry FILE --from LASTYEAR -o OUT',
  summary: `关联上年度报告：保存上年快照，并用上年“${rowLabel('carriedForward')}”预填本年“上年结转”`,
  async run(args) {
    const { values, positionals } = parseArgs({
      args,
      allowPositionals: true,
      options: {
        from: { type: 'string' },
        output: { type: 'string', short: 'o' },
        force: { type: 'boolean', default: false },
        json: { type: 'boolean', default: false },
      },
    });
    const file = oneInput(positionals, '请指定本年度的年报项目文件');
    if (!values.from) throw new UsageError('请用 --from 指定上年度报告');
    if (!values.output) throw new UsageError('请用 -o 指定输出文件');
    await refuseOwnInput([file, values.from], [values.output]);
    await refuseOverwrite([values.output], values.force!);
    const current = await openProject(file);
    if (!current) return EXIT_UNREADABLE;
    const last = await readUnit(values.from);
    if (!last.ok) {
      process.stderr.write(`${values.from}：${last.reason}\n`);
      return EXIT_UNREADABLE;
    }
    const linked = linkPriorYear(current, last.project, basename(values.from));
    await writeProjectFile(values.output, linked.project, { backup: true });
    if (values.json) {
      const { project: _p, ...rest } = linked;
      process.stdout.write(`${JSON.stringify({ output: values.output, ...rest }, null, 2)}\n`);
    } else {
      const lines = [`已关联 ${last.project.meta.year} 年度报告（${basename(values.from)}）→ ${values.output}`];
      if (linked.prefilled.length) {
        lines.push(`已预填“二、上年结转”${linked.prefilled.length} 个单元格：`);
        for (const k of linked.prefilled) lines.push(`  ${describeCell(k)}：${formatCellValue(linked.project.cells[k])}`);
      } else lines.push('没有需要预填的单元格（已填写或上年为空）');
      for (const c of linked.conflicts) lines.push(`  不一致：${c.message}`);
      for (const n of linked.notes) lines.push(`  注意：${n}`);
      process.stdout.write(`${lines.join('\n')}\n`);
    }
    return linked.conflicts.length || linked.notes.length ? 1 : 0;
  },
};
