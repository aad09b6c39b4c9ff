// 无法判断 as a disclosure office sees it: a published copy cut off inside 表三 is imported from the
// start screen; after 开始核对 the panel shows the checks that could not be judged in a group of
// their own, apart from errors, and counts them in a chip. A published PDF is imported the same
// way (skipped when ../shared is absent).
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { openApp, type App } from './harness';

const fixture = (name: string) => new URL(`../fixtures/${name}`, import.meta.url).pathname;
const PUBLISHED = new URL('../../../shared/samples/published/2024-huaian-hongze-qzf.pdf', import.meta.url).pathname;

describe('unverifiable checks (无法判断)', () => {
  let app: App;
  before(async () => {
    app = await openApp();
  });
  after(async () => {
    await app?.close();
  });

  it('a copy cut off inside 表三: the panel lists 无法判断 apart from errors, naming the unread cells', async () => {
    const { page, platform } = app;
    platform.dialogs.open.push(fixture('reports/longgang-district-dept-2024.txt'));
    await page.getByRole('button', { name: /导入已有报告/ }).click();
    const log = page.getByRole('complementary', { name: '导入记录' });
    await log.waitFor();
    assert.match(await log.getByRole('region', { name: '需核对' }).innerText(), /原文未能读出（不是原文留空）/);
    await log.getByRole('button', { name: /开始核对/ }).click();
    await log.waitFor({ state: 'detached' });
    const panel = page.locator('.panel [data-testid="findings"]');
    await panel.waitFor();
    const chip = panel.locator('.sum-unverifiable');
    assert.match(await chip.innerText(), /无法判断 \d+/);
    const group = panel.locator('[data-place="unverifiable"]');
    assert.match(await group.locator('h3').innerText(), /无法判断/);
    assert.match(await group.innerText(), /既不算通过也不算错误/);
    assert.match(await group.innerText(), /T3-BAL/);
    assert.match(await group.innerText(), /未能从导入的原文读出/);
    // No T3-BAL error: the rows the copy lost are not taken for 0.
    const errors = await panel.locator('.finding-error[data-rule="T3-BAL"]').count();
    assert.equal(errors, 0);
    await group.scrollIntoViewIfNeeded();
    await app.screenshot('unverifiable-panel');
  });

  it('a published PDF imports from the start screen with its import log', { skip: existsSync(PUBLISHED) ? false : '../shared/samples/published is absent' }, async () => {
    const { page, platform } = app;
    await page.getByRole('button', { name: '关闭', exact: true }).click();
    const unsaved = page.getByRole('dialog', { name: '有尚未保存的修改' });
    if (await unsaved.isVisible().catch(() => false)) await unsaved.getByRole('button', { name: '不保存' }).click();
    platform.dialogs.open.push(PUBLISHED);
    await page.getByRole('button', { name: /导入已有报告/ }).click();
    const log = page.getByRole('complementary', { name: '导入记录' });
    await log.waitFor({ timeout: 30_000 });
    assert.match(await log.locator('.import-source').innerText(), /2024-huaian-hongze-qzf\.pdf/);
    assert.match(await log.getByRole('region', { name: '已识别' }).innerText(), /按PDF 文件（\.pdf）读取/);
    assert.match(await log.getByRole('region', { name: '需核对' }).innerText(), /未能识别该行/);
    await app.screenshot('import-log-pdf');
  });
});
