// The main window's options and the Content Security Policy, kept free of side effects so a
// unit test can assert them under plain Node. They follow Electron's security checklist:
// isolated, sandboxed renderer without Node; web security on; no <webview>; no remote content.
import type { BrowserWindowConstructorOptions } from 'electron';

/**
 * The renderer's CSP. The same policy is in src/renderer/index.html's <meta> and is sent as a
 * response header for every file: load, so it holds even for a page that lost its <meta>.
 * Inline styles are allowed because React sets style attributes; scripts only from the app.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'none'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

export const APP_BACKGROUND = '#f5f6f8';

export function mainWindowOptions(options: { preloadPath: string; devTools: boolean }): BrowserWindowConstructorOptions {
  return {
    width: 1366,
    height: 900,
    minWidth: 1024,
    minHeight: 640,
    title: '年报 Studio',
    // Shown on ready-to-show, so the clerk never sees an empty white frame.
    show: false,
    backgroundColor: APP_BACKGROUND,
    webPreferences: {
      preload: options.preloadPath,
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
      safeDialogs: true,
      spellcheck: false,
      devTools: options.devTools,
    },
  };
}
