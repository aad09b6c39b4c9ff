// `nianbao aggregate DIR -o OUT [--xlsx SUMMARY] [--issuer NAME] [--year Y] [--expect LIST] [--against GOV]`:
// a disclosure office's roll-up of its units' reports into one consolidated project; with
// --against, the government's own report compared cell by cell with the sum (AGG-PARENT).
// Exit status: 0 every unit clean, 1 only warnings, 2 some unit needs attention (errors,
// unreadable, missing, another year, sent twice) or some cell could not be summed.
import { parseArgs } from 'node:util';
import { resolve } from 'node:path';
import { attentionLines, compareParent, noReportsMessage, readExpectedList, readUnit, runBatch, sourceWorker, statusTally, summaryWorkbook, terminalProgress, UnitPool, type ParentComparison } from '../../batch';
import { writeFileAtomic, writeProjectFile } from '../../files/project-io';
import { oneInput, refuseOwnInput, parseIssuerLevel, refuseOverwrite } from '../arguments';
import { UsageError, type Command } from '../command';
import { batchExitCode, parseYear } from './batch-args';

const DEFAULT_ISSUER = '汇总';

export const aggregateCommand: Command = {
  usage: 'aggregate DIR -o OUT [--xlsx SUMMARY] [--issuer NAME] [--year Y] [--expect LIST] [--against GOV]',
  summary: '汇总文件夹中各单位的年报：生成汇总项目、各单位状态表和汇总工作簿',
  async run(args) {
    const { values, positionals } = parseArgs({
      args,
      allowPositionals: true,
      options: {
        output: { type: 'string', short: 'o' },
        xlsx: { type: 'string' },
        issuer: { type: 'string' },
        level: { type: 'string', default: 'government' },
        year: { type: 'string' },
        expect: { type: 'string' },
        against: { type: 'string' },
        force: { type: 'boolean', default: false },
        json: { type: 'boolean', default: false },
      },
    });
    const dir = oneInput(positionals, '请指定一个存放各单位报告的文件夹');
    if (!values.output) throw new UsageError('请用 -o 指定汇总项目的输出文件，例如 -o 汇总2025.nianbao.json');
    const issuerLevel = parseIssuerLevel(values.level!);
    const year = parseYear(values.year);
    const outputs = [values.output, ...(values.xlsx ? [values.xlsx] : [])];
    if (values.expect) await refuseOwnInput([values.expect], outputs);
    await refuseOverwrite(outputs, values.force!);
    const issuer = values.issuer?.trim() || DEFAULT_ISSUER;
    const expected = values.expect ? await readExpectedList(values.expect) : undefined;
    // The government's own report: read first, so a file that cannot be read stops before the batch.
    const parent = values.against ? await readUnit(values.against, year !== undefined ? { fallbackYear: year } : {}) : null;
    if (parent && !parent.ok) {
      process.stderr.write(`无法读取本级报告 ${values.against}：${parent.reason}\n`);
      return 3;
    }
    const progress = terminalProgress();
    // Worker threads read, import and validate the files of a large folder on every core.
    const pool = new UnitPool(sourceWorker());
    const result = await runBatch(dir, {
      pool,
      ...(expected ? { expected } : {}),
      ...(year !== undefined ? { year } : {}),
      // Our own outputs and the list may sit in the folder: never sum them as a unit.
      exclude: [...outputs, ...(values.expect ? [values.expect] : []), ...(values.against ? [values.against] : [])].map((p) => resolve(p)),
      ...(parent ? { contributions: true } : {}),
      consolidate: { issuer, issuerLevel },
      ...(progress ? { onProgress: progress } : {}),
    }).finally(() => pool.close());
    const c = result.consolidation;
    if (!result.rows.some((r) => r.file)) {
      process.stderr.write(`${noReportsMessage(dir, result.ignored.length)}，未生成汇总。\n`);
      return 2;
    }
    if (!c || !c.units) {
      process.stderr.write(`文件夹 ${dir} 中没有可以计入汇总的报告，未生成汇总。\n${attentionLines(result.rows).join('\n')}\n`);
      return 2;
    }
    const against = parent?.ok ? compareParent(parent.project, values.against!, result) : null;
    await writeProjectFile(values.output, c.project);
    if (values.xlsx) await writeFileAtomic(values.xlsx, await summaryWorkbook(result, issuer, against));
    if (values.json) {
      const { project: _project, ...rest } = c;
      process.stdout.write(`${JSON.stringify({ year: result.year, output: values.output, xlsx: values.xlsx ?? null, ...rest, units: result.rows, ignored: result.ignored, ...(against ? { against } : {}) }, null, 2)}\n`);
    } else {
      const lines = [
        `已汇总 ${c.units} 个单位的 ${c.project.meta.year} 年度报告 → ${values.output}${values.xlsx ? `，汇总工作簿 → ${values.xlsx}` : ''}`,
        statusTally(result.rows),
        ...attentionLines(result.rows),
      ];
      if (c.uncomputable.length) {
        lines.push(`无法汇总的单元格（单位填写的不是数字，汇总值记为“无法汇总”）：`);
        for (const u of c.uncomputable.slice(0, 50)) lines.push(`  ${u.place}：${u.unit} 填写“${u.text}”`);
      }
      if (c.totalMismatches.length) {
        lines.push(`单位填报的总计与其明细之和不符（汇总表按明细重新计算）：`);
        for (const m of c.totalMismatches.slice(0, 50)) {
          lines.push(`  ${m.place}：${m.units.slice(0, 5).join('、')}${m.units.length > 5 ? ` 等 ${m.units.length} 个单位` : ''}`);
        }
      }
      if (against) lines.push(...againstLines(against, c.project.meta.year));
      if (!values.issuer) lines.push(`提示：未用 --issuer 指定汇总机关，发布机关暂填“${DEFAULT_ISSUER}”`);
      if (result.ignored.length) lines.push(`已忽略 ${result.ignored.length} 个不是报告的文件`);
      process.stdout.write(`${lines.join('\n')}\n`);
    }
    const code = batchExitCode(result.rows, c.uncomputable.length > 0);
    return against?.findings.length ? Math.max(code, 1) : code;
  },
};

/** The --against comparison in words: every differing cell, then the units that did not report. */
function againstLines(a: ParentComparison, year: number): string[] {
  const lines: string[] = [];
  if (a.year !== year) lines.push(`注意：本级报告“${a.issuer}”为 ${a.year} 年度，汇总为 ${year} 年度`);
  if (!a.findings.length) lines.push(`本级报告“${a.issuer}”与所属各单位合计一致`);
  else {
    lines.push(`本级报告“${a.issuer}”有 ${a.findings.length} 个单元格与所属各单位合计不符（AGG-PARENT）：`);
    for (const f of a.findings) lines.push(`  [提示] ${f.message}`);
  }
  if (a.missing.length) lines.push(`应报未报的单位（差异可能来自这些单位）：${a.missing.join('、')}`);
  return lines;
}
