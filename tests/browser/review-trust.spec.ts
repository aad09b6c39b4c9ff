// Review that can be trusted, as a supervisor and a clerk use it: the reviewer's name is asked
// once and remembered; approving with open comments asks first; 审核通过 freezes the version with
// its SHA-256 fingerprint (shown, saved in the file); the clerk's first edit after approval asks
// 修改将撤销审核通过，是否继续？; afterwards the review shows every change old → new; 撤销 back to
// the approved text restores the approval.
import { after, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { contentFingerprint, loadProject } from '../../src/shared';
import { cell, createReport, goTo, openApp, setPublishDate, until, type App } from './harness';

for (const viewport of [
  { width: 1366, height: 768 },
  { width: 1920, height: 1080 },
]) {
  describe(`review that can be trusted at ${viewport.width}×${viewport.height}`, () => {
    let app: App;
    after(async () => {
      await app?.close();
    });

    it('asks the name once, asks before approving with open comments, freezes the approved version, asks before the first edit and lists what changed', async () => {
      app = await openApp({ viewport });
      const { page, platform } = app;
      const file = join(platform.userDataDir, `approved-${viewport.width}.nianbao.json`);
      await createReport(page, '临沂市行政审批服务局', { template: 'sample-linyi-2024', year: 2024 });
      // The sample names no 发布日期 (N-PUBDATE, an error that blocks 审核通过): the clerk gives it one.
      await setPublishDate(page, '2025年1月20日');
      await page.getByRole('button', { name: '审核', exact: true }).click();
      await page.locator('.paper .print-title').waitFor();
      assert.equal(await page.getByLabel('审核人', { exact: true }).inputValue(), '', 'a new computer knows no name');

      // The first comment asks for the name; the second does not.
      await page.locator('#rv-t3\\.granted\\.naturalPerson').click();
      await page.getByLabel('意见内容').fill('予以公开件数请与台账核对。');
      await page.getByRole('button', { name: '添加意见' }).click();
      const ask = page.getByRole('dialog', { name: '请填写您的姓名' });
      await ask.waitFor();
      await app.screenshot(`review-name-asked-${viewport.width}`);
      await ask.getByLabel('您的姓名').fill('李主任');
      await ask.getByRole('button', { name: '确定' }).click();
      await page.locator('.review-panel .comment-meta', { hasText: '李主任' }).waitFor();
      await page.locator('#rv-section-problems').getByRole('button', { name: '提意见' }).click();
      await page.getByLabel('意见内容').fill('请补充上年问题的整改情况。');
      await page.getByRole('button', { name: '添加意见' }).click();
      assert.equal(await page.getByRole('dialog').count(), 0, 'the name is remembered');
      assert.equal(await page.locator('.review-panel .comment-meta', { hasText: '李主任' }).count(), 2);
      assert.equal(await page.getByLabel('审核人', { exact: true }).inputValue(), '李主任');

      // Approving with two open comments asks first; 取消 leaves it unapproved.
      await page.getByRole('button', { name: '审核通过' }).click();
      const open = page.getByRole('dialog', { name: '仍有待处理的审核意见' });
      assert.match(await open.innerText(), /还有 2 条审核意见尚未处理/);
      await app.screenshot(`review-open-comments-${viewport.width}`);
      await open.getByRole('button', { name: '取消' }).click();
      assert.match(await page.getByTestId('review-status').innerText(), /草稿/);
      await page.getByRole('button', { name: '审核通过' }).click();
      await page.getByRole('button', { name: '仍然审核通过' }).click();
      await page.getByTestId('review-status').filter({ hasText: '审核通过（李主任' }).waitFor();
      const shown = await page.getByTestId('approved-fingerprint').innerText();
      assert.match(shown, /^[0-9a-f]{64}$/);

      // Saved in the file, and it is the SHA-256 of the saved content.
      platform.dialogs.save.push(file);
      await page.keyboard.press('Control+S');
      await until(() => {
        try {
          return JSON.parse(readFileSync(file, 'utf8')).review.status === 'approved';
        } catch {
          return false;
        }
      }, 'the approval is saved');
      const saved = loadProject(readFileSync(file, 'utf8'));
      assert.ok(saved.ok);
      assert.equal(saved.project.review.approved?.fingerprint, shown);
      assert.equal(contentFingerprint(saved.project), shown, 'the fingerprint is the SHA-256 of the canonical content');
      assert.equal(saved.project.review.history.at(-1)?.fingerprint, shown);

      // The clerk's first edit asks; 不修改 keeps the approval and the value.
      await page.getByRole('button', { name: '编写', exact: true }).click();
      await goTo(page, 'requests');
      const granted = cell(page, 't3.granted.naturalPerson');
      const before = await granted.inputValue();
      await granted.click();
      await page.keyboard.type('5');
      const question = page.getByRole('dialog', { name: '报告已审核通过' });
      assert.match(await question.innerText(), /修改将撤销审核通过，是否继续？/);
      await app.screenshot(`review-edit-asks-${viewport.width}`);
      await question.getByRole('button', { name: '不修改' }).click();
      assert.equal(await granted.inputValue(), before);
      assert.equal(await page.locator('.toolbar .status').innerText(), '审核通过');
      // 继续修改: the edit is made and the report is a draft again.
      await granted.click();
      await page.keyboard.press('Control+A');
      await page.keyboard.type('5');
      await question.getByRole('button', { name: '继续修改' }).click();
      assert.equal(await granted.inputValue(), '5');
      assert.equal(await page.locator('.toolbar .status').innerText(), '审核通过后已修改（待重新审核）');
      // Later edits do not ask again.
      await goTo(page, 'problems');
      const five = page.getByLabel('五、存在的主要问题及改进情况 正文');
      await five.click();
      await page.keyboard.press('Control+End');
      await page.keyboard.type('\n上年度报告所列问题已全部整改。');
      assert.equal(await page.getByRole('dialog').count(), 0);

      // The review lists what changed since approval, old → new.
      await page.getByRole('button', { name: '审核', exact: true }).click();
      const record = page.getByTestId('approval-record');
      assert.match(await record.innerText(), /审核通过后已修改 2 处/);
      const changes = record.getByRole('list', { name: '审核通过后的修改' });
      assert.match(await changes.innerText(), new RegExp(`表三 （一）予以公开 · 自然人\\s*${before}\\s*→\\s*改为?\\s*5`));
      assert.match(await changes.innerText(), /五、存在的主要问题及改进情况 第 2 段\s*（无）\s*→\s*改为?\s*上年度报告所列问题已全部整改。/);
      await record.scrollIntoViewIfNeeded();
      await app.screenshot(`review-changes-since-approval-${viewport.width}`);

      // 撤销 both edits: the report is the approved version again, and approved again.
      await page.getByRole('button', { name: '编写', exact: true }).click();
      await page.locator('.toolbar').getByRole('button', { name: '撤销' }).click();
      await page.locator('.toolbar').getByRole('button', { name: '撤销' }).click();
      await page.waitForFunction(() => document.querySelector('.toolbar .status')?.textContent === '审核通过');
      assert.equal(await cell(page, 't3.granted.naturalPerson').inputValue(), before);
    });
  });
}
