// Export from the app: the dialog, the running state, where the file went and a button that
// opens its folder; a report with errors only as a draft.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import JSZip from 'jszip';
import { pathToFileURL } from 'node:url';
import { ARTIFACTS, createReport, findingsOf, goTo, openApp, setPublishDate, typeInto, until, type App } from './harness';

describe('export', () => {
  let app: App;
  before(async () => {
    app = await openApp();
    await createReport(app.page, '临沂市行政审批服务局', { template: 'sample-linyi-2024', year: 2024 });
  });
  after(async () => {
    await app?.close();
  });

  it('without a 发布日期 offers only a draft (N-PUBDATE)', async () => {
    const { page } = app;
    await findingsOf(page, 'N-PUBDATE').waitFor();
    await page.getByRole('button', { name: '导出…' }).click();
    const dialog = page.getByRole('dialog', { name: '导出报告' });
    await dialog.getByText(/报告仍有 1 个错误，只能导出草稿/).waitFor();
    await dialog.getByRole('button', { name: '取消' }).click();
    await setPublishDate(page, '2025年1月20日');
    await findingsOf(page, 'N-PUBDATE').waitFor({ state: 'detached' });
  });

  it('exports the checked report as .docx and shows where it went', async () => {
    const { page, platform } = app;
    const out = join(platform.userDataDir, '临沂2024.docx');
    platform.dialogs.save.push(out);
    await page.getByRole('button', { name: '导出…' }).click();
    const dialog = page.getByRole('dialog', { name: '导出报告' });
    await dialog.getByText('校验未发现错误，将导出正式文件。').waitFor();
    await dialog.getByRole('button', { name: '导出…' }).click();
    await dialog.getByText('导出完成').waitFor({ timeout: 20_000 });
    assert.match(await dialog.locator('code.path').innerText(), /临沂2024\.docx$/);
    await app.screenshot('export-done');
    assert.equal(existsSync(out), true);
    assert.ok(statSync(out).size > 5000);
    const xml = await (await JSZip.loadAsync(readFileSync(out))).file('word/document.xml')!.async('string');
    // The title (set on two lines) and the official headings are in the document; no draft mark.
    // The 落款 closes it: issuer and the date in Chinese.
    for (const text of ['临沂市行政审批服务局', '2024年政府信息公开工作年度报告', '三、收到和处理政府信息公开申请情况', '2025年1月20日']) assert.ok(xml.includes(text), text);
    assert.ok(!xml.includes('草稿'), 'a filing export carries no 草稿 mark');
    await dialog.getByRole('button', { name: '打开所在文件夹' }).click();
    await until(() => platform.shown.length === 1, 'the folder is shown');
    assert.deepEqual(platform.shown, [out]);
    await dialog.getByRole('button', { name: '关闭' }).click();
  });

  it('exports the web page (网页) and copies it (复制网页版); the page, opened in Chromium, shows the tables with every border', async () => {
    const { page, platform } = app;
    const out = join(platform.userDataDir, '临沂2024.html');
    platform.dialogs.save.push(out);
    await page.getByRole('button', { name: '导出…' }).click();
    const dialog = page.getByRole('dialog', { name: '导出报告' });
    await dialog.getByLabel(/网页（\.html/).check();
    await dialog.getByRole('button', { name: '导出…' }).click();
    await dialog.getByText('导出完成').waitFor({ timeout: 20_000 });
    assert.match(await dialog.locator('code.path').innerText(), /临沂2024\.html$/);
    const ask = platform.dialogs.asked.at(-1)!;
    assert.equal(ask.type === 'save' && ask.request.title, '导出网页');
    await dialog.getByRole('button', { name: '关闭' }).click();

    // 复制网页版: the same page on the clipboard, for the site's editor.
    await page.getByRole('button', { name: '导出…' }).click();
    await dialog.getByRole('button', { name: '复制网页版' }).click();
    await dialog.getByText('网页版已复制到剪贴板').waitFor();
    await app.screenshot('export-copy-html');
    assert.equal(platform.copied.length, 1);
    assert.ok(platform.copied[0]!.html.includes('<table'));
    assert.ok(readFileSync(out, 'utf8').includes(platform.copied[0]!.html), 'the clipboard holds the page body');
    await dialog.getByRole('button', { name: '关闭' }).click();

    // The page as a reader sees it: three tables, every cell bordered, merges in place.
    const web = await app.browser.newPage({ viewport: { width: 1000, height: 900 }, locale: 'zh-CN' });
    try {
      await web.goto(pathToFileURL(out).href);
      assert.equal(await web.locator('table').count(), 3);
      const unbordered = await web.evaluate(() =>
        [...document.querySelectorAll('td, th')].filter((c) => getComputedStyle(c).borderTopStyle !== 'solid' || getComputedStyle(c).borderLeftStyle !== 'solid').length,
      );
      assert.equal(unbordered, 0);
      assert.equal(await web.locator('th[rowspan="22"]').innerText(), '三、本年度办理结果');
      assert.equal(await web.locator('p').last().innerText(), '2025年1月20日');
      // No heading leaves one character alone on its line (商业企/业, 自然/人) at a desktop, a
      // tablet or a phone width: below the .docx's width a table scrolls in its own box, the page
      // itself never sideways.
      for (const width of [1000, 768, 600, 420]) {
        await web.setViewportSize({ width, height: 900 });
        assert.deepEqual(await web.evaluate(loneCharacterHeadings), [], `${width}px`);
        assert.equal(await web.evaluate(() => document.documentElement.scrollWidth), width, `${width}px: the page does not scroll sideways`);
      }
      await web.setViewportSize({ width: 420, height: 900 });
      await web.locator('table').nth(2).scrollIntoViewIfNeeded();
      await web.screenshot({ path: join(ARTIFACTS, 'web-copy-phone.png') });
      await web.setViewportSize({ width: 1000, height: 900 });
      await web.locator('table').nth(1).screenshot({ path: join(ARTIFACTS, 'web-copy-table3.png') });
      await web.screenshot({ path: join(ARTIFACTS, 'web-copy.png'), fullPage: true });
    } finally {
      await web.close();
    }
  });

  it('工具 → 发布核对… compares the published page with the report, differences side by side', async () => {
    const { page, platform, bridge } = app;
    const exported = readFileSync(join(platform.userDataDir, '临沂2024.html'), 'utf8');
    // As the content system left it: a heading renumbered, one figure of 表三 changed.
    const garbled = exported
      .replace('>三、收到和处理政府信息公开申请情况<', '>四、收到和处理政府信息公开申请情况<')
      .replace(/(<th[^>]*>（一）予以公开<\/th><td[^>]*>)48</, '$147<');
    const published = join(platform.userDataDir, '网站上的版本.html');
    writeFileSync(published, garbled);

    platform.dialogs.open.push(join(platform.userDataDir, '临沂2024.html'));
    await bridge.sendMenuCommand({ command: 'check-published' });
    const dialog = page.getByRole('dialog', { name: '发布核对' });
    await dialog.getByRole('button', { name: '选择发布稿…' }).click();
    await dialog.getByText('发布稿与报告一致：表格每一格、正文每一段都相同。').waitFor();
    await dialog.getByRole('button', { name: '核对另一份…' }).click();

    platform.dialogs.open.push(published);
    await dialog.getByRole('button', { name: '选择发布稿…' }).click();
    await dialog.getByText(/发布稿的数字或表格与报告不一致/).waitFor();
    const rows = dialog.locator('.diff-table tbody tr');
    assert.equal(await rows.count(), 2);
    const cellRow = dialog.locator('.diff-table tbody tr[data-kind="cell"]');
    assert.match(await cellRow.locator('td').first().innerText(), /表三 （一）予以公开 · 自然人：报告为 48，发布稿为 47/);
    assert.deepEqual([await cellRow.locator('td.approved').innerText(), await cellRow.locator('td.published').innerText()], ['48', '47']);
    const heading = dialog.locator('.diff-table tbody tr[data-kind="heading"]');
    assert.deepEqual(
      [await heading.locator('td.approved').innerText(), await heading.locator('td.published').innerText()],
      ['三、收到和处理政府信息公开申请情况', '四、收到和处理政府信息公开申请情况'],
    );
    await app.screenshot('publish-check');
    await dialog.getByRole('button', { name: '关闭' }).click();
  });

  it('offers only a draft while errors remain, and marks the file 草稿', async () => {
    const { page, platform } = app;
    await goTo(page, 'requests');
    await typeInto(page, 't3.received.naturalPerson', '60');
    const out = join(platform.userDataDir, '临沂2024-草稿.docx');
    platform.dialogs.save.push(out);
    await page.getByRole('button', { name: '导出…' }).click();
    const dialog = page.getByRole('dialog', { name: '导出报告' });
    await dialog.getByText(/报告仍有 \d+ 个错误，只能导出草稿/).waitFor();
    await dialog.getByRole('button', { name: '导出草稿…' }).click();
    await dialog.getByText('草稿已导出').waitFor({ timeout: 20_000 });
    await app.screenshot('export-draft');
    const xml = await (await JSZip.loadAsync(readFileSync(out))).file('word/document.xml')!.async('string');
    assert.ok(xml.includes('草稿'), 'the draft is marked 草稿');
    // The save dialog proposed a name marked （草稿）.
    const ask = platform.dialogs.asked.at(-1)!;
    assert.equal(ask.type, 'save');
    assert.match(ask.type === 'save' ? (ask.request.defaultPath ?? '') : '', /（草稿）\.docx$/);
  });
});

/** Table headings with a line of one character, as 「商业企业=3+1」 (runs in the page). */
function loneCharacterHeadings(): string[] {
  const out: string[] = [];
  for (const th of document.querySelectorAll('th')) {
    const node = th.firstChild;
    const text = th.textContent ?? '';
    if (!node || text.length < 2) continue;
    // Each character's top: a new line starts where it moves down.
    const tops = [...text].map((_, i) => {
      const r = document.createRange();
      r.setStart(node, i);
      r.setEnd(node, i + 1);
      return r.getClientRects()[0]?.top ?? 0;
    });
    const lines: number[] = [0];
    tops.forEach((t, i) => {
      if (i > 0 && t - tops[i - 1]! > 2) lines.push(0);
      lines[lines.length - 1]!++;
    });
    if (lines.includes(1)) out.push(`${text}=${lines.join('+')}`);
  }
  return out;
}
