// UI bench: in Debian's Chromium, with the built renderer and the real handler table, the time
// from a keystroke in a 表三 cell to the validation panel showing the new findings — median over
// 100 edits of the complete sample report (target 8 ms, half a frame) — and the size of the
// renderer bundle (minified, as shipped). Builds the renderer first.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { CHROMIUM_PATH, createReport, goTo, openApp } from '../tests/browser/harness';
import { printFigures, within, type Figure } from './measure';

const ROOT = new URL('../', import.meta.url).pathname;
const RENDERER = join(ROOT, 'out/renderer');
const EDITS = 100;
const WARMUP = 20;

/** Builds the renderer as it ships (minified), so the timings and the size are of the current source. */
function build(): void {
  const r = spawnSync(process.platform === 'win32' ? 'npx.cmd' : 'npx', ['electron-vite', 'build'], { cwd: ROOT, stdio: ['ignore', 'ignore', 'inherit'] });
  if (r.status !== 0 || !existsSync(join(RENDERER, 'index.html'))) throw new Error('electron-vite build 失败');
}

function figure(name: string, samples: number[], target?: string): Figure {
  const sorted = [...samples].sort((a, b) => a - b);
  return { name, median: sorted[Math.floor(sorted.length / 2)]!, p95: sorted[Math.floor(sorted.length * 0.95)]!, runs: sorted.length, ...(target ? { target } : {}) };
}

/**
 * Runs in the page. Each edit is what a keystroke does to the cell (value set, `input` event),
 * alternating between a figure that breaks T3-BAL and one that restores it, and is timed until
 * the panel shows (or no longer shows) T3-BAL; a second figure runs on to the next animation
 * frame, when the change is painted.
 */
const EDIT_LOOP = `async ({ key, good, bad, edits }) => {
  const input = document.querySelector('input[data-cell="' + key + '"]');
  const panel = document.querySelector('[data-testid="findings"]');
  const setValue = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value').set;
  const nextFrame = () => new Promise((r) => requestAnimationFrame(() => r(performance.now())));
  input.focus();
  const toPanel = [];
  const toFrame = [];
  for (let i = 0; i < edits; i++) {
    const broken = i % 2 === 0;
    const text = String(broken ? bad : good);
    const t0 = performance.now();
    setValue.call(input, text);
    input.dispatchEvent(new InputEvent('input', { bubbles: true, data: text, inputType: 'insertText' }));
    while ((panel.querySelector('[data-rule="T3-BAL"]') !== null) !== broken) await new Promise((r) => setTimeout(r, 0));
    toPanel.push(performance.now() - t0);
    toFrame.push((await nextFrame()) - t0);
    await new Promise((r) => setTimeout(r, 0));
  }
  return { toPanel, toFrame };
}`;

/** Baseline in the same page and run: a macrotask round trip (what the panel wait loop polls by). */
const TICK_LOOP = `async ({ n }) => {
  const out = [];
  for (let i = 0; i < n; i++) {
    const t0 = performance.now();
    await new Promise((r) => setTimeout(r, 0));
    out.push(performance.now() - t0);
  }
  out.sort((a, b) => a - b);
  return out[Math.floor(n / 2)];
}`;

function bundleSize(): { js: number; css: number; gzip: number; files: number } {
  const dir = join(RENDERER, 'assets');
  let js = 0;
  let css = 0;
  let gzip = 0;
  const files = readdirSync(dir);
  for (const f of files) {
    const size = statSync(join(dir, f)).size;
    if (f.endsWith('.js')) js += size;
    else if (f.endsWith('.css')) css += size;
    gzip += gzipSync(readFileSync(join(dir, f))).length;
  }
  return { js, css, gzip, files: files.length };
}

export default async function uiBench(): Promise<void> {
  if (!existsSync(CHROMIUM_PATH)) {
    process.stdout.write(`\n界面（Chromium）：跳过——未找到 Chromium（${CHROMIUM_PATH}）。请安装 chromium，或用 CHROMIUM_PATH 指定其位置。\n`);
    return;
  }
  build();
  const app = await openApp();
  try {
    const { page } = app;
    // The complete sample report: every rule has data to judge.
    await createReport(page, '临沂市行政审批服务局', { template: 'sample-linyi-2024', year: 2024 });
    await goTo(page, 'requests');
    const key = 't3.received.naturalPerson';
    const good = Number(await page.locator(`input[data-cell="${key}"]`).inputValue());
    const run = (edits: number) =>
      page.evaluate(`(${EDIT_LOOP})(${JSON.stringify({ key, good, bad: good + 1, edits })})`) as Promise<{ toPanel: number[]; toFrame: number[] }>;
    await run(WARMUP);
    const { toPanel, toFrame } = await run(EDITS);
    const tick = (await page.evaluate(`(${TICK_LOOP})({ n: ${EDITS} })`)) as number;
    const panel = figure('keystroke → validation panel updated', toPanel);
    printFigures('界面（Chromium，样例报告，表三单元格输入）', [
      { ...within(panel, 8, '< 8 ms'), baseline: { name: 'setTimeout(0) round trip in the same page', median: tick } },
      figure('keystroke → next animation frame (incl. vsync wait)', toFrame),
    ]);
  } finally {
    await app.close();
  }
  const b = bundleSize();
  const kib = (n: number) => `${(n / 1024).toFixed(0)} KiB`;
  process.stdout.write(`  renderer bundle (out/renderer/assets, ${b.files} files)          js ${kib(b.js)}, css ${kib(b.css)}, gzip total ${kib(b.gzip)}\n`);
}
