// The validation engine: every rule of spec §3 that the data allows, run over a project.
// Pure and fast (the UI revalidates on every keystroke).
import type { PriorYear, Project } from '../model/project';
import type { Profile } from '../model/profile';
import { makeContext, unverifiedRest, type Rule } from './context';
import type { Finding, Severity } from './finding';

const SEVERITY_ORDER: Readonly<Record<Severity, number>> = { error: 0, warning: 1, unverifiable: 2 };
import { GENERAL_RULES } from './rules/general';
import { T2_RULES } from './rules/t2';
import { T3_RULES } from './rules/t3';
import { T4_RULES } from './rules/t4';
import { NARRATIVE_RULES } from './rules/narrative';
import { N_NUMBERS } from './rules/narrative-numbers';
import { N_BOILERPLATE } from './rules/boilerplate';
import { N_CONTRADICT } from './rules/contradict';
import { N_TEXT } from './rules/text-quality';
import { N_OUTLINE } from './rules/outline';
import { PROFILE_RULES } from './rules/profile';

export const RULES: readonly Rule[] = [...GENERAL_RULES, ...T2_RULES, ...T3_RULES, ...T4_RULES, ...NARRATIVE_RULES, N_NUMBERS, N_CONTRADICT, N_TEXT, N_OUTLINE, N_BOILERPLATE, ...PROFILE_RULES];

const NAME_BY_ID = new Map(RULES.map((r) => [r.id, r.name]));

/** A rule's short Chinese name by id (for findings made outside the engine, e.g. the batch's). */
export function ruleName(id: string): string | undefined {
  return NAME_BY_ID.get(id);
}

export interface ValidateOptions {
  /** Last year's report, when not already linked in project.prior. */
  prior?: PriorYear | null;
  /** 本地要求 to check against, when not the project's own (project.profile). */
  profile?: Profile | null;
}

/** All findings, errors first then in table order; acknowledged warnings carry their reason. */
export function validate(project: Project, options: ValidateOptions = {}): Finding[] {
  const ctx = makeContext(project, options.prior, options.profile);
  const stricter = ctx.profile?.severity;
  const acks = new Map(project.acknowledgements.map((a) => [a.fingerprint, a]));
  const out: Finding[] = [];
  for (const rule of RULES) {
    ctx.audit.touched.clear();
    ctx.audit.named.clear();
    for (const raw of rule.check(ctx)) {
      let f: Finding = { ...raw, title: rule.name };
      // A locality that treats this rule's warnings as errors: they can no longer be acknowledged.
      if (stricter?.[rule.id] === 'error' && f.severity === 'warning') {
        f = { ...f, severity: 'error', message: `${f.message}（本地要求“${ctx.profile!.name}”定为错误）` };
      }
      const ack = f.severity === 'warning' ? acks.get(f.fingerprint) : undefined;
      out.push(ack ? { ...f, acknowledged: { reason: ack.reason, by: ack.by, at: ack.at } } : f);
    }
    const rest = unverifiedRest(ctx, rule);
    if (rest) out.push({ ...rest, title: rule.name });
  }
  // Stable sort: errors first, then warnings, then what could not be judged; otherwise in rule (table) order.
  return out.sort((a, b) => SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity]);
}
