// .xlsx export of the sample report (templates/sample-linyi-2024): laying out the five sheets,
// packing the workbook and adding workbook protection, as `nianbao export --xlsx` and the app's
// 导出 do. Target: under 300 ms.
import { readFileSync } from 'node:fs';
import { loadProject, validate } from '../src/shared';
import { buildXlsx } from '../src/main/export/xlsx';
import { measure, memoryMiB, printFigures } from './measure';

export default async function exportXlsxBench(): Promise<void> {
  const loaded = loadProject(readFileSync(new URL('../templates/sample-linyi-2024.nianbao.json', import.meta.url), 'utf8'));
  if (!loaded.ok) throw new Error(`sample template: ${loaded.message}`);
  const project = loaded.project;
  const findings = validate(project);
  let bytes = 0;
  const figure = await measure(
    '.xlsx export, sample report (build + pack)',
    async () => {
      bytes = (await buildXlsx(project, findings)).length;
    },
    { runs: 40, warmup: 5, target: '< 300 ms' },
  );
  figure.note = `${(bytes / 1024).toFixed(0)} KiB; ${memoryMiB()}`;
  printFigures('Export (.xlsx)', [figure]);
}
