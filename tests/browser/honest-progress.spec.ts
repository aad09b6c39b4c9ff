// Honest progress: a clerk fresh from the department template sees every section as unfilled
// (the template's 【…】 says nothing), 一 counts its five parts one by one, 六's 信息处理费
// statement is judged from her own words, 表三 counts only the 144 cells she can type, and a
// decimal typed into a cell is reported at that cell, not at the 总计 computed from it.
import { after, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { cell, createReport, findingsOf, goTo, openApp, typeInto, type App } from './harness';

for (const viewport of [
  { width: 1366, height: 768 },
  { width: 1920, height: 1080 },
]) {
  describe(`honest progress at ${viewport.width}×${viewport.height}`, () => {
    let app: App;
    after(async () => {
      await app?.close();
    });

    it('template placeholders are unfilled; 一 and 六 count their parts; 表三 counts typeable cells; G-INT lands where typed', async () => {
      app = await openApp({ viewport });
      const { page } = app;
      await createReport(page, '测试市行政审批服务局', { year: 2025 });
      const nav = (place: string) => page.locator(`.navigator [data-place="${place}"] .nav-fill`);
      // Straight from the template: nothing is "已填写".
      assert.equal(await nav('overview').innerText(), '0/5 项');
      assert.equal(await nav('problems').innerText(), '0/3 项');
      assert.equal(await nav('other').innerText(), '0/4 项');
      assert.equal(await nav('requests').innerText(), '0/144');
      assert.equal(await page.locator('.navigator .progress-done').count(), 0, 'no green bar anywhere');

      // 六: the placeholder names 信息处理费, but the clerk has not said anything yet.
      await goTo(page, 'other');
      assert.equal(await page.getByText('已说明信息处理费情况').count(), 0);
      assert.equal(await findingsOf(page, 'N-FEE-ZERO').count(), 1);
      assert.equal(await page.locator('.must-contain li[data-done="true"]').count(), 0);

      // 一: one part written under its sub-heading is one of five, and the others are still asked for.
      await goTo(page, 'overview');
      const area = page.getByLabel('一、总体情况 正文');
      const text = await area.inputValue();
      const at = text.indexOf('【本年度主动公开情况】');
      assert.ok(at > 0, text);
      await area.click();
      await area.evaluate((el: HTMLTextAreaElement, range: [number, number]) => el.setSelectionRange(range[0], range[1]), [at, at + '【本年度主动公开情况】'.length] as [number, number]);
      await page.keyboard.type('全年主动公开政府信息120条。');
      await page.waitForFunction(() => document.querySelector('.navigator [data-place="overview"] .nav-fill')?.textContent === '1/5 项');
      const missing = findingsOf(page, 'N-SECTIONS').filter({ hasText: '尚缺 4 项' });
      await missing.waitFor();
      assert.match(await missing.innerText(), /依申请公开；政府信息管理；政府信息公开平台建设；监督保障/);
      assert.equal(await page.locator('.must-contain li[data-done="true"]').count(), 1);
      assert.match(await page.locator('.must-contain li[data-done="true"]').innerText(), /主动公开/);
      await app.screenshot(`progress-overview-${viewport.width}`);

      // 表三: 144 typeable cells; a decimal is reported at the cell it was typed into.
      await goTo(page, 'requests');
      const blank = findingsOf(page, 'G-BLANK').filter({ hasText: '表三' });
      assert.match(await blank.innerText(), /有 144 个单元格未填写/);
      await typeInto(page, 't3.received.naturalPerson', '1208.5');
      await page.keyboard.press('Enter');
      const gint = findingsOf(page, 'G-INT');
      await gint.waitFor();
      assert.equal(await gint.count(), 1, 'one G-INT, at the typed cell only');
      assert.match(await gint.innerText(), /自然人：1208\.5 不是整数/);
      assert.match((await cell(page, 't3.received.naturalPerson').getAttribute('class')) ?? '', /cell-error/);
      assert.equal(await cell(page, 't3.received.total').inputValue(), '1208.5');
      assert.equal(await nav('requests').innerText(), '1/144');
      await app.screenshot(`progress-requests-${viewport.width}`);
    });
  });
}
