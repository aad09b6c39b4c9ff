// 上年度 as a clerk uses it: this year's report has a few figures typed, one 上年结转 among them;
// link last year's published report through the dialog, see 上年结转 prefilled where blank and
// the typed figure kept and listed, the year-over-year table and chart, then the checks against
// last year in the live validation panel.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { importReport } from '../../src/main/import';
import { cell, createReport, findingsOf, goTo, openApp, typeInto, type App } from './harness';

const SAMPLE = new URL('../fixtures/samples/linyi-approval-bureau-2024.txt', import.meta.url).pathname;

describe('prior year', () => {
  let app: App;
  before(async () => {
    app = await openApp();
  });
  after(async () => {
    await app?.close();
  });

  it('links last year: 上年结转 prefilled, a typed figure kept and listed, every change and a chart', async () => {
    const { page, platform } = app;
    await createReport(page, '临沂市行政审批服务局', { year: 2025 });
    await goTo(page, 'requests');
    await typeInto(page, 't3.received.naturalPerson', '70');
    await typeInto(page, 't3.carriedOver.business', '2');
    await goTo(page, 'proactive');
    await typeInto(page, 't2.licensing.decisions', '40000');

    await page.getByRole('button', { name: '上年度…' }).click();
    const dialog = page.getByRole('dialog', { name: '上年度报告' });
    platform.dialogs.open.push(SAMPLE);
    await dialog.getByRole('button', { name: '关联上年度报告…' }).click();
    await dialog.locator('.prior-linked').waitFor();
    assert.match(await dialog.locator('.prior-linked').innerText(), /已关联 2024 年度报告（临沂市行政审批服务局）\s*linyi-approval-bureau-2024\.txt/);
    const asked = platform.dialogs.asked.at(-1)!;
    assert.equal(asked.type === 'open' && asked.request.title, '选择上年度报告');

    const summary = dialog.getByRole('region', { name: '关联结果' });
    assert.match(await summary.innerText(), /已用上年度报告预填“二、上年结转” 5 格/);
    assert.match(await summary.innerText(), /表三 二、上年结转政府信息公开申请数量 · 自然人：0/);
    const conflicts = dialog.locator('[data-testid="carry-conflicts"]');
    assert.match(await conflicts.innerText(), /商业企业列：本年度“二、上年结转”已填写 2，但 2024 年度报告“四、结转下年度继续办理”为 0；未覆盖已填写的数字/);

    // Every changed figure: place, last year, this year, change, percent.
    const yoy = dialog.getByRole('table', { name: '与上年度相比有变化的数字' });
    const licensing = yoy.locator('tr[data-cell="t2.licensing.decisions"] td');
    const last = Number(await licensing.nth(1).innerText());
    assert.deepEqual(await licensing.allInnerTexts(), [
      '表二 行政许可 · 本年处理决定数量',
      String(last),
      '40000',
      `+${40000 - last}`,
      `+${Math.round(((40000 - last) / last) * 1000) / 10}%`,
    ]);
    assert.equal(await yoy.locator('tr[data-cell="t3.carriedOver.business"] td').nth(2).innerText(), '2');
    // The chart: one group of two bars per main figure, this year's bar longest where the figure grew.
    const chart = dialog.getByRole('img', { name: '主要数据对比：2024 年度与 2025 年度' });
    assert.equal(await chart.locator('g[data-figure]').count(), 13);
    const bars = chart.locator('g[data-figure="t2.licensing.decisions"] rect');
    const [lastW, thisW] = await Promise.all([bars.nth(0).getAttribute('width'), bars.nth(1).getAttribute('width')]);
    assert.ok(Number(thisW) > Number(lastW), `this year's bar (${thisW}) is longer than last year's (${lastW})`);
    await app.screenshot('prior-linked');
    await chart.scrollIntoViewIfNeeded();
    await app.screenshot('prior-chart');

    await dialog.getByRole('button', { name: '关闭' }).click();
    await goTo(page, 'requests');
    assert.equal(await cell(page, 't3.carriedOver.naturalPerson').inputValue(), '0');
    assert.equal(await cell(page, 't3.carriedOver.business').inputValue(), '2', 'a typed figure is never overwritten');
    assert.equal(await cell(page, 't3.carriedOver.total').inputValue(), '2');
    await findingsOf(page, 'T3-CARRY').first().waitFor();
    assert.match(await findingsOf(page, 'T3-CARRY').first().innerText(), /商业企业/);
    assert.match((await findingsOf(page, 'T3-CARRY').first().getAttribute('class')) ?? '', /finding-error/, 'against a linked year the carry-over is a hard check');
  });

  it('narrative copied from last year is flagged (N-BOILERPLATE); unlinked, the carry-over is only queried', async () => {
    const { page } = app;
    const last = await importReport(SAMPLE, { fallbackYear: 2024 });
    assert.ok(last.ok);
    await goTo(page, 'overview');
    await page.getByRole('textbox', { name: /一、总体情况 正文/ }).fill(last.project.sections.overview);
    await findingsOf(page, 'N-BOILERPLATE').first().waitFor();
    await app.screenshot('prior-boilerplate');
    await page.getByRole('button', { name: '上年度…' }).click();
    const dialog = page.getByRole('dialog', { name: '上年度报告' });
    await dialog.getByRole('button', { name: '取消关联' }).click();
    await dialog.getByRole('button', { name: '关联上年度报告…' }).waitFor();
    await dialog.getByRole('button', { name: '关闭' }).click();
    await findingsOf(page, 'N-BOILERPLATE').first().waitFor({ state: 'detached' });
    // Without last year at hand a non-zero carry-over is only queried.
    const carry = findingsOf(page, 'T3-CARRY').first();
    assert.match((await carry.getAttribute('class')) ?? '', /finding-warning/);
    assert.match(await carry.innerText(), /未关联 2024 年度报告/);
  });
});
