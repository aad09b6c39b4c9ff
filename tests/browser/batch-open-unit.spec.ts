// 批量审核 → 打开, as a disclosure office uses it on a laptop (1366×768) and a desktop
// (1920×1080): audit a folder, find the unit with errors in 各单位状态, open its report from the
// row and see it in the editor with its errors; a published copy opens through the importer.
import { after, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { copyFileSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { serializeProject } from '../../src/shared';
import { generateReport } from '../unit/aggregate-generate';
import { openApp, type App } from './harness';

const SAMPLE = new URL('../fixtures/samples/linyi-approval-bureau-2024.txt', import.meta.url).pathname;

for (const viewport of [
  { width: 1366, height: 768 },
  { width: 1920, height: 1080 },
]) {
  describe(`批量审核 → 打开 at ${viewport.width}×${viewport.height}`, () => {
    let app: App;
    after(async () => {
      await app?.close();
    });

    it("opens a unit's report from its row in 各单位状态", async () => {
      app = await openApp({ viewport });
      const { page, platform } = app;
      const folder = join(platform.userDataDir, '各单位');
      mkdirSync(folder);
      writeFileSync(join(folder, 'a-clean.nianbao.json'), serializeProject(generateReport(0)));
      const unbalanced = generateReport(1);
      unbalanced.cells['t3.received.naturalPerson'] = (unbalanced.cells['t3.received.naturalPerson'] as number) + 3;
      writeFileSync(join(folder, 'b-errors.nianbao.json'), serializeProject(unbalanced));
      copyFileSync(SAMPLE, join(folder, 'c-published.txt'));

      await page.getByRole('button', { name: '批量审核…' }).click();
      const view = page.getByRole('main', { name: '批量审核各单位年报' });
      await view.getByLabel('报告年度').fill('2025');
      platform.dialogs.open.push(folder);
      await view.getByRole('button', { name: '选择文件夹并开始…' }).click();
      await view.getByRole('heading', { name: /已审核 3 份报告/ }).waitFor();
      const units = view.getByRole('table', { name: '各单位状态' });
      const open = units.getByRole('button', { name: '打开第2单位的报告' });
      await open.scrollIntoViewIfNeeded();
      assert.ok(await open.isVisible(), '打开 is on the unit row');
      await app.screenshot(`batch-open-unit-${viewport.width}`);

      await open.click();
      await page.locator('.toolbar .file').filter({ hasText: 'b-errors' }).waitFor();
      assert.match(await page.locator('.summary').innerText(), /错误 [1-9]/);
      await app.screenshot(`batch-opened-unit-${viewport.width}`);
    });
  });
}
