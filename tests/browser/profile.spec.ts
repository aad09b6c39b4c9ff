// 本地要求: a clerk chooses the municipal profile in 基本信息 and sees its L- findings in the
// panel; back to 全国通用 they disappear. The choice is part of the project (saved with it).
import { after, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { createReport, findingsOf, goTo, openApp, type App } from './harness';

describe('本地要求 (local requirement profile)', () => {
  let app: App;
  after(async () => {
    await app?.close();
  });

  it('choosing the example profile raises its L- findings; the national default removes them', async () => {
    app = await openApp({ viewport: { width: 1366, height: 768 } });
    const { page } = app;
    await createReport(page, '临沂市行政审批服务局', { template: 'sample-linyi-2024', year: 2024 });
    await goTo(page, 'basic');
    const select = page.getByLabel('本地要求');
    assert.equal(await select.locator('option:checked').innerText(), '全国通用（仅国家格式要求）');
    assert.equal(await findingsOf(page, 'L-REQUIRED').count(), 0);

    await select.selectOption({ label: '武威市2025年政府信息公开工作年度报告编制要求（版本 2025.1）' });
    const required = findingsOf(page, 'L-REQUIRED').filter({ hasText: '规章和规范性文件数量' });
    await required.waitFor();
    assert.equal(await required.locator('.rule-name').innerText(), '缺少本地要求的内容');
    assert.match(await required.innerText(), /一、总体情况缺少“规章和规范性文件数量”（本地要求“武威市2025年政府信息公开工作年度报告编制要求”）/);
    assert.match(await page.locator('.field-note').innerText(), /武政办发〔2025〕54号/);
    await app.screenshot('profile-chosen');

    await select.selectOption({ label: '全国通用（仅国家格式要求）' });
    await page.waitForFunction(() => !document.querySelector('.panel .finding[data-rule="L-REQUIRED"]'));
  });
});
