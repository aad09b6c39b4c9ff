#!/usr/bin/env node
// `npm run check:package [dist/linux-unpacked]`: what went into the packed app.asar. A clerk's
// install must hold the built main, preload and renderer, the templates and the production
// dependencies, and nothing of the developers' world: no devDependencies, tests, fixtures,
// sources or build scripts. Prints the size; exits 1 with the list of what is wrong.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';

const require = createRequire(import.meta.url);
const asar = require('@electron/asar');
const root = new URL('..', import.meta.url).pathname;

const unpacked = resolve(root, process.argv[2] ?? 'dist/linux-unpacked');
const archive = [join(unpacked, 'resources/app.asar'), join(unpacked, '年报 Studio.app/Contents/Resources/app.asar')].find(existsSync);
if (!archive) {
  process.stderr.write(`没有找到 app.asar：${unpacked}（请先运行 npm run dist -- --dir）\n`);
  process.exit(1);
}

const entries = asar.listPackage(archive, { isPack: false }).map((p) => p.replaceAll('\\', '/'));
const has = new Set(entries);
const problems = [];

// The app itself: every bundle and every template.
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const required = ['/package.json', `/${pkg.main}`, '/out/preload/index.cjs', '/out/renderer/index.html'];
for (const t of readdirSync(join(root, 'templates'))) required.push(`/templates/${t}`);
for (const r of required) if (!has.has(r)) problems.push(`缺少 ${r}`);
if (!entries.some((e) => /^\/out\/renderer\/assets\/.+\.js$/.test(e))) problems.push('缺少渲染进程脚本 /out/renderer/assets/*.js');

// Nothing but the app and its production dependencies at the top.
const TOP = new Set(['/out', '/templates', '/package.json', '/node_modules']);
for (const e of entries) {
  const top = `/${e.split('/')[1]}`;
  if (!TOP.has(top)) problems.push(`不应打包：${e}`);
}
for (const e of entries) {
  if (/\.(ts|tsx|map)$/.test(e) && !e.endsWith('.d.ts') && !e.startsWith('/node_modules/')) problems.push(`不应打包源代码：${e}`);
}

// Production dependencies only: every package in the archive must be, by name and version, one
// the lockfile marks as needed at run time (not dev), and every direct dependency must be there.
// Names and versions, not paths: electron-builder hoists the production tree anew.
const lock = JSON.parse(readFileSync(join(root, 'package-lock.json'), 'utf8'));
const runtime = new Set();
for (const [path, info] of Object.entries(lock.packages)) {
  if (!path.includes('node_modules/') || info.dev || info.devOptional) continue;
  runtime.add(`${path.slice(path.lastIndexOf('node_modules/') + 'node_modules/'.length)}@${info.version}`);
}
const packed = new Set();
for (const e of entries) {
  const m = e.match(/^\/(?:.*\/)?node_modules\/((?:@[^/]+\/)?[^/@][^/]*)\/package\.json$/);
  if (!m) continue;
  const manifest = JSON.parse(asar.extractFile(archive, e.slice(1)).toString('utf8'));
  // A package.json inside a package's own sub-folder (zod/v4/package.json) names no package.
  if (manifest.name !== m[1]) continue;
  packed.add(m[1]);
  if (!runtime.has(`${m[1]}@${manifest.version}`)) problems.push(`不应打包开发依赖：${m[1]}@${manifest.version}（${e}）`);
}
for (const name of Object.keys(pkg.dependencies ?? {})) if (!packed.has(name)) problems.push(`缺少运行依赖：${name}`);

const size = statSync(archive).size;
const files = entries.length;
process.stdout.write(
  `app.asar：${(size / 1024 / 1024).toFixed(1)} MiB，${files} 项；运行依赖 ${packed.size} 个包（${Object.keys(pkg.dependencies ?? {}).join('、')} 及其依赖）\n`,
);
if (problems.length) {
  process.stderr.write(`打包内容不符合要求（${problems.length} 处）：\n${problems.slice(0, 50).map((p) => `  · ${p}`).join('\n')}\n`);
  process.exit(1);
}
process.stdout.write(`打包内容检查通过：${archive}\n`);
