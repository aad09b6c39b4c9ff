// The built renderer opens in Debian's Chromium with the real handler table bridged in and
// shows the start screen: a new report from a template, open, recent files.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { openApp } from './harness';

test('renderer loads in Chromium and shows the start screen', async () => {
  const app = await openApp();
  try {
    const { page } = app;
    await page.getByRole('heading', { name: '新建年度报告' }).waitFor();
    assert.equal(await page.getByRole('button', { name: '打开项目文件…' }).isVisible(), true);
    assert.equal(await page.getByRole('heading', { name: '最近打开' }).isVisible(), true);
    // The templates come from main (templates/*.nianbao.json) through the bridge.
    await page.getByText('空白模板：部门').waitFor();
    assert.equal(await page.getByRole('button', { name: '创建报告' }).isDisabled(), true, '发布机关为空时不能创建');
    await app.screenshot('start-screen');
  } finally {
    await app.close();
  }
});
