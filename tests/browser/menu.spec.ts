// The Electron menu's commands as the page receives them (the bridge delivers them as main's
// menu does): 工具 → 关联上年度报告 / 汇总 / 批量审核, and 编辑 → 撤销 / 重做, which take back the
// report's last edit from the table grid and the typing from a text field.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { cell, createReport, goTo, openApp, typeInto, type App } from './harness';

describe('menu commands', () => {
  let app: App;
  before(async () => {
    app = await openApp();
  });
  after(async () => {
    await app?.close();
  });

  it('工具 → 汇总… opens the roll-up page from the start screen; 关联上年度报告… asks for a report first', async () => {
    const { page, bridge } = app;
    await bridge.sendMenuCommand({ command: 'prior' });
    await page.locator('.notice').getByText('请先新建或打开本年度报告，再关联上年度报告。').waitFor();
    await bridge.sendMenuCommand({ command: 'batch', kind: 'aggregate' });
    await page.getByRole('main', { name: '汇总各单位年报' }).waitFor();
    await page.getByRole('button', { name: '返回开始页' }).click();
    await page.getByRole('button', { name: '创建报告' }).waitFor();
  });

  it('编辑 → 撤销 / 重做 act on the report from the grid and on the text in a text field', async () => {
    const { page, bridge } = app;
    await createReport(page, '测试局', { year: 2025 });
    await goTo(page, 'litigation');
    await typeInto(page, 't4.review.upheld', '3');
    await typeInto(page, 't4.review.corrected', '2');
    assert.equal(await cell(page, 't4.review.total').inputValue(), '5');
    await bridge.sendMenuCommand({ command: 'undo' });
    assert.equal(await cell(page, 't4.review.corrected').inputValue(), '');
    assert.equal(await cell(page, 't4.review.total').inputValue(), '3');
    await bridge.sendMenuCommand({ command: 'redo' });
    assert.equal(await cell(page, 't4.review.total').inputValue(), '5');

    await goTo(page, 'basic');
    const issuer = page.locator('[data-focus-key="basic:issuer"]');
    await issuer.click();
    await page.keyboard.press('End');
    // As an IME commits a word: one insertion.
    await page.keyboard.insertText('办公室');
    assert.equal(await issuer.inputValue(), '测试局办公室');
    await bridge.sendMenuCommand({ command: 'undo' });
    assert.equal(await issuer.inputValue(), '测试局', "the field's own text undo");
    await goTo(page, 'litigation');
    assert.equal(await cell(page, 't4.review.total').inputValue(), '5', 'the table is untouched');
  });

  it('工具 → 关联上年度报告… opens the 上年度 dialog of the open report', async () => {
    const { page, bridge } = app;
    await bridge.sendMenuCommand({ command: 'prior' });
    const dialog = page.getByRole('dialog', { name: '上年度报告' });
    await dialog.waitFor();
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });
  });

  it('工具 → 批量审核… with unsaved edits asks first, then replaces the report with the audit page', async () => {
    const { page, bridge } = app;
    const prompt = page.getByRole('dialog', { name: '有尚未保存的修改' });
    await bridge.sendMenuCommand({ command: 'batch', kind: 'audit' });
    await prompt.getByRole('button', { name: '取消' }).click();
    assert.equal(await page.locator('.toolbar').count(), 1, 'cancelled: the report stays open');
    // A cancelled 批量审核 is forgotten: closing the report later leads to the start screen.
    await page.getByRole('button', { name: '关闭', exact: true }).click();
    await prompt.getByRole('button', { name: '不保存' }).click();
    await page.getByRole('button', { name: '创建报告' }).waitFor();

    await createReport(page, '测试局', { year: 2025 });
    await goTo(page, 'litigation');
    await typeInto(page, 't4.review.upheld', '1');
    await bridge.sendMenuCommand({ command: 'batch', kind: 'audit' });
    await prompt.getByRole('button', { name: '不保存' }).click();
    await page.getByRole('main', { name: '批量审核各单位年报' }).waitFor();
    await app.screenshot('menu-batch-audit');
  });
});
