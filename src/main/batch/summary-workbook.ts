// The roll-up summary workbook (`nianbao aggregate --xlsx`): 汇总 — the consolidated tables'
// key figures; 汇总说明 — cells that could not be summed and totals that did not add up;
// 本级比对 — with --against, each cell where the government's own report differs from the sum
// (AGG-PARENT); 单位状态 — one row per unit.
import ExcelJS from 'exceljs';
import { CELLS, TABLE_SHORT_NAMES, cellDef, describeCell, formatCellValue, type CellDef } from '../../shared';
import type { ParentComparison } from './parent-comparison';
import type { BatchResult } from './run';
import { isSummed } from './run';
import { writeTable, writeTitledTable } from '../export/xlsx/sheet-table';
import { addUnitSheet } from './unit-sheet';

export const SUMMARY_SHEET = '汇总';
export const SUMMARY_NOTES_SHEET = '汇总说明';
export const SUMMARY_PARENT_SHEET = '本级比对';


/** Key figures: all of 表二 and 表四, and 表三's 总计 column (each row's total over all applicants). */
export const KEY_FIGURES: readonly CellDef[] = CELLS.filter((c) => c.table !== 't3' || c.colKey === 'total');

/** The row as describeCell names it (表三's numbered rows carry their group: （三）1.属于国家秘密). */
const rowName = (key: string) => describeCell(key).replace(/^表[二三四] /, '').replace(/ · [^·]+$/, '');

/** Names in a cell: the first ten, then how many more. */
function listUnits(units: readonly string[]): string {
  return units.length > 10 ? `${units.slice(0, 10).join('、')} 等 ${units.length} 个单位` : units.join('、');
}

export async function summaryWorkbook(result: BatchResult, issuer: string, against: ParentComparison | null = null): Promise<Buffer> {
  const c = result.consolidation!;
  const wb = new ExcelJS.Workbook();
  wb.creator = '年报 Studio';
  const excluded = result.rows.filter((r) => r.file && !isSummed(r)).length;
  const rows = KEY_FIGURES.map((d) => {
    const v = c.project.cells[d.key];
    return [TABLE_SHORT_NAMES[d.table], rowName(d.key), d.colLabel, typeof v === 'number' ? v : formatCellValue(v), d.key];
  });
  writeTitledTable(
    wb.addWorksheet(SUMMARY_SHEET),
    {
      title: `${issuer} ${c.project.meta.year} 年度政府信息公开工作年度报告汇总`,
      subtitle: `计入汇总 ${c.units} 个单位${excluded ? `；未计入 ${excluded} 份（见“单位状态”）` : ''}`,
    },
    [
      { header: '表格', width: 8 },
      { header: '项目', width: 50 },
      { header: '栏目', width: 24 },
      { header: '汇总值', width: 12 },
      { header: '单元格', width: 36 },
    ],
    rows,
  );

  const notes = wb.addWorksheet(SUMMARY_NOTES_SHEET);
  const noteRows = [
    ...c.uncomputable.map((u) => ['无法汇总', u.place, u.unit, `填写的“${u.text}”不是数字，该单元格及其总计无法汇总`, u.key]),
    ...c.totalMismatches.map((m) => [
      '单位总计与明细不符',
      m.place,
      listUnits(m.units),
      `这些单位填报的总计不等于其明细之和；汇总表按明细相加${m.derived === null ? '' : `为 ${m.derived}`}`,
      m.key,
    ]),
  ];
  writeTable(
    notes,
    [
      { header: '类别', width: 14 },
      { header: '位置', width: 50 },
      { header: '单位', width: 28 },
      { header: '说明', width: 70 },
      { header: '单元格', width: 36 },
    ],
    noteRows.length ? noteRows : [['无', '所有单元格均已汇总，各总计与明细一致', '', '', '']],
  );

  if (against) addParentSheet(wb, against, c.project.meta.year);
  addUnitSheet(wb, result.rows, { title: `${issuer} ${c.project.meta.year} 年度 各单位报送情况`, summed: isSummed });
  return Buffer.from(await wb.xlsx.writeBuffer());
}

/** 本级比对: each differing cell with both figures, so the office can send the list to the government. */
function addParentSheet(wb: ExcelJS.Workbook, a: ParentComparison, year: number): void {
  const rows = a.findings.map((f) => {
    const key = f.cells[0]!;
    const d = cellDef(key)!;
    return [TABLE_SHORT_NAMES[d.table], rowName(key), d.colLabel, f.lhs ?? '', f.rhs ?? '', f.difference ?? '', f.message, key];
  });
  const notes = [
    ...(a.year !== year ? [`本级报告为 ${a.year} 年度，汇总为 ${year} 年度`] : []),
    ...(a.missing.length ? [`应报未报的单位（差异可能来自这些单位）：${listUnits(a.missing)}`] : []),
  ];
  writeTitledTable(
    wb.addWorksheet(SUMMARY_PARENT_SHEET),
    {
      title: `本级报告“${a.issuer}”（${a.file}）与所属各单位合计比对`,
      subtitle: [a.findings.length ? `${a.findings.length} 个单元格不符（AGG-PARENT，提示）` : '各单元格均与所属各单位合计一致', ...notes].join('；'),
    },
    [
      { header: '表格', width: 8 },
      { header: '项目', width: 44 },
      { header: '栏目', width: 20 },
      { header: '本级报告', width: 12 },
      { header: '各单位合计', width: 12 },
      { header: '相差', width: 10 },
      { header: '说明', width: 80 },
      { header: '单元格', width: 30 },
    ],
    rows.length ? rows : [['无', '本级报告与所属各单位合计一致', '', '', '', '', '', '']],
  );
}
