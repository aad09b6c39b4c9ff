// 本地要求: a clerk chooses the municipal profile in 基本信息 and sees its L- findings in the
// panel; back to 全国通用 they disappear. The choice is part of the project (saved with it).
import { after, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
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

    await select.selectOption({ label: '武威市2025年政府信息公开工作年度报告编制要求（版本 2025.1，2025 年度）' });
    const required = findingsOf(page, 'L-REQUIRED').filter({ hasText: '规章和规范性文件数量' });
    await required.waitFor();
    assert.equal(await required.locator('.rule-name').innerText(), '缺少本地要求的内容');
    assert.match(await required.innerText(), /一、总体情况缺少“规章和规范性文件数量”（本地要求“武威市2025年政府信息公开工作年度报告编制要求”）/);
    assert.match(await page.locator('.field-note').innerText(), /武政办发〔2025〕54号/);
    await app.screenshot('profile-chosen');

    await select.selectOption({ label: '全国通用（仅国家格式要求）' });
    await page.waitForFunction(() => !document.querySelector('.panel .finding[data-rule="L-REQUIRED"]'));
  });

  it('从文件载入… loads a prefecture’s own profile the clerk picks; a broken file is refused naming each field', async () => {
    const { page, platform } = app;
    const dir = platform.deps.app.documentsDir;
    // A file with two mistakes: the clerk sees both, and the report keeps the national default.
    const broken = join(dir, '某市要求（有误）.json');
    writeFileSync(broken, JSON.stringify({ kind: 'nianbao-profile', name: '某市要求', version: '1', year: '2024', deadlines: { department: '1月20日' } }));
    platform.dialogs.open.push(broken);
    await page.getByRole('button', { name: '从文件载入…' }).click();
    const alert = page.getByRole('alert');
    await alert.waitFor();
    assert.match(await alert.innerText(), /本地要求文件有误，共 2 处，未载入：\s*year：类型不对，应为 数字\s*deadlines\.department：应为“月-日”格式，如 01-20/);
    const select = page.getByLabel('本地要求');
    assert.equal(await select.locator('option:checked').innerText(), '全国通用（仅国家格式要求）');
    await app.screenshot('profile-file-refused');

    // The corrected file, for last year's reports: loaded, saved with the project, and L-YEAR says the year is wrong.
    const good = join(dir, '某市2023年度要求.json');
    writeFileSync(
      good,
      JSON.stringify({
        kind: 'nianbao-profile',
        name: '某市2023年度报告编制要求',
        version: '2',
        year: 2023,
        source: '某市政务公开办通知',
        otherItems: [{ title: '政务公开培训', phrasings: ['政务公开培训'], message: '写明本年度政务公开培训情况' }],
      }),
    );
    platform.dialogs.open.push(good);
    await page.getByRole('button', { name: '从文件载入…' }).click();
    await page.getByText('已从“某市2023年度要求.json”载入，随项目保存').waitFor();
    assert.equal(await select.locator('option:checked').innerText(), '某市2023年度报告编制要求（版本 2，2023 年度）');
    assert.equal(await alert.count(), 0);
    const items = findingsOf(page, 'L-OTHER-ITEMS').filter({ hasText: '政务公开培训' });
    await items.waitFor();
    const year = findingsOf(page, 'L-YEAR');
    await year.waitFor();
    assert.match(await year.innerText(), /本地要求“某市2023年度报告编制要求”是 2023 年度报告的要求，本报告是 2024 年度/);
    await app.screenshot('profile-file-loaded');
  });
});
