#!/usr/bin/env node
// `npm start` (and `npm run dev`): make sure Electron's runtime is on disk, then hand over to
// electron-vite. Electron ≥ 45 no longer downloads its binary at install time (its package has
// no postinstall), while electron-vite reads node_modules/electron/path.txt directly and stops
// with "Error: Electron uninstall" when it is missing. So the binary is fetched here first, with
// Electron's own installer (install-electron), and electron-vite is told where it is through
// ELECTRON_EXEC_PATH. Without a network the clerk's developer gets a short bilingual message and
// a non-zero exit, never a stack trace.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { binOf } from './package-bin.mjs';

const require = createRequire(import.meta.url);
const root = new URL('..', import.meta.url).pathname;
const mode = process.argv[2] === 'dev' ? 'dev' : 'preview';

/** Electron's own scripts (install-electron, @electron/get) declare this Node.js. */
const ELECTRON_NODE = [22, 12];

function fail(zh, en) {
  process.stderr.write(`\n年报 Studio 无法启动：${zh}\nCannot start 年报 Studio: ${en}\n\n`);
  process.exit(1);
}

function electronPackageDir() {
  try {
    return dirname(require.resolve('electron/package.json'));
  } catch {
    return fail('没有安装依赖。请先运行 npm install。', 'the dependencies are not installed. Run npm install first.');
  }
}

function nodeIsOldForElectron() {
  const [major, minor] = process.versions.node.split('.').map(Number);
  return major < ELECTRON_NODE[0] || (major === ELECTRON_NODE[0] && minor < ELECTRON_NODE[1]);
}

/** The last line of what the installer said, without its stack trace: "fetch failed", "HTTPError: 404". */
function reasonOf(output) {
  const lines = output
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter((l) => l && !l.startsWith('at ') && !l.startsWith('Downloading'));
  return (lines[0] ?? '').slice(0, 200);
}

/** Runs Electron's own installer when the binary is missing; returns the executable's path. */
function ensureElectron() {
  const dir = electronPackageDir();
  const override = process.env.ELECTRON_OVERRIDE_DIST_PATH;
  if (!override && !existsSync(join(dir, 'path.txt'))) {
    process.stdout.write('正在下载 Electron 运行时（仅首次启动需要，约 100 MB）… / Downloading the Electron runtime (first start only)…\n');
    const r = spawnSync(process.execPath, [join(dir, 'install.js')], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
    if (r.status !== 0 || !existsSync(join(dir, 'path.txt'))) {
      const reason = reasonOf(`${r.stderr ?? ''}\n${r.stdout ?? ''}`) || r.error?.message || `exit ${r.status}`;
      const old = nodeIsOldForElectron();
      fail(
        `没有找到 Electron 运行时，下载也没有成功（${reason}）。\n` +
          '  · 请在能访问网络的电脑上重新运行 npm start；需要镜像时设置 ELECTRON_MIRROR=<镜像地址>。\n' +
          '  · 已有 Electron 文件夹时，把它的路径设为 ELECTRON_OVERRIDE_DIST_PATH 再运行 npm start。\n' +
          (old ? `  · Electron 的下载脚本要求 Node.js ≥ ${ELECTRON_NODE.join('.')}（当前 ${process.versions.node}）。\n` : '') +
          '  · 只想使用年报 Studio 的，请安装发布的安装包（见 README“安装与使用”），无需 Node.js。',
        `the Electron runtime is not installed and could not be downloaded (${reason}).\n` +
          '  · Run npm start again on a machine with network access; set ELECTRON_MIRROR=<mirror URL> if you need a mirror.\n' +
          '  · If you have an Electron folder, set ELECTRON_OVERRIDE_DIST_PATH to it and run npm start.\n' +
          (old ? `  · Electron's download scripts need Node.js >= ${ELECTRON_NODE.join('.')} (this is ${process.versions.node}).\n` : '') +
          '  · To just use the app, install a release package (README), which needs no Node.js.',
      );
    }
  }
  let executable;
  try {
    // Electron's own resolution: ELECTRON_OVERRIDE_DIST_PATH, else the downloaded dist/.
    executable = require('electron');
    // Without path.txt Electron names the override's executable "electron", also on Windows.
    if (process.platform === 'win32' && override && !existsSync(executable) && existsSync(`${executable}.exe`)) executable += '.exe';
  } catch (e) {
    fail(`Electron 安装不完整（${reasonOf(String(e?.message ?? e))}）。请删除 node_modules/electron 后重新运行 npm install。`, `Electron's install is incomplete (${reasonOf(String(e?.message ?? e))}). Delete node_modules/electron and run npm install again.`);
  }
  if (typeof executable !== 'string' || !existsSync(executable)) {
    fail(
      override
        ? `ELECTRON_OVERRIDE_DIST_PATH 指向的文件夹中没有 Electron 可执行文件（${executable}）。`
        : `Electron 可执行文件不存在（${executable}）。请删除 node_modules/electron 后重新运行 npm install。`,
      override
        ? `the folder named by ELECTRON_OVERRIDE_DIST_PATH holds no Electron executable (${executable}).`
        : `the Electron executable is missing (${executable}). Delete node_modules/electron and run npm install again.`,
    );
  }
  return executable;
}

const electronPath = ensureElectron();
const r = spawnSync(process.execPath, [binOf('electron-vite'), mode, ...process.argv.slice(3)], {
  cwd: root,
  stdio: 'inherit',
  env: { ...process.env, ELECTRON_EXEC_PATH: electronPath },
});
process.exit(r.status ?? 1);
