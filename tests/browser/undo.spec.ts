// 撤销 / 重做 as a clerk meets them: a 30-cell block pasted into the wrong rows of 表三 is one
// Ctrl+Z away (cells, totals and findings back, the file unsaved again), Ctrl+Y and
// Ctrl+Shift+Z bring it back, typing in a cell is one step, the toolbar buttons say what they
// take back, and the prose keeps the browser's own text undo.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { cell, createReport, findingsOf, goTo, openApp, pasteText, typeInto, type App } from './harness';

/** 5 rows × 6 columns from Excel (the 总计 column is not copied). */
const BLOCK = [
  ['12', '3', '0', '1', '0', '2'],
  ['1', '0', '0', '0', '0', '0'],
  ['6', '2', '0', '1', '0', '1'],
  ['2', '0', '0', '0', '0', '0'],
  ['1', '0', '0', '0', '0', '0'],
];
const ROWS = ['received', 'carriedOver', 'granted', 'partlyGranted', 'denied.stateSecret'];
const COLS = ['naturalPerson', 'business', 'research', 'publicInterest', 'legalService', 'otherOrg'];
const key = (r: number, c: number) => `t3.${ROWS[r]}.${COLS[c]}`;

describe('undo and redo', () => {
  let app: App;
  before(async () => {
    app = await openApp();
    await createReport(app.page, '测试市行政审批服务局', { year: 2025 });
  });
  after(async () => {
    await app?.close();
  });

  async function values(): Promise<string[][]> {
    const out: string[][] = [];
    for (let r = 0; r < BLOCK.length; r++) {
      const row: string[] = [];
      for (let c = 0; c < COLS.length; c++) row.push(await cell(app.page, key(r, c)).inputValue());
      out.push(row);
    }
    return out;
  }

  it('takes back a pasted 30-cell block with one Ctrl+Z and brings it back with Ctrl+Y', async () => {
    const { page, platform } = app;
    await goTo(page, 'requests');
    // What the clerk had typed before: a balanced column.
    await typeInto(page, 't3.received.naturalPerson', '4');
    await typeInto(page, 't3.granted.naturalPerson', '4');
    assert.equal(await findingsOf(page, 'T3-BAL').count(), 0);
    const before = await values();

    await cell(page, 't3.received.naturalPerson').focus();
    await pasteText(page, BLOCK.map((r) => r.join('\t')).join('\r\n') + '\r\n');
    assert.deepEqual(await values(), BLOCK);
    assert.equal(await cell(page, 't3.received.total').inputValue(), '18');
    await findingsOf(page, 'T3-BAL').first().waitFor();
    await app.screenshot('undo-1-pasted');

    // Saved with the mistake in it: the undo must make the file unsaved again.
    platform.dialogs.save.push(join(platform.userDataDir, '撤销测试.nianbao.json'));
    await page.keyboard.press('Control+S');
    await page.locator('[data-testid="unsaved"]').waitFor({ state: 'detached' });

    await cell(page, 't3.carriedOver.business').focus();
    await page.keyboard.press('Control+Z');
    assert.deepEqual(await values(), before, 'every pasted cell is back as it was');
    assert.equal(await cell(page, 't3.received.total').inputValue(), '4', 'the total is recomputed');
    assert.equal(await findingsOf(page, 'T3-BAL').count(), 0, 'the finding is gone with the paste');
    await page.locator('[data-testid="unsaved"]').waitFor();
    assert.match(await page.locator('.statusbar .history-note').innerText(), /已撤销：粘贴 30 个单元格/);
    assert.equal(await page.locator('.paste-note').innerText(), '', 'the note about the paste no longer applies');
    await app.screenshot('undo-2-undone');

    await page.keyboard.press('Control+Y');
    assert.deepEqual(await values(), BLOCK);
    await findingsOf(page, 'T3-BAL').first().waitFor();
    assert.match(await page.locator('.statusbar .history-note').innerText(), /已重做：粘贴 30 个单元格/);
    await page.keyboard.press('Control+Z');
    assert.deepEqual(await values(), before);
    await page.keyboard.press('Control+Shift+Z');
    assert.deepEqual(await values(), BLOCK);
  });

  it('makes what was typed into one cell one step, even while the cell still has the focus', async () => {
    const { page } = app;
    await typeInto(page, 't3.granted.business', '1234');
    assert.equal(await cell(page, 't3.granted.total').inputValue(), '1242');
    await page.keyboard.press('Control+Z');
    assert.equal(await cell(page, 't3.granted.business').inputValue(), '2', 'the value before the typing, not 123');
    assert.equal(await cell(page, 't3.granted.total').inputValue(), '10');
    await page.keyboard.press('Control+Y');
    assert.equal(await cell(page, 't3.granted.business').inputValue(), '1234');
  });

  it('offers 撤销 / 重做 buttons that say what they take back, and shows where it happened', async () => {
    const { page } = app;
    const undoButton = page.locator('.history-buttons').getByRole('button', { name: '撤销' });
    const redoButton = page.locator('.history-buttons').getByRole('button', { name: '重做' });
    assert.match((await undoButton.getAttribute('title')) ?? '', /^撤销：修改 表三 （一）予以公开 · 商业企业/);
    await goTo(page, 'basic');
    await undoButton.click();
    // The step happened in 表三: the form shows it again.
    await page.locator('.report-table-t3').waitFor();
    assert.equal(await cell(page, 't3.granted.business').inputValue(), '2');
    assert.equal(await redoButton.isEnabled(), true);
    await redoButton.click();
    assert.equal(await cell(page, 't3.granted.business').inputValue(), '1234');
    assert.equal(await redoButton.isEnabled(), false);
  });

  it('leaves Ctrl+Z in the prose to the text field, letter by letter, without touching the tables', async () => {
    const { page } = app;
    await goTo(page, 'problems');
    const area = page.getByLabel('五、存在的主要问题及改进情况 正文');
    await area.click();
    await page.keyboard.press('Control+End');
    const start = await area.inputValue();
    await page.keyboard.type('一是');
    await page.keyboard.press('Enter');
    await page.keyboard.type('二是');
    assert.equal(await area.inputValue(), `${start}一是\n二是`);
    await page.keyboard.press('Control+Z');
    const afterUndo = await area.inputValue();
    assert.ok(afterUndo.length < `${start}一是\n二是`.length && afterUndo.startsWith(start), `the browser undid the last typing (${JSON.stringify(afterUndo.slice(start.length))})`);
    await goTo(page, 'requests');
    assert.equal(await cell(page, 't3.granted.business').inputValue(), '1234', 'the tables are untouched');
    await goTo(page, 'problems');
    assert.equal(await page.getByLabel('五、存在的主要问题及改进情况 正文').inputValue(), afterUndo, 'the store follows the text field');
    await app.screenshot('undo-3-prose');
    // For the app's history, the typing in the section was one step: 撤销 takes all of it back.
    await goTo(page, 'basic');
    const undoButton = page.locator('.history-buttons').getByRole('button', { name: '撤销' });
    assert.equal(await undoButton.getAttribute('title'), '撤销：编辑“五、存在的主要问题及改进情况”（Ctrl+Z）');
    await undoButton.click();
    assert.equal(await page.getByLabel('五、存在的主要问题及改进情况 正文').inputValue(), start);
    await page.locator('.history-buttons').getByRole('button', { name: '重做' }).click();
    assert.equal(await page.getByLabel('五、存在的主要问题及改进情况 正文').inputValue(), afterUndo);
  });
});
