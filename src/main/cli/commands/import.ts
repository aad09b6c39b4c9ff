import { parseArgs } from 'node:util';
import { writeProjectFile, describeFsError } from '../../files/project-io';
import { importReport } from '../../import';
import { EXIT_UNREADABLE, oneInput, refuseOverwrite, refuseOwnInput } from '../arguments';
import { UsageError, type Command } from '../command';

const MARK = { info: '  ', warning: '！', error: '×' } as const;

export const importCommand: Command = {
  usage: 'import FILE -o OUT [--json] [--force]',
  summary: '导入已有年报（.docx / .xlsx / 网页 .html / 文本 .txt），生成项目文件并列出识别情况',
  async run(args) {
    const { values, positionals } = parseArgs({
      args,
      allowPositionals: true,
      options: {
        output: { type: 'string', short: 'o' },
        json: { type: 'boolean', default: false },
        force: { type: 'boolean', default: false },
      },
    });
    const file = oneInput(positionals, '请指定一个要导入的报告文件');
    if (!values.output) throw new UsageError('请用 -o 指定输出的项目文件，例如 -o 年报2024.nianbao.json');
    await refuseOwnInput([file], [values.output]);
    await refuseOverwrite([values.output], values.force!);
    const result = await importReport(file);
    if (result.ok) {
      try {
        await writeProjectFile(values.output, result.project);
      } catch (e) {
        throw new Error(`无法写入 ${values.output}：${describeFsError(e)}`);
      }
    }
    if (values.json) {
      const out = result.ok ? { ok: true, log: result.log, cells: result.project.cells } : { ok: false, log: result.log };
      process.stdout.write(`${JSON.stringify(out, null, 2)}\n`);
    } else {
      for (const e of result.log) process.stdout.write(`${MARK[e.level]} ${e.where ? `[${e.where}] ` : ''}${e.message}\n`);
      if (result.ok) process.stdout.write(`已导入到 ${values.output}\n`);
    }
    if (!result.ok) {
      if (values.json) return EXIT_UNREADABLE;
      process.stderr.write(`nianbao import：${result.message}\n`);
      return EXIT_UNREADABLE;
    }
    return 0;
  },
};
