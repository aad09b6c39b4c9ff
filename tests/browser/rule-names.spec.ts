// Rule names: a clerk reads what went wrong in Chinese first — 申请总数不平衡 — with the rule id
// as a small tag after it, in the panel and in the cell's explanation.
import { after, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { createReport, findingsOf, goTo, openApp, typeInto, type App } from './harness';

for (const viewport of [
  { width: 1366, height: 768 },
  { width: 1920, height: 1080 },
]) {
  describe(`rule names at ${viewport.width}×${viewport.height}`, () => {
    let app: App;
    after(async () => {
      await app?.close();
    });

    it('shows each finding by its Chinese name first, the id as a secondary tag', async () => {
      app = await openApp({ viewport });
      const { page } = app;
      await createReport(page, '测试市行政审批服务局', { year: 2025 });
      await goTo(page, 'requests');
      await typeInto(page, 't3.received.naturalPerson', '10');
      const bal = findingsOf(page, 'T3-BAL').filter({ hasText: '自然人列' });
      await bal.waitFor();
      assert.equal(await bal.locator('.rule-name').innerText(), '申请总数不平衡');
      assert.equal(await bal.locator('.rule').innerText(), 'T3-BAL');
      // The name comes before the id in reading order.
      const label = await bal.locator('.rule-label').innerText();
      assert.ok(label.indexOf('申请总数不平衡') < label.indexOf('T3-BAL'), label);
      // Every finding in the panel carries a Chinese name.
      for (const name of await page.locator('.panel .finding .rule-name').allInnerTexts()) assert.match(name, /^[\u4e00-\u9fff]/);
      await app.screenshot(`rule-names-${viewport.width}`);
    });
  });
}
