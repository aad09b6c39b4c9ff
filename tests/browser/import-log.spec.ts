// 导入 from the start screen as a clerk does it: choose a published report in the dialog, then
// read the import log beside the form — what was recognised where, what needs checking, which
// cells stayed blank because the source did not show them — and check the form against it.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { cell, goTo, openApp, type App } from './harness';

const fixture = (name: string) => new URL(`../fixtures/${name}`, import.meta.url).pathname;

describe('import log', () => {
  let app: App;
  before(async () => {
    app = await openApp();
  });
  after(async () => {
    await app?.close();
  });

  it('a report cut off after its first section: the log names the missing parts and lists every blank cell', async () => {
    const { page, platform } = app;
    platform.dialogs.open.push(fixture('reports/xinganmeng-audit-2025-broken-digits.txt'));
    await page.getByRole('button', { name: /导入已有报告/ }).click();
    const log = page.getByRole('complementary', { name: '导入记录' });
    await log.waitFor();
    assert.match(await log.locator('.import-source').innerText(), /xinganmeng-audit-2025-broken-digits\.txt/);
    const problems = log.getByRole('region', { name: '需核对' });
    assert.match(await problems.innerText(), /未找到第二部分标题“二、主动公开政府信息情况”/);
    assert.match(await problems.innerText(), /表三“一、本年新收政府信息公开申请数量”至“四、结转下年度继续办理”共 25 行未找到/);
    // The copy stops after 一 with no 落款: 五 and 六 were not seen, so their checks are 无法判断.
    assert.match(await problems.innerText(), /原文在第一部分之后中断（其后没有部分标题，也没有落款）：“五、存在的主要问题及改进情况”、“六、其他需要报告的事项”未能读出/);
    assert.match(await log.locator('.summary').innerText(), /留空 200 格/);
    assert.match(await page.locator('.notice').innerText(), /有 10 处未能识别或需核对，详见右侧“导入记录”/);
    await app.screenshot('import-log-truncated');
    const blanks = log.getByRole('region', { name: '留空的单元格' });
    assert.match(await blanks.innerText(), /表三：175 格/);
    // A table with more than 20 blank cells is folded; the clerk opens it.
    await blanks.locator('summary', { hasText: '表三' }).click();
    assert.equal(await blanks.locator('li[data-cell="t3.received.naturalPerson"]').innerText(), '表三 一、本年新收政府信息公开申请数量 · 自然人');
    const recognised = log.getByRole('region', { name: '已识别' });
    assert.match(await recognised.innerText(), /第9行\s*识别到第一部分标题“一、总体情况”/);
    assert.match(await recognised.innerText(), /发布机关“兴安盟审计局”（取自标题）/);
    await app.screenshot('import-log-blank-cells');
    // The form stays at hand while the log is open: the clerk checks a blank cell against it.
    await goTo(page, 'requests');
    assert.equal(await log.isVisible(), true);
    await log.getByRole('button', { name: /开始核对/ }).click();
    await log.waitFor({ state: 'detached' });
    await page.locator('.panel [data-testid="findings"]').waitFor();
    assert.equal(await cell(page, 't3.received.naturalPerson').inputValue(), '', 'a cell the source did not show stays blank');
  });

  it('a complete report: every cell read, nothing left blank, each table row named with its source line', async () => {
    const { page, platform } = app;
    await page.getByRole('button', { name: '关闭', exact: true }).click();
    const unsaved = page.getByRole('dialog', { name: '有尚未保存的修改' });
    await unsaved.getByRole('button', { name: '不保存' }).click();
    platform.dialogs.open.push(fixture('samples/linyi-approval-bureau-2024.txt'));
    await page.getByRole('button', { name: /导入已有报告/ }).click();
    const log = page.getByRole('complementary', { name: '导入记录' });
    await log.waitFor();
    assert.match(await log.locator('.summary').innerText(), /需核对 0 项/);
    assert.match(await log.locator('.summary').innerText(), /留空 0 格/);
    assert.equal(await log.getByRole('region', { name: '留空的单元格' }).count(), 0);
    assert.match(await log.getByRole('region', { name: '已识别' }).innerText(), /第52行\s*表三“一、本年新收政府信息公开申请数量”：读出 7 格/);
    await app.screenshot('import-log-complete');
    await log.getByRole('button', { name: '关闭导入记录' }).click();
    await log.waitFor({ state: 'detached' });
    await goTo(page, 'requests');
    assert.equal(await cell(page, 't3.received.total').inputValue(), '59');
  });

  it('a published table not in the standard shape: 需核对 names the row and its label under N-TABLE-SHAPE, the numbers are read', async () => {
    const { page, platform } = app;
    await page.getByRole('button', { name: '关闭', exact: true }).click();
    const unsaved = page.getByRole('dialog', { name: '有尚未保存的修改' });
    if (await unsaved.isVisible().catch(() => false)) await unsaved.getByRole('button', { name: '不保存' }).click();
    platform.dialogs.open.push(fixture('reports/baokang-agriculture-2021-annotated-label.txt'));
    await page.getByRole('button', { name: /导入已有报告/ }).click();
    const log = page.getByRole('complementary', { name: '导入记录' });
    await log.waitFor();
    const problems = log.getByRole('region', { name: '需核对' });
    assert.match(
      await problems.innerText(),
      /第12行\s*表格形式与标准格式不符（N-TABLE-SHAPE）：表二“规章”这一行的标签写作“规章\(县级无此项\)”，与标准写法相比加了括注/,
    );
    await problems.getByText(/N-TABLE-SHAPE/).scrollIntoViewIfNeeded();
    await app.screenshot('import-log-table-shape');
    await goTo(page, 'proactive');
    assert.equal(await cell(page, 't2.regulations.issued').inputValue(), '0');
    assert.equal(await cell(page, 't2.penalties.decisions').inputValue(), '5');
  });
});
