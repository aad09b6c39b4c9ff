// The main window is hardened as Electron's security checklist asks, and the CSP main sends
// as a header is the one the page declares in its <meta>.
import { describe, expect, test } from 'vitest';
import { readFileSync } from 'node:fs';
import { built } from './support/built';
import { CONTENT_SECURITY_POLICY, mainWindowOptions } from '../../src/main/electron/window-options';
import { isAllowedRequest, isTrustedSender } from '../../src/main/electron/trusted-sender';

/** Where the built renderer lives in these examples. */
const R = '/app/out/renderer';

const root = new URL('../../', import.meta.url).pathname;

function metaCsp(html: string): string | null {
  return html.match(/<meta\s+http-equiv="Content-Security-Policy"\s+content="([^"]+)"/i)?.[1] ?? null;
}
function directives(csp: string): Map<string, string> {
  return new Map(csp.split(';').map((d) => d.trim()).filter(Boolean).map((d) => [d.split(/\s+/)[0]!, d.split(/\s+/).slice(1).join(' ')]));
}

describe('window options', () => {
  const options = mainWindowOptions({ preloadPath: '/app/out/preload/index.cjs', devTools: false });
  const wp = options.webPreferences!;

  test('renderer isolated, sandboxed, without Node, with web security', () => {
    expect(wp).toMatchObject({
      preload: '/app/out/preload/index.cjs',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
      navigateOnDragDrop: false,
      devTools: false,
    });
  });

  test('the preload is the CommonJS build (a sandboxed preload cannot be an ES module)', () => {
    expect(wp.preload).toMatch(/\.cjs$/);
    expect(readFileSync(`${root}src/main/electron/index.ts`, 'utf8')).toContain("'../preload/index.cjs'");
  });

  test('shown only when ready, with a Chinese title', () => {
    expect(options).toMatchObject({ show: false, title: '年报 Studio' });
  });
});

describe('content security policy', () => {
  const d = directives(CONTENT_SECURITY_POLICY);

  test('scripts only from the app; nothing remote; no plugins, base or form targets', () => {
    expect(d.get('default-src')).toBe("'self'");
    expect(d.get('script-src')).toBe("'self'");
    expect(d.get('connect-src')).toBe("'none'");
    expect(d.get('object-src')).toBe("'none'");
    expect(d.get('base-uri')).toBe("'none'");
    expect(d.get('form-action')).toBe("'none'");
    expect(d.get('frame-ancestors')).toBe("'none'");
    for (const [name, value] of d) {
      expect(value, name).not.toMatch(/unsafe-eval|https?:|\*/);
      if (name !== 'style-src') expect(value, name).not.toMatch(/unsafe-inline/);
    }
  });

  test('the page declares the same policy in its <meta>, in the source and in the build', () => {
    expect(metaCsp(readFileSync(`${root}src/renderer/index.html`, 'utf8'))).toBe(CONTENT_SECURITY_POLICY);
    expect(metaCsp(readFileSync(built(`${root}out/renderer/index.html`), 'utf8'))).toBe(CONTENT_SECURITY_POLICY);
  });
});

describe('our own page only', () => {
  const page = 'file:///opt/%E5%B9%B4%E6%8A%A5/resources/app/out/renderer/index.html';

  test('messages from the packaged page are accepted, from anywhere else refused', () => {
    expect(isTrustedSender(page, page)).toBe(true);
    expect(isTrustedSender(`${page}#/table3`, page)).toBe(true);
    expect(isTrustedSender('file:///opt/年报/resources/app/out/renderer/index.html', page)).toBe(true);
    expect(isTrustedSender('file:///tmp/evil.html', page)).toBe(false);
    expect(isTrustedSender('https://example.com/', page)).toBe(false);
    expect(isTrustedSender('about:blank', page)).toBe(false);
    expect(isTrustedSender(undefined, page)).toBe(false);
    expect(isTrustedSender('', page)).toBe(false);
  });

  test('in development, the dev server origin', () => {
    expect(isTrustedSender('http://localhost:5173/index.html', 'http://localhost:5173/')).toBe(true);
    expect(isTrustedSender('http://localhost:5174/', 'http://localhost:5173/')).toBe(false);
  });

  test('no remote content: only files and data: load', () => {
    expect(isAllowedRequest('file:///app/out/renderer/assets/index.js', null, R)).toBe(true);
    expect(isAllowedRequest('data:image/png;base64,AAAA', null, R)).toBe(true);
    expect(isAllowedRequest('https://cdn.example.com/x.js', null, R)).toBe(false);
    expect(isAllowedRequest('http://127.0.0.1:8080/', null, R)).toBe(false);
    expect(isAllowedRequest('http://localhost:5173/src/main.tsx', 'http://localhost:5173/', R)).toBe(true);
    expect(isAllowedRequest('ws://localhost:5173/', 'http://localhost:5173/', R)).toBe(true);
    expect(isAllowedRequest('not a url', null, R)).toBe(false);
    // Only the app's own files: not any file on the disk, not a look-alike folder, not a share.
    expect(isAllowedRequest('file:///etc/passwd', null, R)).toBe(false);
    expect(isAllowedRequest('file:///app/out/renderer/../../../etc/passwd', null, R)).toBe(false);
    expect(isAllowedRequest('file:///app/out/renderer%2F..%2F..%2Fsecret', null, R)).toBe(false);
    expect(isAllowedRequest('file:///app/out/renderer-evil/x.js', null, R)).toBe(false);
    expect(isAllowedRequest('file://server/share/x.js', null, R)).toBe(false);
    expect(isAllowedRequest('file:///app/out/renderer/index.html', null, null)).toBe(false);
  });
});
