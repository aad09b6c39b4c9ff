// Browser test harness: Debian's Chromium driven by playwright-core, loading the built
// renderer (out/renderer) from a tiny static server on loopback, with the REAL main-process
// handler table bridged into the page (tests/browser/bridge.ts) over a temp userData folder.
// Only the transport differs from Electron.
import { chromium, type Browser, type Page } from 'playwright-core';
import { createServer, type Server } from 'node:http';
import { readFile } from 'node:fs/promises';
import { mkdirSync } from 'node:fs';
import { extname, join, normalize } from 'node:path';
import type { AddressInfo } from 'node:net';
import { createHandlers } from '../../src/main/ipc/handlers';
import { bridgeHandlers, createTestDeps, type Bridge, type TestPlatform } from './bridge';

const ROOT = new URL('../../', import.meta.url).pathname;
const RENDERER = join(ROOT, 'out/renderer');
export const ARTIFACTS = join(ROOT, 'artifacts/screenshots');

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
};

function serve(): Promise<Server> {
  const server = createServer(async (req, res) => {
    const path = normalize(decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname)).replace(/^\/+/, '');
    try {
      const body = await readFile(join(RENDERER, path || 'index.html'));
      res.writeHead(200, { 'content-type': TYPES[extname(path || 'index.html')] ?? 'application/octet-stream' });
      res.end(body);
    } catch {
      res.writeHead(404).end();
    }
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

/** Debian's Chromium, or the one CHROMIUM_PATH names. */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export async function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
}

export interface App {
  browser: Browser;
  page: Page;
  url: string;
  /** The platform the handlers run on: temp userData folder, scripted dialogs, window state. */
  platform: TestPlatform;
  bridge: Bridge;
  screenshot(name: string): Promise<string>;
  /**
   * A new window as after a restart: the current page is dropped without any chance to save
   * (as in a crash) and a new page opens with a new handler table over the same userData folder.
   */
  restart(): Promise<Page>;
  close(): Promise<void>;
}

export interface OpenAppOptions {
  /** Reuse a platform (e.g. to share a userData folder); a fresh temp one by default. */
  platform?: TestPlatform;
  viewport?: { width: number; height: number };
}

export async function openApp(options: OpenAppOptions = {}): Promise<App> {
  const server = await serve();
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/index.html`;
  const browser = await launchChromium();
  const platform = options.platform ?? createTestDeps();
  const errors: string[] = [];
  const viewport = options.viewport ?? { width: 1440, height: 900 };

  async function newPage(): Promise<{ page: Page; bridge: Bridge }> {
    const page = await browser.newPage({ viewport, locale: 'zh-CN', timezoneId: 'Asia/Shanghai' });
    page.on('pageerror', (e) => errors.push(String(e)));
    // tsx compiles this file with esbuild's keepNames, which wraps functions serialised into
    // the page (page.addInitScript / evaluate) in calls to its `__name` helper; give the page one.
    await page.addInitScript({ content: 'globalThis.__name = globalThis.__name || ((f) => f);' });
    const bridge = await bridgeHandlers(page, createHandlers(platform.deps), platform.access);
    await page.goto(url);
    return { page, bridge };
  }

  let current = await newPage();
  mkdirSync(ARTIFACTS, { recursive: true });
  const app: App = {
    browser,
    page: current.page,
    url,
    platform,
    bridge: current.bridge,
    async screenshot(name) {
      const file = join(ARTIFACTS, `${name}.png`);
      await app.page.screenshot({ path: file });
      return file;
    },
    async restart() {
      await app.page.close({ runBeforeUnload: false });
      current = await newPage();
      app.page = current.page;
      app.bridge = current.bridge;
      return current.page;
    },
    async close() {
      await browser.close();
      server.close();
      if (errors.length) throw new Error(`页面脚本错误：\n${errors.join('\n')}`);
    },
  };
  return app;
}

// ── Steps a clerk takes, shared by the specs ─────────────────────────────────────────────

/** From the start screen: a new report from a template (department by default). */
export async function createReport(page: Page, issuer: string, options: { template?: string; year?: number } = {}): Promise<void> {
  if (options.template) await page.locator(`input[name="template"][value="${options.template}"]`).check();
  await page.getByLabel('发布机关').fill(issuer);
  if (options.year) await page.getByLabel('报告年度').fill(String(options.year));
  await page.getByRole('button', { name: '创建报告' }).click();
  await page.locator('.toolbar').waitFor();
}

/** Types the 发布日期 into 基本信息, as a clerk does before a filing export (N-PUBDATE). */
export async function setPublishDate(page: Page, text: string): Promise<void> {
  await goTo(page, 'basic');
  const date = page.locator('[data-focus-key="basic:publishDate"]');
  await date.fill(text);
  await date.blur();
}

/** Opens a part of the report in the navigator: 'basic' or a section id ('requests' …). */
export async function goTo(page: Page, place: string): Promise<void> {
  await page.locator(`.navigator [data-place="${place}"]`).click();
}

/** The input of a table cell in the form. */
export function cell(page: Page, key: string) {
  return page.locator(`input[data-cell="${key}"]`);
}

/** The validation panel's findings of a rule (open or acknowledged). */
export function findingsOf(page: Page, rule: string) {
  return page.locator(`.panel [data-testid="findings"] .finding[data-rule="${rule}"]`);
}

/** Types into a cell as a clerk does: click, type (replacing the selected value). */
export async function typeInto(page: Page, key: string, text: string): Promise<void> {
  await cell(page, key).click();
  await page.keyboard.press('Control+A');
  await page.keyboard.type(text);
}

/** The key of the cell that has the keyboard focus. */
export function focusedCell(page: Page): Promise<string | undefined> {
  return page.evaluate(() => (document.activeElement as HTMLElement | null)?.dataset.cell);
}

/** Pastes text as Excel/WPS put it on the clipboard (text/plain, tab-separated) into the focused element. */
export async function pasteText(page: Page, text: string): Promise<void> {
  await page.evaluate((t) => {
    const data = new DataTransfer();
    data.setData('text/plain', t);
    document.activeElement!.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
  }, text);
}

/** Waits for something the page causes in main (IPC is asynchronous); fails with `what`. */
export async function until(check: () => boolean, what: string, timeoutMs = 5000): Promise<void> {
  const end = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > end) throw new Error(`等待超时：${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}
