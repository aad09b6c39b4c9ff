// `npm start`, as the README gives it, on a machine where Electron's binary cannot be downloaded:
// with ELECTRON_OVERRIDE_DIST_PATH naming a stand-in Electron it builds the app afresh and
// launches the stand-in on it; with no Electron and no network it explains itself in Chinese and
// English, without a stack trace, and fails.
import { after, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { npm, root, standInElectron } from './support';

const STACK_LINE = /^\s+at .+[:(]/m;

describe('npm start', () => {
  const standIn = standInElectron();
  after(() => rmSync(standIn.dir, { recursive: true, force: true }));

  it('builds every bundle and launches the Electron named by ELECTRON_OVERRIDE_DIST_PATH on the fresh build', () => {
    const startedAt = Date.now() - 1000;
    const r = npm(['start'], { ELECTRON_OVERRIDE_DIST_PATH: standIn.dir });
    assert.equal(r.status, 0, `npm start failed:\n${r.stdout}\n${r.stderr}`);
    assert.ok(existsSync(standIn.log), 'the stand-in electron was never launched');
    const [cwd, ...args] = readFileSync(standIn.log, 'utf8').trimEnd().split('\n');
    // electron-vite starts `electron .` in the project: Electron then runs package.json's main.
    assert.equal(cwd, root.replace(/\/$/, ''));
    assert.deepEqual(args, ['.']);
    const main = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).main as string;
    assert.equal(main, 'out/main/index.js');
    for (const built of [main, 'out/preload/index.cjs', 'out/renderer/index.html']) {
      const path = join(root, built);
      assert.ok(existsSync(path), `${built} was not built`);
      assert.ok(statSync(path).mtimeMs >= startedAt, `${built} is not from this start`);
    }
    assert.doesNotMatch(r.stdout + r.stderr, STACK_LINE);
  });

  it('says in Chinese and English what to do when the override folder has no electron', () => {
    const empty = mkdtempSync(join(tmpdir(), 'nianbao-no-electron-'));
    try {
      const r = npm(['start'], { ELECTRON_OVERRIDE_DIST_PATH: empty });
      assert.notEqual(r.status, 0);
      assert.match(r.stderr, /年报 Studio 无法启动：ELECTRON_OVERRIDE_DIST_PATH 指向的文件夹中没有 Electron 可执行文件/);
      assert.match(r.stderr, /Cannot start 年报 Studio: the folder named by ELECTRON_OVERRIDE_DIST_PATH holds no Electron executable/);
      assert.doesNotMatch(r.stdout + r.stderr, STACK_LINE);
    } finally {
      rmSync(empty, { recursive: true, force: true });
    }
  });

  it('without Electron and without network: a short bilingual explanation, no stack trace, a non-zero exit', (t) => {
    if (existsSync(join(root, 'node_modules/electron/path.txt'))) {
      t.skip('Electron is already downloaded on this machine: there is nothing to fail');
      return;
    }
    const cache = mkdtempSync(join(tmpdir(), 'nianbao-electron-cache-'));
    try {
      // An unreachable mirror and an empty cache: the download fails here as it does offline,
      // and a developer's machine with network does not fetch 100 MB for this test.
      const r = npm(['start'], { ELECTRON_OVERRIDE_DIST_PATH: undefined, ELECTRON_MIRROR: 'http://127.0.0.1:9/', electron_config_cache: cache }, 60_000);
      assert.notEqual(r.status, 0);
      assert.equal(r.signal, null, 'npm start hung instead of giving up');
      assert.match(r.stderr, /年报 Studio 无法启动：没有找到 Electron 运行时，下载也没有成功/);
      assert.match(r.stderr, /Cannot start 年报 Studio: the Electron runtime is not installed and could not be downloaded/);
      assert.match(r.stderr, /ELECTRON_OVERRIDE_DIST_PATH/);
      assert.doesNotMatch(r.stdout + r.stderr, STACK_LINE);
      assert.doesNotMatch(r.stdout + r.stderr, /Electron uninstall/);
      assert.ok(r.stderr.split('\n').length < 20, `the explanation is not short:\n${r.stderr}`);
    } finally {
      rmSync(cache, { recursive: true, force: true });
    }
  });
});
