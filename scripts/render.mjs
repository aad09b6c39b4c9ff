#!/usr/bin/env node
// `npm run render -- FILE.docx [OUTDIR]`: the .docx as LibreOffice lays it out, to look at.
// soffice --headless converts it to PDF, pdftoppm turns each page into a PNG; both paths are
// printed. Fonts come from scripts/render/fonts.conf, which maps the 公文 font names (仿宋_GB2312,
// 方正小标宋简体, 黑体, 楷体_GB2312) to Debian's CJK fonts so Chinese never falls back to a
// Japanese face. Each run gets its own LibreOffice profile, so parallel renders do not clash.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, extname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const FONTS_CONF = join(root, 'scripts', 'render', 'fonts.conf');

function fail(message, status = 1) {
  process.stderr.write(`render：${message}\n`);
  process.exit(status);
}

function has(cmd) {
  return spawnSync('sh', ['-c', `command -v ${cmd}`], { stdio: 'ignore' }).status === 0;
}

const [input, outArg] = process.argv.slice(2);
if (!input || input.startsWith('-')) fail('用法：npm run render -- FILE.docx [OUTDIR]', 64);
const docx = resolve(input);
if (!existsSync(docx)) fail(`找不到文件 ${docx}`, 66);
for (const cmd of ['soffice', 'pdftoppm']) {
  if (!has(cmd)) fail(`未找到 ${cmd}：请安装 LibreOffice（libreoffice-writer）和 poppler-utils`, 69);
}

const stem = basename(docx, extname(docx));
const outDir = resolve(outArg ?? join(root, 'artifacts', 'render', stem));
mkdirSync(outDir, { recursive: true });

// A private profile: two soffice processes sharing one profile block each other or fail.
const profile = mkdtempSync(join(tmpdir(), 'nianbao-soffice-'));
const env = { ...process.env, FONTCONFIG_FILE: process.env.FONTCONFIG_FILE ?? FONTS_CONF };
try {
  const conv = spawnSync(
    'soffice',
    [`-env:UserInstallation=${pathToFileURL(profile).href}`, '--headless', '--norestore', '--convert-to', 'pdf', '--outdir', outDir, docx],
    { env, encoding: 'utf8', timeout: 180_000 },
  );
  const pdf = join(outDir, `${stem}.pdf`);
  if (conv.status !== 0 || !existsSync(pdf)) fail(`LibreOffice 转换失败（退出码 ${conv.status}）：${conv.stderr || conv.stdout}`);

  // Old pages of an earlier, longer render would otherwise be mistaken for this one's.
  for (const f of readdirSync(outDir)) if (f.startsWith(`${stem}-`) && f.endsWith('.png')) rmSync(join(outDir, f));
  const png = spawnSync('pdftoppm', ['-png', '-r', '110', pdf, join(outDir, stem)], { env, encoding: 'utf8' });
  if (png.status !== 0) fail(`pdftoppm 失败：${png.stderr}`);
  const pages = readdirSync(outDir)
    .filter((f) => f.startsWith(`${stem}-`) && f.endsWith('.png'))
    .sort((a, b) => Number(a.match(/-(\d+)\.png$/)?.[1]) - Number(b.match(/-(\d+)\.png$/)?.[1]))
    .map((f) => join(outDir, f));
  process.stdout.write(`PDF: ${pdf}\n${pages.map((p) => `PNG: ${p}`).join('\n')}\n`);
} finally {
  rmSync(profile, { recursive: true, force: true });
}
