// Drafting from the tables, as a clerk does it: in 一 she puts the caret under （二）依申请公开
// and clicks 生成段落 — the standard sentence with 表三's figures appears there and N-NUMBERS is
// clean; she corrects two figures in 表三, comes back, is told the paragraph is out of date and
// 更新生成段落 rewrites it in place; in 四 the 复议/诉讼 sentence is written under the table.
import { after, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { createReport, findingsOf, goTo, openApp, typeInto, type App } from './harness';

for (const viewport of [
  { width: 1366, height: 768 },
  { width: 1920, height: 1080 },
]) {
  describe(`drafting from the tables at ${viewport.width}×${viewport.height}`, () => {
    let app: App;
    after(async () => {
      await app?.close();
    });

    it('generates the 依申请公开 paragraph at the caret, updates it when 表三 changes, and writes 四’s sentence', async () => {
      app = await openApp({ viewport });
      const { page } = app;
      await createReport(page, '临沂市行政审批服务局', { template: 'sample-linyi-2024', year: 2024 });
      await goTo(page, 'overview');
      const area = page.getByLabel('一、总体情况 正文');
      const text = await area.inputValue();
      const heading = '（二）依申请公开工作方面';
      const at = text.indexOf(heading) + heading.length;
      await area.click();
      await area.evaluate((el: HTMLTextAreaElement, pos: number) => el.setSelectionRange(pos, pos), at);
      await page.getByRole('button', { name: '生成段落：依申请公开（取自表三）' }).click();
      const paragraph = '本年新收政府信息公开申请59件，上年结转政府信息公开申请0件；本年度办理结果：予以公开48件，部分公开0件，不予公开0件，无法提供11件，不予处理0件，其他处理0件；结转下年度继续办理0件。';
      const lines = (await area.inputValue()).split('\n');
      assert.equal(lines[lines.indexOf(heading) + 1], paragraph, 'written as its own paragraph right under the sub-heading');
      assert.equal(await findingsOf(page, 'N-NUMBERS').count(), 0);
      await page.getByText('生成段落与表格一致').waitFor();
      await app.screenshot(`drafting-generated-${viewport.width}`);

      // Two figures corrected in 表三 (the balance holds): the paragraph is out of date.
      await goTo(page, 'requests');
      await typeInto(page, 't3.granted.naturalPerson', '47');
      await typeInto(page, 't3.unavailable.notHeld.naturalPerson', '12');
      await page.keyboard.press('Enter');
      await findingsOf(page, 'N-NUMBERS').first().waitFor();
      await goTo(page, 'overview');
      await page.getByText('由表格生成的段落中的数字与表格已不一致').waitFor();
      await app.screenshot(`drafting-stale-${viewport.width}`);
      await page.getByRole('button', { name: '更新生成段落' }).click();
      const updated = await area.inputValue();
      assert.ok(updated.includes('予以公开47件') && updated.includes('无法提供12件'), updated);
      assert.ok(!updated.includes('予以公开48件'), 'replaced, not added');
      assert.equal(updated.split('\n').filter((l) => l.startsWith('本年新收政府信息公开申请')).length, 1);
      await findingsOf(page, 'N-NUMBERS').first().waitFor({ state: 'detached' });

      // 四: the 复议 and 诉讼 sentence under the table.
      await goTo(page, 'litigation');
      await page.getByRole('button', { name: '生成段落（取自表格）' }).click();
      const four = page.getByLabel('四、政府信息公开行政复议、行政诉讼情况 表后说明');
      assert.match(await four.inputValue(), /^行政复议0起，其中结果维持0起、结果纠正0起、其他结果0起、尚未审结0起；行政诉讼2起，其中未经复议直接起诉2起（结果维持2起/);
      await four.scrollIntoViewIfNeeded();
      await app.screenshot(`drafting-litigation-${viewport.width}`);
    });
  });
}
