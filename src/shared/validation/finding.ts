// A validation finding: what the panel, the CLI (--json), the .xlsx 校验结果 sheet and the
// audit workbook all show. Modelled on XBRL calculation-inconsistency reports: the rule, the
// cells that contribute, both sides of the equation and their difference.
import { z } from 'zod';
import { SECTION_IDS } from '../layout/sections';

/**
 * error and warning: the rule was judged. unverifiable (无法判断): the rule needs a cell the
 * importer could not read from the published report, so it neither passes nor fails.
 */
export const SeveritySchema = z.enum(['error', 'warning', 'unverifiable']);
export type Severity = z.infer<typeof SeveritySchema>;
export const SEVERITY_LABELS: Readonly<Record<Severity, string>> = { error: '错误', warning: '提示', unverifiable: '无法判断' };

export const FindingSchema = z.object({
  /** Rule id of spec §3 (e.g. T3-BAL). Never reused for another meaning. */
  rule: z.string(),
  /**
   * The rule's short Chinese name (Rule.name), set by the engine on every finding it returns;
   * what people read first, with the id as a secondary tag. Optional only so that a rule's
   * check() can build findings before the engine names them.
   */
  title: z.string().optional(),
  severity: SeveritySchema,
  /** Every contributing cell key, blank ones included, in official order. */
  cells: z.array(z.string()),
  /** The section the finding belongs to (for grouping and navigation). */
  section: z.enum(SECTION_IDS).optional(),
  /** Chinese message stating the equation with the numbers. */
  message: z.string(),
  lhs: z.number().optional(),
  rhs: z.number().optional(),
  difference: z.number().optional(),
  /** Identifies the rule and the values it judged; an acknowledgement matches on it. */
  fingerprint: z.string(),
  /** Present when a warning has been acknowledged with a reason. */
  acknowledged: z.object({ reason: z.string(), by: z.string(), at: z.string() }).optional(),
});
export type Finding = z.infer<typeof FindingSchema>;

export interface FindingCounts {
  errors: number;
  /** Warnings not acknowledged with a reason. */
  warnings: number;
  acknowledged: number;
  /** Rules that could not be judged for want of a cell the import could not read (无法判断). */
  unverifiable: number;
}

/** How many errors, open warnings and acknowledged warnings: the panel's, CLI's and workbooks' counts. */
export function summarize(findings: readonly Finding[]): FindingCounts {
  let errors = 0;
  let warnings = 0;
  let acknowledged = 0;
  let unverifiable = 0;
  for (const f of findings) {
    if (f.severity === 'error') errors++;
    else if (f.severity === 'unverifiable') unverifiable++;
    else if (f.acknowledged) acknowledged++;
    else warnings++;
  }
  return { errors, warnings, acknowledged, unverifiable };
}

/** What a finding is called where people read it: the rule's Chinese name, else its id. */
export function findingTitle(f: Pick<Finding, 'rule' | 'title'>): string {
  return f.title ?? f.rule;
}
