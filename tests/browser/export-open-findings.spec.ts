// Before exporting a draft, the clerk sees what is still wrong: the errors and the warnings she
// has not acknowledged, each a link back to its cell.
import { after, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { createReport, focusedCell, goTo, openApp, typeInto, type App } from './harness';

for (const viewport of [
  { width: 1366, height: 768 },
  { width: 1920, height: 1080 },
]) {
  describe(`export dialog lists what is open at ${viewport.width}×${viewport.height}`, () => {
    let app: App;
    after(async () => {
      await app?.close();
    });

    it('lists errors and unacknowledged warnings, each clickable', async () => {
      app = await openApp({ viewport });
      const { page } = app;
      await createReport(page, '临沂市行政审批服务局', { template: 'sample-linyi-2024', year: 2024 });
      await goTo(page, 'requests');
      await typeInto(page, 't3.received.business', '3');
      await goTo(page, 'proactive');
      await typeInto(page, 't2.normativeDocuments.issued', '2');
      await page.locator('.editor h2').click();
      await page.getByRole('button', { name: '导出…' }).click();
      const dialog = page.getByRole('dialog', { name: '导出报告' });
      const errors = dialog.getByRole('list', { name: '尚未改正的错误' });
      const warnings = dialog.getByRole('list', { name: '未确认的提示' });
      assert.match(await errors.innerText(), /申请总数不平衡：表三商业企业列/);
      assert.match(await warnings.innerText(), /现行有效少于本年制发：表二行政规范性文件/);
      await app.screenshot(`export-open-findings-${viewport.width}`);
      await errors.getByRole('button').first().click();
      await dialog.waitFor({ state: 'detached' });
      assert.match((await focusedCell(page)) ?? '', /^t3\.(received|carriedOver|resultTotal|carriedForward)\.business$/);
    });
  });
}
