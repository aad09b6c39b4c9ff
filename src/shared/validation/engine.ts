// The validation engine: every rule of spec §3 that the data allows, run over a project.
// Pure and fast (the UI revalidates on every keystroke).
import type { PriorYear, Project } from '../model/project';
import { makeContext, type Rule } from './context';
import type { Finding } from './finding';
import { T3_RULES } from './rules/t3';

export const RULES: readonly Rule[] = [...T3_RULES];

export interface ValidateOptions {
  /** Last year's report, when not already linked in project.prior. */
  prior?: PriorYear | null;
}

/** All findings, errors first then in table order; acknowledged warnings carry their reason. */
export function validate(project: Project, options: ValidateOptions = {}): Finding[] {
  const ctx = makeContext(project, options.prior);
  const acks = new Map(project.acknowledgements.map((a) => [a.fingerprint, a]));
  const out: Finding[] = [];
  for (const rule of RULES) {
    for (const f of rule.check(ctx)) {
      const ack = f.severity === 'warning' ? acks.get(f.fingerprint) : undefined;
      out.push(ack ? { ...f, acknowledged: { reason: ack.reason, by: ack.by, at: ack.at } } : f);
    }
  }
  return out;
}

export function summarize(findings: readonly Finding[]): { errors: number; warnings: number; acknowledged: number } {
  let errors = 0;
  let warnings = 0;
  let acknowledged = 0;
  for (const f of findings) {
    if (f.severity === 'error') errors++;
    else if (f.acknowledged) acknowledged++;
    else warnings++;
  }
  return { errors, warnings, acknowledged };
}
