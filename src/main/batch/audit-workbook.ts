// The audit workbook (`nianbao audit --xlsx`): 单位状态 — one row per unit with its status and
// counts; 问题清单 — every finding with unit, rule, severity, cells and message; 规则统计 —
// how many units each rule caught, to see what the whole batch gets wrong.
import { basename } from 'node:path';
import ExcelJS from 'exceljs';
import { RULES, SEVERITY_LABELS, describeCell, findingTitle, type Severity } from '../../shared';
import { TABLE_SHAPE_NAME, TABLE_SHAPE_RULE, TABLE_SHAPE_TITLE } from '../../shared/import';
import type { BatchResult } from './run';
import { shareStyles, writeTable } from '../export/xlsx/sheet-table';
import { addUnitSheet } from './unit-sheet';

export const FINDINGS_SHEET = '问题清单';
export const RULE_STATS_SHEET = '规则统计';

/** The workbook's title: the folder's name and the year, as the command line and the app name it. */
export function auditTitle(result: Pick<BatchResult, 'dir' | 'year'>): string {
  return `${basename(result.dir)}${result.year ? ` ${result.year} 年度` : ''} 政府信息公开工作年度报告审核结果`;
}

export async function auditWorkbook(result: BatchResult, title = auditTitle(result)): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = '年报 Studio';
  addUnitSheet(wb, result.rows, { title });

  const findings = wb.addWorksheet(FINDINGS_SHEET);
  writeTable(
    findings,
    [
      { header: '单位名称', width: 28 },
      { header: '文件', width: 30 },
      { header: '问题', width: 20 },
      { header: '规则', width: 16 },
      { header: '严重程度', width: 9 },
      { header: '单元格', width: 40 },
      { header: '位置', width: 50 },
      { header: '说明', width: 80, wrap: true },
      { header: '确认理由', width: 30 },
    ],
    result.findings.map(({ unit, file, finding: f }) => [
      unit,
      file,
      findingTitle(f),
      f.rule,
      SEVERITY_LABELS[f.severity],
      f.cells.join('\n'),
      f.cells.map(describeCell).join('\n'),
      f.message,
      f.acknowledged?.reason ?? '',
    ]),
  );

  // One row per rule and severity: what a rule found (错误, 提示) apart from what it could not
  // judge for want of a cell the import could not read (无法判断).
  const perRule = new Map<string, { rule: string; severity: Severity; units: Set<string>; count: number }>();
  for (const { file, finding: f } of result.findings) {
    const key = `${f.rule}|${f.severity}`;
    let s = perRule.get(key);
    if (!s) perRule.set(key, (s = { rule: f.rule, severity: f.severity, units: new Set(), count: 0 }));
    s.units.add(file);
    s.count++;
  }
  const titles = new Map([...RULES.map((r) => [r.id, r.title] as const), [TABLE_SHAPE_RULE, TABLE_SHAPE_TITLE] as const]);
  const names = new Map([...RULES.map((r) => [r.id, r.name] as const), [TABLE_SHAPE_RULE, TABLE_SHAPE_NAME] as const]);
  const stats = [...perRule].sort((a, b) => b[1].units.size - a[1].units.size || a[0].localeCompare(b[0]));
  writeTable(
    wb.addWorksheet(RULE_STATS_SHEET),
    [
      { header: '问题', width: 20 },
      { header: '规则', width: 16 },
      { header: '检查内容', width: 60 },
      { header: '严重程度', width: 9 },
      { header: '涉及单位数', width: 11 },
      { header: '问题条数', width: 10 },
    ],
    stats.map(([, s]) => [names.get(s.rule) ?? s.rule, s.rule, titles.get(s.rule) ?? '', SEVERITY_LABELS[s.severity], s.units.size, s.count]),
  );
  shareStyles(wb);
  return Buffer.from(await wb.xlsx.writeBuffer({ zip: { compression: 'DEFLATE', compressionOptions: { level: 1 } } }));
}
