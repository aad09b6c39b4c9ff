// Findings where the eye is: at 1366×768 the clerk types a wrong figure into 表三 and sees,
// without scrolling or hovering, the finding at the top of the panel (her section first) and
// its message right under the cell; F8 / Shift+F8 (and the buttons) walk through every finding;
// a pasted block gets its notice right under it.
import { after, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { Locator, Page } from 'playwright-core';
import { cell, createReport, findingsOf, focusedCell, goTo, openApp, pasteText, typeInto, type App } from './harness';

async function box(l: Locator) {
  const b = await l.boundingBox();
  assert.ok(b, 'shown');
  return b;
}

/** Whether the element is inside the window (nothing to scroll to see it). */
async function inView(page: Page, l: Locator): Promise<boolean> {
  const b = await box(l);
  const v = page.viewportSize()!;
  return b.y >= 0 && b.y + b.height <= v.height && b.x >= 0 && b.x + b.width <= v.width;
}

for (const viewport of [
  { width: 1366, height: 768 },
  { width: 1920, height: 1080 },
]) {
  describe(`findings where the eye is at ${viewport.width}×${viewport.height}`, () => {
    let app: App;
    after(async () => {
      await app?.close();
    });

    it('shows the current section’s findings first and the message under the cell; F8 walks the findings; the paste notice sits under the block', async () => {
      app = await openApp({ viewport });
      const { page } = app;
      await createReport(page, '测试市行政审批服务局', { year: 2025 });
      await goTo(page, 'requests');
      await typeInto(page, 't3.received.naturalPerson', '10');
      const bal = findingsOf(page, 'T3-BAL').filter({ hasText: '自然人列' });
      await bal.waitFor();
      // The panel starts with 三, marked as the current part, and the new error is in view.
      const groups = page.locator('.panel [data-testid="findings"] .finding-group');
      assert.equal(await groups.first().getAttribute('data-place'), 'requests');
      assert.match(await groups.first().locator('h3').innerText(), /当前部分/);
      assert.ok(await inView(page, bal), 'the T3-BAL finding is visible without scrolling');
      // The message sits right under the cell, while the clerk is in it.
      const callout = page.getByTestId('cell-callout');
      await callout.waitFor();
      assert.match(await callout.innerText(), /申请总数不平衡（T3-BAL）：表三自然人列/);
      const c = await box(cell(page, 't3.received.naturalPerson'));
      const k = await box(callout);
      assert.ok(Math.abs(k.y - (c.y + c.height)) < 8 && k.x <= c.x + 2, `callout under the cell: cell ${JSON.stringify(c)}, callout ${JSON.stringify(k)}`);
      assert.ok(await inView(page, callout));
      await app.screenshot(`findings-eye-callout-${viewport.width}`);

      // Another part: its findings come first.
      await goTo(page, 'problems');
      assert.equal(await groups.first().getAttribute('data-place'), 'problems');
      await goTo(page, 'requests');

      // F8 walks from the current part: the first finding of 三, then the next; Shift+F8 back.
      await page.locator('.editor').click({ position: { x: 5, y: 5 } });
      await page.keyboard.press('F8');
      const walkPos = page.locator('.walk-pos');
      await walkPos.filter({ hasText: /^第 \d+ \/ \d+ 个$/ }).waitFor();
      const first = await walkPos.innerText();
      const active = page.locator('.panel .finding-active');
      assert.equal(await active.count(), 1);
      const firstRule = await active.getAttribute('data-rule');
      const firstFocus = await focusedCell(page);
      assert.ok(firstFocus?.startsWith('t3.'), `F8 goes to a cell of 表三, got ${firstFocus}`);
      assert.ok(await inView(page, active));
      await page.keyboard.press('F8');
      await page.waitForFunction((was) => document.querySelector('.walk-pos')?.textContent !== was, first);
      const n = (s: string) => Number(/第 (\d+)/.exec(s)![1]);
      assert.equal(n(await walkPos.innerText()), n(first) + 1);
      await app.screenshot(`findings-eye-walk-${viewport.width}`);
      await page.keyboard.press('Shift+F8');
      await page.waitForFunction((was) => document.querySelector('.walk-pos')?.textContent === was, first);
      assert.equal(await active.getAttribute('data-rule'), firstRule);
      // The buttons do the same.
      await page.getByRole('button', { name: '↓ 下一个问题' }).click();
      assert.equal(n(await walkPos.innerText()), n(first) + 1);
      await page.getByRole('button', { name: '↑ 上一个问题' }).click();
      assert.equal(n(await walkPos.innerText()), n(first));

      // A pasted block: the notice is right under it.
      await cell(page, 't3.granted.naturalPerson').click();
      await pasteText(page, '1\t2\n3\t4');
      const note = page.locator('.paste-note');
      await note.filter({ hasText: '已粘贴 4 个单元格' }).waitFor();
      const lastRow = await box(cell(page, 't3.partlyGranted.naturalPerson'));
      const nb = await box(note);
      assert.ok(nb.y >= lastRow.y + lastRow.height - 2 && nb.y - (lastRow.y + lastRow.height) < 12, `note under the block: ${JSON.stringify(lastRow)} / ${JSON.stringify(nb)}`);
      assert.ok(await inView(page, note));
      await app.screenshot(`paste-note-${viewport.width}`);
    });
  });
}
