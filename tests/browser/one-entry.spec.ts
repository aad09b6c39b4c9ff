// One entry per fact: the clerk types her phone and address once, in 联系方式, and the 前言's
// 【电话】【地址】 become them (and follow a correction); 替换为常用前言 asks before replacing
// her own wording, and the standard preamble carries the same contact details.
import { after, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { createReport, goTo, openApp, type App } from './harness';

for (const viewport of [
  { width: 1366, height: 768 },
  { width: 1920, height: 1080 },
]) {
  describe(`one entry per fact at ${viewport.width}×${viewport.height}`, () => {
    let app: App;
    after(async () => {
      await app?.close();
    });

    it('contact fields fill the 前言; 替换为常用前言 asks first and uses them', async () => {
      app = await openApp({ viewport });
      const { page } = app;
      await createReport(page, '测试市行政审批服务局', { year: 2025 });
      await goTo(page, 'basic');
      const preamble = page.getByLabel('前言', { exact: true });
      // The template's 前言, with its placeholders (the form may still be rendering under load).
      await page.waitForFunction(() => (document.querySelector('textarea[aria-label="前言"]') as HTMLTextAreaElement | null)?.value.includes('【电话】'));
      assert.match(await preamble.inputValue(), /【电话】/);
      const field = (name: string) => page.locator(`[data-focus-key="basic:contact.${name}"]`);
      await field('phone').fill('0539-1234567');
      await field('address').click();
      await page.keyboard.type('临沂市北城新区市政府大楼');
      await field('postcode').click();
      await page.keyboard.type('276000');
      await field('email').click();
      await page.keyboard.type('gk@linyi.gov.cn');
      await preamble.click();
      const text = await preamble.inputValue();
      assert.match(text, /地址：临沂市北城新区市政府大楼；邮编：276000；电话：0539-1234567；电子邮箱：gk@linyi\.gov\.cn/);
      assert.doesNotMatch(text, /【(地址|邮编|电话|电子邮箱)】/);
      // A correction of the field follows into the 前言.
      await field('phone').fill('0539-7654321');
      await preamble.click();
      assert.match(await preamble.inputValue(), /电话：0539-7654321/);
      assert.doesNotMatch(await preamble.inputValue(), /1234567/);
      await app.screenshot(`one-entry-filled-${viewport.width}`);

      // 替换为常用前言 asks first; 取消 keeps her text.
      const own = await preamble.inputValue();
      await page.getByRole('button', { name: '替换为常用前言' }).click();
      const ask = page.getByRole('dialog', { name: '替换前言' });
      await ask.waitFor();
      await app.screenshot(`one-entry-replace-asks-${viewport.width}`);
      await ask.getByRole('button', { name: '取消' }).click();
      assert.equal(await preamble.inputValue(), own);
      await page.getByRole('button', { name: '替换为常用前言' }).click();
      await ask.getByRole('button', { name: '替换' }).click();
      const standard = await preamble.inputValue();
      assert.notEqual(standard, own);
      assert.match(standard, /（地址：临沂市北城新区市政府大楼；邮编：276000；电话：0539-7654321；电子邮箱：gk@linyi\.gov\.cn）/);
      assert.match(standard, /统计期限为2025年1月1日至12月31日/);
    });
  });
}
