// Large figures must stay readable: 6-7 digit counts in 表三 and 表四 (and the 8-digit 总计 they
// add up to), a 万元 amount with four decimals in 表二, on the common office screens 1366×768
// and 1440×900 — in the form and on the printed page of the review mode. Nothing may be cut off.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { Page } from 'playwright-core';
import { cell, createReport, goTo, openApp, typeInto, type App } from './harness';

const T3_COLS = ['naturalPerson', 'business', 'research', 'publicInterest', 'legalService', 'otherOrg'];
const T4_KEYS = ['t4.review.upheld', 't4.review.corrected', 't4.review.other', 't4.review.pending', 't4.suitDirect.upheld', 't4.suitAfterReview.corrected'];

/** Value cells (inputs in the form, cells of the printed table) whose text does not fit. */
async function cutOff(page: Page, selector: string): Promise<string[]> {
  return page.$$eval(selector, (els) =>
    els
      .filter((el) => el.scrollWidth > el.clientWidth + 1 || el.scrollHeight > el.clientHeight + 1)
      .map((el) => `${(el as HTMLElement).dataset.cell ?? el.textContent}: ${el.scrollWidth}>${el.clientWidth} / ${el.scrollHeight}>${el.clientHeight} «${(el as HTMLInputElement).value ?? el.textContent}»`),
  );
}

/** The font size of a value cell in px: shrunk to fit, but never below a readable size. */
function fontSize(page: Page, key: string): Promise<number> {
  return cell(page, key).evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
}

describe('wide values', () => {
  let app: App;
  before(async () => {
    app = await openApp({ viewport: { width: 1366, height: 768 } });
    await createReport(app.page, '测试市行政审批服务局', { year: 2025 });
  });
  after(async () => {
    await app?.close();
  });

  it('shows 7-digit counts and their 8-digit totals in 表三 whole at 1366×768', async () => {
    const { page } = app;
    await goTo(page, 'requests');
    for (const c of T3_COLS) await typeInto(page, `t3.received.${c}`, '1234567');
    await typeInto(page, 't3.carriedOver.naturalPerson', '765432');
    for (const c of T3_COLS) await typeInto(page, `t3.granted.${c}`, '1234567');
    assert.equal(await cell(page, 't3.received.total').inputValue(), '7407402');
    assert.equal(await cell(page, 't3.resultTotal.total').inputValue(), '7407402');
    await typeInto(page, 't3.carriedForward.naturalPerson', '765432');
    await typeInto(page, 't3.granted.otherOrg', '12345678');
    assert.equal(await cell(page, 't3.granted.total').inputValue(), '18518513');
    assert.deepEqual(await cutOff(page, '.report-table-t3 input.cell'), []);
    assert.ok((await fontSize(page, 't3.granted.total')) >= 10, 'still readable');
    assert.equal(await fontSize(page, 't3.denied.stateSecret.naturalPerson'), 14, 'short values keep the normal size (14 px)');
    await cell(page, 't3.received.naturalPerson').scrollIntoViewIfNeeded();
    await app.screenshot('wide-t3-1366');
  });

  it('shows them in 表四 and a 万元 amount with four decimals in 表二', async () => {
    const { page } = app;
    await goTo(page, 'litigation');
    for (const k of T4_KEYS) await typeInto(page, k, '1234567');
    assert.equal(await cell(page, 't4.review.total').inputValue(), '4938268');
    assert.deepEqual(await cutOff(page, '.report-table-t4 input.cell'), []);
    await app.screenshot('wide-t4-1366');
    await goTo(page, 'proactive');
    await typeInto(page, 't2.fees.amount', '12345.6789');
    await typeInto(page, 't2.regulations.inForce', '1234567');
    assert.deepEqual(await cutOff(page, '.report-table-t2 input.cell'), []);
    assert.equal(await fontSize(page, 't2.fees.amount'), 14);
    await app.screenshot('wide-t2-1366');
  });

  it('keeps everything whole at 1440×900 and on the printed page of the review mode', async () => {
    const { page } = app;
    await page.setViewportSize({ width: 1440, height: 900 });
    for (const [place, table] of [['requests', 't3'], ['litigation', 't4'], ['proactive', 't2']] as const) {
      await goTo(page, place);
      assert.deepEqual(await cutOff(page, `.report-table-${table} input.cell`), [], `${table} at 1440`);
    }
    await goTo(page, 'litigation');
    await app.screenshot('wide-t4-1440');
    await page.getByRole('button', { name: '审核', exact: true }).click();
    await page.locator('.print-table-t4').scrollIntoViewIfNeeded();
    for (const table of ['t2', 't3', 't4']) assert.deepEqual(await cutOff(page, `.print-table-${table} td`), [], `printed ${table}`);
    await app.screenshot('wide-review-t4-1440');
    await page.setViewportSize({ width: 1366, height: 768 });
    for (const table of ['t2', 't3', 't4']) assert.deepEqual(await cutOff(page, `.print-table-${table} td`), [], `printed ${table} at 1366`);
    await page.locator('.print-table-t3').scrollIntoViewIfNeeded();
    await app.screenshot('wide-review-t3-1366');
  });
});
