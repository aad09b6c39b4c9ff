// The grid as a clerk reads and drives it at 1366×768: table text at least 14 px; an error, a
// warning and a blank cell told apart without colour (frame, dashes, the word 未填); Home, End,
// Ctrl+Home, Ctrl+End, PageUp and PageDown move like a spreadsheet.
import { after, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { cell, createReport, focusedCell, goTo, openApp, typeInto, type App } from './harness';

for (const viewport of [
  { width: 1366, height: 768 },
  { width: 1920, height: 1080 },
]) {
  describe(`the grid at ${viewport.width}×${viewport.height}`, () => {
    let app: App;
    after(async () => {
      await app?.close();
    });

    it('is readable, marks states by shape, and answers Home/End/Ctrl+Home/Ctrl+End/PageUp/PageDown', async () => {
      app = await openApp({ viewport });
      const { page } = app;
      await createReport(page, '临沂市行政审批服务局', { template: 'sample-linyi-2024', year: 2024 });
      await goTo(page, 'requests');
      const size = (sel: string) => page.locator(sel).first().evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
      assert.ok((await size('.report-table th.label-rowLabel')) >= 14);
      assert.ok((await size('.report-table input.cell')) >= 14);
      await goTo(page, 'litigation');
      assert.ok((await size('.report-table-t4 th')) >= 14);
      await goTo(page, 'requests');

      // An error, a warning (T3-CARRYPLAUS) and a blank cell.
      await typeInto(page, 't3.received.business', '3'); // unbalances 商业企业: error
      await cell(page, 't3.denied.stateSecret.research').click(); // emptied: blank
      await page.keyboard.press('Control+A');
      await page.keyboard.press('Delete');
      await page.keyboard.press('Enter');
      const look = (key: string) =>
        cell(page, key).evaluate((el: HTMLInputElement) => {
          const s = getComputedStyle(el);
          return { shadow: s.boxShadow, outline: s.outlineStyle, image: s.backgroundImage, placeholder: el.placeholder, cls: el.className };
        });
      const error = await look('t3.received.business');
      const blank = await look('t3.denied.stateSecret.research');
      assert.match(error.cls, /cell-error/);
      assert.match(error.shadow, /2px/, 'an error has a thick frame');
      assert.match(error.image, /gradient/, 'and a corner flag');
      assert.equal(blank.placeholder, '未填', 'a blank cell says so in words');
      assert.doesNotMatch(blank.shadow, /2px/);
      // A warning: 表二 现行有效 below 本年制发 (T2-VALID).
      await goTo(page, 'proactive');
      await typeInto(page, 't2.normativeDocuments.issued', '2');
      await page.locator('.editor h2').click();
      const warning = await look('t2.normativeDocuments.inForce');
      assert.match(warning.cls, /cell-warning/);
      assert.equal(warning.outline, 'dashed', 'a warning has a dashed frame');
      await app.screenshot(`grid-warning-${viewport.width}`);
      await goTo(page, 'requests');
      await page.locator('.editor h2').click();
      await app.screenshot(`grid-states-${viewport.width}`);

      // Spreadsheet keys.
      await cell(page, 't3.granted.research').click();
      await page.keyboard.press('Home');
      assert.equal(await focusedCell(page), 't3.granted.naturalPerson');
      await page.keyboard.press('End');
      assert.equal(await focusedCell(page), 't3.granted.total');
      await page.keyboard.press('Control+Home');
      assert.equal(await focusedCell(page), 't3.received.naturalPerson');
      await page.keyboard.press('Control+End');
      assert.equal(await focusedCell(page), 't3.carriedForward.otherOrg');
      await page.keyboard.press('Control+Home');
      await page.keyboard.press('PageDown');
      assert.equal(await focusedCell(page), 't3.denied.enforcementFile.naturalPerson', 'ten rows down');
      await page.keyboard.press('PageUp');
      assert.equal(await focusedCell(page), 't3.received.naturalPerson');
    });
  });
}
