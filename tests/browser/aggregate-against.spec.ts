// 汇总 against the government's own report, as a disclosure office does it in the app: tick
// 与本级报告比对, pick the units' folder, then the government's report; each differing cell is
// listed with both figures and the units that weigh most, then the units that sent nothing.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import ExcelJS from 'exceljs';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createProject, serializeProject, type Project } from '../../src/shared';
import { openApp, type App } from './harness';

function unit(issuer: string, received: number, penalties: number): Project {
  const p = createProject({ issuer, year: 2025, issuerLevel: 'department' });
  for (const col of ['naturalPerson', 'total']) {
    p.cells[`t3.received.${col}`] = received;
    p.cells[`t3.granted.${col}`] = received;
    p.cells[`t3.resultTotal.${col}`] = received;
  }
  p.cells['t2.penalties.decisions'] = penalties;
  return p;
}

describe('汇总 与本级报告比对', () => {
  let app: App;
  let dir: string;
  before(async () => {
    app = await openApp({ viewport: { width: 1366, height: 768 } });
    dir = mkdtempSync(join(tmpdir(), 'nianbao-against-ui-'));
  });
  after(async () => {
    await app?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('lists each cell where the government differs from its units, with the units that weigh most', async () => {
    const { page, platform } = app;
    const folder = join(dir, '各单位');
    mkdirSync(folder);
    writeFileSync(join(folder, 'a.nianbao.json'), serializeProject(unit('县市场监管局', 8, 120)));
    writeFileSync(join(folder, 'b.nianbao.json'), serializeProject(unit('县自然资源局', 4, 30)));
    const gov = unit('某县人民政府', 12, 140);
    gov.meta.issuerLevel = 'government';
    const govFile = join(dir, '某县人民政府.nianbao.json');
    writeFileSync(govFile, serializeProject(gov));

    await page.getByRole('button', { name: '汇总…' }).click();
    const view = page.getByRole('main', { name: '汇总各单位年报' });
    await view.getByLabel('应报单位名单').fill('县市场监管局\n县自然资源局\n县教育局\n');
    await view.getByLabel(/与本级报告比对/).check();
    platform.dialogs.open.push(folder, govFile);
    await view.getByRole('button', { name: '选择文件夹并开始…' }).click();
    const section = view.getByRole('region', { name: '本级报告比对' });
    await section.getByRole('heading', { name: '本级报告“某县人民政府”与各单位合计有 1 处不符' }).waitFor({ timeout: 30_000 });
    const items = await section.locator('[data-testid="against-findings"] .finding').allInnerTexts();
    assert.equal(items.length, 1);
    assert.match(items[0]!, /本级报告与所属单位合计不符/);
    assert.match(items[0]!, /表二 行政处罚 · 本年处理决定数量：某县人民政府本级报告为 140，所属各单位合计为 150，相差 10；各单位中数字较大的：县市场监管局 120、县自然资源局 30/);
    assert.match(await section.innerText(), /应报未报的单位（差异可能来自这些单位）：县教育局/);
    const asked = platform.dialogs.asked.slice(-2).map((a) => a.type === 'open' && Boolean(a.request.directory));
    assert.deepEqual(asked, [true, false], 'a folder dialog, then a file dialog');
    await section.scrollIntoViewIfNeeded();
    await app.screenshot('batch-aggregate-against');

    // The exported summary workbook carries the comparison, for sending to the government.
    platform.dialogs.save.push(join(dir, '汇总工作簿'));
    await view.getByRole('button', { name: '导出汇总工作簿…' }).click();
    await view.getByRole('status').filter({ hasText: '已导出到' }).waitFor();
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(join(dir, '汇总工作簿.xlsx'));
    assert.deepEqual(wb.worksheets.map((w) => w.name), ['汇总', '汇总说明', '本级比对', '单位状态']);
    const sheet = wb.getWorksheet('本级比对')!;
    assert.equal(String(sheet.getCell('A1').value), '本级报告“某县人民政府”（某县人民政府.nianbao.json）与所属各单位合计比对');
    assert.deepEqual((sheet.getRow(4).values as unknown[]).slice(1, 7), ['表二', '行政处罚', '本年处理决定数量', 140, 150, -10]);
  });
});
