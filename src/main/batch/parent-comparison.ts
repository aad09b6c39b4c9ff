// 汇总 against the government's own report (the CLI's --against, 与本级报告比对 in the app): the
// AGG-PARENT findings with what the office needs beside them, built once for the command line,
// the app and the summary workbook's 本级比对 sheet.
import { compareWithUnits, type Finding, type Project } from '../../shared';
import type { BatchResult } from './run';

/** The government's own report compared with the sum of its units (AGG-PARENT findings). */
export interface ParentComparison {
  readonly file: string;
  readonly issuer: string;
  readonly year: number;
  readonly findings: readonly Finding[];
  /** Units on the expected list that sent nothing: a difference may come from them. */
  readonly missing: readonly string[];
}

/** `parent` (read from `file`, as it is to be named) against the roll-up `result`, which must hold a consolidation. */
export function compareParent(parent: Project, file: string, result: BatchResult): ParentComparison {
  const issuer = parent.meta.issuer.trim() || file;
  return {
    file,
    issuer,
    year: parent.meta.year,
    findings: compareWithUnits(parent, result.consolidation!.project.cells, result.contributions, issuer),
    missing: result.rows.filter((r) => r.status === 'missing').map((r) => r.unit),
  };
}
