// Writing a report the way a clerk does: create it from a template, fill 表三 by typing (with
// the keyboard, full-width digits, an IME) and by pasting a block from Excel, watch T3-BAL
// appear and disappear live, follow a finding to its cell, and write the prose sections.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { FEE_NIL_STATEMENT, SECTION_BY_ID } from '../../src/shared/layout/sections';
import { cell, createReport, findingsOf, focusedCell, goTo, openApp, pasteText, typeInto, type App } from './harness';

describe('authoring a report', () => {
  let app: App;
  before(async () => {
    app = await openApp();
    await createReport(app.page, '测试市行政审批服务局', { year: 2025 });
  });
  after(async () => {
    await app?.close();
  });

  it('creates a report from the department template and shows every section in the navigator', async () => {
    const { page } = app;
    assert.equal(await page.locator('.toolbar .file').innerText(), '未命名', 'not saved yet');
    assert.match(await page.locator('.toolbar .report-title').innerText(), /测试市行政审批服务局2025年/);
    assert.equal(await page.title(), '未命名 — 年报 Studio', 'nothing typed yet: no unsaved marker');
    assert.equal(await page.locator('.title-preview strong').innerText(), '测试市行政审批服务局2025年政府信息公开工作年度报告');
    for (const id of ['overview', 'proactive', 'requests', 'litigation', 'problems', 'other']) {
      assert.match(await page.locator(`.navigator [data-place="${id}"]`).innerText(), new RegExp(SECTION_BY_ID[id as 'overview'].heading));
    }
    // 发布日期 is written the Chinese way, never in the operating system's mm/dd/yyyy.
    const date = page.locator('[data-focus-key="basic:publishDate"]');
    assert.equal(await date.getAttribute('placeholder'), '例如 2026年1月20日');
    await date.fill('2026/2/30');
    await page.getByText('发布日期应写作“2026年1月20日”或“2026-01-20”').waitFor();
    await date.fill('2026-01-20');
    await page.locator('[data-focus-key="basic:issuer"]').focus();
    assert.equal(await date.inputValue(), '2026年1月20日');
    await app.screenshot('basic-info');
  });

  it('fills 表三 by typing: full-width digits, Enter moves down, totals computed, T3-BAL appears and disappears', async () => {
    const { page } = app;
    await goTo(page, 'requests');
    await typeInto(page, 't3.received.naturalPerson', '１０');
    // One side of the balance is 10, the other 0: the finding is there before the clerk leaves the cell.
    await findingsOf(page, 'T3-BAL').filter({ hasText: '自然人列' }).waitFor();
    await page.keyboard.press('Enter');
    assert.equal(await focusedCell(page), 't3.carriedOver.naturalPerson');
    assert.equal(await cell(page, 't3.received.naturalPerson').inputValue(), '10', 'full-width digits are normalised');
    await page.keyboard.type('0');
    await page.keyboard.press('Enter');
    assert.equal(await focusedCell(page), 't3.granted.naturalPerson');
    await page.keyboard.type('10');
    await findingsOf(page, 'T3-BAL').filter({ hasText: '自然人列' }).waitFor({ state: 'detached' });
    // The computed totals show the sums and cannot be typed into.
    assert.equal(await cell(page, 't3.resultTotal.naturalPerson').inputValue(), '10');
    assert.equal(await cell(page, 't3.received.total').inputValue(), '10');
    assert.equal(await cell(page, 't3.resultTotal.naturalPerson').getAttribute('readonly'), '');
    // Arrows and Tab move like a spreadsheet; Tab skips the computed total column.
    await page.keyboard.press('ArrowUp');
    assert.equal(await focusedCell(page), 't3.carriedOver.naturalPerson');
    await page.keyboard.press('ArrowRight');
    assert.equal(await focusedCell(page), 't3.carriedOver.business');
    await cell(page, 't3.received.otherOrg').focus();
    await page.keyboard.press('Tab');
    assert.equal(await focusedCell(page), 't3.carriedOver.naturalPerson');
    await page.keyboard.press('Shift+Tab');
    assert.equal(await focusedCell(page), 't3.received.otherOrg');
    // Escape puts back what the cell held when the clerk entered it.
    await cell(page, 't3.received.naturalPerson').focus();
    await page.keyboard.type('99');
    assert.equal(await cell(page, 't3.received.total').inputValue(), '99');
    await page.keyboard.press('Escape');
    assert.equal(await cell(page, 't3.received.naturalPerson').inputValue(), '10');
    assert.equal(await cell(page, 't3.received.total').inputValue(), '10');
  });

  it('pastes a tab-separated block from Excel into the grid, skipping computed totals', async () => {
    const { page } = app;
    await cell(page, 't3.received.business').focus();
    await pasteText(page, '5\t2\t0\r\n1\t0\t0\r\n6\t2\t0\r\n');
    assert.equal(await cell(page, 't3.received.business').inputValue(), '5');
    assert.equal(await cell(page, 't3.received.research').inputValue(), '2');
    assert.equal(await cell(page, 't3.carriedOver.business').inputValue(), '1');
    assert.equal(await cell(page, 't3.granted.business').inputValue(), '6');
    assert.equal(await cell(page, 't3.resultTotal.total').inputValue(), '18');
    assert.match(await page.locator('.paste-note').innerText(), /已粘贴 9 个单元格/);
    assert.equal(await findingsOf(page, 'T3-BAL').count(), 0, 'the pasted columns balance');
    // A block that runs onto the 总计 column: the total is not overwritten, and the clerk is told.
    await cell(page, 't3.received.legalService').focus();
    await pasteText(page, '1\t0\t99');
    assert.equal(await cell(page, 't3.received.legalService').inputValue(), '1');
    assert.equal(await cell(page, 't3.received.total').inputValue(), '18');
    assert.match(await page.locator('.paste-note').innerText(), /1 个落在总计上的值未写入/);
    await findingsOf(page, 'T3-BAL').filter({ hasText: '法律服务机构列' }).waitFor();
    await app.screenshot('t3-paste-imbalance');
  });

  it('takes the clerk from a finding to its cell, from another section', async () => {
    const { page } = app;
    await goTo(page, 'basic');
    await findingsOf(page, 'T3-BAL').filter({ hasText: '法律服务机构列' }).locator('.finding-main').click();
    await page.waitForFunction(() => (document.activeElement as HTMLElement | null)?.dataset.cell === 't3.received.legalService');
    const marked = cell(page, 't3.received.legalService');
    assert.match((await marked.getAttribute('class')) ?? '', /cell-error/);
    assert.match((await marked.getAttribute('title')) ?? '', /T3-BAL/, 'the cell explains itself on hover');
    await typeInto(page, 't3.granted.legalService', '1');
    await findingsOf(page, 'T3-BAL').first().waitFor({ state: 'detached' });
    assert.doesNotMatch((await marked.getAttribute('class')) ?? '', /cell-error/);
  });

  it('keeps IME composition out of the report until it ends, and keeps a wrong value flagged at its cell', async () => {
    const { page } = app;
    const key = 't3.carriedForward.naturalPerson';
    await cell(page, key).focus();
    await page.evaluate((k) => {
      const input = document.querySelector<HTMLInputElement>(`input[data-cell="${k}"]`)!;
      const setValue = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!.set!;
      input.dispatchEvent(new CompositionEvent('compositionstart', { bubbles: true, data: '' }));
      setValue.call(input, '３');
      input.dispatchEvent(new InputEvent('input', { bubbles: true, isComposing: true, data: '３', inputType: 'insertCompositionText' }));
    }, key);
    // Mid-composition nothing is committed: the balance still holds.
    assert.equal(await findingsOf(page, 'T3-BAL').count(), 0);
    await page.evaluate((k) => {
      const input = document.querySelector<HTMLInputElement>(`input[data-cell="${k}"]`)!;
      input.dispatchEvent(new CompositionEvent('compositionend', { bubbles: true, data: '３' }));
    }, key);
    await findingsOf(page, 'T3-BAL').filter({ hasText: '自然人列' }).waitFor();
    await typeInto(page, key, '0');
    await findingsOf(page, 'T3-BAL').first().waitFor({ state: 'detached' });

    // Text that is not a number is kept as typed and reported at its cell.
    await typeInto(page, 't3.denied.stateSecret.naturalPerson', '两件');
    await page.keyboard.press('Tab');
    assert.equal(await cell(page, 't3.denied.stateSecret.naturalPerson').inputValue(), '两件');
    await findingsOf(page, 'G-INT').waitFor();
    assert.match((await cell(page, 't3.denied.stateSecret.naturalPerson').getAttribute('class')) ?? '', /cell-error/);
    await app.screenshot('t3-wrong-value');
    await typeInto(page, 't3.denied.stateSecret.naturalPerson', '0');
    await findingsOf(page, 'G-INT').waitFor({ state: 'detached' });
  });

  it('takes the clerk from a finding about prose to the text it quotes', async () => {
    const { page } = app;
    await goTo(page, 'basic');
    await page.locator('.finding-group[data-place="overview"] .finding[data-rule="N-PLACEHOLDER"] .finding-main').click();
    await page.waitForFunction(() => (document.activeElement as HTMLElement | null)?.getAttribute('aria-label') === '一、总体情况 正文');
    const selected = await page.evaluate(() => {
      const el = document.activeElement as HTMLTextAreaElement;
      return el.value.slice(el.selectionStart, el.selectionEnd);
    });
    assert.match(selected, /^【.+】$/);
  });

  it('writes the prose: must-contain list, sub-headings of 一, the 信息处理费 statement of 六', async () => {
    const { page } = app;
    await goTo(page, 'overview');
    assert.equal(await page.locator('.must-contain li').count(), SECTION_BY_ID.overview.mustContain.length);
    const area = page.getByLabel('一、总体情况 正文');
    // The template's placeholders 【…】 are flagged until replaced by real text.
    assert.match(await area.inputValue(), /【/);
    await area.click();
    await page.keyboard.press('Control+A');
    await page.keyboard.press('Delete');
    await page.getByRole('button', { name: '插入 （一）主动公开' }).click();
    await page.keyboard.press('End');
    await page.keyboard.type('\n本年度主动公开政府信息120条。');
    assert.match(await area.inputValue(), /^（一）主动公开\n本年度主动公开政府信息120条。/);
    await app.screenshot('narrative-overview');

    await goTo(page, 'other');
    assert.equal(await findingsOf(page, 'N-FEE-ZERO').count(), 1);
    const six = page.getByLabel('六、其他需要报告的事项 正文');
    await six.click();
    await page.keyboard.press('Control+A');
    await page.keyboard.press('Delete');
    await page.getByRole('button', { name: `插入 ${FEE_NIL_STATEMENT}` }).click();
    assert.equal(await six.inputValue(), FEE_NIL_STATEMENT);
    await findingsOf(page, 'N-FEE-ZERO').waitFor({ state: 'detached' });
    // The navigator counts what is filled and what is wrong, section by section.
    assert.match(await page.locator('.navigator [data-place="other"]').innerText(), /1\/4 项/);
  });

  it('lays out 表二 and 表四 like the official tables, also on a 1366×768 screen', async () => {
    const { page } = app;
    await page.setViewportSize({ width: 1366, height: 768 });
    await goTo(page, 'proactive');
    assert.equal(await page.locator('.report-table-t2 input.cell').count(), 10);
    await app.screenshot('t2-form');
    await goTo(page, 'litigation');
    assert.equal(await page.locator('.report-table-t4 input.cell').count(), 15);
    assert.equal(await page.locator('.report-table-t4 input.cell-derived').count(), 3);
    await typeInto(page, 't4.review.upheld', '2');
    await typeInto(page, 't4.review.corrected', '1');
    assert.equal(await cell(page, 't4.review.total').inputValue(), '3');
    await app.screenshot('t4-form');
    await goTo(page, 'requests');
    await app.screenshot('t3-form-1366');
  });
});
