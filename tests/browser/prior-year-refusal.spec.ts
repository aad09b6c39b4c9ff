// 上年度 of another year: a 2025 report and a 2024 file are fine, but a 2025 report linked to
// a 2021 report is refused — unless the clerk confirms with a reason, which is saved with it.
import { after, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createProject, serializeProject } from '../../src/shared';
import { createReport, findingsOf, goTo, openApp, type App } from './harness';

for (const viewport of [
  { width: 1366, height: 768 },
  { width: 1920, height: 1080 },
]) {
  describe(`上年度 of another year at ${viewport.width}×${viewport.height}`, () => {
    let app: App;
    after(async () => {
      await app?.close();
    });

    it('refuses a 2021 report as 上年度 of 2025 unless confirmed with a reason', async () => {
      app = await openApp({ viewport });
      const { page, platform } = app;
      const old = join(platform.userDataDir, 'old-2021.nianbao.json');
      writeFileSync(old, serializeProject(createProject({ issuer: '临沂市行政审批服务局', year: 2021, issuerLevel: 'department' })));
      await createReport(page, '临沂市行政审批服务局', { year: 2025 });
      await page.getByRole('button', { name: '上年度…' }).click();
      const dialog = page.getByRole('dialog', { name: '上年度报告' });
      platform.dialogs.open.push(old);
      await dialog.getByRole('button', { name: '关联上年度报告…' }).click();
      const refused = dialog.getByTestId('prior-refused');
      await refused.waitFor();
      assert.match(await refused.innerText(), /所选报告为 2021 年度，而本报告为 2025 年度，上年度应为 2024 年度/);
      assert.equal(await dialog.locator('.prior-linked').count(), 0, 'not linked');
      const confirm = refused.getByRole('button', { name: '仍然关联' });
      assert.equal(await confirm.isDisabled(), true, 'a reason is required');
      await app.screenshot(`prior-year-refused-${viewport.width}`);
      // 不关联 leaves it unlinked; then confirm with a reason.
      await refused.getByRole('button', { name: '不关联' }).click();
      assert.equal(await dialog.locator('.prior-linked').count(), 0);
      platform.dialogs.open.push(old);
      await dialog.getByRole('button', { name: '关联上年度报告…' }).click();
      await refused.getByLabel('关联其他年度报告的理由').fill('2022—2024 年度本单位未单独编制年报，以 2021 年度为最近一期。');
      await refused.getByRole('button', { name: '仍然关联' }).click();
      await dialog.locator('.prior-linked').filter({ hasText: '已关联 2021 年度报告' }).waitFor();
      await dialog.getByRole('button', { name: '关闭' }).first().click();
      await goTo(page, 'requests');
      const carry = findingsOf(page, 'T3-CARRY');
      await carry.locator('.sev', { hasText: '已确认' }).waitFor();
      assert.match(await carry.innerText(), /2022—2024 年度本单位未单独编制年报/);
    });
  });
}
