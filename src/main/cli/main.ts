// `nianbao` command dispatcher. Each command lives in its own module under commands/.
import { COMMANDS } from './commands';
import { UsageError } from './command';
import { isInputError } from '../files/read-input';
import { EXIT_UNREADABLE } from './arguments';

export async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    process.stdout.write(await usage());
    return name ? 0 : 64;
  }
  // Own names only: `nianbao toString` is an unknown command, not Object.prototype's.
  if (!Object.hasOwn(COMMANDS, name)) {
    process.stderr.write(`未知命令“${name}”。\n\n${await usage()}`);
    return 64;
  }
  const cmd = await COMMANDS[name]!();
  try {
    return await cmd.run(rest);
  } catch (e) {
    if (e instanceof UsageError || (e as { code?: string }).code?.startsWith('ERR_PARSE_ARGS')) {
      process.stderr.write(`nianbao ${name}：${(e as Error).message}\n用法：nianbao ${cmd.usage}\n`);
      return 64;
    }
    process.stderr.write(`nianbao ${name}：${e instanceof Error ? e.message : String(e)}\n`);
    // An input that cannot be read exits 3 in every command, however deep it was found.
    return isInputError(e) || isInputError((e as Error | undefined)?.cause) ? EXIT_UNREADABLE : 70;
  }
}

async function usage(): Promise<string> {
  const commands = await Promise.all(Object.values(COMMANDS).map((load) => load()));
  const lines = commands.map((c) => `  nianbao ${c.usage.padEnd(54)} ${c.summary}`);
  return `年报 Studio 命令行：政府信息公开工作年度报告的校验、导出、导入与汇总\n\n用法：\n${lines.join('\n')}\n`;
}
