// The built renderer opens in Debian's Chromium and shows the six statutory headings.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { SECTIONS } from '../../src/shared/layout/sections';
import { openApp } from './harness';

test('renderer loads in Chromium and lists the six sections', async () => {
  const app = await openApp();
  try {
    for (const s of SECTIONS) {
      assert.equal(await app.page.getByText(s.heading, { exact: true }).first().isVisible(), true, s.heading);
    }
    await app.screenshot('smoke');
  } finally {
    await app.close();
  }
});
