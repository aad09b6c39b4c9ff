// `npm run dist -- --dir`, as the README gives it, against a stand-in Electron folder (this
// machine cannot download Electron): electron-builder packs the unpacked Linux app, and the
// package check finds in app.asar the built bundles, the templates and production dependencies
// only. The check itself is shown to refuse an archive holding tests or a devDependency.
import { after, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { npm, root, standInElectron } from './support';

const require = createRequire(import.meta.url);
const asar = require('@electron/asar') as { createPackage(src: string, dest: string): Promise<void>; listPackage(archive: string, options: { isPack: boolean }): string[] };

describe('npm run dist -- --dir', () => {
  const standIn = standInElectron();
  after(() => rmSync(standIn.dir, { recursive: true, force: true }));

  it('packs the unpacked app against a local Electron folder, with only what the app needs in app.asar', () => {
    rmSync(join(root, 'dist'), { recursive: true, force: true });
    const r = npm(['run', 'dist', '--', '--dir'], { ELECTRON_OVERRIDE_DIST_PATH: standIn.dir });
    assert.equal(r.status, 0, `npm run dist -- --dir failed:\n${r.stdout.slice(-3000)}\n${r.stderr.slice(-3000)}`);
    assert.match(r.stdout, /打包内容检查通过/);
    const size = r.stdout.match(/app\.asar：([\d.]+) MiB/);
    assert.ok(size, 'the check prints the size');
    process.stdout.write(`# app.asar ${size[1]} MiB\n`);

    const unpacked = join(root, 'dist/linux-unpacked');
    // The stand-in was copied in as Electron and renamed to the app's executable.
    assert.ok(existsSync(join(unpacked, 'nianbao-studio')), `no executable in ${readdirSync(unpacked).join(', ')}`);
    const entries = new Set(asar.listPackage(join(unpacked, 'resources/app.asar'), { isPack: false }));
    for (const p of ['/out/main/index.js', '/out/preload/index.cjs', '/out/renderer/index.html', '/templates/sample-linyi-2024.nianbao.json', '/node_modules/docx/package.json', '/node_modules/exceljs/package.json', '/node_modules/zod/package.json']) {
      assert.ok(entries.has(p), `app.asar lacks ${p}`);
    }
    for (const p of ['/src', '/tests', '/bench', '/scripts', '/README.md', '/node_modules/react', '/node_modules/vitest', '/node_modules/electron', '/node_modules/typescript']) {
      assert.ok(!entries.has(p), `app.asar holds ${p}`);
    }
  });

  it('the package check refuses an archive that holds tests, sources or a devDependency', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'nianbao-pack-'));
    try {
      const app = join(dir, 'app');
      const put = (path: string, text: string) => {
        mkdirSync(dirname(join(app, path)), { recursive: true });
        writeFileSync(join(app, path), text);
      };
      put('package.json', readFileSync(join(root, 'package.json'), 'utf8'));
      for (const f of ['out/main/index.js', 'out/preload/index.cjs', 'out/renderer/index.html', 'out/renderer/assets/index.js']) put(f, '');
      for (const t of readdirSync(join(root, 'templates'))) put(`templates/${t}`, '{}');
      const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { dependencies: Record<string, string> };
      for (const name of Object.keys(pkg.dependencies)) put(`node_modules/${name}/package.json`, readFileSync(join(root, 'node_modules', name, 'package.json'), 'utf8'));
      put('tests/unit/leak.test.ts', '');
      put('node_modules/vitest/package.json', readFileSync(join(root, 'node_modules/vitest/package.json'), 'utf8'));
      mkdirSync(join(dir, 'unpacked/resources'), { recursive: true });
      await asar.createPackage(app, join(dir, 'unpacked/resources/app.asar'));

      const r = spawnSync(process.execPath, [join(root, 'scripts/check-package.mjs'), join(dir, 'unpacked')], { encoding: 'utf8' });
      assert.equal(r.status, 1, r.stdout + r.stderr);
      assert.match(r.stderr, /不应打包：\/tests\/unit\/leak\.test\.ts/);
      assert.match(r.stderr, /不应打包开发依赖：vitest@/);
      assert.doesNotMatch(r.stderr, /缺少/, 'everything the app needs was there');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
