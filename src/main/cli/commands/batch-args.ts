// What `aggregate` and `audit` share on the command line: the --year option and the exit status.
import type { UnitRow } from '../../../shared';
import { UsageError } from '../command';

export function parseYear(text: string | undefined): number | undefined {
  if (text === undefined) return undefined;
  const year = Number(text);
  if (!Number.isInteger(year) || year < 2008 || year > 2200) throw new UsageError(`报告年度“${text}”无效，例如 --year 2025`);
  return year;
}

/** 0 every unit clean, 1 only warnings, 2 something needs the office's attention. */
export function batchExitCode(rows: readonly UnitRow[], uncomputable: boolean): number {
  if (uncomputable || rows.some((r) => r.status !== 'clean' && r.status !== 'warnings')) return 2;
  return rows.some((r) => r.status === 'warnings') ? 1 : 0;
}
