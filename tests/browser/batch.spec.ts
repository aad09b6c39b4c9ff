// 汇总 and 批量审核 as a disclosure office uses them: from the start screen, pick a folder in the
// dialog, watch the progress bar, read the per-unit status table; for 汇总 open the consolidated
// report in the editor and export the summary workbook, for 批量审核 filter and sort the table
// and export the audit workbook.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { serializeProject } from '../../src/shared';
import { generateReport } from '../unit/aggregate-generate';
import { cell, goTo, openApp, type App } from './harness';

const SAMPLE = new URL('../fixtures/samples/linyi-approval-bureau-2024.txt', import.meta.url).pathname;
/** Enough units that the run lasts long enough (about a second here) to watch its progress. */
const UNITS = 2000;

describe('汇总 and 批量审核', () => {
  let app: App;
  let dir: string;
  before(async () => {
    app = await openApp();
    dir = mkdtempSync(join(tmpdir(), 'nianbao-batch-ui-'));
  });
  after(async () => {
    await app?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('汇总: progress, per-unit status, consolidated figures, the report opened in the editor, the summary workbook', async () => {
    const { page, platform } = app;
    const folder = join(dir, '各单位');
    mkdirSync(folder);
    let received = 0;
    for (let i = 0; i < UNITS; i++) {
      const p = generateReport(i);
      received += p.cells['t3.received.total'] as number;
      writeFileSync(join(folder, `单位${String(i + 1).padStart(3, '0')}.nianbao.json`), serializeProject(p));
    }
    writeFileSync(join(folder, '损坏.nianbao.json'), '{"kind": "nianbao-project"');
    copyFileSync(SAMPLE, join(folder, '上年度报告.txt')); // a 2024 report in a 2025 roll-up

    await app.screenshot('start-screen-batch');
    await page.getByRole('button', { name: '汇总…' }).click();
    const view = page.getByRole('main', { name: '汇总各单位年报' });
    await view.getByLabel('汇总机关').fill('某市人民政府办公室');
    // The office's list of units that must report: one of them sent nothing.
    await view.getByLabel('应报单位名单').fill('第1单位\n第２单位\n# 新设单位\n第9999单位\n');
    platform.dialogs.open.push(folder);
    await view.getByRole('button', { name: '选择文件夹并开始…' }).click();
    const bar = view.locator('.batch-progress [role="progressbar"][aria-valuemax]');
    await bar.waitFor();
    assert.equal(await bar.getAttribute('aria-valuemax'), String(UNITS + 2));
    assert.match(await view.locator('.batch-progress').innerText(), /已处理 \d+ \/ 2002 份：/);
    await app.screenshot('batch-aggregate-progress');

    await view.getByRole('heading', { name: `已汇总 ${UNITS} 个单位的 2025 年度报告` }).waitFor({ timeout: 60_000 });
    const asked = platform.dialogs.asked.at(-1)!;
    assert.equal(asked.type === 'open' && asked.request.directory, true, 'a folder dialog');
    assert.match(await view.locator('[data-testid="status-tally"]').innerText(), /年度不符 1[\s\S]*无法读取 1[\s\S]*未报送 1/);
    const units = view.getByRole('table', { name: '各单位状态' });
    assert.match(await view.getByRole('heading', { name: /各单位状态/ }).innerText(), /（2003 \/ 2003）/);
    assert.equal(await units.locator('tbody tr').count(), 500, 'a long table is cut to its first rows');
    assert.match(await view.locator('.batch-results').innerText(), /共 2003 行，仅显示前 500 行/);
    await view.getByLabel('按状态筛选').selectOption('unreadable');
    assert.equal(await units.locator('tbody tr').count(), 1);
    assert.match(await units.locator('tbody tr').innerText(), /损坏\.nianbao\.json\s+—\s+无法读取/);
    await view.getByLabel('按状态筛选').selectOption('wrongYear');
    assert.match(await units.locator('tbody tr').innerText(), /临沂市行政审批服务局[\s\S]*2024[\s\S]*未计入汇总/);
    await view.getByLabel('按状态筛选').selectOption('missing');
    assert.match(await units.locator('tbody tr').innerText(), /第9999单位\s+—\s+—\s+未报送[\s\S]*应报单位名单中有此单位/);
    await view.getByLabel('按状态筛选').selectOption('');
    const figures = view.getByRole('table', { name: /表三/ });
    assert.equal(await figures.locator('tr[data-cell="t3.received.total"] td.num').innerText(), String(received));
    await app.screenshot('batch-aggregate');

    platform.dialogs.save.push(join(dir, '汇总工作簿'));
    await view.getByRole('button', { name: '导出汇总工作簿…' }).click();
    await view.getByRole('status').filter({ hasText: '已导出到' }).waitFor();
    const workbook = join(dir, '汇总工作簿.xlsx');
    assert.equal(existsSync(workbook), true);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(workbook);
    assert.deepEqual(wb.worksheets.map((w) => w.name), ['汇总', '汇总说明', '单位状态']);

    await view.getByRole('button', { name: '在编辑器中打开汇总报告' }).click();
    await page.locator('.toolbar').waitFor();
    assert.match(await page.locator('.toolbar .report-title').innerText(), /某市人民政府办公室2025年政府信息公开工作年度报告/);
    await goTo(page, 'requests');
    assert.equal(await cell(page, 't3.received.total').inputValue(), String(received));
    await app.screenshot('batch-aggregate-opened');
    await page.getByRole('button', { name: '关闭', exact: true }).click();
    await page.getByRole('dialog', { name: '有尚未保存的修改' }).getByRole('button', { name: '不保存' }).click();
  });

  it('批量审核: a mixed folder, the table filtered by status, rule, unit and text, sorted, the audit workbook', async () => {
    const { page, platform } = app;
    const folder = join(dir, '审核');
    mkdirSync(folder);
    writeFileSync(join(folder, 'a-clean.nianbao.json'), serializeProject(generateReport(0)));
    const unbalanced = generateReport(1);
    unbalanced.cells['t3.received.naturalPerson'] = (unbalanced.cells['t3.received.naturalPerson'] as number) + 3;
    writeFileSync(join(folder, 'b-errors.nianbao.json'), serializeProject(unbalanced));
    const warned = generateReport(2);
    warned.sections.other = '无。';
    writeFileSync(join(folder, 'c-warnings.nianbao.json'), serializeProject(warned));
    copyFileSync(SAMPLE, join(folder, 'd-published.txt'));
    writeFileSync(join(folder, 'e-scan.pdf'), '%PDF-1.4');

    await page.getByRole('button', { name: '批量审核…' }).click();
    const view = page.getByRole('main', { name: '批量审核各单位年报' });
    await view.getByLabel('报告年度').fill('2025');
    platform.dialogs.open.push(folder);
    await view.getByRole('button', { name: '选择文件夹并开始…' }).click();
    await view.getByRole('heading', { name: /已审核 5 份报告（2025 年度），发现问题 \d+ 条/ }).waitFor();
    const units = view.getByRole('table', { name: '各单位状态' });
    const findings = view.getByRole('table', { name: '问题清单' });
    const total = await findings.locator('tbody tr').count();
    assert.ok(total >= 3);

    // By status: the one unit with errors, and only its findings.
    await view.getByLabel('按状态筛选').selectOption('errors');
    assert.deepEqual(await units.locator('tbody tr td:first-child').allInnerTexts(), ['第2单位']);
    assert.deepEqual([...new Set(await findings.locator('tbody tr td:first-child').allInnerTexts())], ['第2单位']);
    await view.getByLabel('按状态筛选').selectOption('');
    // By rule.
    // By rule: the filter lists the rules by their Chinese names, the id after each.
    const options = await view.getByLabel('按规则筛选').locator('option').allInnerTexts();
    assert.ok(options.includes('申请总数不平衡（T3-BAL）'), options.join(' / '));
    assert.ok(options.slice(1).every((o) => /^[\u4e00-\u9fff]/.test(o)), 'every rule is listed by its name first');
    await view.getByLabel('按规则筛选').selectOption({ label: '申请总数不平衡（T3-BAL）' });
    const rules = await findings.locator('tbody tr td:nth-child(2)').allInnerTexts();
    assert.ok(rules.length > 0 && rules.every((r) => /^申请总数不平衡\s*T3-BAL$/.test(r)), rules.join(' / '));
    assert.deepEqual(await units.locator('tbody tr td:first-child').allInnerTexts(), ['第2单位']);
    await view.getByLabel('按规则筛选').selectOption('');
    // By unit, then by text.
    await view.getByLabel('按单位筛选').selectOption('第3单位');
    assert.deepEqual([...new Set(await findings.locator('tbody tr td:first-child').allInnerTexts())], ['第3单位']);
    await view.getByLabel('按单位筛选').selectOption('');
    await view.getByLabel('查找').fill('.pdf');
    assert.match(await units.locator('tbody').innerText(), /e-scan\.pdf[\s\S]*无法读取[\s\S]*PDF 文件已损坏或格式不正确/);
    assert.equal(await units.locator('tbody tr').count(), 1);
    await view.getByLabel('查找').fill('');

    // Sorted by errors, most first (the header clicked twice).
    const errorsHeader = units.getByRole('button', { name: /错误/ });
    await errorsHeader.click();
    await errorsHeader.click();
    assert.match(await units.locator('th[aria-sort="descending"]').innerText(), /^错误\s*▼$/);
    assert.equal(await units.locator('tbody tr').first().locator('td').first().innerText(), '第2单位');
    await view.getByLabel('按状态筛选').selectOption('');
    await app.screenshot('batch-audit');

    platform.dialogs.save.push(join(dir, '审核结果.xlsx'));
    await view.getByRole('button', { name: '导出审核工作簿…' }).click();
    await view.getByRole('status').filter({ hasText: '已导出到' }).waitFor();
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(join(dir, '审核结果.xlsx'));
    assert.equal(wb.getWorksheet('问题清单')!.rowCount - 1, total, 'one row per finding under the header');
    // Any unit's report opens from its row: a project file opens as itself, with its errors.
    await units.getByRole('button', { name: '打开第2单位的报告' }).click();
    await page.locator('.toolbar .file').filter({ hasText: 'b-errors' }).waitFor();
    assert.match(await page.locator('.summary').innerText(), /错误 [1-9]/);
    await app.screenshot('batch-opened-unit');
  });
});
