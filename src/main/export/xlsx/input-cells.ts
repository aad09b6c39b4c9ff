// How a report value becomes an Excel cell: what is written, the number format that shows it,
// and the data validation that keeps what a person types next a valid figure.
import type ExcelJS from 'exceljs';
import { describeCell, type CellDef } from '../../../shared/layout';
import { decimalPlaces } from '../../../shared/values/cell-value';

/** Counts show as whole numbers, without thousands separators, as published reports write them. */
export const COUNT_FORMAT = '0';
/**
 * 万元: always two decimals (the usual way money is written), up to four when entered (spec §2.1:
 * four decimals of 万元 is 1 元), so 39910.33 → 39910.33, 5 → 5.00, 0.035 → 0.035.
 */
export const MONEY_FORMAT = '0.00##';

/**
 * The format for a cell holding `value`. A figure the formats would round (a fractional count in
 * a draft, 万元 with more than four decimals, which is only a warning) shows as written instead:
 * the workbook never displays a number the report does not hold.
 */
export function numberFormat(def: CellDef, value: number | string): string {
  const format = def.kind === 'money' ? MONEY_FORMAT : COUNT_FORMAT;
  if (typeof value !== 'number') return format;
  const fits = def.kind === 'money' ? decimalPlaces(value) <= 4 : Number.isInteger(value);
  return fits ? format : 'General';
}

const escapeFormulaText = (s: string) => s.replace(/"/g, '""');

/**
 * Whole numbers ≥ 0 for counts, numbers ≥ 0 for 万元, with a Chinese message naming the cell. A
 * cell the report marks not applicable keeps accepting that mark, since it is a valid value.
 */
export function validationFor(def: CellDef, address: string, value: number | string): ExcelJS.DataValidation {
  const place = describeCell(def.key);
  const common = { allowBlank: true, showErrorMessage: true, errorStyle: 'stop' } as const;
  const na = typeof value === 'string' ? value : undefined;
  if (def.kind === 'money') {
    const error = `${place}：请填写大于或等于 0 的金额，单位为万元，最多 4 位小数（精确到元）。`;
    if (na !== undefined) {
      return {
        ...common,
        type: 'custom',
        formulae: [`OR(${address}="${escapeFormulaText(na)}",AND(ISNUMBER(${address}),${address}>=0))`],
        errorTitle: '金额不正确',
        error: `${error}不适用时填写“${na}”。`,
      };
    }
    return { ...common, type: 'decimal', operator: 'greaterThanOrEqual', formulae: [0], errorTitle: '金额不正确', error };
  }
  const error = `${place}：请填写大于或等于 0 的整数。`;
  if (na !== undefined) {
    return {
      ...common,
      type: 'custom',
      formulae: [`OR(${address}="${escapeFormulaText(na)}",AND(ISNUMBER(${address}),${address}>=0,${address}=INT(${address})))`],
      errorTitle: '数量不正确',
      error: `${error}不适用时填写“${na}”。`,
    };
  }
  return { ...common, type: 'whole', operator: 'greaterThanOrEqual', formulae: [0], errorTitle: '数量不正确', error };
}
