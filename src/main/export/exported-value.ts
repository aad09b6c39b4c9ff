// How a report value is written into any exported file (.docx, .xlsx, and every format to come):
// one rule, one refusal. Each format only decides how the result looks on its page.
import { describeCell } from '../../shared/layout';
import type { CellValue } from '../../shared/values/cell-value';

/** A filing (non-draft) export met a cell whose content is text that is not a number. */
export class UnfinishedCellError extends Error {
  constructor(
    readonly key: string,
    readonly raw: string,
  ) {
    super(`${describeCell(key)}（${key}）的内容“${raw}”不是数字，只能导出草稿`);
    this.name = 'UnfinishedCellError';
  }
}

/**
 * What a value cell holds in an exported file: blank is written 0 (spec §3 G-INT, §6: export
 * writes 0), a number as it is, not applicable as written ("/"), and text that is not a number
 * only in a draft — a filing export never carries junk, it refuses with UnfinishedCellError.
 */
export function exportedValue(key: string, value: CellValue | undefined, draft: boolean): number | string {
  if (value === null || value === undefined) return 0;
  if (typeof value === 'number') return value;
  if ('na' in value) return value.na;
  if (!draft) throw new UnfinishedCellError(key, value.raw);
  return value.raw;
}
