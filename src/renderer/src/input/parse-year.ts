// A report year as typed (half- or full-width digits): the number, or null when it is not a
// year the project file accepts.
import { parseCellInput } from '../../../shared';

export const YEAR_PROBLEM = '报告年度应为 2008 至 2200 之间的四位数字';

export function parseYear(text: string): number | null {
  const v = parseCellInput(text);
  return typeof v === 'number' && Number.isInteger(v) && v >= 2008 && v <= 2200 ? v : null;
}
