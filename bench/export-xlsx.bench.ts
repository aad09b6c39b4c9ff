// .xlsx export of the sample report (templates/sample-linyi-2024): laying out the six sheets,
// packing the workbook and adding workbook protection, as `nianbao export --xlsx` and the app's
// 导出 do. Also a draft of the same report with every 表三 total off by one, whose 校验结果 sheet
// then lists dozens of findings. Target: under 300 ms.
import { CELLS, validate } from '../src/shared';
import { buildXlsx } from '../src/main/export/xlsx';
import { measure, memoryMiB, printFigures, type Figure } from './measure';
import { sampleProject } from '../tests/unit/support/sample';

export default async function exportXlsxBench(): Promise<void> {
  // The sample as filed: with a 发布日期, which the template leaves out (N-PUBDATE).
  const sample = sampleProject();
  const broken = structuredClone(sample);
  for (const def of CELLS) if (def.table === 't3' && def.sumOf) broken.cells[def.key] = (Number(broken.cells[def.key]) || 0) + 1;
  const cases = [
    { name: '.xlsx export, sample report (build + pack)', project: sample, draft: false },
    { name: '.xlsx export, sample as a draft with errors', project: broken, draft: true },
  ];
  const figures: Figure[] = [];
  for (const c of cases) {
    const findings = validate(c.project);
    let bytes = 0;
    const figure = await measure(c.name, async () => (bytes = (await buildXlsx(c.project, findings, { draft: c.draft })).length), {
      runs: 40,
      warmup: 5,
      target: '< 300 ms',
    });
    figure.note = `${findings.length} findings, ${(bytes / 1024).toFixed(0)} KiB; ${memoryMiB()}`;
    figures.push(figure);
  }
  printFigures('Export (.xlsx)', figures);
}
