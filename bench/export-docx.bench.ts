// .docx export of the sample report (templates/sample-linyi-2024): building the document and
// packing it to bytes, as `nianbao export --docx` and the app's 导出 do. Target: under 300 ms.
import { validate } from '../src/shared';
import { buildDocx } from '../src/main/export/docx';
import { measure, memoryMiB, printFigures } from './measure';
import { sampleProject } from '../tests/unit/support/sample';

export default async function exportDocxBench(): Promise<void> {
  // The sample as filed: with a 发布日期, which the template leaves out (N-PUBDATE).
  const project = sampleProject();
  const findings = validate(project);
  let bytes = 0;
  const figure = await measure(
    '.docx export, sample report (build + pack)',
    async () => {
      bytes = (await buildDocx(project, findings, { draft: false })).length;
    },
    { runs: 40, warmup: 5, target: '< 300 ms' },
  );
  figure.note = `${(bytes / 1024).toFixed(0)} KiB; ${memoryMiB()}`;
  printFigures('Export (.docx)', [figure]);
}
