// Files that never lose work, as a clerk meets them: save (Ctrl+S, first time through the save
// dialog), the unsaved marker, close and reopen from the recent list, a file changed on disk
// since it was opened, and a crash after which the autosaved draft is offered.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { cell, createReport, goTo, openApp, typeInto, until, type App } from './harness';

describe('files', () => {
  let app: App;
  let file: string;
  before(async () => {
    app = await openApp();
    file = join(app.platform.userDataDir, '测试局2025年报.nianbao.json');
  });
  after(async () => {
    await app?.close();
  });

  it('saves with Ctrl+S (the first time through the save dialog), then in place; the marker follows', async () => {
    const { page, platform } = app;
    await createReport(page, '测试局', { year: 2025 });
    await goTo(page, 'requests');
    await typeInto(page, 't3.received.naturalPerson', '12');
    await page.locator('[data-testid="unsaved"]').waitFor();
    await until(() => platform.window.dirty, 'main knows about unsaved edits, so closing the window asks first');
    platform.dialogs.save.push(file);
    await page.keyboard.press('Control+S');
    await page.locator('[data-testid="unsaved"]').waitFor({ state: 'detached' });
    assert.equal(existsSync(file), true);
    assert.equal(JSON.parse(readFileSync(file, 'utf8')).cells['t3.received.naturalPerson'], 12);
    await until(() => /测试局2025年报/.test(platform.window.title) && !platform.window.dirty, `the window title names the file, without the marker (${platform.window.title})`);

    await typeInto(page, 't3.received.business', '3');
    await page.locator('[data-testid="unsaved"]').waitFor();
    // The same save from Electron's menu (文件 → 保存).
    await app.bridge.sendMenuCommand({ command: 'save' });
    await page.locator('[data-testid="unsaved"]').waitFor({ state: 'detached' });
    assert.equal(JSON.parse(readFileSync(file, 'utf8')).cells['t3.received.business'], 3);
    assert.equal(existsSync(`${file}.bak`), true, 'the previous version is kept');
    assert.equal(platform.dialogs.asked.filter((a) => a.type === 'save').length, 1, 'the second save asks nothing');
  });

  it('closes and reopens from the recent files with every value', async () => {
    const { page } = app;
    await page.getByRole('button', { name: '关闭', exact: true }).click();
    await page.getByRole('heading', { name: '最近打开' }).waitFor();
    await page.locator('.recent').getByRole('button', { name: /测试局2025年报/ }).click();
    await page.locator('.toolbar').waitFor();
    await goTo(page, 'requests');
    assert.equal(await cell(page, 't3.received.naturalPerson').inputValue(), '12');
    assert.equal(await cell(page, 't3.received.total').inputValue(), '15');
  });

  it('refuses to overwrite a file changed on disk without asking', async () => {
    const { page } = app;
    const onDisk = JSON.parse(readFileSync(file, 'utf8'));
    onDisk.sections.problems = '另一位同事在此期间修改了第五部分。';
    writeFileSync(file, JSON.stringify(onDisk, null, 2));
    await typeInto(page, 't3.received.research', '1');
    await page.keyboard.press('Control+S');
    const dialog = page.getByRole('dialog', { name: '文件已在磁盘上被修改' });
    await dialog.waitFor();
    await app.screenshot('save-conflict');
    assert.equal(JSON.parse(readFileSync(file, 'utf8')).cells['t3.received.research'], null, 'nothing written yet');
    await dialog.getByRole('button', { name: '覆盖保存' }).click();
    await page.locator('[data-testid="unsaved"]').waitFor({ state: 'detached' });
    assert.equal(JSON.parse(readFileSync(file, 'utf8')).cells['t3.received.research'], 1);
  });

  it('autosaves a recovery draft and offers it after a crash', async () => {
    const { page, platform } = app;
    await typeInto(page, 't3.received.otherOrg', '7');
    // The timer writes the draft within a few seconds of the edit.
    await page.locator('.statusbar').getByText(/恢复草稿已自动保存/).waitFor({ timeout: 10_000 });
    // Losing focus writes it at once.
    await typeInto(page, 't3.received.legalService', '4');
    await page.evaluate(() => window.dispatchEvent(new Event('blur')));
    const recoveryDir = join(platform.userDataDir, 'recovery');
    const draftHas = () => readdirSync(recoveryDir).some((f) => f.endsWith('.json') && JSON.parse(readFileSync(join(recoveryDir, f), 'utf8')).project.cells['t3.received.legalService'] === 4);
    await until(draftHas, 'draft written on blur');

    // Crash: the window goes away without saving; the next start offers the draft.
    const next = await app.restart();
    const offer = next.getByRole('region', { name: '恢复未保存的草稿' });
    await offer.waitFor();
    await app.screenshot('recovery-offered');
    await offer.getByRole('button', { name: '恢复' }).click();
    await next.locator('[data-testid="unsaved"]').waitFor();
    await goTo(next, 'requests');
    assert.equal(await cell(next, 't3.received.otherOrg').inputValue(), '7');
    assert.equal(await cell(next, 't3.received.legalService').inputValue(), '4');
    // Saving the recovered report over its file: the draft was made from an earlier state of
    // that file, so the clerk is asked before it is overwritten.
    await next.keyboard.press('Control+S');
    await next.getByRole('dialog', { name: '文件已在磁盘上被修改' }).getByRole('button', { name: '覆盖保存' }).click();
    await next.locator('[data-testid="unsaved"]').waitFor({ state: 'detached' });
    assert.equal(JSON.parse(readFileSync(file, 'utf8')).cells['t3.received.otherOrg'], 7);
    assert.equal(readdirSync(recoveryDir).filter((f) => f.endsWith('.json')).length, 0);
  });

  it('saves and then closes the window when the clerk chooses 保存 on closing', async () => {
    const { page, platform } = app;
    await typeInto(page, 't3.received.publicInterest', '2');
    await page.locator('[data-testid="unsaved"]').waitFor();
    await app.bridge.sendMenuCommand({ command: 'save-and-close' });
    await until(() => platform.window.closed !== null, 'window closed after saving');
    assert.deepEqual(platform.window.closed, { force: true });
    assert.equal(JSON.parse(readFileSync(file, 'utf8')).cells['t3.received.publicInterest'], 2);
  });

  it('opens the file the app was started with (double-click in the file manager)', async () => {
    app.platform.deps.app.startupFile = file;
    const page = await app.restart();
    await page.locator('.toolbar .file', { hasText: '测试局2025年报' }).waitFor();
    await goTo(page, 'requests');
    assert.equal(await cell(page, 't3.received.publicInterest').inputValue(), '2');
  });

  it('imports a published report from the start screen into a new, unsaved project', async () => {
    const { page, platform } = app;
    await page.getByRole('button', { name: '关闭', exact: true }).click();
    platform.dialogs.open.push(new URL('../fixtures/samples/linyi-approval-bureau-2024.txt', import.meta.url).pathname);
    await page.getByRole('button', { name: /导入已有报告/ }).click();
    await page.locator('.toolbar').waitFor();
    await page.locator('[data-testid="unsaved"]').waitFor();
    assert.match(await page.locator('.notice').innerText(), /已从 .*linyi-approval-bureau-2024\.txt 导入/);
    await goTo(page, 'requests');
    assert.equal(await cell(page, 't3.received.total').inputValue(), '59');
    await app.screenshot('imported');
  });

  it('asks before closing a report with unsaved edits; 不保存 drops the edits and the draft', async () => {
    const { page, platform } = app;
    await page.evaluate(() => window.dispatchEvent(new Event('blur')));
    const recoveryDir = join(platform.userDataDir, 'recovery');
    const drafts = () => readdirSync(recoveryDir).filter((f) => f.endsWith('.json')).length;
    await until(() => drafts() === 1, 'the imported report has a recovery draft');
    const dialog = page.getByRole('dialog', { name: '有尚未保存的修改' });
    // Opening another report in its place asks too (文件 → 最近打开).
    await app.bridge.sendMenuCommand({ command: 'open-recent', path: file });
    await dialog.getByRole('button', { name: '取消' }).click();
    assert.equal(await page.locator('.toolbar .file').innerText(), '未命名', 'the imported report is still open');
    await page.getByRole('button', { name: '关闭', exact: true }).click();
    await dialog.getByRole('button', { name: '取消' }).click();
    assert.equal(await page.locator('.toolbar').isVisible(), true, '取消 keeps the report open');
    await page.getByRole('button', { name: '关闭', exact: true }).click();
    await dialog.getByRole('button', { name: '不保存' }).click();
    await page.getByRole('heading', { name: '新建年度报告' }).waitFor();
    assert.equal(drafts(), 0);
  });

  it('refuses a broken project file with a Chinese message naming the place, leaving it untouched', async () => {
    const { page, platform } = app;
    const broken = join(platform.userDataDir, '损坏.nianbao.json');
    const onDisk = JSON.parse(readFileSync(file, 'utf8'));
    onDisk.cells['t3.received.naturalPerson'] = true;
    const text = JSON.stringify(onDisk);
    writeFileSync(broken, text);
    platform.dialogs.open.push(broken);
    await page.getByRole('button', { name: '打开项目文件…' }).click();
    const notice = page.locator('.notice-error');
    await notice.waitFor();
    assert.match(await notice.innerText(), /未能打开 损坏\.nianbao\.json/);
    assert.match(await notice.innerText(), /表三 一、本年新收政府信息公开申请数量 · 自然人/);
    assert.equal(readFileSync(broken, 'utf8'), text);
    await app.screenshot('open-broken-file');
  });
});
