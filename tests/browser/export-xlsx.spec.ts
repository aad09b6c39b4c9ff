// Excel export from the app, as a supervisor receives it: figures typed and pasted in the form
// go through the export dialog and the real handler into a workbook that exceljs reads back —
// each typed value in its cell, each 总计 a SUM formula whose stored result is the total the
// form showed, the 万元 amount with its four decimals, and the findings on their own sheet.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { TABLE_SHORT_NAMES, type TableId } from '../../src/shared';
import { FINDINGS_SHEET, MONEY_FORMAT } from '../../src/main/export/xlsx';
import { valueAddresses } from '../../src/main/export/xlsx/table-sheet';
import { cell, createReport, goTo, openApp, pasteText, typeInto, setPublishDate, type App } from './harness';

const TABLE_OF: Record<string, TableId> = { t2: 't2', t3: 't3', t4: 't4' };

describe('export .xlsx', () => {
  let app: App;
  before(async () => {
    app = await openApp();
    await createReport(app.page, '临沂市行政审批服务局', { template: 'sample-linyi-2024', year: 2024 });
    // The sample names no 发布日期 (N-PUBDATE); the clerk gives it one.
    await setPublishDate(app.page, '2025年1月20日');
  });
  after(async () => {
    await app?.close();
  });

  it('writes what was typed and pasted, with every 总计 as a formula and its result', async () => {
    const { page, platform } = app;
    // 表三: both sides of the 自然人 column grow by the same amount, so it still balances.
    await goTo(page, 'requests');
    const received = Number(await cell(page, 't3.received.naturalPerson').inputValue());
    const granted = Number(await cell(page, 't3.granted.naturalPerson').inputValue());
    await typeInto(page, 't3.received.naturalPerson', String(received + 100));
    await typeInto(page, 't3.granted.naturalPerson', String(granted + 100));
    // 表四: a row pasted from Excel.
    await goTo(page, 'litigation');
    await cell(page, 't4.review.upheld').focus();
    await pasteText(page, '1234567\t2\t3\t4\n');
    const t4Total = await cell(page, 't4.review.total').inputValue();
    assert.equal(t4Total, '1234576');
    // 表二: 万元 to four decimals.
    await goTo(page, 'proactive');
    await typeInto(page, 't2.fees.amount', '12345.6789');
    await goTo(page, 'requests');
    const shown = {
      't3.received.total': await cell(page, 't3.received.total').inputValue(),
      't3.resultTotal.naturalPerson': await cell(page, 't3.resultTotal.naturalPerson').inputValue(),
      't3.resultTotal.total': await cell(page, 't3.resultTotal.total').inputValue(),
      't4.review.total': t4Total,
    };

    const out = join(platform.userDataDir, '临沂2024.xlsx');
    platform.dialogs.save.push(out);
    await page.getByRole('button', { name: '导出…' }).click();
    const dialog = page.getByRole('dialog', { name: '导出报告' });
    await dialog.getByLabel(/Excel 工作簿/).check();
    await dialog.getByText('校验未发现错误，将导出正式文件。').waitFor();
    await dialog.getByRole('button', { name: '导出…' }).click();
    await dialog.getByText('导出完成').waitFor({ timeout: 20_000 });
    assert.match(await dialog.locator('code.path').innerText(), /临沂2024\.xlsx$/);
    await app.screenshot('export-xlsx-done');
    assert.equal(existsSync(out), true);
    const ask = platform.dialogs.asked.at(-1)!;
    assert.ok(ask.type === 'save' && ask.request.filters?.some((f) => f.extensions.includes('xlsx')), 'the save dialog offers .xlsx');

    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    const at = (key: string) => {
      const table = TABLE_OF[key.slice(0, 2)]!;
      const sheet = wb.getWorksheet(TABLE_SHORT_NAMES[table]);
      assert.ok(sheet, `sheet ${TABLE_SHORT_NAMES[table]}`);
      return sheet.getCell(valueAddresses(table).get(key)!);
    };
    assert.equal(at('t3.received.naturalPerson').value, received + 100);
    assert.equal(at('t3.granted.naturalPerson').value, granted + 100);
    assert.equal(at('t4.review.upheld').value, 1234567);
    assert.equal(at('t4.review.pending').value, 4);
    const fee = at('t2.fees.amount');
    assert.equal(fee.value, 12345.6789);
    assert.equal(fee.numFmt, MONEY_FORMAT);
    for (const [key, value] of Object.entries(shown)) {
      const v = at(key).value as ExcelJS.CellFormulaValue;
      assert.match(v.formula, /^SUM\(/, `${key} is a formula`);
      assert.equal(String(v.result), value, `${key}: the stored result is the total the form showed`);
    }
    // The 表四 row total sums exactly that row's four cells.
    const parts = ['upheld', 'corrected', 'other', 'pending'].map((c) => at(`t4.review.${c}`).address);
    assert.equal((at('t4.review.total').value as ExcelJS.CellFormulaValue).formula, `SUM(${parts[0]}:${parts[3]})`);
    assert.ok(wb.getWorksheet(FINDINGS_SHEET), 'the findings sheet is there');
    await dialog.getByRole('button', { name: '关闭' }).click();
  });
});
