import { parseArgs } from 'node:util';
import { narrateAll } from '../../../shared';
import { EXIT_UNREADABLE, oneInput, openProject } from '../arguments';
import type { Command } from '../command';

/** `nianbao narrate FILE`: the paragraphs 生成段落 writes, section by section, from the tables. */
export const narrateCommand: Command = {
  usage: 'narrate FILE [--json]',
  summary: '按表格数字生成第一（依申请公开）、二、三、四部分的标准段落，逐部分打印',
  async run(args) {
    const { values, positionals } = parseArgs({ args, allowPositionals: true, options: { json: { type: 'boolean', default: false } } });
    const file = oneInput(positionals, '请指定一个年报项目文件');
    const project = await openProject(file);
    if (!project) return EXIT_UNREADABLE;
    const all = narrateAll(project);
    if (values.json) process.stdout.write(`${JSON.stringify(all, null, 2)}\n`);
    else process.stdout.write(`${all.map((n) => `${n.heading}\n${n.paragraph}`).join('\n\n')}\n`);
    return 0;
  },
};
