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

export async function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
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
    const bridge = await bridgeHandlers(page, createHandlers(platform.deps));
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
