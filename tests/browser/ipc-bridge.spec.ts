// The real IPC handler table bridged into Chromium: the page calls window.nianbao exactly as it
// would through the preload, and the files land on disk where Node can read them back.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createProject, loadProject } from '../../src/shared';
import { INVOKE_CHANNELS } from '../../src/shared/ipc';
import { createTestDeps } from './bridge';
import { openApp } from './harness';

test('window.nianbao in Chromium runs the real handlers: save, recent files, refusals, menu events', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'nianbao-bridge-'));
  const platform = createTestDeps({ userDataDir: join(dir, 'userData'), documentsDir: dir });
  const app = await openApp({ platform });
  try {
    const bridge = app.bridge;

    // The same shape as the preload: one function per channel, nothing else but onMenuCommand.
    const shape = await app.page.evaluate(() =>
      Object.entries(window.nianbao).flatMap(([group, v]) => (typeof v === 'function' ? [group] : Object.keys(v).map((m) => `${group}.${m}`))),
    );
    assert.deepEqual(shape.sort(), [...INVOKE_CHANNELS, 'onMenuCommand'].sort());

    assert.deepEqual(await app.page.evaluate(() => window.nianbao.recent.list({})), { ok: true, value: [] });

    const path = join(dir, '某市审计局2025.nianbao.json');
    const project = createProject({ issuer: '某市审计局', year: 2025, issuerLevel: 'department' });
    project.cells['t3.received.naturalPerson'] = 12;
    // The page cannot name a file it was never given (file access by capability) …
    const named = await app.page.evaluate(([p, proj]) => window.nianbao.project.save({ project: proj, path: p, expectedStamp: null }), [path, project] as const);
    assert.equal(named.ok, false);
    assert.match(!named.ok ? named.error : '', /^已拒绝：/);
    assert.equal(existsSync(path), false);
    // … but saves where the clerk chose in the save dialog, and then again there.
    platform.dialogs.save.push(path);
    const chosen = await app.page.evaluate((proj) => window.nianbao.project.saveAs({ project: proj }), project);
    assert.equal(chosen.ok && chosen.value?.status, 'saved');
    const saved = await app.page.evaluate(
      ([p, proj, stamp]) => window.nianbao.project.save({ project: proj, path: p, expectedStamp: stamp }),
      [path, project, chosen.ok && chosen.value?.status === 'saved' ? chosen.value.diskStamp : null] as const,
    );
    assert.equal(saved.ok && saved.value.status, 'saved');
    const onDisk = loadProject(readFileSync(path, 'utf8'));
    assert.equal(onDisk.ok && onDisk.project.cells['t3.received.naturalPerson'], 12);

    const recent = await app.page.evaluate(() => window.nianbao.recent.list({}));
    assert.deepEqual(recent.ok && recent.value.map((r) => [r.name, r.exists]), [['某市审计局2025', true]]);

    // A bad input from the page is refused in Chinese and writes nothing.
    const bad = join(dir, 'bad.nianbao.json');
    const refused = await app.page.evaluate((p) => window.nianbao.project.save({ project: { kind: 'x' } as never, path: p, expectedStamp: null }), bad);
    assert.equal(refused.ok, false);
    assert.match(!refused.ok ? refused.error : '', /请求内容无效/);
    assert.equal(existsSync(bad), false);

    // The title follows the document; menu commands reach subscribers.
    await app.page.evaluate(() => window.nianbao.window.setDocument({ name: '某市审计局2025', dirty: true }));
    assert.equal(platform.window.title, '● 某市审计局2025（未保存） — 年报 Studio');
    await app.page.evaluate(() => {
      (window as unknown as { __menu: unknown[] }).__menu = [];
      window.nianbao.onMenuCommand((c) => (window as unknown as { __menu: unknown[] }).__menu.push(c));
    });
    await bridge.sendMenuCommand({ command: 'save-as' });
    assert.deepEqual(await app.page.evaluate(() => (window as unknown as { __menu: unknown[] }).__menu), [{ command: 'save-as' }]);

    // The page cannot replace the bridge.
    const replaced = await app.page.evaluate(() => {
      try {
        (window as unknown as Record<string, unknown>).nianbao = {};
      } catch {
        /* strict-mode assignment to a read-only property */
      }
      return typeof window.nianbao.project.save;
    });
    assert.equal(replaced, 'function');

    // After a reload the start screen lists the file saved above, read back through the bridge.
    await app.page.reload();
    await app.page.getByText('某市审计局2025', { exact: false }).first().waitFor();
    await app.screenshot('ipc-bridge-recent');
  } finally {
    await app.close();
    rmSync(dir, { recursive: true, force: true });
  }
});
