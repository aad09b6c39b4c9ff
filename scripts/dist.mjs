#!/usr/bin/env node
// `npm run dist [-- electron-builder args]`: build every bundle, then package with
// electron-builder (electron-builder.yml). With no arguments it makes the installers for this
// platform (Windows: NSIS; Linux: .deb and AppImage, x64 and arm64), which needs a network the
// first time. `npm run dist -- --dir` makes only the unpacked app and then checks what went into
// its app.asar (scripts/check-package.mjs).
//
// ELECTRON_OVERRIDE_DIST_PATH (Electron's own variable for a local Electron folder) is passed to
// electron-builder as electronDist, so packaging needs no Electron download: that is how it is
// proved on machines without network.
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { binOf } from './package-bin.mjs';

const root = new URL('..', import.meta.url).pathname;

function run(label, script, args) {
  process.stdout.write(`\n━━ ${label}\n`);
  const r = spawnSync(process.execPath, [script, ...args], { cwd: root, stdio: 'inherit' });
  if (r.status !== 0) {
    process.stderr.write(`\n打包失败：${label} 退出码 ${r.status ?? r.signal}。/ Packaging failed: ${label} exited ${r.status ?? r.signal}.\n`);
    process.exit(r.status || 1);
  }
}

const args = process.argv.slice(2);
const electronDist = process.env.ELECTRON_OVERRIDE_DIST_PATH;
const builderArgs = [...args, ...(electronDist ? [`-c.electronDist=${electronDist}`] : [])];

run('electron-vite build', binOf('electron-vite'), ['build']);
run(`electron-builder ${builderArgs.join(' ')}`, binOf('electron-builder'), builderArgs);

if (args.includes('--dir')) {
  const unpacked = readdirSync(join(root, 'dist')).filter((d) => d.endsWith('-unpacked') || d === 'mac' || d === 'mac-arm64');
  for (const d of unpacked) run(`check-package dist/${d}`, join(root, 'scripts/check-package.mjs'), [join('dist', d)]);
}
