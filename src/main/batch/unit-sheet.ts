// The 单位状态 sheet: one row per unit, shared by the roll-up summary and the audit workbook.
import type ExcelJS from 'exceljs';
import { UNIT_STATUSES, UNIT_STATUS_LABELS, countStatuses, type UnitRow } from '../../shared';
import { colourStatuses, writeTitledTable, type SheetColumn } from '../export/xlsx/sheet-table';

export const UNIT_SHEET = '单位状态';

export function addUnitSheet(wb: ExcelJS.Workbook, rows: readonly UnitRow[], opts: { title: string; summed?: (r: UnitRow) => boolean }): ExcelJS.Worksheet {
  const sheet = wb.addWorksheet(UNIT_SHEET);
  const columns: SheetColumn[] = [
    { header: '序号', width: 6 },
    { header: '单位名称', width: 30 },
    { header: '文件', width: 36 },
    { header: '报告年度', width: 10 },
    { header: '状态', width: 10 },
    { header: '错误', width: 7 },
    { header: '提示', width: 7 },
    { header: '已确认提示', width: 10 },
    { header: '无法判断', width: 9 },
    ...(opts.summed ? [{ header: '计入汇总', width: 9 }] : []),
    { header: '说明', width: 70, wrap: true },
  ];
  const counts = countStatuses(rows);
  const tally = UNIT_STATUSES.filter((s) => counts[s]).map((s) => `${UNIT_STATUS_LABELS[s]} ${counts[s]}`).join('，');
  const data = rows.map((r, i) => [
    i + 1,
    r.unit,
    r.file,
    r.year,
    UNIT_STATUS_LABELS[r.status],
    r.errors,
    r.warnings,
    r.acknowledged,
    r.unverifiable || '',
    ...(opts.summed ? [opts.summed(r) ? '是' : '否'] : []),
    r.message,
  ]);
  writeTitledTable(sheet, { title: opts.title, subtitle: `共 ${rows.length} 个单位：${tally || '无'}` }, columns, data);
  colourStatuses(sheet, 5, 4, rows.map((r) => r.status));
  return sheet;
}
