// `nianbao validate FILE [--prior FILE] [--json]`: the same rules as the app's panel.
// Exit status: 0 clean (or only acknowledged warnings), 1 unacknowledged warnings, 2 errors,
// 3 the file (or --prior file) cannot be opened.
import { parseArgs } from 'node:util';
import { basename } from 'node:path';
import {
  SECTIONS,
  SEVERITY_LABELS,
  approvalStatement,
  approvalStatus,
  contentFingerprint,
  findingTitle,
  snapshotPrior,
  summarize,
  validate,
  type Finding,
  type PriorYear,
  type SectionId,
} from '../../../shared';
import { EXIT_UNREADABLE, oneInput, openProfile, openProject } from '../arguments';
import type { Command } from '../command';

export const EXIT_CLEAN = 0;
export const EXIT_WARNINGS = 1;
export const EXIT_ERRORS = 2;
export { EXIT_UNREADABLE };

/** Findings that belong to no section (publish date, preamble) come first, under this name. */
const GENERAL_GROUP = '前言与基本信息';

export const validateCommand: Command = {
  usage: 'validate FILE [--prior FILE] [--profile PROFILE.json] [--json]',
  summary: '按国办公开办函〔2021〕30号校验年报；退出码 0 无问题，1 仅有提示，2 有错误，3 文件无法打开',
  async run(args) {
    const { values, positionals } = parseArgs({
      args,
      allowPositionals: true,
      options: { prior: { type: 'string' }, profile: { type: 'string' }, json: { type: 'boolean', default: false } },
    });
    const file = oneInput(positionals, '请指定一个年报项目文件');
    const project = await openProject(file);
    if (!project) return EXIT_UNREADABLE;
    let prior: PriorYear | undefined;
    if (values.prior) {
      const last = await openProject(values.prior);
      if (!last) return EXIT_UNREADABLE;
      prior = snapshotPrior(last, basename(values.prior));
    }
    const profile = values.profile ? await openProfile(values.profile) : undefined;
    if (profile === null) return EXIT_UNREADABLE;
    const findings = validate(project, { ...(prior ? { prior } : {}), ...(profile ? { profile } : {}) });
    const against = profile ?? project.profile;
    const summary = summarize(findings);
    const approval = approvalStatus(project);
    const review = {
      status: project.review.status,
      contentFingerprint: approval?.current ?? contentFingerprint(project),
      ...(approval ? { approvedFingerprint: approval.approved.fingerprint, approvedBy: approval.approved.by, approvedAt: approval.approved.at, unchangedSinceApproval: approval.intact } : {}),
    };
    if (values.json) {
      process.stdout.write(`${JSON.stringify({ file, ...(against ? { profile: { name: against.name, version: against.version } } : {}), summary, review, findings }, null, 2)}\n`);
    } else {
      if (against) process.stdout.write(`按本地要求“${against.name}”（版本 ${against.version}）校验\n`);
      process.stdout.write(humanReport(file, findings, summary, approvalStatement(project)));
    }
    if (summary.errors) return EXIT_ERRORS;
    return summary.warnings ? EXIT_WARNINGS : EXIT_CLEAN;
  },
};

function humanReport(file: string, findings: readonly Finding[], s: ReturnType<typeof summarize>, approval: string): string {
  const lines: string[] = [];
  const groups: { name: string; section: SectionId | undefined }[] = [
    { name: GENERAL_GROUP, section: undefined },
    ...SECTIONS.map((sec) => ({ name: sec.heading, section: sec.id as SectionId | undefined })),
  ];
  for (const g of groups) {
    const inGroup = findings.filter((f) => f.section === g.section);
    if (!inGroup.length) continue;
    lines.push('', g.name);
    for (const f of inGroup) {
      const tag = f.acknowledged ? '已确认' : SEVERITY_LABELS[f.severity];
      lines.push(`  [${tag}] ${findingTitle(f)}（${f.rule}）：${f.message}`);
      if (f.acknowledged) lines.push(`      确认理由：${f.acknowledged.reason}${f.acknowledged.by ? `（${f.acknowledged.by}）` : ''}`);
    }
  }
  const verdict =
    s.errors > 0
      ? `发现 ${s.errors} 个错误、${s.warnings} 个提示${s.acknowledged ? `（另有 ${s.acknowledged} 个提示已确认）` : ''}：错误须改正后才能导出正式文件。`
      : s.warnings > 0
        ? `没有错误；有 ${s.warnings} 个提示待确认${s.acknowledged ? `（另有 ${s.acknowledged} 个已确认）` : ''}。`
        : `校验通过：没有错误${s.acknowledged ? `，${s.acknowledged} 个提示已确认` : '，也没有提示'}。`;
  const unverifiable = s.unverifiable
    ? `\n另有 ${s.unverifiable} 项无法判断：所需单元格未能从导入的原文读出，请对照原件补填后再校验。`
    : '';
  return `${file}\n${approval}${lines.join('\n')}\n\n${verdict}${unverifiable}\n`;
}
