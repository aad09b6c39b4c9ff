// The .xlsx export read back with exceljs, as a supervisor's Excel would open it: every merge
// and label against the shared grid, formulas and their stored results, values, formats,
// protection, data validation, print setup, the 校验结果 sheet, draft marking, and the round
// trip back through our own importer.
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  CELLS,
  GRIDS,
  SEVERITY_LABELS,
  TABLE_SHORT_NAMES,
  cellDef,
  describeCell,
  slots,
  validate,
  type Finding,
  type Project,
  type TableId,
} from '../../src/shared';
import {
  COUNT_FORMAT,
  COVER_SHEET,
  FINDINGS_COLUMNS,
  FINDINGS_SHEET,
  FIRST_CONTENT_ROW,
  MONEY_FORMAT,
  NO_FINDINGS,
  REPORT_TEXT_SHEET,
  UnfinishedCellError,
  XlsxRefusedError,
  buildXlsx,
} from '../../src/main/export/xlsx';
import { importReport } from '../../src/main/import';
import { LINE_HEIGHT, lineCount, textUnits } from '../../src/main/export/xlsx/sheet-geometry';
import { sampleProject as sample } from './support/sample';

const TABLES: readonly TableId[] = ['t2', 't3', 't4'];


async function read(bytes: Buffer): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as unknown as ArrayBuffer);
  return wb;
}

const sheetOf = (wb: ExcelJS.Workbook, name: string) => {
  const ws = wb.getWorksheet(name);
  if (!ws) throw new Error(`no sheet ${name}`);
  return ws;
};

const colLetter = (n: number): string => (n > 26 ? colLetter(Math.floor((n - 1) / 26)) : '') + String.fromCharCode(65 + ((n - 1) % 26));
const addr = (gridRow: number, gridCol: number) => `${colLetter(gridCol + 1)}${FIRST_CONTENT_ROW + gridRow}`;

/** Grid position → cell key, for reading formulas back. */
function keyAt(table: TableId): Map<string, string> {
  const out = new Map<string, string>();
  for (const row of GRIDS[table].rows) for (const c of row) if (c.type === 'value') out.set(addr(c.row, c.col), c.key);
  return out;
}

/** The addresses a SUM(…) formula adds up: ranges expanded, lists split. */
function summedAddresses(formula: string): string[] {
  const m = /^SUM\((.*)\)$/.exec(formula);
  if (!m) throw new Error(`not a SUM: ${formula}`);
  const out: string[] = [];
  for (const part of m[1]!.split(',')) {
    const range = /^([A-Z]+)(\d+):([A-Z]+)(\d+)$/.exec(part);
    if (!range) {
      out.push(part);
      continue;
    }
    const colNum = (l: string) => [...l].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
    for (let r = Number(range[2]); r <= Number(range[4]); r++) {
      for (let c = colNum(range[1]!); c <= colNum(range[3]!); c++) out.push(`${colLetter(c)}${r}`);
    }
  }
  return out;
}

/**
 * What Excel shows in a cell: its value, or a formula's stored result. (Read through cell.result:
 * exceljs's copy in cell.value drops a result of 0.)
 */
function shown(cell: ExcelJS.Cell): unknown {
  return cell.formula ? cell.result : cell.value;
}

describe('the sample report as an .xlsx', () => {
  let project: Project;
  let findings: Finding[];
  let wb: ExcelJS.Workbook;
  let bytes: Buffer;

  beforeAll(async () => {
    project = sample();
    findings = validate(project);
    expect(findings.filter((f) => f.severity === 'error')).toEqual([]);
    bytes = await buildXlsx(project, findings);
    wb = await read(bytes);
  });

  it('has the cover, the report text, one sheet per table and 校验结果, in that order, opening on 表二', () => {
    expect(wb.worksheets.map((w) => w.name)).toEqual([COVER_SHEET, REPORT_TEXT_SHEET, '表二', '表三', '表四', FINDINGS_SHEET]);
    expect(wb.views[0]!.activeTab).toBe(2);
  });

  it('merges exactly the grid’s spanned cells (plus the title lines), and writes every label in its top-left cell', () => {
    for (const t of TABLES) {
      const grid = GRIDS[t];
      const ws = sheetOf(wb, TABLE_SHORT_NAMES[t]);
      const expected = new Set([`A1:${colLetter(grid.columns)}1`, `A2:${colLetter(grid.columns)}2`]);
      for (const row of grid.rows) {
        for (const c of row) {
          if (c.rowSpan > 1 || c.colSpan > 1) expected.add(`${addr(c.row, c.col)}:${addr(c.row + c.rowSpan - 1, c.col + c.colSpan - 1)}`);
          if (c.type === 'label') expect(ws.getCell(addr(c.row, c.col)).value, `${t} ${addr(c.row, c.col)}`).toBe(c.text);
        }
      }
      expect(new Set(ws.model.merges)).toEqual(expected);
    }
  });

  it('keeps the official merges of table 三 (勾稽 note 3×3, 三、本年度办理结果 over 22 rows) and table 四 (three header rows)', () => {
    const t3 = sheetOf(wb, '表三');
    expect(t3.model.merges).toContain(`A3:C5`);
    expect(t3.getCell('A3').value).toBe('（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）');
    const results = t3.model.merges.find((m) => t3.getCell(m.split(':')[0]!).value === '三、本年度办理结果')!;
    const [, top, bottom] = /^[A-Z]+(\d+):[A-Z]+(\d+)$/.exec(results)!.map(Number) as [number, number, number];
    expect(bottom - top + 1).toBe(22);
    const t4 = sheetOf(wb, '表四');
    expect(t4.getCell('A3').value).toBe('行政复议');
    expect(t4.getCell('F3').value).toBe('行政诉讼');
    expect(t4.model.merges).toEqual(expect.arrayContaining(['A3:E3', 'F3:O3', 'A4:A5', 'F4:J4', 'K4:O4']));
  });

  it('writes every input as stored (blank as 0) and every 总计 as a SUM over exactly its parts, with the result Excel would compute', () => {
    let formulas = 0;
    for (const t of TABLES) {
      const ws = sheetOf(wb, TABLE_SHORT_NAMES[t]);
      const keys = keyAt(t);
      for (const [address, key] of keys) {
        const def = cellDef(key)!;
        const cell = ws.getCell(address);
        const stored = project.cells[key];
        if (!def.sumOf) {
          expect(cell.value, key).toBe(stored ?? 0);
          continue;
        }
        formulas++;
        expect(typeof cell.formula, key).toBe('string');
        const parts = summedAddresses(cell.formula);
        expect(new Set(parts.map((a) => keys.get(a))), key).toEqual(new Set(def.sumOf));
        const recomputed = parts.reduce((s, a) => s + (typeof shown(ws.getCell(a)) === 'number' ? (shown(ws.getCell(a)) as number) : 0), 0);
        expect(cell.result, key).toBe(recomputed);
        // The sample's own totals agree with their parts, so the result is the published figure.
        expect(cell.result, key).toBe(stored);
      }
    }
    expect(formulas).toBe(CELLS.filter((c) => c.sumOf).length);
    expect(sheetOf(wb, '表三').getCell(addr(3, 9)).value).toMatchObject({ result: 59 });
  });

  it('formats counts as integers and 万元 with two to four decimals', () => {
    for (const t of TABLES) {
      const ws = sheetOf(wb, TABLE_SHORT_NAMES[t]);
      for (const [address, key] of keyAt(t)) {
        expect(ws.getCell(address).numFmt, key).toBe(cellDef(key)!.kind === 'money' ? MONEY_FORMAT : COUNT_FORMAT);
      }
    }
    expect(MONEY_FORMAT).toBe('0.00##');
  });

  it('protects every sheet and the workbook structure; only input cells are unlocked', async () => {
    // exceljs reads sheet protection back but does not declare it.
    for (const ws of wb.worksheets) expect((ws as unknown as { sheetProtection?: { sheet?: boolean } }).sheetProtection?.sheet, ws.name).toBe(true);
    for (const t of TABLES) {
      const ws = sheetOf(wb, TABLE_SHORT_NAMES[t]);
      const keys = keyAt(t);
      slots(GRIDS[t]).forEach((row, r) =>
        row.forEach((slot, c) => {
          const locked = ws.getCell(addr(r, c)).protection?.locked !== false;
          const input = slot.cell.type === 'value' && !cellDef(slot.cell.key)!.sumOf;
          expect(locked, `${t} ${addr(r, c)} ${keys.get(addr(r, c)) ?? 'label'}`).toBe(!input);
        }),
      );
    }
    const xml = await (await JSZip.loadAsync(bytes)).file('xl/workbook.xml')!.async('string');
    expect(xml).toMatch(/<workbookPr[^>]*\/><workbookProtection lockStructure="1"\/><bookViews>/);
    const styles = await (await JSZip.loadAsync(bytes)).file('xl/styles.xml')!.async('string');
    expect(styles).toMatch(/<fonts[^>]*><font><sz val="11"\/><color theme="1"\/><name val="宋体"\/>/);
  });

  it('borders every edge of every cell of every table, merged ranges included', () => {
    for (const t of TABLES) {
      const ws = sheetOf(wb, TABLE_SHORT_NAMES[t]);
      slots(GRIDS[t]).forEach((row, r) =>
        row.forEach((_, c) => {
          const b = ws.getCell(addr(r, c)).border;
          for (const side of ['top', 'left', 'bottom', 'right'] as const) expect(b?.[side]?.style, `${t} ${addr(r, c)} ${side}`).toBe('thin');
        }),
      );
    }
  });

  it('validates inputs: whole numbers ≥ 0 for counts, numbers ≥ 0 for 万元, with a Chinese message naming the cell', () => {
    const t3 = sheetOf(wb, '表三');
    const count = t3.getCell(addr(7, 4)).dataValidation; // （三）1.属于国家秘密 · 商业企业
    expect(count).toMatchObject({ type: 'whole', operator: 'greaterThanOrEqual', showErrorMessage: true, errorTitle: '数量不正确' });
    expect(Number(count.formulae[0])).toBe(0);
    expect(count.error).toContain(describeCell('t3.denied.stateSecret.business'));
    const t2 = sheetOf(wb, '表二');
    const fee = GRIDS.t2.rows.flat().find((c) => c.type === 'value' && c.key === 't2.fees.amount')!;
    const money = t2.getCell(addr(fee.row, fee.col)).dataValidation;
    expect(money).toMatchObject({ type: 'decimal', operator: 'greaterThanOrEqual', errorTitle: '金额不正确' });
    expect(money.error).toContain('万元');
    // Totals are formulas: no validation, nothing to type.
    expect(t3.getCell(addr(3, 9)).dataValidation).toBeUndefined();
    let validated = 0;
    for (const t of TABLES) {
      const ws = sheetOf(wb, TABLE_SHORT_NAMES[t]);
      for (const [address, key] of keyAt(t)) if (!cellDef(key)!.sumOf && ws.getCell(address).dataValidation?.showErrorMessage) validated++;
    }
    expect(validated).toBe(CELLS.filter((c) => !c.sumOf).length);
  });

  it('prints on A4, one page wide, header rows repeated, table 四 landscape; panes frozen under the header', () => {
    for (const t of TABLES) {
      const ws = sheetOf(wb, TABLE_SHORT_NAMES[t]);
      const grid = GRIDS[t];
      expect(ws.pageSetup).toMatchObject({ paperSize: 9, fitToPage: true, fitToWidth: 1, fitToHeight: 0, orientation: t === 't4' ? 'landscape' : 'portrait' });
      const headerEnd = FIRST_CONTENT_ROW + grid.headerRows - 1;
      if (grid.headerRows > 0) expect(ws.pageSetup.printTitlesRow).toBe(`${FIRST_CONTENT_ROW}:${headerEnd}`);
      expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: grid.headerRows > 0 ? headerEnd : FIRST_CONTENT_ROW - 1 });
      expect(ws.headerFooter.oddFooter).toContain('&P');
      expect(ws.headerFooter.oddHeader ?? '').not.toContain('草稿');
    }
    expect(sheetOf(wb, '表三').views[0]).toMatchObject({ xSplit: 3 });
  });

  it('sizes columns and rows so every label shows whole (a CJK character counted as two units)', () => {
    expect(textUnits('（三）不予公开')).toBe(14);
    expect(textUnits('t3.received')).toBe(11);
    for (const t of TABLES) {
      const ws = sheetOf(wb, TABLE_SHORT_NAMES[t]);
      for (const row of GRIDS[t].rows) {
        for (const c of row) {
          if (c.type !== 'label') continue;
          let width = 0;
          for (let i = 0; i < c.colSpan; i++) width += ws.getColumn(c.col + 1 + i).width!;
          let height = 0;
          for (let i = 0; i < c.rowSpan; i++) height += ws.getRow(FIRST_CONTENT_ROW + c.row + i).height!;
          expect(lineCount(c.text, width) * LINE_HEIGHT, `${t} ${c.text}`).toBeLessThanOrEqual(height);
        }
      }
    }
    // 表三's longest label wraps in two lines, not eight.
    expect(lineCount('2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请', sheetOf(wb, '表三').getColumn(3).width!)).toBe(2);
  });

  it('has a cover naming the issuer, the year, the level and the title', () => {
    const ws = sheetOf(wb, COVER_SHEET);
    const rows = new Map<string, unknown>();
    ws.eachRow((row) => rows.set(String(row.getCell(1).value), row.getCell(2).value));
    expect(rows.get('发布机关')).toBe('临沂市行政审批服务局');
    expect(rows.get('报告年度')).toBe('2024年');
    expect(rows.get('机关类型')).toBe('部门');
    expect(rows.get('报告标题')).toBe('临沂市行政审批服务局2024年政府信息公开工作年度报告');
    expect(rows.get('稿件性质')).toBe('正式稿');
    // As the .docx's 落款 writes it (a 正式稿 always has one: N-PUBDATE).
    expect(rows.get('发布日期')).toBe('2025年1月20日');
  });

  it('lists the sample’s findings in 校验结果', () => {
    const ws = sheetOf(wb, FINDINGS_SHEET);
    const header = ws.getRow(FIRST_CONTENT_ROW).values as unknown[];
    expect(header.slice(1)).toEqual(FINDINGS_COLUMNS.map((c) => c.header));
    const listed = ws.rowCount - FIRST_CONTENT_ROW;
    expect(listed).toBe(Math.max(findings.length, 1));
  });

  it('reads back through the importer with every cell as the report holds it', async () => {
    const r = await importReport({ name: 'sample.xlsx', bytes });
    expect(r.ok).toBe(true);
    expect(r.project!.meta).toMatchObject({ issuer: project.meta.issuer, year: project.meta.year });
    for (const def of CELLS) expect(r.project!.cells[def.key], def.key).toEqual(project.cells[def.key] ?? 0);
  });
});

describe('a report with errors', () => {
  let project: Project;
  let findings: Finding[];
  let wb: ExcelJS.Workbook;

  beforeAll(async () => {
    project = sample();
    project.cells['t3.received.naturalPerson'] = 70; // 一 no longer balances; row total off
    project.cells['t3.granted.total'] = 40; // stored total disagrees with its parts (48)
    project.cells['t2.regulations.issued'] = { na: '/' };
    project.cells['t3.carriedOver.business'] = null;
    project.cells['t3.denied.stateSecret.business'] = { raw: '两件' };
    findings = validate(project);
    // Acknowledge one warning, as a clerk would with a reason.
    const warning = findings.find((f) => f.severity === 'warning');
    if (warning) {
      project.acknowledgements.push({ rule: warning.rule, fingerprint: warning.fingerprint, reason: '经核实数据无误', by: '张三', at: '2025-01-10T09:00:00Z' });
      findings = validate(project);
    }
    wb = await read(await buildXlsx(project, findings, { draft: true }));
  });

  it('is refused for filing, and text that is not a number never reaches a filing workbook', async () => {
    await expect(buildXlsx(project, findings)).rejects.toThrow(XlsxRefusedError);
    await expect(buildXlsx(project, findings)).rejects.toThrow(/错误.*只能导出草稿/);
    await expect(buildXlsx(project, [])).rejects.toThrow(UnfinishedCellError);
    await expect(buildXlsx(project, [])).rejects.toThrow(/表三 （三）1\.属于国家秘密 · 商业企业.*两件/);
  });

  it('writes the draft as it stands: "/" and junk as written, blank as 0, totals from the parts with a note on a stored total that disagrees', () => {
    const t2 = sheetOf(wb, '表二');
    const t3 = sheetOf(wb, '表三');
    expect(t2.getCell(addr(2, 1)).value).toBe('/');
    expect(t2.getCell(addr(2, 1)).dataValidation).toMatchObject({ type: 'custom' });
    expect(t2.getCell(addr(2, 1)).dataValidation.formulae[0]).toContain('"/"');
    expect(t3.getCell(addr(7, 4)).value).toBe('两件');
    expect(t3.getCell(addr(4, 4)).value).toBe(0);
    const granted = t3.getCell(addr(5, 9));
    expect(granted.value).toMatchObject({ formula: 'SUM(D8:I8)', result: 48 });
    expect(String(granted.note)).toContain('“40”');
    expect(t3.getCell(addr(3, 9)).value).toMatchObject({ result: 70 });
  });

  it('marks every sheet 草稿: title, header of every printed page, red tab', () => {
    for (const ws of wb.worksheets) {
      expect(String(ws.getCell('A1').value), ws.name).toContain('（草稿）');
      expect(ws.headerFooter.oddHeader, ws.name).toContain('草稿');
      expect(ws.properties.tabColor, ws.name).toEqual({ argb: 'FFC00000' });
    }
    expect(String(sheetOf(wb, '表三').getCell('A2').value)).toMatch(/草稿：尚有 \d+ 处错误未改正/);
  });

  it('lists every finding in 校验结果: rule name and id, severity, cells by key and by place, message, acknowledgement', () => {
    const ws = sheetOf(wb, FINDINGS_SHEET);
    expect(findings.some((f) => f.rule === 'T3-BAL')).toBe(true);
    expect(findings.some((f) => f.rule === 'T3-ROWTOT')).toBe(true);
    findings.forEach((f, i) => {
      const row = ws.getRow(FIRST_CONTENT_ROW + 1 + i);
      const at = (h: string) => row.getCell(FINDINGS_COLUMNS.findIndex((c) => c.header === h) + 1).value;
      expect(at('序号')).toBe(i + 1);
      expect(at('问题')).toBe(f.title);
      expect(at('问题')).toMatch(/^[\u4e00-\u9fff]/);
      expect(at('规则')).toBe(f.rule);
      expect(at('严重程度')).toBe(SEVERITY_LABELS[f.severity]);
      expect(at('单元格')).toBe(f.cells.join('\n'));
      if (f.cells.length) expect(at('位置')).toBe(f.cells.map(describeCell).join('\n'));
      expect(at('说明')).toBe(f.message);
      expect(at('确认理由') ?? '').toBe(f.acknowledged?.reason ?? '');
    });
    expect(ws.rowCount).toBe(FIRST_CONTENT_ROW + findings.length);
    const acked = findings.findIndex((f) => f.acknowledged);
    if (acked >= 0) {
      const row = ws.getRow(FIRST_CONTENT_ROW + 1 + acked);
      const at = (h: string) => row.getCell(FINDINGS_COLUMNS.findIndex((c) => c.header === h) + 1).value;
      expect(at('状态')).toBe('已确认');
      expect(at('确认理由')).toBe('经核实数据无误');
      expect(at('确认人及时间')).toBe('张三 2025-01-10T09:00:00Z');
    }
    expect(String(ws.getCell('A1').value)).toMatch(/^校验结果（错误 \d+ 处/);
  });
});

describe('figures the formats would round', () => {
  it('show as written: 万元 with five decimals (a warning only) and a fractional count in a draft', async () => {
    const project = sample();
    project.cells['t2.fees.amount'] = 0.12345;
    project.cells['t4.review.upheld'] = 1.5;
    const wb = await read(await buildXlsx(project, validate(project), { draft: true }));
    const fee = GRIDS.t2.rows.flat().find((c) => c.type === 'value' && c.key === 't2.fees.amount')!;
    const t2 = sheetOf(wb, '表二').getCell(addr(fee.row, fee.col));
    expect(t2.value).toBe(0.12345);
    expect(t2.numFmt ?? 'General').toBe('General');
    const t4 = sheetOf(wb, '表四');
    expect(t4.getCell(addr(3, 0)).numFmt ?? 'General').toBe('General');
    expect(t4.getCell(addr(3, 1)).numFmt).toBe(COUNT_FORMAT);
    expect(t4.getCell(addr(3, 4)).result).toBe(1.5);
    expect(t4.getCell(addr(3, 4)).numFmt ?? 'General').toBe('General');
  });
});

describe('a clean report', () => {
  it('says in 校验结果 that every check passed', async () => {
    const project = sample();
    const wb = await read(await buildXlsx(project, []));
    const ws = sheetOf(wb, FINDINGS_SHEET);
    expect(ws.getRow(FIRST_CONTENT_ROW + 1).getCell(FINDINGS_COLUMNS.findIndex((c) => c.header === '说明') + 1).value).toBe(NO_FINDINGS);
  });
});
