// Acknowledging a warning with a reason, then the supervisor's review: the report as it will
// print, comments on a cell and a section, 退回, the clerk resolving the comments, 通过 — each
// step saved in the file with names and times.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { cell, createReport, findingsOf, goTo, openApp, typeInto, until, setPublishDate, type App } from './harness';

describe('acknowledging warnings and supervisor review', () => {
  let app: App;
  let file: string;
  before(async () => {
    app = await openApp();
    file = join(app.platform.userDataDir, 'linyi-2024.nianbao.json');
    // The sample report validates without errors: a report ready for review.
    await createReport(app.page, '临沂市行政审批服务局', { template: 'sample-linyi-2024', year: 2024 });
    // The sample names no 发布日期 (N-PUBDATE); the clerk gives it one.
    await setPublishDate(app.page, '2025年1月20日');
  });
  after(async () => {
    await app?.close();
  });

  it('acknowledges a warning with a reason; the acknowledgement lapses when the figures change', async () => {
    const { page } = app;
    assert.match(await page.locator('.summary').innerText(), /错误 0/);
    await goTo(page, 'proactive');
    await typeInto(page, 't2.normativeDocuments.issued', '2');
    await typeInto(page, 't2.normativeDocuments.repealed', '2');
    const warning = findingsOf(page, 'T2-VALID');
    await warning.waitFor();
    assert.match((await cell(page, 't2.normativeDocuments.inForce').getAttribute('class')) ?? '', /cell-warning/);
    await warning.getByRole('button', { name: '确认无误…' }).click();
    await warning.getByLabel('确认人').fill('张敏');
    await warning.getByLabel('确认理由（必填）').fill('本年制发的2件规范性文件已于年内废止，现行有效件数为0无误。');
    await app.screenshot('acknowledge-warning');
    await warning.getByRole('button', { name: '确认此提示' }).click();
    await warning.locator('.sev', { hasText: '已确认' }).waitFor();
    assert.match(await page.locator('.summary').innerText(), /提示 0.*已确认 1/s);

    app.platform.dialogs.save.push(file);
    await page.keyboard.press('Control+S');
    await page.locator('[data-testid="unsaved"]').waitFor({ state: 'detached' });
    const saved = JSON.parse(readFileSync(file, 'utf8'));
    assert.equal(saved.acknowledgements.length, 1);
    assert.equal(saved.acknowledgements[0].rule, 'T2-VALID');
    assert.equal(saved.acknowledgements[0].by, '张敏');
    assert.match(saved.acknowledgements[0].fingerprint, /^T2-VALID\|/);

    // Other numbers, other finding: the old reason no longer covers it.
    await typeInto(page, 't2.normativeDocuments.issued', '3');
    await warning.locator('.sev', { hasText: '提示' }).waitFor();
    await typeInto(page, 't2.normativeDocuments.issued', '2');
    await warning.locator('.sev', { hasText: '已确认' }).waitFor();
  });

  it('reviews the printed report, comments on a cell and a section, and returns it', async () => {
    const { page } = app;
    await page.getByRole('button', { name: '审核', exact: true }).click();
    await page.locator('.paper .print-title').waitFor();
    assert.equal(await page.locator('.paper .print-title').innerText(), '临沂市行政审批服务局2024年政府信息公开工作年度报告');
    assert.equal(await page.locator('.paper .print-heading').count(), 6);
    assert.equal(await page.locator('.paper table.print-table').count(), 3);
    await page.getByLabel('审核人', { exact: true }).fill('李主任');

    await page.locator('#rv-t3\\.granted\\.naturalPerson').click();
    assert.match(await page.locator('.anchor-label').innerText(), /表三 （一）予以公开 · 自然人/);
    await page.getByLabel('意见内容').fill('予以公开件数请与业务台账再核对一次。');
    await page.getByRole('button', { name: '添加意见' }).click();
    await page.locator('#rv-section-problems').getByRole('button', { name: '提意见' }).click();
    await page.getByLabel('意见内容').fill('第五部分请补充上年问题的整改情况。');
    await page.getByRole('button', { name: '添加意见' }).click();
    assert.equal(await page.locator('.review-panel .comment').count(), 2);
    assert.match((await page.locator('#rv-t3\\.granted\\.naturalPerson').getAttribute('class')) ?? '', /has-comment/);

    await page.getByRole('button', { name: '退回修改' }).click();
    await page.getByTestId('review-status').filter({ hasText: '已退回修改（李主任' }).waitFor();
    await app.screenshot('review-returned');
  });

  it('lets the clerk see and resolve the open comments', async () => {
    const { page } = app;
    await page.getByRole('button', { name: '编写', exact: true }).click();
    const tab = page.getByRole('tab', { name: /审核意见/ });
    assert.match(await tab.innerText(), /2/);
    await tab.click();
    const first = page.locator('.panel .comment').first();
    // The comment takes the clerk to its cell.
    await first.locator('.comment-anchor').click();
    await page.waitForFunction(() => (document.activeElement as HTMLElement | null)?.dataset.cell === 't3.granted.naturalPerson');
    // In the form the commented cell carries a mark and the comment on hover; the section its note.
    const commented = cell(page, 't3.granted.naturalPerson');
    assert.match((await commented.getAttribute('class')) ?? '', /cell-commented/);
    assert.match((await commented.getAttribute('title')) ?? '', /予以公开件数请与业务台账再核对一次/);
    await goTo(page, 'problems');
    assert.match(await page.getByLabel('待处理的审核意见').innerText(), /第五部分请补充上年问题的整改情况/);
    await app.screenshot('clerk-comments');
    for (let i = 0; i < 2; i++) {
      const open = page.locator('.panel .comment:not(.comment-resolved)').first();
      await open.getByRole('button', { name: '处理完毕…' }).click();
      await open.getByLabel('处理说明').fill('已核对并补充。');
      await open.getByLabel('处理人').fill('张敏');
      await open.getByRole('button', { name: '标记为已处理' }).click();
    }
    await page.getByText('所有意见均已处理。').waitFor();
  });

  it('signs the report off with the reviewer name and time saved in the file', async () => {
    const { page } = app;
    await page.getByRole('button', { name: '审核', exact: true }).click();
    await page.getByLabel('审核人', { exact: true }).fill('李主任');
    await page.getByRole('button', { name: '审核通过' }).click();
    await page.getByTestId('review-status').filter({ hasText: '审核通过（李主任' }).waitFor();
    await app.screenshot('review-approved');
    await page.keyboard.press('Control+S');
    await until(() => JSON.parse(readFileSync(file, 'utf8')).review.status === 'approved', 'the sign-off is saved');
    const review = JSON.parse(readFileSync(file, 'utf8')).review;
    assert.deepEqual(
      review.history.map((h: { decision: string; by: string }) => [h.decision, h.by]),
      [
        ['returned', '李主任'],
        ['approved', '李主任'],
      ],
    );
    assert.ok(review.history.every((h: { at: string }) => !Number.isNaN(Date.parse(h.at))));
    assert.equal(review.comments.filter((c: { resolved: boolean }) => c.resolved).length, 2);
    assert.equal(review.comments[0].resolvedBy, '张敏');
  });
});
