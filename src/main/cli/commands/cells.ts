import { CELLS, formatCellValue } from '../../../shared';
import { EXIT_UNREADABLE, openProject } from '../arguments';
import { UsageError, type Command } from '../command';

export const cellsCommand: Command = {
  usage: 'cells FILE',
  summary: '按官方顺序列出每个单元格：键<TAB>值',
  async run(args) {
    const [file] = args;
    if (!file || args.length > 1) throw new UsageError('用法：nianbao cells FILE');
    const project = await openProject(file);
    if (!project) return EXIT_UNREADABLE;
    const lines = CELLS.map((c) => `${c.key}\t${formatCellValue(project.cells[c.key])}`);
    process.stdout.write(`${lines.join('\n')}\n`);
    return 0;
  },
};
