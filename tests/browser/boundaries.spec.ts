// 批量审核 of a folder that mixes good reports with attack files (issue 10), as an office
// clerk meets it: the good reports are audited, each bad file is a 无法读取 row saying which
// limit refused it, the symlink leading out of the folder is listed unread, and the page
// cannot reach a file the clerk never chose. The attack files are generated here, cheaply.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { serializeProject } from '../../src/shared';
import { generateReport } from '../unit/aggregate-generate';
import { buildZip, deflatedZeros } from '../unit/support/zip-writer';
import { openApp, type App } from './harness';

const SAMPLE = new URL('../fixtures/samples/linyi-approval-bureau-2024.txt', import.meta.url).pathname;
const posix = process.platform !== 'win32';

describe('boundaries', () => {
  let app: App;
  let dir: string;
  before(async () => {
    app = await openApp();
    dir = mkdtempSync(join(tmpdir(), 'nianbao-boundaries-ui-'));
  });
  after(async () => {
    await app?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('批量审核: attack files become 无法读取 rows with the limit that refused them; good reports are audited', async () => {
    const { page, platform } = app;
    const folder = join(dir, '各单位报告');
    mkdirSync(folder);
    writeFileSync(join(folder, 'a-good.nianbao'), serializeProject(generateReport(0)));
    copyFileSync(SAMPLE, join(folder, 'b-published.txt'));
    writeFileSync(join(folder, 'c-bomb.docx'), buildZip([{ name: 'word/document.xml', data: '', deflated: await deflatedZeros(300 * 2 ** 20) }]));
    writeFileSync(join(folder, 'd-huge.txt'), '');
    truncateSync(join(folder, 'd-huge.txt'), 200 * 2 ** 20);
    writeFileSync(join(dir, 'secret.txt'), '机密：不得读取');
    if (posix) {
      execFileSync('mkfifo', [join(folder, 'e-pipe.txt')]);
      symlinkSync(join(dir, 'secret.txt'), join(folder, 'f-outside.txt'));
    }

    await page.getByRole('button', { name: '批量审核…' }).click();
    const view = page.getByRole('main', { name: '批量审核各单位年报' });
    platform.dialogs.open.push(folder);
    await view.getByRole('button', { name: '选择文件夹并开始…' }).click();
    await view.getByRole('heading', { name: /已审核 \d+ 份报告/ }).waitFor();
    const units = view.getByRole('table', { name: '各单位状态' });
    const body = await units.locator('tbody').innerText();
    assert.match(body, /c-bomb\.docx[\s\S]*?无法读取[\s\S]*?解压后有 300\.0 MB，超过文档内单个部件解压后大小上限/);
    assert.match(body, /d-huge\.txt[\s\S]*?无法读取[\s\S]*?有 200\.0 MB，超过文本或网页文件大小上限/);
    if (posix) assert.match(body, /e-pipe\.txt[\s\S]*?无法读取[\s\S]*?命名管道（FIFO），不是普通文件/);
    assert.equal(await units.locator('tbody tr').filter({ hasText: '无法读取' }).count(), posix ? 3 : 2);
    assert.equal(await units.locator('tbody tr').count(), posix ? 5 : 4, 'the two good reports are rows of their own');
    assert.doesNotMatch(body, /不得读取/);
    if (posix) {
      await view.getByText(/已忽略 1 个不是报告或未读取的文件/).click();
      await view.getByText('f-outside.txt（符号链接，指向所选文件夹之外，未读取）').waitFor();
    }
    await app.screenshot('boundaries-audit');

    // The page itself cannot read what the clerk never chose.
    const r = await page.evaluate((p) => window.nianbao.import.run({ path: p }), join(dir, 'secret.txt'));
    assert.equal(r.ok, false);
    assert.match(!r.ok ? r.error : '', /^已拒绝：/);
    assert.doesNotMatch(JSON.stringify(r), /不得读取/);
  });
});
