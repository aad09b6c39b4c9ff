// Hardening that needs a live session or web contents: permission requests denied, remote
// requests blocked, the CSP sent as a header, navigation and new windows refused.
import type { Session, WebContents } from 'electron';
import { CONTENT_SECURITY_POLICY } from './window-options';
import { isAllowedRequest } from './trusted-sender';

export function hardenSession(ses: Session, devServerUrl: string | null, rendererDir: string): void {
  ses.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  ses.setPermissionCheckHandler(() => false);
  // No remote content: the app is offline; only its own files (and the dev server) load —
  // not any file: URL (a page could otherwise load /etc/passwd into an <iframe> or fetch it).
  ses.webRequest.onBeforeRequest((details, callback) => callback({ cancel: !isAllowedRequest(details.url, devServerUrl, rendererDir) }));
  ses.webRequest.onHeadersReceived((details, callback) => {
    if (!details.url.startsWith('file:')) return callback({});
    callback({ responseHeaders: { ...details.responseHeaders, 'Content-Security-Policy': [CONTENT_SECURITY_POLICY] } });
  });
}

export function hardenContents(contents: WebContents): void {
  // The renderer is one page: any navigation (a dropped file, a link) is refused.
  contents.on('will-navigate', (event) => event.preventDefault());
  contents.on('will-redirect', (event) => event.preventDefault());
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(() => ({ action: 'deny' }));
}
