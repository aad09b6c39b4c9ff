// `nianbao audit DIR --xlsx AUDIT.xlsx [--year Y] [--expect LIST] [--json]`: read and validate
// every unit's report in a folder and write one workbook of statuses and findings.
// Never stops on a broken file: it becomes a row marked 无法读取 with the reason.
// Exit status as for aggregate: 0 all clean, 1 only warnings, 2 some unit needs attention.
import { parseArgs } from 'node:util';
import { resolve } from 'node:path';
import { auditWorkbook, attentionLines, noReportsMessage, readExpectedList, runBatch, sourceWorker, statusTally, terminalProgress, UnitPool } from '../../batch';
import { writeFileAtomic } from '../../files/project-io';
import { EXIT_UNREADABLE, oneInput, openProfile, refuseOwnInput, refuseOverwrite } from '../arguments';
import { UsageError, type Command } from '../command';
import { batchExitCode, parseYear } from './batch-args';

export const auditCommand: Command = {
  usage: 'audit DIR --xlsx AUDIT.xlsx [--year Y] [--expect LIST] [--profile PROFILE.json] [--json]',
  summary: '批量审核文件夹中各单位的年报，输出单位状态和问题清单工作簿',
  async run(args) {
    const { values, positionals } = parseArgs({
      args,
      allowPositionals: true,
      options: {
        xlsx: { type: 'string' },
        year: { type: 'string' },
        expect: { type: 'string' },
        profile: { type: 'string' },
        force: { type: 'boolean', default: false },
        json: { type: 'boolean', default: false },
      },
    });
    const dir = oneInput(positionals, '请指定一个存放各单位报告的文件夹');
    if (!values.xlsx && !values.json) throw new UsageError('请用 --xlsx 指定审核工作簿的输出文件（或用 --json 输出到屏幕）');
    if (values.expect && values.xlsx) await refuseOwnInput([values.expect], [values.xlsx]);
    await refuseOverwrite(values.xlsx ? [values.xlsx] : [], values.force!);
    const year = parseYear(values.year);
    const expected = values.expect ? await readExpectedList(values.expect) : undefined;
    const profile = values.profile ? await openProfile(values.profile) : undefined;
    if (profile === null) return EXIT_UNREADABLE;
    const progress = terminalProgress();
    // Worker threads read, import and validate the files of a large folder on every core.
    const pool = new UnitPool(sourceWorker());
    const result = await runBatch(dir, {
      pool,
      ...(expected ? { expected } : {}),
      ...(year !== undefined ? { year } : {}),
      exclude: [...(values.xlsx ? [values.xlsx] : []), ...(values.expect ? [values.expect] : [])].map((p) => resolve(p)),
      keepFindings: true,
      ...(profile ? { profile } : {}),
      ...(progress ? { onProgress: progress } : {}),
    }).finally(() => pool.close());
    if (!result.rows.some((r) => r.file)) {
      process.stderr.write(`${noReportsMessage(dir, result.ignored.length)}，未生成审核工作簿。\n`);
      return 2;
    }
    if (values.xlsx) await writeFileAtomic(values.xlsx, await auditWorkbook(result));
    if (values.json) {
      const findings = result.findings.map(({ unit, file, finding }) => ({ unit, file, ...finding }));
      process.stdout.write(`${JSON.stringify({ year: result.year, units: result.rows, findings, ignored: result.ignored, readByWorkers: result.pooled }, null, 2)}\n`);
    } else {
      const lines = [
        ...(profile ? [`按本地要求“${profile.name}”（版本 ${profile.version}）审核`] : []),
        `已审核 ${result.rows.filter((r) => r.file).length} 份报告${result.year ? `（${result.year} 年度）` : ''}，发现问题 ${result.findings.length} 条${values.xlsx ? ` → ${values.xlsx}` : ''}`,
        statusTally(result.rows),
        ...attentionLines(result.rows),
      ];
      if (result.ignored.length) lines.push(`已忽略 ${result.ignored.length} 个不是报告的文件`);
      process.stdout.write(`${lines.join('\n')}\n`);
    }
    return batchExitCode(result.rows, false);
  },
};
