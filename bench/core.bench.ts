// The report core on every keystroke: full validation of the sample report, revalidation
// after one cell edit (edit + deriveTotals + validate), and load + parse of the project file.
import { readFileSync } from 'node:fs';
import { deriveTotals, loadProject, validate, type Project } from '../src/shared';
import { measure, printFigures, within } from './measure';
import { SAMPLE_PUBLISH_DATE } from '../tests/unit/support/sample';

const TEXT = readFileSync(new URL('../templates/sample-linyi-2024.nianbao.json', import.meta.url), 'utf8');

function sample(): Project {
  const r = loadProject(TEXT);
  if (!r.ok) throw new Error(r.message);
  // The template names no 发布日期 (N-PUBDATE); the report a clerk files has one.
  r.project.meta.publishDate = SAMPLE_PUBLISH_DATE;
  return r.project;
}

export default async function bench(): Promise<void> {
  const project = sample();
  const runs = 2000;
  let n = 48;
  // Every total off by one and the prose contradicting the tables: the most findings to build.
  const messy = sample();
  for (const k of Object.keys(messy.cells)) if (k.endsWith('.total')) messy.cells[k] = (messy.cells[k] as number) + 1;
  messy.sections.problems += '\n五、存在的问题及改进情况\n共收到政府信息公开申请70件，予以公开1件，行政诉讼9起。统计期限为2023年1月1日至12月31日。';
  // Baselines on the same data in the same run: parsing the project file's JSON, and reading
  // every cell of the report once in a plain loop.
  const parse = await measure('JSON.parse of the sample file', () => JSON.parse(TEXT), { runs });
  const cellsLoop = await measure('sum every cell in a plain loop', () => {
    let s = 0;
    for (const k in project.cells) {
      const v = project.cells[k];
      if (typeof v === 'number') s += v;
    }
    return s;
  }, { runs });
  const full = await measure('validate: sample report, all rules', () => validate(project), { runs });
  const figures = [
    { ...within(full, 0.05, '< 50 µs'), baseline: { name: 'JSON.parse of the same file', median: parse.median } },
    cellsLoop,
    await measure('one cell edit: edit + deriveTotals + validate', () => {
      // A new cells object each time, as the UI's immutable state produces; the prose is unchanged.
      const cells = { ...project.cells, 't3.granted.naturalPerson': (n = n === 48 ? 47 : 48) };
      return validate({ ...project, cells: deriveTotals(cells) });
    }, { runs, target: '< 1 ms' }),
    await measure('validate: a report with many findings', () => validate(messy), { runs, target: '< 1 ms' }),
    await measure('one keystroke in the prose + validate', () => {
      const overview = `${project.sections.overview}${n++ % 10}`;
      return validate({ ...project, sections: { ...project.sections, overview } });
    }, { runs, target: '< 1 ms' }),
    await measure('loadProject: parse + check the sample file', () => loadProject(TEXT), { runs: 500 }),
  ];
  printFigures('Report core — validation and the project file', figures);
}
