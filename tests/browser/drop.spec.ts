// Dropping files onto the window, as a clerk drags them from the file manager: real drag events
// (trusted, through the DevTools protocol) reach the preload's own listener, main's
// acceptDroppedFiles grants what was dropped and the page imports a report or opens a project.
// Anything else dropped, or a drop a page script forges, opens and grants nothing.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { cell, goTo, openApp, typeInto, type App } from './harness';

const fixture = (name: string) => new URL(`../fixtures/${name}`, import.meta.url).pathname;

describe('files dropped onto the window', () => {
  let app: App;
  let desk: string;
  before(async () => {
    app = await openApp();
    // The clerk's desktop folder, nowhere the app has been told about.
    desk = join(app.platform.userDataDir, '桌面');
    mkdirSync(desk);
    copyFileSync(fixture('reports/linyi-approval-bureau-2024.libreoffice-docx.derived.docx'), join(desk, '2024年报（审批局）.docx'));
    copyFileSync(new URL('../../templates/sample-linyi-2024.nianbao.json', import.meta.url).pathname, join(desk, '样例项目.nianbao.json'));
    writeFileSync(join(desk, '照片.png'), 'not a report');
  });
  after(async () => {
    await app?.close();
  });

  it('a dropped file of another kind opens nothing and is granted nothing', async () => {
    const { page, platform } = app;
    await page.getByRole('heading', { name: '新建年度报告' }).waitFor();
    await app.bridge.dropFiles([join(desk, '照片.png')]);
    await page.waitForTimeout(300);
    assert.equal(await page.locator('.toolbar').count(), 0, 'still the start screen');
    assert.equal(platform.access.known(join(desk, '照片.png')), false);
  });

  it('a drop forged by a page script (untrusted) opens nothing and is granted nothing', async () => {
    const { page, platform } = app;
    await page.evaluate(() => {
      const data = new DataTransfer();
      data.items.add(new File(['x'], '2024年报（审批局）.docx'));
      window.dispatchEvent(new DragEvent('drop', { dataTransfer: data, cancelable: true }));
    });
    await page.waitForTimeout(300);
    assert.equal(await page.locator('.toolbar').count(), 0, 'still the start screen');
    assert.equal(platform.access.known(join(desk, '2024年报（审批局）.docx')), false);
  });

  it('a published report dropped on the start screen is imported (read only) into a new, unsaved project', async () => {
    const { page, platform } = app;
    const report = join(desk, '2024年报（审批局）.docx');
    const before = readFileSync(report);
    // A picture dropped with it is passed over; the report is taken.
    await app.bridge.dropFiles([join(desk, '照片.png'), report]);
    await page.locator('.toolbar').waitFor();
    await page.locator('[data-testid="unsaved"]').waitFor();
    assert.match(await page.locator('.notice').innerText(), /已从 .*2024年报（审批局）\.docx 导入/);
    assert.equal(platform.access.may(report, 'read'), true);
    assert.equal(platform.access.may(report, 'write'), false, 'a dropped report is granted read only');
    await goTo(page, 'requests');
    assert.equal(await cell(page, 't3.received.total').inputValue(), '59');
    await app.screenshot('dropped-report-imported');
    assert.deepEqual(readFileSync(report), before, 'the dropped report is not touched');
  });

  it('a project dropped over unsaved edits asks first, then opens it', async () => {
    const { page, platform } = app;
    await typeInto(page, 't3.received.research', '3');
    const project = join(desk, '样例项目.nianbao.json');
    await app.bridge.dropFiles([project]);
    const dialog = page.getByRole('dialog', { name: '有尚未保存的修改' });
    await dialog.waitFor();
    await dialog.getByRole('button', { name: '取消' }).click();
    assert.equal(await cell(page, 't3.received.research').inputValue(), '3', '取消 keeps the imported report and its edit');
    await app.bridge.dropFiles([project]);
    await dialog.getByRole('button', { name: '不保存' }).click();
    await page.locator('.toolbar .file', { hasText: '样例项目' }).waitFor();
    assert.equal(platform.access.may(project, 'write'), true, 'a dropped project can be saved in place');
    await goTo(page, 'requests');
    assert.equal(await cell(page, 't3.received.total').inputValue(), '59');
    await app.screenshot('dropped-project-opened');
  });
});
