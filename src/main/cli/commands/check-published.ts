import { parseArgs } from 'node:util';
import { checkPublished } from '../../publish/check-published';
import { EXIT_UNREADABLE, openProject } from '../arguments';
import { UsageError, type Command } from '../command';

export const checkPublishedCommand: Command = {
  usage: 'check-published PROJECT PUBLISHED [--json]',
  summary: '发布核对：把网站上发布的版本（网页 .html、复制的文字 .txt、.pdf、.docx）与审定的报告逐格、逐段比对',
  async run(args) {
    const { values, positionals } = parseArgs({ args, allowPositionals: true, options: { json: { type: 'boolean', default: false } } });
    if (positionals.length !== 2) throw new UsageError('请给出项目文件和发布稿：check-published PROJECT PUBLISHED');
    const [projectFile, publishedFile] = positionals as [string, string];
    const project = await openProject(projectFile);
    if (!project) return EXIT_UNREADABLE;
    const r = await checkPublished(project, publishedFile);
    if (!r.ok) {
      process.stderr.write(`nianbao check-published：${r.message}\n`);
      return EXIT_UNREADABLE;
    }
    const figures = r.differences.filter((d) => d.weight === 'figures').length;
    const text = r.differences.length - figures;
    if (values.json) {
      process.stdout.write(`${JSON.stringify({ project: projectFile, published: publishedFile, status: r.status, summary: { figures, text }, differences: r.differences }, null, 2)}\n`);
      return r.status;
    }
    if (r.differences.length === 0) {
      process.stdout.write(`发布稿“${r.source}”与报告一致：表格每一格、正文每一段都相同。\n`);
      return 0;
    }
    for (const d of r.differences) {
      process.stdout.write(`[${d.weight === 'figures' ? '数字/表格' : '文字'}] ${d.message}\n`);
      if (d.kind === 'paragraphChanged' || d.kind === 'citation') process.stdout.write(`    报告：${d.approved}\n    发布：${d.published}\n`);
    }
    process.stdout.write(`发布稿“${r.source}”与报告有 ${r.differences.length} 处不同（数字或表格 ${figures} 处，文字 ${text} 处）。\n`);
    return r.status;
  },
};
